/**
 * The grid: what every reader hands to the core. Office.js `Range.values` / `numberFormat`,
 * the CSV reader and the xlsx reader all produce this one shape, so the engine never knows
 * where a register came from.
 *
 * Conventions (the readers must follow them):
 * - an empty cell is `''` (Office.js returns `''` for empty cells; never `undefined`);
 * - a date cell is its Excel serial number (1900 date system) with a date number format
 *   in `numberFormats` — readers convert JS `Date`s to serials;
 * - an error cell is its error text (`'#REF!'`, `'#N/A'`), as Office.js returns it;
 * - a formula without a cached value is `''` and its position is reported by the reader.
 */
export type CellValue = string | number | boolean;

export interface Grid {
  /** Row-major values; `values[0]` is sheet row `firstRow`. Rows may be ragged. */
  values: CellValue[][];
  /** Number formats parallel to `values` (optional; used to recognise date serials). */
  numberFormats?: string[][];
  /** 1-based sheet row of `values[0]` (default 1). */
  firstRow?: number;
  /** 1-based sheet column of `values[r][0]` (default 1). */
  firstColumn?: number;
  /** Merged ranges as A1 text (`'B4:B6'`), when the reader knows them; covered cells hold `''`. */
  merges?: readonly string[];
}

/** Column letter(s) for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = Math.floor(column);
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based column number for column letters: A → 1, AA → 27. Returns 0 for invalid input. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return 0;
    n = n * 26 + (code - 64);
  }
  return n;
}

/** The value at (rowIndex, colIndex) of a grid, `''` when outside a ragged row. */
export function cellAt(grid: Grid, rowIndex: number, colIndex: number): CellValue {
  const row = grid.values[rowIndex];
  if (!row) return '';
  const v = row[colIndex];
  return v === undefined || v === null ? '' : v;
}

/** The number format at (rowIndex, colIndex), `'General'` when unknown. */
export function formatAt(grid: Grid, rowIndex: number, colIndex: number): string {
  return grid.numberFormats?.[rowIndex]?.[colIndex] ?? 'General';
}

/** Widest row of the grid. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** A1 range text → 1-based area, or undefined when it is not one. */
export function areaOf(ref: string): Area | undefined {
  const m = REF.exec(ref.trim());
  if (!m) return undefined;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  if (!left || !right || top < 1 || bottom < top || right < left) return undefined;
  return { top, left, bottom, right };
}
