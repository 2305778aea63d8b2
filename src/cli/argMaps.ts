/**
 * The repeatable mapping options: `--map <field>=<header>` and `--status-map <word>=<state>`
 * (likewise `--type-map`, `--source-map`, `--priority-map`, `--effectiveness-map`), and the same
 * names and words in a `--config` file.
 */
import {
  ACTION_TYPES,
  EFFECTIVENESS_RESULTS,
  FIELDS,
  PRIORITIES,
  SOURCES,
  STATES,
  type FieldKey,
} from '../core/model';
import type { FieldOverrides } from '../core/mapping/headers';
import type { RegisterConfig } from '../core/register';

type Vocabulary = NonNullable<RegisterConfig['vocabulary']>;
/** The vocabularies a user can set, as the pane's Register tab does. */
export const VOCABULARY_KINDS = ['status', 'type', 'source', 'priority', 'effectiveness'] as const;
export type VocabularyOption = (typeof VOCABULARY_KINDS)[number];
type Kind = VocabularyOption;

/** Each kind's canonical values; "overdue" is the status word read as open-and-late, never a state. */
export const CHOICES: Record<Kind, readonly string[]> = {
  status: [...STATES, 'overdue'],
  type: ACTION_TYPES,
  source: SOURCES,
  priority: PRIORITIES,
  effectiveness: EFFECTIVENESS_RESULTS,
};

/** `targetDate`, `target-date`, `TargetDate` and `target_date` all name the same field. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The field a name means, in any of its spellings; undefined when it names none. */
export function fieldKey(text: string): FieldKey | undefined {
  const s = squash(text);
  return FIELDS.find((f) => squash(f) === s);
}

/** The canonical value of `kind` that `text` spells (`on hold` → `on-hold`); undefined when none. */
export function canonicalWord(kind: Kind, text: string): string | undefined {
  const s = squash(text);
  return CHOICES[kind].find((c) => squash(c) === s);
}

/**
 * `--map` values → field overrides; a message when one is malformed or names no field.
 *
 * @example parseFieldMaps(['owner=Responsible person', 'targetDate=H']) // { owner: 'Responsible person', targetDate: 'H' }
 */
export function parseFieldMaps(items: readonly string[]): FieldOverrides | string {
  const out: FieldOverrides = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const target = eq < 0 ? '' : item.slice(eq + 1).trim();
    if (eq <= 0 || target === '') {
      return `--map needs <field>=<header or column letter>, for example --map owner="Responsible person" or --map targetDate=H; got "${item}".`;
    }
    const field = fieldKey(item.slice(0, eq));
    if (!field) {
      return `--map ${item}: "${item.slice(0, eq)}" is not a field. Fields: ${FIELDS.join(', ')}.`;
    }
    out[field] = target;
  }
  return out;
}

/**
 * The `--<kind>-map` values → vocabulary overrides; a message when one is malformed or names no
 * canonical value. The user's word may itself contain `=`: the last `=` separates.
 *
 * @example parseVocabularyMaps({ status: ['Waiting for CAB=on-hold'] })
 */
export function parseVocabularyMaps(items: Partial<Record<Kind, readonly string[]>>): Vocabulary | string {
  const out: Record<string, Record<string, string>> = {};
  for (const kind of Object.keys(items) as Kind[]) {
    for (const item of items[kind] ?? []) {
      const eq = item.lastIndexOf('=');
      const word = eq < 0 ? '' : item.slice(0, eq).trim();
      const value = canonicalWord(kind, eq < 0 ? '' : item.slice(eq + 1));
      if (!word) {
        return `--${kind}-map needs <your word>=<${kind}>, for example --${kind}-map "${exampleWord(kind)}"; got "${item}".`;
      }
      if (!value) {
        return `--${kind}-map ${item}: "${item.slice(eq + 1)}" is not a ${kind}. Use one of: ${CHOICES[kind].join(', ')}.`;
      }
      (out[kind] ??= Object.create(null) as Record<string, string>)[word] = value;
    }
  }
  return out as Vocabulary;
}

function exampleWord(kind: Kind): string {
  if (kind === 'status') return 'Waiting for CAB=on-hold';
  if (kind === 'type') return 'Finding=minor-nc';
  if (kind === 'source') return 'ISO audit=external-audit';
  if (kind === 'effectiveness') return 'Verified OK=effective';
  return 'P5=low';
}
