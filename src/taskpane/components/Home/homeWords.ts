import type { NeedItem, NeedKind } from '../../../commands/health';

/** How many of each kind the Home view lists before "Show all in Findings". */
export const HOME_LIMIT = 5;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The heading of a kind of item, in words with its count ("3 overdue NCs"). */
export function needHeading(kind: NeedKind, n: number): string {
  switch (kind) {
    case 'overdue-nc':
      return plural(n, 'overdue NC', 'overdue NCs');
    case 'nc-closed-without-root-cause':
      return `${plural(n, 'NC', 'NCs')} closed without a root cause`;
    case 'nc-closed-without-effectiveness':
      return `${plural(n, 'NC', 'NCs')} closed without an effectiveness check`;
    case 'missing-owner':
      return `${plural(n, 'open action', 'open actions')} without an owner`;
    case 'overdue':
      return `${plural(n, 'other overdue action', 'other overdue actions')}`;
  }
}

/** The words a Findings filter uses to show the same actions (the rule code). */
export const NEED_CODE: Record<NeedKind, string> = {
  'overdue-nc': 'overdue',
  overdue: 'overdue',
  'nc-closed-without-root-cause': 'nc-closed-without-root-cause',
  'nc-closed-without-effectiveness': 'nc-closed-without-effectiveness',
  'missing-owner': 'missing-owner',
};

/** The item's name: its id and title ("CIP-012 · Supplier reviews late"), or its row. */
export function needName(item: NeedItem): string {
  const id = item.id || `Row ${item.row}`;
  return item.title ? `${id} · ${item.title}` : id;
}

/** Its detail line: owner and lateness ("Dana Reyes · 34 days late · row 12"). */
export function needDetail(item: NeedItem): string {
  const parts = [item.owner || 'No owner'];
  if (item.daysLate !== undefined && item.daysLate > 0)
    parts.push(plural(item.daysLate, 'day late', 'days late'));
  parts.push(`row ${item.row}`);
  return parts.join(' · ');
}
