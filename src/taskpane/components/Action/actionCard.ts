import { gateFields, isMissing, type FieldKey, type Finding, type State } from '../../../core';
import type { PaneTranslator } from '../../../core/i18n';
import type { ActionView } from '../../../commands/api';
import { ENGLISH } from '../../i18n';
import { fieldName, stateName } from '../../words';
import { fieldText } from '../Workflow/moveForm';

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
export function statusText(
  action: Pick<ActionView, 'statusWord' | 'state'>,
  t: PaneTranslator = ENGLISH,
): string {
  const word = action.statusWord.trim();
  if (!word)
    return action.state
      ? t.t('action.statusBlankReadAs', { state: stateName(t, action.state) })
      : t.t('common.blank');
  if (!action.state) return t.t('action.statusNotUnderstood', { word });
  const label = stateName(t, action.state);
  return word.toLocaleLowerCase(t.locale) === label.toLocaleLowerCase(t.locale)
    ? word
    : t.t('action.statusReadAs', { word, state: label });
}

/** The card's facts: label and the cell as the form shows it, for fields the register has. */
export function cardFacts(action: ActionView, t: PaneTranslator = ENGLISH): [string, string][] {
  const has = new Set(action.columns);
  const text = (f: FieldKey) => fieldText(f, action.values[f]).trim();
  const facts: [string, string][] = [];
  if (has.has('owner')) facts.push([t.t('action.owner'), text('owner') || t.t('common.noOwner')]);
  // Dates as the language writes them (fieldText gives ISO dates; other text stays as typed).
  for (const f of CARD_DATES) if (has.has(f) && text(f)) facts.push([fieldName(t, f), t.date(text(f))]);
  return facts;
}

/** What a move's gate still needs in this row, as field labels ("Root cause", "Verified by"). */
export function stillNeeded(action: ActionView, to: State, t: PaneTranslator = ENGLISH): string[] {
  const has = new Set(action.columns);
  return gateFields(action.type, to)
    .filter((f) => has.has(f) && isMissing(action.values[f]))
    .map((f) => fieldName(t, f));
}

/** The findings of one sheet row from the last check. */
export function rowFindings(findings: readonly Finding[] | undefined, row: number): Finding[] {
  return findings ? findings.filter((f) => f.row === row) : [];
}
