/**
 * The due-soon and escalation list: every date the register commits an owner to — target
 * completion, target review, effectiveness check, a closed NC's re-check — that falls within the next N days or has
 * passed, grouped by owner; a date passed by more than M days is for escalation.
 */
import { isoFromDay, type DayNumber } from '../dates';
import { isOpen } from '../model';
import { countsLate, dayOf, textOf, type Action, type Register } from '../register';
import { awaitsEffectivenessCheck } from './effectivenessChecks';
import { recheckDay, type RecheckStore } from './rechecks';

/** What a date is for. */
export type DueKind = 'target' | 'review' | 'effectiveness-check' | 'recheck';

export const DUE_KIND_LABEL: Record<DueKind, string> = {
  target: 'target date',
  review: 'progress review',
  'effectiveness-check': 'effectiveness check',
  recheck: 're-check',
};

/** `due-soon`: today or within N days; `overdue`: passed; `escalate`: passed by more than M days. */
export type DueState = 'due-soon' | 'overdue' | 'escalate';

export interface DueItem {
  id: string;
  row: number;
  title: string;
  kind: DueKind;
  /** yyyy-mm-dd */
  date: string;
  /** Days from the as-of date to the date: negative when it has passed. */
  days: number;
  state: DueState;
  /** The status cell as the register writes it. */
  statusText: string;
}

export interface OwnerDue {
  /** The owner cell ('' when blank). */
  owner: string;
  items: DueItem[];
}

export interface DueOptions {
  asOf: DayNumber;
  /** Dates up to this many days ahead are due soon (default 14). */
  within?: number;
  /** Dates passed by more than this many days are for escalation (default 30). */
  escalateAfter?: number;
  /** Re-check dates kept outside the register (for a register without a re-check column). */
  rechecks?: RecheckStore;
}

export interface DueList {
  asOf: string;
  within: number;
  escalateAfter: number;
  counts: Record<DueState, number>;
  /** Owners with something to escalate first, then by their earliest date; no owner last. */
  owners: OwnerDue[];
}

/** The dates of an action the list looks at, each with what it is for; a closed action's re-check. */
export function commitments(
  register: Register,
  action: Action,
  rechecks?: RecheckStore,
): [DueKind, DayNumber][] {
  const out: [DueKind, DayNumber][] = [];
  if (!isOpen(action.state)) {
    const recheck = recheckDay(register, action, rechecks);
    if (recheck !== undefined) out.push(['recheck', recheck]);
    return out;
  }
  const target = dayOf(action, 'targetDate');
  // Implemented with its completion date recorded: the work is done, its target no longer binds.
  if (target !== undefined && countsLate(action)) out.push(['target', target]);
  const review = dayOf(action, 'targetReviewDate');
  if (review !== undefined) out.push(['review', review]);
  const check = dayOf(action, 'effectivenessDueDate');
  if (check !== undefined && awaitsEffectivenessCheck(register, action))
    out.push(['effectiveness-check', check]);
  return out;
}

/**
 * The due-soon list of a register on a date.
 *
 * @example dueList(register, { asOf: dayFromIso('2026-11-26')!, within: 14, escalateAfter: 30 }).counts.escalate
 */
export function dueList(register: Register, options: DueOptions): DueList {
  const { asOf } = options;
  const within = options.within ?? 14;
  const escalateAfter = options.escalateAfter ?? 30;
  const counts: Record<DueState, number> = { 'due-soon': 0, overdue: 0, escalate: 0 };
  const byOwner = new Map<string, DueItem[]>();
  for (const action of register.actions) {
    for (const [kind, day] of commitments(register, action, options.rechecks)) {
      const days = day - asOf;
      if (days > within) continue;
      const state: DueState = days >= 0 ? 'due-soon' : -days > escalateAfter ? 'escalate' : 'overdue';
      counts[state]++;
      const owner = textOf(action, 'owner');
      const items = byOwner.get(owner) ?? [];
      if (items.length === 0) byOwner.set(owner, items);
      items.push({
        id: action.id,
        row: action.row,
        title: textOf(action, 'title') || textOf(action, 'description'),
        kind,
        date: isoFromDay(day),
        days,
        state,
        statusText: textOf(action, 'status'),
      });
    }
  }
  const owners = [...byOwner].map(([owner, items]) => ({
    owner,
    items: items.sort((a, b) => a.days - b.days || a.row - b.row),
  }));
  const escalates = (o: OwnerDue) => o.items.some((i) => i.state === 'escalate');
  owners.sort(
    (a, b) =>
      Number(a.owner === '') - Number(b.owner === '') ||
      Number(escalates(b)) - Number(escalates(a)) ||
      a.items[0].days - b.items[0].days ||
      a.owner.localeCompare(b.owner),
  );
  return { asOf: isoFromDay(asOf), within, escalateAfter, counts, owners };
}
