import {
  HISTORY_HEADERS,
  HISTORY_SHEET,
  historyRows,
  type HistoryEntry,
  type MoveVia,
  type State,
} from '../../core';

/** Text that Excel would read as a formula or number gets an apostrophe so it stays text. */
export function asText(value: string): string {
  return /^[=+\-@']/.test(value) || /^\d/.test(value) ? `'${value}` : value;
}

/**
 * Appends entries to the history sheet, creating it (with headers, frozen, protected against
 * accidental edits) on first use. Two or three syncs whatever the number of entries.
 */
export async function appendHistory(
  context: Excel.RequestContext,
  entries: readonly HistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  let ws = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  await context.sync();
  let next = 1;
  if (ws.isNullObject) {
    ws = context.workbook.worksheets.add(HISTORY_SHEET);
    ws.getRangeByIndexes(0, 0, 1, HISTORY_HEADERS.length).values = [HISTORY_HEADERS];
    ws.getRangeByIndexes(0, 0, 1, HISTORY_HEADERS.length).format.font.bold = true;
    ws.freezePanes.freezeRows(1);
  } else {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowCount,rowIndex');
    await context.sync();
    ws.protection.unprotect();
    next = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
  }
  const rows = historyRows(entries).map((r) => r.map(asText));
  ws.getRangeByIndexes(next, 0, rows.length, HISTORY_HEADERS.length).values = rows;
  // Protection stops accidental edits; it is not a security boundary (no password).
  ws.protection.protect({ allowFormatColumns: true, allowAutoFilter: true, allowSort: true });
  await context.sync();
}

/** History entries of one action, newest last. */
export async function historyOf(context: Excel.RequestContext, id: string): Promise<HistoryEntry[]> {
  const ws = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET);
  await context.sync();
  if (ws.isNullObject) return [];
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values');
  await context.sync();
  if (used.isNullObject) return [];
  const how: Record<string, MoveVia> = {
    'in the prompt': 'prompt',
    'in the task pane': 'pane',
    'accepted in the sheet': 'sheet',
    'found later by reconciliation': 'reconciliation',
    'by a co-author (remote)': 'remote',
  };
  return (used.values as unknown[][])
    .slice(1)
    .filter((r) => String(r[1]) === id)
    .map((r) => ({
      timestamp: String(r[0]),
      id: String(r[1]),
      row: Number(r[2]),
      from: String(r[3]) as State | '',
      to: String(r[4]) as State,
      fieldsFilled: String(r[5]) ? (String(r[5]).split(', ') as HistoryEntry['fieldsFilled']) : [],
      comment: String(r[6]),
      via: how[String(r[7])] ?? 'sheet',
      gateMet: String(r[8]) === 'yes',
    }));
}
