import {
  actionsFromGrid,
  DATE_FIELDS,
  dayFromIso,
  serialFromDay,
  type Action,
  type CellValue,
  type FieldKey,
  type Register,
} from '../../core';
import { asText } from './historySheet';

/** 1-based sheet rows covered by an A1 address ("K5", "K5:K504", "5:9", "A:Z"). */
export function rowsOfAddress(address: string): { first: number; last: number } | undefined {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?[A-Z]{0,3}\$?(\d+)?(?::\$?[A-Z]{0,3}\$?(\d+)?)?$/i.exec(a.trim());
  if (!m || !m[1]) return undefined;
  const first = Number(m[1]);
  return { first, last: m[2] ? Number(m[2]) : first };
}

/** 1-based columns covered by an A1 address, or undefined for whole rows. */
export function columnsOfAddress(address: string): { first: number; last: number } | undefined {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Z]{1,3})?\$?\d*(?::\$?([A-Z]{1,3})?\$?\d*)?$/i.exec(a.trim());
  if (!m || !m[1]) return undefined;
  const num = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { first: num(m[1]), last: num(m[2] ?? m[1]) };
}

/** Reads sheet rows [first, last] with the register's mapping (one sync). */
export async function readRows(
  context: Excel.RequestContext,
  sheetName: string,
  register: Register,
  first: number,
  last: number,
): Promise<Action[]> {
  const cols = Object.values(register.mapping.columns).map((c) => c.column);
  const minCol = Math.min(...cols);
  const maxCol = Math.max(...cols);
  const ws = context.workbook.worksheets.getItem(sheetName);
  const range = ws.getRangeByIndexes(first - 1, minCol - 1, last - first + 1, maxCol - minCol + 1);
  range.load('values,numberFormat');
  await context.sync();
  return actionsFromGrid(register, {
    values: range.values as CellValue[][],
    numberFormats: range.numberFormat as string[][],
    firstRow: first,
    firstColumn: minCol,
  });
}

/**
 * Queues writing fields into one row: text as text (an apostrophe where Excel would otherwise
 * read a formula or a number), dates as serials with a date format. Nothing is synced here.
 */
export function queueFieldWrites(
  context: Excel.RequestContext,
  sheetName: string,
  register: Register,
  row: number,
  fields: Partial<Record<FieldKey, CellValue>>,
): string[] {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const addresses: string[] = [];
  for (const [field, value] of Object.entries(fields) as [FieldKey, CellValue][]) {
    const col = register.mapping.columns[field];
    if (!col) continue;
    const cell = ws.getRange(`${col.letter}${row}`);
    addresses.push(`${col.letter}${row}`);
    if (DATE_FIELDS.includes(field) && typeof value === 'string' && dayFromIso(value) !== undefined) {
      cell.numberFormat = [['yyyy-mm-dd']];
      cell.values = [[serialFromDay(dayFromIso(value)!)]];
    } else if (typeof value === 'string') {
      cell.values = [[asText(value)]];
    } else {
      cell.values = [[value]];
    }
  }
  return addresses;
}
