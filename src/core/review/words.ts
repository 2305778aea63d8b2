/**
 * How the review names things: in the register's own words ("In progress", "Minor NC",
 * "Internal audit"), never as keys ("in-progress", "minor-nc"), and percentages with one
 * precision everywhere (the sheet's number format and the pane's text agree).
 */
import { ACTION_TYPES, SOURCES, STATES, type ActionType, type Source, type State } from '../model';
import type { VocabularyKind, VocabularyMap } from '../mapping/vocabulary';
import type { Register } from '../register';
import { TEMPLATE_STATUS_WORDS } from '../setup';
import { EN, type CoreKey, type CoreTranslator } from '../i18n/catalog';

export const TYPE_LABELS: Record<ActionType, string> = {
  'major-nc': 'Major NC',
  'minor-nc': 'Minor NC',
  nc: 'NC',
  observation: 'Observation',
  ofi: 'OFI',
};

export const SOURCE_LABELS: Record<Source, string> = {
  'internal-audit': 'Internal audit',
  'external-audit': 'External audit',
  'risk-assessment': 'Risk assessment',
  incident: 'Incident',
  'management-review': 'Management review',
  objectives: 'Objectives',
  training: 'Training',
  'compliance-review': 'Compliance review',
  'bc-exercise': 'BC exercise',
  'document-review': 'Document review',
  'employee-suggestion': 'Employee suggestion',
  monitoring: 'Monitoring',
  'interested-party': 'Interested party',
  supplier: 'Supplier',
  'technical-test': 'Technical test',
  other: 'Other',
};

/** The words a review prints for each state, type and source (also in `review --json`). */
export interface ReviewWords {
  status: Record<State | 'unknown', string>;
  type: Record<ActionType | 'unknown', string>;
  source: Record<Source | 'unknown', string>;
}

/** Up to three of the register's spellings for each canonical value, joined with " / ". */
function spellings<K extends VocabularyKind>(vocab: VocabularyMap<K>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of Object.keys(vocab.map)) {
    const value = String(vocab.map[n]);
    const list = out.get(value) ?? [];
    if (list.length < 3) list.push(vocab.words[n] ?? n);
    out.set(value, list);
  }
  return out;
}

function wordsFor<T extends string>(
  keys: readonly T[],
  labels: Record<T, string>,
  own: Map<string, string[]>,
  unknown: string,
): Record<T | 'unknown', string> {
  const out = {} as Record<T | 'unknown', string>;
  for (const k of keys) out[k] = own.get(k)?.join(' / ') ?? labels[k];
  out.unknown = unknown;
  return out;
}

/** Our labels in `t`'s language: the catalogue's `state.*`, `type.*`, `source.*` (English as above). */
function labelsIn<T extends string>(
  keys: readonly T[],
  english: Record<T, string>,
  prefix: 'state' | 'type' | 'source',
  t: CoreTranslator,
): Record<T, string> {
  if (t.lang === 'en') return english;
  const out = {} as Record<T, string>;
  for (const k of keys) out[k] = t.t(`${prefix}.${k}` as CoreKey);
  return out;
}

/**
 * The register's words for states, types and sources; our plain labels, in `t`'s language, where
 * the register has no word of its own (the register's own words always win).
 *
 * @example reviewWords(register).status['in-progress'] // 'Ongoing' (what the register says)
 */
export function reviewWords(register: Register, t: CoreTranslator = EN): ReviewWords {
  const v = register.vocabularies;
  const unreadable = t.t('state.unknown');
  return {
    status: wordsFor(
      STATES,
      labelsIn(STATES, TEMPLATE_STATUS_WORDS, 'state', t),
      spellings(v.status),
      unreadable,
    ),
    type: wordsFor(
      ACTION_TYPES,
      labelsIn(ACTION_TYPES, TYPE_LABELS, 'type', t),
      spellings(v.type),
      register.mapping.columns.type ? unreadable : t.t('type.noColumn'),
    ),
    source: wordsFor(
      SOURCES,
      labelsIn(SOURCES, SOURCE_LABELS, 'source', t),
      spellings(v.source),
      register.mapping.columns.source ? unreadable : t.t('source.noColumn'),
    ),
  };
}

/** Plain words without a register (tests, and figures computed before words were kept). */
export const PLAIN_WORDS: ReviewWords = {
  status: { ...TEMPLATE_STATUS_WORDS, unknown: 'Not readable' },
  type: { ...TYPE_LABELS, unknown: 'Not readable' },
  source: { ...SOURCE_LABELS, unknown: 'Not readable' },
};

/** Decimals of every percentage the review shows; the sheet's `0.0%` format has the same. */
export const PERCENT_DECIMALS = 1;

/**
 * A share (0–1) as the review shows it, in the pane and on the sheet alike.
 *
 * @example formatPercent(0.9857) // '98.6%'
 */
export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(PERCENT_DECIMALS)}%`;
}
