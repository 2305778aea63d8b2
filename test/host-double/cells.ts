/**
 * Cell-level operations on a sheet: reading grids, writing values / formulas / number formats
 * with Excel's typed-in conversions, effective formatting (cell over row over column), clear,
 * merge, used range. All writes go through `SheetModel.setCell` so they are journaled.
 */
import { Rect, intersect, isWholeColumns, isWholeRows, sameRect, subtract } from './address';
import { HostError } from './errors';
import { Cell, DEFAULT_COLUMN_WIDTH, SheetModel, Style, StyleKey, cellKey, keyCol, keyRow } from './model';
import { CellValue, displayText, typedEntry } from './values';

export const STYLE_DEFAULTS: Required<Style> = {
  nf: 'General',
  bold: false,
  italic: false,
  underline: 'None',
  strike: false,
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  fill: '',
  wrap: false,
  hAlign: 'General',
  vAlign: 'Bottom',
};
const STYLE_KEYS = Object.keys(STYLE_DEFAULTS) as StyleKey[];

/** Calls `fn` for every stored cell inside `rect` (order unspecified). */
export function forEachCellIn(
  sheet: SheetModel,
  rect: Rect,
  fn: (cell: Cell, row: number, col: number, key: number) => void,
): void {
  const area = rect.rows * rect.cols;
  if (area <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const key = cellKey(r, c);
        const cell = sheet.cells.get(key);
        if (cell) fn(cell, r, c, key);
      }
    }
    return;
  }
  const rowEnd = rect.row + rect.rows;
  const colEnd = rect.col + rect.cols;
  for (const [key, cell] of [...sheet.cells]) {
    const r = keyRow(key);
    const c = keyCol(key);
    if (r >= rect.row && r < rowEnd && c >= rect.col && c < colEnd) fn(cell, r, c, key);
  }
}

/** The effective value of a style attribute: cell, then row, then column, then Excel's default. */
export function styleAt<K extends StyleKey>(
  sheet: SheetModel,
  row: number,
  col: number,
  key: K,
): Required<Style>[K] {
  const own = sheet.cell(row, col)?.[key];
  if (own !== undefined) return own as Required<Style>[K];
  const fromRow = sheet.rowStyles.get(row)?.[key];
  if (fromRow !== undefined) return fromRow as Required<Style>[K];
  const fromCol = sheet.colStyles.get(col)?.[key];
  if (fromCol !== undefined) return fromCol as Required<Style>[K];
  return STYLE_DEFAULTS[key];
}

/** Row-major grid of `fn(row, col)` over `rect`. */
export function readGrid<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
  const out: T[][] = new Array(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const line: T[] = new Array(rect.cols);
    for (let c = 0; c < rect.cols; c++) line[c] = fn(rect.row + r, rect.col + c);
    out[r] = line;
  }
  return out;
}

export function valueAt(sheet: SheetModel, row: number, col: number): CellValue {
  return sheet.cell(row, col)?.v ?? '';
}

export function formulaAt(sheet: SheetModel, row: number, col: number): CellValue {
  const cell = sheet.cell(row, col);
  return cell?.f ?? cell?.v ?? '';
}

export function textAt(sheet: SheetModel, row: number, col: number): string {
  return displayText(sheet.cell(row, col)?.v, styleAt(sheet, row, col, 'nf'));
}

/**
 * The value shared by every cell of `rect`, or `null` when they differ (Office.js's "mixed").
 * Whole rows / columns are judged from the stored cells and row / column styles.
 */
export function uniformStyle<K extends StyleKey>(
  sheet: SheetModel,
  rect: Rect,
  key: K,
): Required<Style>[K] | null {
  const seen = new Set<unknown>();
  const area = rect.rows * rect.cols;
  if (area <= 1_000_000) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        seen.add(styleAt(sheet, r, c, key));
        if (seen.size > 1) return null;
      }
    }
  } else {
    forEachCellIn(sheet, rect, (_cell, r, c) => seen.add(styleAt(sheet, r, c, key)));
    for (const [col, st] of sheet.colStyles)
      if (col >= rect.col && col < rect.col + rect.cols) seen.add(st[key]);
    for (const [row, st] of sheet.rowStyles)
      if (row >= rect.row && row < rect.row + rect.rows) seen.add(st[key]);
    seen.delete(undefined);
    if (seen.size === 0) seen.add(STYLE_DEFAULTS[key]);
  }
  return seen.size === 1 ? ([...seen][0] as Required<Style>[K]) : null;
}

function invalid(message: string): HostError {
  return new HostError('InvalidArgument', message);
}

/**
 * Checks the shape of a value written to `values` / `formulas` / `numberFormat`: a 2-D array of
 * exactly the range's size, or a single scalar applied to every cell.
 */
export function checkGrid(
  input: unknown,
  rect: Rect,
  allowScalar = true,
): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) {
    if (!allowScalar || input === null || typeof input === 'object') {
      throw invalid('The argument is invalid or missing or has an incorrect format.');
    }
    return () => input;
  }
  if (input.length !== rect.rows || input.some((line) => !Array.isArray(line) || line.length !== rect.cols)) {
    throw invalid(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  const grid = input as unknown[][];
  return (r, c) => grid[r][c];
}

function checkScalar(v: unknown): CellValue {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw invalid('The argument is invalid or missing or has an incorrect format.');
}

/** Writes one entry through Excel's typed-in conversion; `''` clears the content. */
export function writeEntry(sheet: SheetModel, row: number, col: number, input: CellValue): void {
  const key = cellKey(row, col);
  const old = sheet.cells.get(key) ?? {};
  const base: Cell = { ...old, v: undefined, f: undefined, err: undefined, qp: undefined };
  if (input === '') {
    sheet.setCell(key, base);
    return;
  }
  const nf = styleAt(sheet, row, col, 'nf');
  const entry = typedEntry(input, nf);
  const next: Cell = { ...base, v: entry.value };
  if (entry.formula) next.f = entry.formula;
  if (entry.error) next.err = true;
  if (entry.quotePrefix) next.qp = true;
  if (entry.impliedFormat && nf === 'General') next.nf = entry.impliedFormat;
  sheet.setCell(key, next);
}

/** `range.values = …` / `range.formulas = …` (`null` entries leave a cell unchanged). */
export function writeValues(sheet: SheetModel, rect: Rect, input: unknown): void {
  const at = checkGrid(input, rect);
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const v = at(r, c);
      if (v === null) continue;
      writeEntry(sheet, rect.row + r, rect.col + c, checkScalar(v));
    }
  }
}

/** Sets one style attribute on a rectangle; whole rows / columns become row / column styles. */
export function setStyle<K extends StyleKey>(
  sheet: SheetModel,
  rect: Rect,
  key: K,
  value: Style[K] | undefined,
): void {
  const lines = isWholeColumns(rect) ? 'col' : isWholeRows(rect) ? 'row' : null;
  if (lines) {
    const map = lines === 'col' ? sheet.colStyles : sheet.rowStyles;
    const start = lines === 'col' ? rect.col : rect.row;
    const count = lines === 'col' ? rect.cols : rect.rows;
    for (let i = start; i < start + count; i++) {
      const next = { ...(map.get(i) ?? {}), [key]: value };
      sheet.setMapEntry(map, i, next);
    }
    forEachCellIn(sheet, rect, (cell, _r, _c, k) => {
      if (cell[key] !== undefined) sheet.setCell(k, { ...cell, [key]: undefined });
    });
    return;
  }
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const k = cellKey(r, c);
      const cell = sheet.cells.get(k) ?? {};
      if (cell[key] === value) continue;
      sheet.setCell(k, { ...cell, [key]: value });
    }
  }
}

/** `range.numberFormat = …` (`''` resets to General, `null` entries are skipped). */
export function writeNumberFormat(sheet: SheetModel, rect: Rect, input: unknown): void {
  if (!Array.isArray(input)) {
    if (typeof input !== 'string')
      throw invalid('The argument is invalid or missing or has an incorrect format.');
    setStyle(sheet, rect, 'nf', input === '' || input === 'General' ? undefined : input);
    return;
  }
  const at = checkGrid(input, rect);
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const v = at(r, c);
      if (v === null) continue;
      if (typeof v !== 'string')
        throw invalid('The argument is invalid or missing or has an incorrect format.');
      setStyle(
        sheet,
        { row: rect.row + r, col: rect.col + c, rows: 1, cols: 1 },
        'nf',
        v === '' || v === 'General' ? undefined : v,
      );
    }
  }
}

export type ClearApplyTo =
  'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';

const CONTENT_KEYS: (keyof Cell)[] = ['v', 'f', 'err', 'qp'];

function without(cell: Cell, keys: (keyof Cell)[]): Cell {
  const next: Cell = { ...cell };
  for (const k of keys) delete next[k];
  return next;
}

/** `range.clear(applyTo)`. Clearing formats also unmerges and removes conditional formats there. */
export function clearRange(sheet: SheetModel, rect: Rect, applyTo: ClearApplyTo): void {
  const formats = applyTo === 'All' || applyTo === 'Formats';
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const keys: (keyof Cell)[] = [];
  if (contents) keys.push(...CONTENT_KEYS);
  if (formats) keys.push(...STYLE_KEYS);
  if (applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') keys.push('link');
  forEachCellIn(sheet, rect, (cell, _r, _c, key) => sheet.setCell(key, without(cell, keys)));
  if (!formats) return;
  if (isWholeColumns(rect))
    for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.setMapEntry(sheet.colStyles, c, undefined);
  if (isWholeRows(rect))
    for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.setMapEntry(sheet.rowStyles, r, undefined);
  unmerge(sheet, rect);
  trimConditionalFormats(sheet, rect);
}

/** Removes `rect` from every conditional format's ranges (dropping formats left with none). */
export function trimConditionalFormats(sheet: SheetModel, rect: Rect): void {
  const keep = sheet.conditionalFormats.filter((cf) => {
    const rects = cf.rects.flatMap((r) => subtract(r, rect));
    if (rects.length !== cf.rects.length || rects.some((r, i) => !sameRect(r, cf.rects[i]))) {
      const before = cf.rects;
      sheet.workbook.record(() => {
        cf.rects = before;
      });
      cf.rects = rects;
    }
    return rects.length > 0;
  });
  if (keep.length !== sheet.conditionalFormats.length) sheet.set('conditionalFormats', keep);
}

/** Sets a field of a model object (chart, table, conditional format), journaled. */
export function mutate<T extends object, K extends keyof T>(
  sheet: SheetModel,
  obj: T,
  key: K,
  value: T[K],
): void {
  const before = obj[key];
  sheet.workbook.record(() => {
    obj[key] = before;
  });
  obj[key] = value;
}

export function unmerge(sheet: SheetModel, rect: Rect): void {
  const keep = sheet.merges.filter((m) => !intersect(m, rect));
  if (keep.length !== sheet.merges.length) sheet.set('merges', keep);
}

/** `range.merge(across)`: Excel keeps only the upper-left value of each merged area. */
export function merge(sheet: SheetModel, rect: Rect, across: boolean): void {
  const areas = across
    ? Array.from({ length: rect.rows }, (_, i) => ({
        row: rect.row + i,
        col: rect.col,
        rows: 1,
        cols: rect.cols,
      }))
    : [rect];
  unmerge(sheet, rect);
  const added = areas.filter((a) => a.rows * a.cols > 1);
  for (const area of added) {
    forEachCellIn(sheet, area, (cell, r, c, key) => {
      if (r !== area.row || c !== area.col) sheet.setCell(key, without(cell, CONTENT_KEYS));
    });
  }
  sheet.set('merges', [...sheet.merges, ...added]);
}

/** Bounding rectangle of stored cells (with any value, or also formatting unless `valuesOnly`). */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.v === undefined && cell.f === undefined) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (r < r0) r0 = r;
    if (r > r1) r1 = r;
    if (c < c0) c0 = c;
    if (c > c1) c1 = c;
  }
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export function columnWidth(sheet: SheetModel, col: number): number {
  return sheet.colWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
}

/** Approximate autofit: about 7 px per character of the longest displayed text (Calibri 11). */
export function autofitColumns(sheet: SheetModel, rect: Rect): void {
  const longest = new Map<number, number>();
  forEachCellIn(sheet, rect, (_cell, r, c) => {
    const len = textAt(sheet, r, c).length;
    if (len > (longest.get(c) ?? 0)) longest.set(c, len);
  });
  for (const [col, len] of longest) {
    const points = Math.round((len * 7 + 10) * 0.75 * 100) / 100;
    sheet.setMapEntry(sheet.colWidths, col, points);
  }
}

export type EditKind = 'contents' | 'formatCells' | 'formatColumns' | 'formatRows' | 'objects';

/** Excel refuses changes to a protected sheet unless its protection options allow them. */
export function assertEditable(sheet: SheetModel, kind: EditKind): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const allowedBy: Record<EditKind, string | null> = {
    contents: null,
    formatCells: 'allowFormatCells',
    formatColumns: 'allowFormatColumns',
    formatRows: 'allowFormatRows',
    objects: 'allowEditObjects',
  };
  const option = allowedBy[kind];
  if (!option || !p.options[option]) {
    throw new HostError(
      'AccessDenied',
      'The cell or chart you are trying to change is on a protected sheet.',
    );
  }
}
