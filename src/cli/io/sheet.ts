/**
 * One ExcelJS worksheet → {@link SheetData}. Rows are visited once with `eachRow`, cells once with
 * `eachCell`, so a 50,000-row register costs one pass and no per-cell allocations beyond the grid.
 */
import type { Worksheet } from 'exceljs';
import { columnLetter, columnNumber, type CellValue } from '../../core/grid';
import { CellTally } from './cellTally';
import { convertCellValue, type CellKind } from './cellValue';
import { beyondNotice, denseIsCheap, extentOfSparse, isSparseRow, type Extent } from './extent';
import { sheetNotices } from './sheetNotices';
import type { SheetData } from './types';

/** ExcelJS's cell type for the covered (non top-left) cells of a merged range. */
const MERGE_TYPE = 1;
const GENERAL = 'General';
/** For a Date cell without a number format (unusual writers), so the core still sees a date. */
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Merged ranges. `worksheet.model.merges` would rebuild the model of every row, so the map ExcelJS
 * keeps while loading is read instead (guarded: it is not part of the typed API).
 */
function mergesOf(ws: Worksheet): string[] {
  const map = (ws as unknown as { _merges?: Record<string, { range?: unknown } | undefined> })._merges;
  if (!map) return [];
  const out: string[] = [];
  for (const merge of Object.values(map)) if (typeof merge?.range === 'string') out.push(merge.range);
  return out.sort(compareRanges);
}

/** Reading order (row, then column) of ranges such as `'B10:D10'`. */
export function compareRanges(a: string, b: string): number {
  const [ra, ca] = topLeft(a);
  const [rb, cb] = topLeft(b);
  return ra - rb || ca - cb;
}

function topLeft(range: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(range);
  return m ? [Number(m[2]), columnNumber(m[1])] : [0, 0];
}

function hiddenColumnsOf(ws: Worksheet, width: number): number[] {
  const out: number[] = [];
  const columns = ws.columns ?? [];
  for (let i = 0; i < Math.min(columns.length, width); i++) if (columns[i]?.hidden) out.push(i + 1);
  return out;
}

/**
 * What a reader gathers from a worksheet's cells, before the grid is cut to its {@link Extent}.
 * Kept small for a million rows: each row's values once (sized to the row when it ends), rows of
 * formats that are alike as one shared array, and no per-row list of the columns present (they are
 * the row's set entries, listed only when the sheet has far cells).
 */
export interface Collected {
  /** Sparse: only rows that hold a value are set. */
  values: CellValue[][];
  formats: string[][];
  /** 1-based rows that hold a value, ascending. */
  rows: number[];
  /** The widest row's last column. */
  width: number;
  cells: number;
  hiddenRows: number[];
  formulas: CellTally;
  /** Every formula cell without a saved result (the tally keeps only the first few for the notice). */
  uncalculated: string[];
  errors: CellTally;
  /** Shared format rows by their text. */
  formatRows: Map<string, string[]>;
  /** Cells of the row being collected. */
  rowCells: number;
}

export function newCollected(): Collected {
  return {
    values: [],
    formats: [],
    rows: [],
    width: 0,
    cells: 0,
    hiddenRows: [],
    formulas: new CellTally(),
    uncalculated: [],
    errors: new CellTally(),
    formatRows: new Map(),
    rowCells: 0,
  };
}

/** Ends the last row collected: its values sized to it, its formats shared with rows alike. */
function endRow(c: Collected): void {
  const last = c.rows[c.rows.length - 1];
  if (last === undefined) return;
  const values = c.values[last - 1];
  if (isSparseRow(values.length, c.rowCells)) return;
  if (values.length > 0) c.values[last - 1] = values.slice();
  const formats = c.formats[last - 1];
  const key = formats.join('\u0000');
  const shared = c.formatRows.get(key);
  if (shared) c.formats[last - 1] = shared;
  else c.formatRows.set(key, formats.slice());
}

/**
 * Adds one converted cell (1-based row and column; cells of a row in column order, rows in order).
 * `numFmt` is the cell's own number format ('' when it has none). Returns whether it holds a value.
 */
export function addCell(
  c: Collected,
  rowNumber: number,
  col: number,
  value: CellValue,
  kind: CellKind,
  numFmt: string,
): boolean {
  if (kind === 'formula-without-value') {
    c.formulas.add(`${columnLetter(col)}${rowNumber}`);
    c.uncalculated.push(`${columnLetter(col)}${rowNumber}`);
  }
  if (kind === 'error') c.errors.add(`${columnLetter(col)}${rowNumber}`);
  if (value === '') return false;
  let rowValues = c.values[rowNumber - 1];
  let rowFormats = c.formats[rowNumber - 1];
  if (!rowValues || c.rows[c.rows.length - 1] !== rowNumber) {
    endRow(c);
    rowValues = c.values[rowNumber - 1] = [];
    rowFormats = c.formats[rowNumber - 1] = [];
    c.rows.push(rowNumber);
    c.rowCells = 0;
  }
  rowValues[col - 1] = value;
  c.rowCells += 1;
  rowFormats[col - 1] = numFmt || (kind === 'date' ? DEFAULT_DATE_FORMAT : GENERAL);
  if (col > c.width) c.width = col;
  c.cells += 1;
  return true;
}

/** Where the grid ends: the whole rectangle when it is cheap, else cut where the data ends. */
function extentOfCollected(c: Collected): Extent {
  const height = c.rows[c.rows.length - 1] ?? 0;
  if (denseIsCheap(height, c.width, c.cells)) return { height, width: c.width, beyond: new CellTally() };
  return extentOfSparse(c.rows, c.values, c.cells);
}

function collectCells(ws: Worksheet): Collected {
  const c = newCollected();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let held = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === MERGE_TYPE) return;
      const { value, kind } = convertCellValue(cell.value);
      if (addCell(c, rowNumber, col, value, kind, cell.numFmt)) held = true;
    });
    if (held && row.hidden) c.hiddenRows.push(rowNumber);
  });
  return c;
}

/**
 * Fills the sparse rows collected above into a rectangle of `''` / `'General'`, as large as the
 * {@link Extent} (never the sheet's claimed dimension or its farthest cell's address). The rows
 * collected are filled in place (they are not used again); rows of formats that are alike share one
 * array (the grid's formats are only read), so a million rows cost a few format arrays.
 */
function rectangle(c: Collected, extent: Extent): { values: CellValue[][]; numberFormats: string[][] } {
  const { height, width } = extent;
  const values: CellValue[][] = new Array(height);
  const numberFormats: string[][] = new Array(height);
  // The collected format rows are shared already: each is padded to the width once.
  const padded = new Map<string[] | undefined, string[]>();
  for (let r = 0; r < height; r++) {
    const srcV = c.values[r];
    const srcF = c.formats[r];
    const rowV: CellValue[] = srcV ?? new Array(width);
    if (rowV.length > width) rowV.length = width;
    for (let col = 0; col < width; col++) if (rowV[col] === undefined) rowV[col] = '';
    values[r] = rowV;
    let rowF = padded.get(srcF);
    if (!rowF) {
      rowF = new Array<string>(width);
      for (let col = 0; col < width; col++) rowF[col] = srcF?.[col] ?? GENERAL;
      padded.set(srcF, rowF);
    }
    numberFormats[r] = rowF;
  }
  return { values, numberFormats };
}

/** 1-based rows that are the totals row of an Excel table (sums, not actions). */
function totalsRowsOf(ws: Worksheet): number[] {
  const tables = (
    ws as unknown as {
      tables?: Record<string, { table?: { tableRef?: string; ref?: string; totalsRow?: boolean } }>;
    }
  ).tables;
  const rows: number[] = [];
  for (const t of Object.values(tables ?? {})) {
    const ref = t.table?.tableRef ?? t.table?.ref;
    const m = ref ? /:[A-Z]+(\d+)$/i.exec(ref) : null;
    if (t.table?.totalsRow && m) rows.push(Number(m[1]));
  }
  return rows;
}

/** What a reader knows of a worksheet besides its cells. */
export interface SheetFrame {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden' (undefined reads as visible). */
  state: string | undefined;
  /** Merged ranges in reading order, as ExcelJS names them (`'A1:D1'`). */
  merges: string[];
  /** 1-based hidden columns among the first `width`. */
  hiddenColumns: (width: number) => number[];
  autoFilter: unknown;
  /** 1-based rows that are an Excel table's totals row. */
  totalsRows: number[];
}

/** The {@link SheetData} of a worksheet from its collected cells and its frame; both readers end here. */
export function sheetData(collected: Collected, frame: SheetFrame): SheetData {
  const { name, state, merges } = frame;
  endRow(collected);
  const extent = extentOfCollected(collected);
  const { values, numberFormats } = rectangle(collected, extent);
  const hiddenRows = collected.hiddenRows.filter((r) => r <= extent.height);
  const totals = frame.totalsRows;
  for (const row of totals) if (values[row - 1]) values[row - 1] = values[row - 1].map(() => '');
  const hiddenCols = frame.hiddenColumns(extent.width);
  const far = beyondNotice(name, extent);
  return {
    name,
    hidden: state === 'hidden' || state === 'veryHidden',
    grid: { values, numberFormats, firstRow: 1, firstColumn: 1, ...(merges.length > 0 ? { merges } : {}) },
    merges,
    hiddenRows,
    uncalculated: collected.uncalculated,
    notices: [
      ...sheetNotices({
        sheet: name,
        state,
        formulas: collected.formulas,
        errors: collected.errors,
        merges,
        hiddenRows,
        hiddenColumns: hiddenCols,
        autoFilter: frame.autoFilter,
        totalsRows: totals,
      }),
      ...(far ? [far] : []),
    ],
  };
}

/** Converts one ExcelJS worksheet; see {@link SheetData} for the shape. */
export function readSheet(ws: Worksheet): SheetData {
  return sheetData(collectCells(ws), {
    name: ws.name,
    state: ws.state,
    merges: mergesOf(ws),
    hiddenColumns: (width) => hiddenColumnsOf(ws, width),
    autoFilter: ws.autoFilter,
    totalsRows: totalsRowsOf(ws),
  });
}
