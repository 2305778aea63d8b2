import type { NeedItem, NeedKind } from '../../../commands/health';
import type { PaneKey, PaneTranslator } from '../../../core/i18n';

/** How many of each kind the Home view lists before "Show all in Findings". */
export const HOME_LIMIT = 5;

/** The heading of a kind of item, in words with its count ("3 overdue NCs"). */
export function needHeading(t: PaneTranslator, kind: NeedKind, n: number): string {
  return t.t(`need.${kind}` as PaneKey, { count: n });
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
export function needName(t: PaneTranslator, item: NeedItem): string {
  const id = item.id || t.t('common.row', { row: String(item.row) });
  return item.title ? `${id} · ${item.title}` : id;
}

/** Its detail line: owner and lateness ("Dana Reyes · 34 days late · row 12"). */
export function needDetail(t: PaneTranslator, item: NeedItem): string {
  const parts = [item.owner || t.t('common.noOwner')];
  if (item.daysLate !== undefined && item.daysLate > 0)
    parts.push(t.t('home.daysLate', { count: item.daysLate }));
  parts.push(t.t('common.rowLower', { row: String(item.row) }));
  return parts.join(' · ');
}
