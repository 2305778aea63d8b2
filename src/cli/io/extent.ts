/**
 * Where a sheet's grid ends. The grid handed to the core is a rectangle, so one stray cell at
 * XFD1048576 would make it 1,048,576 × 16,384 — billions of entries for a few cells. When the
 * rectangle would be far larger than the cells present, the grid ends where the data ends: at the
 * first wide run of empty columns, then at the first long run of empty rows. The cells beyond are
 * counted and named in a notice, never dropped in silence.
 */
import { columnLetter } from '../../core/grid';
import { CellTally, listCells, plural } from './cellTally';
import type { ReaderNotice } from './types';

/** A rectangle this small is always kept whole (the cost of a few thousand rows of a register). */
const MIN_DENSE = 2_000_000;
/** A rectangle up to this many times the cells present is kept whole. */
const DENSE_RATIO = 4;
/** Empty columns, then empty rows, that end a register when the rectangle is too large. */
export const COLUMN_GAP = 50;
export const ROW_GAP = 1000;
/** Rows up to this many columns are read slot by slot; wider ones by their set entries. */
const WIDE_ROW = 64;

/** What the reader collected: rows present (1-based, ascending) and each row's columns present. */
export interface PresentCells {
  /** 1-based row numbers that hold a value, ascending. */
  rows: number[];
  /** For each entry of `rows`, the 1-based columns of that row that hold a value, ascending. */
  columns: number[][];
  cells: number;
}

export interface Extent {
  /** Rows and columns of the grid (from A1). */
  height: number;
  width: number;
  /** Cells outside the grid. */
  beyond: CellTally;
}

/**
 * A row whose few cells lie far apart (a stray cell at XFD, or a CSV line of thousands of empty
 * fields before one): kept as V8 keeps it, by its set entries. A copy or a join of it would make a
 * slot of every column up to its last cell — 16,384 per row: 20,000 rows with one cell at XFD took
 * 2.5 GB and 31 s to end (issue 16).
 */
export function isSparseRow(length: number, cells: number): boolean {
  return length > WIDE_ROW && length > 4 * cells;
}

/** Whether a rectangle of `height` × `width` is small enough, for `cells` present, to keep whole. */
export function denseIsCheap(height: number, width: number, cells: number): boolean {
  return height * width <= Math.max(MIN_DENSE, DENSE_RATIO * cells);
}

function lastBeforeGap(sorted: readonly number[], gap: number): number {
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > gap) return sorted[i - 1];
  return sorted[sorted.length - 1] ?? 0;
}

/**
 * The grid's height and width for the cells present.
 *
 * @example
 * extentOf({ rows: [1, 2, 1048576], columns: [[1, 2], [1, 2], [16384]], cells: 5 })
 * // { height: 2, width: 2, beyond: 1 cell, XFD1048576 }
 */
export function extentOf(present: PresentCells): Extent {
  const { columns } = present;
  return extentBy(present.rows, present.cells, (i, visit) => {
    for (const col of columns[i]) visit(col);
  });
}

/**
 * {@link extentOf} for rows kept sparse: `values[row - 1]` holds a row's values, set only where
 * a cell holds one (a worksheet's collected rows). No list of columns is made per row: for the
 * 833,346 rows of a million-row review's summary sheet those lists were ~300 MB of garbage at
 * the end of the read, where its peak was (issue 16).
 */
export function extentOfSparse(
  rows: readonly number[],
  values: readonly (readonly unknown[] | undefined)[],
  cells: number,
): Extent {
  return extentBy(rows, cells, (i, visit) => {
    const row = values[rows[i] - 1];
    if (!row) return;
    if (row.length <= WIDE_ROW) {
      for (let k = 0; k < row.length; k++) if (row[k] !== undefined) visit(k + 1);
      return;
    }
    // A wide row may hold a few cells far apart: its set entries only (ascending), not every column.
    for (const key in row) if (row[Number(key)] !== undefined) visit(Number(key) + 1);
  });
}

/** The extent, with `eachColumn(i, visit)` visiting the columns of the i-th row present in ascending order. */
function extentBy(
  rows: readonly number[],
  cells: number,
  eachColumn: (i: number, visit: (col: number) => void) => void,
): Extent {
  const beyond = new CellTally();
  let width = 0;
  const last = (col: number) => {
    if (col > width) width = col;
  };
  for (let i = 0; i < rows.length; i++) eachColumn(i, last);
  let height = rows[rows.length - 1] ?? 0;
  if (denseIsCheap(height, width, cells)) return { height, width, beyond };
  const budget = Math.max(MIN_DENSE, DENSE_RATIO * cells);
  // The columns used anywhere, ascending; then each row's first column.
  const isUsed = new Uint8Array(width + 1);
  const firsts = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    let first = 0;
    eachColumn(i, (col) => {
      isUsed[col] = 1;
      if (first === 0) first = col;
    });
    firsts[i] = first;
  }
  const used: number[] = [];
  for (let col = 1; col <= width; col++) if (isUsed[col]) used.push(col);
  width = lastBeforeGap(used, COLUMN_GAP);
  const rowsWithin = rows.filter((_, i) => firsts[i] > 0 && firsts[i] <= width);
  height = rowsWithin[rowsWithin.length - 1] ?? 0;
  if (height * width > budget) height = lastBeforeGap(rowsWithin, ROW_GAP);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    eachColumn(i, (col) => {
      if (row > height || col > width) beyond.add(`${columnLetter(col)}${row}`);
    });
  }
  return { height, width, beyond };
}

/** The notice for cells left outside the grid, or undefined when there are none. */
export function beyondNotice(sheet: string, extent: Extent): ReaderNotice | undefined {
  const { beyond, height, width } = extent;
  if (beyond.count === 0) return undefined;
  const end = `${columnLetter(Math.max(1, width))}${Math.max(1, height)}`;
  return {
    code: 'far-cells',
    sheet,
    count: beyond.count,
    cells: beyond.cells,
    message:
      `${plural(beyond.count, 'cell')} far from the data on sheet "${sheet}" ` +
      `(${listCells(beyond.cells, beyond.count)}) ${beyond.count === 1 ? 'was' : 'were'} not read: the register ` +
      `ends at ${end}, before more than ${COLUMN_GAP} empty columns or ${ROW_GAP} empty rows. ` +
      'If they belong to the register, move them next to it.',
  };
}
