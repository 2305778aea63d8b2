/**
 * Presets for well-known layouts, as data: each names the headers that recognise it, the headers
 * each field is found under, and what its status and priority words mean. A preset is recognised
 * automatically when enough of its headers are present, or chosen (`--preset`, the pane's mapping).
 * Adding a layout is adding a JSON file here and one line below.
 */
import capa from './capa.json';
import jira from './jira.json';
import poam from './poam.json';
import { headerWords, type FieldOverrides } from '../../mapping/headers';
import type { CanonicalOf, VocabularyKind } from '../../mapping/vocabulary';
import type { FieldKey } from '../../model';

export interface Preset {
  name: string;
  label: string;
  recognise: string[];
  fields: Partial<Record<FieldKey, string[]>>;
  vocabulary: { [K in VocabularyKind]?: Record<string, CanonicalOf[K]> };
}

export const PRESETS: readonly Preset[] = [poam, jira, capa] as Preset[];

/** Headers of a preset that a header row must hold for it to be recognised. */
const RECOGNISE_MIN = 4;

/** The names `--preset` accepts. */
export function presetNames(): string[] {
  return PRESETS.map((p) => p.name);
}

/**
 * The preset whose headers this header row holds (at least four of them), or the one named.
 *
 * @example recognisePreset(['POAM ID', 'Weakness Name', 'Point of Contact', 'Scheduled Completion Date'])?.name // 'poam'
 */
export function recognisePreset(headers: readonly string[], named?: string): Preset | undefined {
  if (named) return PRESETS.find((p) => p.name === named);
  const present = new Set(headers.map((h) => headerWords(h)).filter(Boolean));
  let best: { preset: Preset; hits: number } | undefined;
  for (const preset of PRESETS) {
    const hits = new Set(preset.recognise.map((h) => headerWords(h)).filter((h) => present.has(h))).size;
    if (hits >= RECOGNISE_MIN && (!best || hits > best.hits)) best = { preset, hits };
  }
  return best?.preset;
}

/**
 * The column mapping a preset gives for this header row: each field under the first of its
 * headers that the row holds. The user's own mapping wins over it.
 */
export function presetFields(
  preset: Preset,
  headers: readonly string[],
  user: FieldOverrides = {},
): FieldOverrides {
  const present = new Map(headers.map((h) => [headerWords(h), h] as const));
  const taken = new Set(Object.values(user).map((h) => headerWords(h ?? '')));
  const out: FieldOverrides = {};
  for (const [field, names] of Object.entries(preset.fields) as [FieldKey, string[]][]) {
    if (user[field] !== undefined) continue;
    const header = names
      .map((n) => present.get(headerWords(n)))
      .find((h) => h !== undefined && !taken.has(headerWords(h)));
    if (header !== undefined) {
      out[field] = header;
      taken.add(headerWords(header));
    }
  }
  return { ...out, ...user };
}
