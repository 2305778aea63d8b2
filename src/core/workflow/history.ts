import type { HistoryEntry, MoveVia } from './transition';

/** The history sheet's name and columns (created on first use, protected where possible). */
export const HISTORY_SHEET = 'Improvement Plan history';
export const HISTORY_HEADERS = [
  'Timestamp',
  'Action ID',
  'Row',
  'From',
  'To',
  'Fields filled',
  'Comment',
  'How',
  'Gate met',
];

const HOW: Record<MoveVia, string> = {
  prompt: 'in the prompt',
  pane: 'in the task pane',
  sheet: 'accepted in the sheet',
  reconciliation: 'found later by reconciliation',
  remote: 'by a co-author (remote)',
};

/**
 * History entries as sheet rows. All text, so nothing a user typed (a comment starting with "=")
 * can become a formula; the timestamp stays ISO text so it sorts and never shifts with time zones.
 *
 * @example historyRows([entry])[0][7] // 'in the prompt'
 */
export function historyRows(entries: readonly HistoryEntry[]): string[][] {
  return entries.map((e) => [
    e.timestamp,
    e.id,
    String(e.row),
    e.from,
    e.to,
    e.fieldsFilled.join(', '),
    e.comment,
    HOW[e.via],
    e.gateMet ? 'yes' : 'no',
  ]);
}
