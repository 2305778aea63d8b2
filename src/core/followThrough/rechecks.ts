/**
 * Re-checks (ISO/IEC 27001:2022 10.2 d and e): an NC closed as effective is checked again some
 * days later (the policy's `recheckDays`, 90 by default) — is the corrective action still working?
 * The date is kept in the register's own column when it has one ("Re-check date", "Recheck due"),
 * else in the add-in's document settings (key {@link RECHECKS_SETTING_KEY}), which the command line
 * reads too. A re-check whose date has passed is a finding (`recheck-overdue`), a line of the
 * due-soon list, an event of the calendar and a list of the review summary.
 */
import { dayFromIso, isoFromDay, type DayNumber } from '../dates';
import { dayOf, textOf, type Action, type Register } from '../register';
import type { TargetDatePolicy } from './policy';

/** The document-settings key of the re-check dates kept for a register without a re-check column. */
export const RECHECKS_SETTING_KEY = 'improvementPlan.rechecks';

/** Re-check dates kept outside the register: action id → yyyy-mm-dd. */
export type RecheckStore = Readonly<Record<string, string>>;

/**
 * A stored re-check list as read from the workbook: the entries that are an id and a real date;
 * anything else is left out (the setting is ours, but a workbook may have been edited by hand).
 *
 * @example checkRecheckStore({ 'NC-1': '2027-02-28', 'NC-2': 'soon' }) // { 'NC-1': '2027-02-28' }
 */
export function checkRecheckStore(value: unknown): RecheckStore {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [id, date] of Object.entries(value)) {
    if (id && typeof date === 'string' && dayFromIso(date) !== undefined) out[id] = date;
  }
  return out;
}

/**
 * The re-check date the policy gives an NC closed as effective on `closed`; undefined when the
 * policy schedules no re-checks.
 *
 * @example recheckDateAfter(dayFromIso('2026-11-30')!, DEFAULT_POLICY) // 2027-02-28
 */
export function recheckDateAfter(closed: DayNumber, policy: Pick<TargetDatePolicy, 'recheckDays'>) {
  return policy.recheckDays == null ? undefined : closed + policy.recheckDays;
}

/**
 * The day a closed action is to be checked again: its re-check cell when the register has that
 * column, else the date kept for its id. Undefined for an open action or when none is set.
 *
 * @example recheckDay(register, action, { 'NC-1': '2027-02-28' }) // 46446
 */
export function recheckDay(register: Register, action: Action, stored?: RecheckStore): DayNumber | undefined {
  if (action.state !== 'closed') return undefined;
  if (register.mapping.columns.recheckDate !== undefined) return dayOf(action, 'recheckDate');
  const kept = action.id ? stored?.[action.id] : undefined;
  return kept === undefined ? undefined : dayFromIso(kept);
}

/** One closed action whose re-check date has passed. */
export interface RecheckLine {
  id: string;
  row: number;
  title: string;
  owner: string;
  /** yyyy-mm-dd */
  dueDate: string;
  daysLate: number;
  statusText: string;
}

/**
 * Every closed action whose re-check is late on `asOf`, most days late first.
 *
 * @example rechecksOverdue(register, asOf, stored).map((l) => l.id) // ['NC-002']
 */
export function rechecksOverdue(register: Register, asOf: DayNumber, stored?: RecheckStore): RecheckLine[] {
  const out: RecheckLine[] = [];
  for (const action of register.actions) {
    const due = recheckDay(register, action, stored);
    if (due === undefined || due >= asOf) continue;
    out.push({
      id: action.id,
      row: action.row,
      title: textOf(action, 'title') || textOf(action, 'description'),
      owner: textOf(action, 'owner'),
      dueDate: isoFromDay(due),
      daysLate: asOf - due,
      statusText: textOf(action, 'status'),
    });
  }
  return out.sort((a, b) => b.daysLate - a.daysLate || a.row - b.row);
}
