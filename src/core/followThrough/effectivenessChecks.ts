/**
 * Effectiveness checks that happen (ISO/IEC 27001:2022 10.2 d): an action implemented and waiting
 * for its effectiveness check, whose check date has passed with no result recorded. The rule
 * `effectiveness-check-overdue` and the review summary's list both come from here.
 */
import { isoFromDay, type DayNumber } from '../dates';
import { dayOf, effectivenessOf, textOf, type Action, type Register } from '../register';

/** One implemented action whose effectiveness check is late. */
export interface EffectivenessCheckLine {
  id: string;
  row: number;
  title: string;
  owner: string;
  /** The effectiveness-check due date, yyyy-mm-dd. */
  dueDate: string;
  daysLate: number;
  /** The status cell as the register writes it. */
  statusText: string;
}

/**
 * Whether an action waits for its effectiveness check: implemented, not an OFI or observation (an
 * NC, or of unknown type), and no effectiveness result recorded yet.
 */
export function awaitsEffectivenessCheck(register: Register, action: Action): boolean {
  if (action.state !== 'implemented' || action.type === 'ofi' || action.type === 'observation') return false;
  return effectivenessOf(register, action) === undefined;
}

/**
 * Days the action's effectiveness check is late on `asOf`, or undefined when it is not: only an
 * implemented action that is not an OFI or observation (an NC, or of unknown type: someone set a
 * date for its check), with a check date before `asOf` and no effectiveness result.
 *
 * @example effectivenessCheckDaysLate(register, action, dayFromIso('2026-11-26')!) // 12
 */
export function effectivenessCheckDaysLate(
  register: Register,
  action: Action,
  asOf: DayNumber,
): number | undefined {
  if (!awaitsEffectivenessCheck(register, action)) return undefined;
  const due = dayOf(action, 'effectivenessDueDate');
  return due === undefined || due >= asOf ? undefined : asOf - due;
}

/**
 * Every implemented action whose effectiveness check is late, latest first (most days late).
 *
 * @example effectivenessChecksOverdue(register, asOf).map((l) => l.id) // ['NC-004', 'NC-011']
 */
export function effectivenessChecksOverdue(register: Register, asOf: DayNumber): EffectivenessCheckLine[] {
  const out: EffectivenessCheckLine[] = [];
  for (const action of register.actions) {
    const late = effectivenessCheckDaysLate(register, action, asOf);
    if (late === undefined) continue;
    out.push({
      id: action.id,
      row: action.row,
      title: textOf(action, 'title') || textOf(action, 'description'),
      owner: textOf(action, 'owner'),
      dueDate: isoFromDay(dayOf(action, 'effectivenessDueDate')!),
      daysLate: late,
      statusText: textOf(action, 'status'),
    });
  }
  return out.sort((a, b) => b.daysLate - a.daysLate || a.row - b.row);
}
