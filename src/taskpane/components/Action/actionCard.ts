import { FIELD_LABELS, gateFields, isMissing, type FieldKey, type Finding, type State } from '../../../core';
import type { ActionView } from '../../../commands/api';
import { fieldText } from '../Workflow/moveForm';
import { stateLabel } from '../Workflow/words';

/** The dates the card shows, in the order an action lives through them. */
export const CARD_DATES: readonly FieldKey[] = [
  'raisedDate',
  'targetReviewDate',
  'targetDate',
  'completionDate',
  'effectivenessDueDate',
  'closedDate',
];

/**
 * The status as the register says it; the add-in's reading only when it differs from the word
 * ("Fertig, read as Closed"), or when the word was not understood.
 */
export function statusText(action: Pick<ActionView, 'statusWord' | 'state'>): string {
  const word = action.statusWord.trim();
  if (!word) return action.state ? `(blank), read as ${stateLabel(action.state)}` : '(blank)';
  if (!action.state) return `${word} (not understood: map it in the Register view)`;
  const label = stateLabel(action.state);
  return word.toLowerCase() === label.toLowerCase() ? word : `${word}, read as ${label}`;
}

/** The card's facts: label and the cell as the form shows it, for fields the register has. */
export function cardFacts(action: ActionView): [string, string][] {
  const has = new Set(action.columns);
  const text = (f: FieldKey) => fieldText(f, action.values[f]).trim();
  const facts: [string, string][] = [];
  if (has.has('owner')) facts.push(['Owner', text('owner') || 'No owner']);
  for (const f of CARD_DATES) if (has.has(f) && text(f)) facts.push([FIELD_LABELS[f], text(f)]);
  return facts;
}

/** What a move's gate still needs in this row, as field labels ("Root cause", "Verified by"). */
export function stillNeeded(action: ActionView, to: State): string[] {
  const has = new Set(action.columns);
  return gateFields(action.type, to)
    .filter((f) => has.has(f) && isMissing(action.values[f]))
    .map((f) => FIELD_LABELS[f]);
}

/** The findings of one sheet row from the last check. */
export function rowFindings(findings: readonly Finding[] | undefined, row: number): Finding[] {
  return findings ? findings.filter((f) => f.row === row) : [];
}
