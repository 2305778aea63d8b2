import {
  columnNumber,
  type FieldKey,
  type FieldOverrides,
  type HeaderMapping,
  type RegisterConfig,
  type VocabularyKind,
} from '../../../core';
import type { RegisterInfo } from '../../../commands/api';

/** A column of the header row the user can map a field to. */
export interface HeaderOption {
  letter: string;
  header: string;
}

/** What the user changed in the mapping editor and has not saved yet. */
export interface MappingDraft {
  /** field → chosen column letter; '' means "detect automatically". Only touched fields. */
  fields: Partial<Record<FieldKey, string>>;
  /** kind → the user's word → canonical value. Only touched words. */
  vocabulary: Partial<Record<VocabularyKind, Record<string, string>>>;
  /** A header row typed by the user. */
  headerRow?: number;
  /** The last sheet row of the actions typed by the user; null when cleared (find the end again). */
  lastRow?: number | null;
}

export const EMPTY_DRAFT: MappingDraft = { fields: {}, vocabulary: {} };

/** Every non-empty header of the header row, left to right. */
export function headerOptions(mapping: HeaderMapping): HeaderOption[] {
  const byLetter = new Map<string, string>();
  for (const c of Object.values(mapping.columns)) if (c) byLetter.set(c.letter, c.header);
  for (const c of [...mapping.unmapped, ...mapping.duplicates]) byLetter.set(c.letter, c.header);
  return [...byLetter]
    .map(([letter, header]) => ({ letter, header }))
    .filter((o) => o.header.trim() !== '')
    .sort((a, b) => columnNumber(a.letter) - columnNumber(b.letter));
}

/**
 * What is stored for a chosen column: its header text when no other column has the same header
 * (so the mapping survives a co-author inserting a column), its letter otherwise.
 */
export function overrideTarget(letter: string, options: readonly HeaderOption[]): string {
  const header = options.find((o) => o.letter === letter)?.header.trim() ?? '';
  const key = header.toLowerCase();
  const same = options.filter((o) => o.header.trim().toLowerCase() === key).length;
  return header && same === 1 ? header : letter;
}

/**
 * The config to store: the existing one, with the detected header row made explicit and the
 * user's edits applied.
 */
export function configFromDraft(
  info: RegisterInfo,
  draft: MappingDraft,
): RegisterConfig & { sheetName: string } {
  const options = headerOptions(info.mapping);
  const fields: FieldOverrides = { ...info.config.fields };
  for (const [field, letter] of Object.entries(draft.fields) as [FieldKey, string][]) {
    if (letter === '') delete fields[field];
    else fields[field] = overrideTarget(letter, options);
  }
  const vocabulary: Record<string, Record<string, string>> = {};
  for (const [kind, words] of Object.entries({ ...info.config.vocabulary })) vocabulary[kind] = { ...words };
  for (const [kind, words] of Object.entries(draft.vocabulary)) {
    vocabulary[kind] = { ...vocabulary[kind], ...words };
  }
  const config: RegisterConfig & { sheetName: string } = {
    ...info.config,
    headerRow: draft.headerRow ?? info.headerRow,
    sheetName: info.sheetName,
  };
  if (draft.lastRow !== undefined) {
    const first = info.config.rows?.first;
    if (draft.lastRow === null) {
      if (first === undefined) delete config.rows;
      else config.rows = { first };
    } else config.rows = { ...(first !== undefined ? { first } : {}), last: draft.lastRow };
  }
  if (Object.keys(fields).length > 0) config.fields = fields;
  else delete config.fields;
  if (Object.keys(vocabulary).length > 0) config.vocabulary = vocabulary as RegisterConfig['vocabulary'];
  return config;
}
