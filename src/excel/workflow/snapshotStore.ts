import { columnLetter, type State, type StatusSnapshot } from '../../core';
import { errorCode } from '../errors';

/**
 * The last-seen status column is kept in a very hidden sheet of the workbook, so that a status
 * changed while the add-in was closed (or by someone without it) is found at the next start.
 * It is stored as tab-separated lines split into cells of at most 30,000 characters (Excel's
 * cell limit is 32,767), which keeps a 100,000-row snapshot to a few requests well under 4 MB.
 * Changes are appended below as more lines (a later line for a key wins), so a status change
 * writes a cell, not the whole snapshot; the watcher rewrites it whole now and then.
 * Each watched register sheet has a column of its own, named by its first line (`v1\tsheet`):
 * the main register's is column A (as before several registers), the others' the next free ones.
 */
export const SNAPSHOT_SHEET = 'ImprovementPlanState';
const CELL_CHARS = 30_000;
const CELLS_PER_WRITE = 60; // ≈ 1.8 MB per request

export function encodeSnapshot(sheetName: string, snapshot: StatusSnapshot): string[] {
  return toCells([`v1\t${sheetName}`, ...linesOf(snapshot)]);
}

function linesOf(snapshot: StatusSnapshot): string[] {
  return Object.entries(snapshot).map(([key, e]) => [key, e.w, e.s ?? '', e.p ?? ''].map(clean).join('\t'));
}

function toCells(lines: string[]): string[] {
  const cells: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > CELL_CHARS) {
      cells.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) cells.push(current);
  // A leading apostrophe keeps Excel from reading a cell as a formula or a number.
  return cells.map((c) => `'${c}`);
}

function clean(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').slice(0, 2000);
}

export function decodeSnapshot(
  cells: unknown[],
): { sheetName: string; snapshot: StatusSnapshot } | undefined {
  const text = cells.map((c) => (typeof c === 'string' ? c : '')).join('\n');
  const lines = text.split('\n');
  const head = lines[0]?.split('\t');
  if (!head || head[0] !== 'v1') return undefined;
  const snapshot: StatusSnapshot = {};
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const [key, w = '', s = '', p = ''] = line.split('\t');
    snapshot[key] = { w, ...(s ? { s: s as State } : {}), ...(p ? { p } : {}) };
  }
  return { sheetName: head[1] ?? '', snapshot };
}

/** A stored snapshot: the sheet it is of, its column and the cells it takes there. */
export interface StoredSnapshot {
  sheetName: string;
  snapshot: StatusSnapshot;
  cells: number;
  /** 0-based column of the snapshot sheet. */
  column: number;
}

/** Every stored snapshot, one per column (two syncs; none when there is no snapshot sheet). */
export async function loadSnapshots(context: Excel.RequestContext): Promise<StoredSnapshot[]> {
  const ws = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
  await context.sync();
  // Nothing may be asked of a null object, so the used range is fetched only once the sheet exists.
  if (ws.isNullObject) return [];
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values,columnIndex');
  await context.sync();
  if (used.isNullObject) return [];
  const rows = used.values as unknown[][];
  const out: StoredSnapshot[] = [];
  for (let c = 0; c < (rows[0]?.length ?? 0); c++) {
    // A column's cells run from the top to its first blank one (appends are contiguous).
    const cells: unknown[] = [];
    for (const row of rows) {
      if (row[c] === '' || row[c] === undefined || row[c] === null) break;
      cells.push(row[c]);
    }
    const decoded = decodeSnapshot(cells);
    if (decoded) out.push({ ...decoded, cells: cells.length, column: used.columnIndex + c });
  }
  return out;
}

/** The main register's stored snapshot (column A). */
export async function loadSnapshot(context: Excel.RequestContext): Promise<StoredSnapshot | undefined> {
  return (await loadSnapshots(context)).find((s) => s.column === 0);
}

/**
 * Replaces the stored snapshot (bounded number of syncs: one per ~1.8 MB). Returns the number of
 * cells it takes, where {@link appendSnapshot} writes next.
 */
export async function saveSnapshot(
  context: Excel.RequestContext,
  sheetName: string,
  snapshot: StatusSnapshot,
  column = 0,
): Promise<number> {
  const cells = encodeSnapshot(sheetName, snapshot);
  let ws = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
  await context.sync();
  if (ws.isNullObject) {
    ws = context.workbook.worksheets.add(SNAPSHOT_SHEET);
    ws.visibility = Excel.SheetVisibility.veryHidden;
  } else {
    const letter = columnLetter(column + 1);
    ws.getRange(`${letter}:${letter}`).clear(Excel.ClearApplyTo.contents);
  }
  for (let i = 0; i < cells.length; i += CELLS_PER_WRITE) {
    const part = cells.slice(i, i + CELLS_PER_WRITE);
    ws.getRangeByIndexes(i, column, part.length, 1).values = part.map((c) => [c]);
    // One sync per ~1.8 MB slice of the snapshot, never per row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return cells.length;
}

/**
 * Appends changed entries below the stored snapshot's `at` cells, in one sync; returns the new
 * number of cells. Returns undefined, writing nothing, when the change is too large for one
 * request or the snapshot sheet is gone: the caller saves the whole snapshot instead.
 */
export async function appendSnapshot(
  context: Excel.RequestContext,
  changes: StatusSnapshot,
  at: number,
  column = 0,
): Promise<number | undefined> {
  const cells = toCells(linesOf(changes));
  if (cells.length === 0) return at;
  if (cells.length > CELLS_PER_WRITE || at + cells.length > MAX_CELLS) return undefined;
  const ws = context.workbook.worksheets.getItem(SNAPSHOT_SHEET);
  ws.getRangeByIndexes(at, column, cells.length, 1).values = cells.map((c) => [c]);
  try {
    await context.sync();
  } catch (error) {
    // The sheet is gone: Excel refused the whole batch, nothing was written.
    if (errorCode(error) === 'ItemNotFound') return undefined;
    throw error;
  }
  return at + cells.length;
}

/** Rows of column A the snapshot may take before it is rewritten whole. */
const MAX_CELLS = 10_000;
