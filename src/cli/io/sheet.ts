/**
 * One ExcelJS worksheet → {@link SheetData}. Rows are visited once with `eachRow`, cells once with
 * `eachCell`, so a 50,000-row register costs one pass and no per-cell allocations beyond the grid.
 */
import type { Worksheet } from 'exceljs';
import { columnLetter, columnNumber, type CellValue } from '../../core/grid';
import { CellTally } from './cellTally';
import { convertCellValue } from './cellValue';
import { beyondNotice, extentOf, type Extent, type PresentCells } from './extent';
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
function compareRanges(a: string, b: string): number {
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

interface Collected {
  /** Sparse: only rows that hold a value are set. */
  values: CellValue[][];
  formats: string[][];
  present: PresentCells;
  hiddenRows: number[];
  formulas: CellTally;
  /** Every formula cell without a saved result (the tally keeps only the first few for the notice). */
  uncalculated: string[];
  errors: CellTally;
}

function collectCells(ws: Worksheet): Collected {
  const c: Collected = {
    values: [],
    formats: [],
    present: { rows: [], columns: [], cells: 0 },
    hiddenRows: [],
    formulas: new CellTally(),
    uncalculated: [],
    errors: new CellTally(),
  };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let rowValues: CellValue[] | undefined;
    let rowFormats: string[] | undefined;
    let rowColumns: number[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === MERGE_TYPE) return;
      const { value, kind } = convertCellValue(cell.value);
      if (kind === 'formula-without-value') {
        c.formulas.add(`${columnLetter(col)}${rowNumber}`);
        c.uncalculated.push(`${columnLetter(col)}${rowNumber}`);
      }
      if (kind === 'error') c.errors.add(`${columnLetter(col)}${rowNumber}`);
      if (value === '') return;
      if (!rowValues || !rowFormats || !rowColumns) {
        rowValues = c.values[rowNumber - 1] = [];
        rowFormats = c.formats[rowNumber - 1] = [];
        rowColumns = [];
        c.present.rows.push(rowNumber);
        c.present.columns.push(rowColumns);
      }
      rowValues[col - 1] = value;
      rowFormats[col - 1] = cell.numFmt || (kind === 'date' ? DEFAULT_DATE_FORMAT : GENERAL);
      rowColumns.push(col);
      c.present.cells += 1;
    });
    if (rowValues && row.hidden) c.hiddenRows.push(rowNumber);
  });
  return c;
}

/**
 * Fills the sparse rows collected above into a rectangle of `''` / `'General'`, as large as the
 * {@link Extent} (never the sheet's claimed dimension or its farthest cell's address).
 */
function rectangle(c: Collected, extent: Extent): { values: CellValue[][]; numberFormats: string[][] } {
  const { height, width } = extent;
  const values: CellValue[][] = new Array(height);
  const numberFormats: string[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const srcV = c.values[r];
    const srcF = c.formats[r];
    const rowV: CellValue[] = new Array(width);
    const rowF: string[] = new Array(width);
    for (let col = 0; col < width; col++) {
      const v = srcV?.[col];
      rowV[col] = v === undefined ? '' : v;
      rowF[col] = srcF?.[col] ?? GENERAL;
    }
    values[r] = rowV;
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

/** Converts one worksheet; see {@link SheetData} for the shape. */
export function readSheet(ws: Worksheet): SheetData {
  const collected = collectCells(ws);
  const extent = extentOf(collected.present);
  const { values, numberFormats } = rectangle(collected, extent);
  const hiddenRows = collected.hiddenRows.filter((r) => r <= extent.height);
  const totals = totalsRowsOf(ws);
  for (const row of totals) if (values[row - 1]) values[row - 1] = values[row - 1].map(() => '');
  const merges = mergesOf(ws);
  const hiddenCols = hiddenColumnsOf(ws, extent.width);
  const far = beyondNotice(ws.name, extent);
  return {
    name: ws.name,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    grid: { values, numberFormats, firstRow: 1, firstColumn: 1 },
    merges,
    hiddenRows,
    uncalculated: collected.uncalculated,
    notices: [
      ...sheetNotices({
        sheet: ws.name,
        state: ws.state,
        formulas: collected.formulas,
        errors: collected.errors,
        merges,
        hiddenRows,
        hiddenColumns: hiddenCols,
        autoFilter: ws.autoFilter,
        totalsRows: totals,
      }),
      ...(far ? [far] : []),
    ],
  };
}
