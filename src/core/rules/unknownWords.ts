import type { CoreKey } from '../i18n/catalog';
import type { MessageValues } from '../i18n/format';
import type { Finding, Severity } from '../findings';
import type { FieldKey } from '../model';
import { textOf, type Action } from '../register';
import { normalizeWords } from '../text';
import { hasColumn, label, type RuleContext } from './rule';

/**
 * One finding per word that cannot be placed (and one for the blank cells), with its row count —
 * never one per row: a register that writes "Escalated" on 300 rows needs one decision, not 300
 * errors. The finding sits on the first row that holds the word. `keys` name its catalogue
 * messages (the word's, and the blank cells'); `values` are what the messages add (the list of
 * canonical values to map to).
 */
export function unknownWordFindings(
  rule: { code: string; severity: Severity },
  ctx: RuleContext,
  field: FieldKey,
  isUnknown: (action: Action) => boolean,
  say: (word: string, rows: string) => string,
  sayBlank: ((rows: string) => string) | undefined,
  keys: { word: CoreKey; blank?: CoreKey },
  values: MessageValues,
): Finding[] {
  if (!hasColumn(ctx, field)) return [];
  const groups = new Map<string, { word: string; first: Action; rows: number[] }>();
  const actions = ctx.register.actions;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    if (!isUnknown(action)) continue;
    const word = textOf(action, field);
    if (!word && !sayBlank) continue;
    const key = word ? normalizeWords(word) || word : '';
    const group = groups.get(key);
    if (group) group.rows.push(action.row);
    else groups.set(key, { word, first: action, rows: [action.row] });
  }
  const column = ctx.register.mapping.columns[field]?.letter ?? '';
  return [...groups.values()].map(({ word, first, rows }) => ({
    code: rule.code,
    severity: rule.severity,
    row: first.row,
    column,
    field,
    id: first.id,
    key: word ? keys.word : keys.blank!,
    values: { ...values, count: rows.length, rows: rowNumbers(rows), ...(word ? { word } : {}) },
    message: `${label(first)}${rows.length > 1 ? ` and ${rows.length - 1} more` : ''}: ${word ? say(word, rowList(rows)) : sayBlank!(rowList(rows))}`,
  }));
}

/** "row 5" / "3 rows: 5, 9, 12" / "40 rows: 5, 9, 12, … 80". */
function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `${rows.length} rows: ${rowNumbers(rows)}`;
}

/** "5" / "5, 9, 12" / "5, 9, 12, … 80": the rows a message lists, the same in every language. */
function rowNumbers(rows: readonly number[]): string {
  return rows.length <= 4 ? rows.join(', ') : `${rows.slice(0, 3).join(', ')}, … ${rows[rows.length - 1]}`;
}
