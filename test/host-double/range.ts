/** `Excel.Range`: addresses, values / formulas / number formats, navigation and range methods. */
import {
  MAX_COLS,
  MAX_ROWS,
  Rect,
  fullAddress,
  intersect,
  isWholeColumns,
  isWholeRows,
  parseAddress,
} from './address';
import {
  ClearApplyTo,
  assertEditable,
  clearRange,
  formulaAt,
  merge,
  readGrid,
  styleAt,
  textAt,
  unmerge,
  usedRect,
  valueAt,
  writeNumberFormat,
  writeValues,
} from './cells';
import { hostError } from './errors';
import type { SheetModel } from './model';
import { ChangeRecord, ClientObject, Exec, Meta, RequestContext, Resolver, defineMeta } from './proxy';
import { valueType } from './values';
import { ConditionalFormatCollection } from './conditional-formats';
import { DataValidation } from './validation';
import { RangeFormat } from './format';
import { Worksheet } from './worksheet';

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

function inSheet(r: Rect): boolean {
  return (
    r.row >= 0 &&
    r.col >= 0 &&
    r.rows > 0 &&
    r.cols > 0 &&
    r.row + r.rows <= MAX_ROWS &&
    r.col + r.cols <= MAX_COLS
  );
}

/** Resolves `address` (optionally `Sheet!`-prefixed) on `sheet`; throws InvalidArgument otherwise. */
export function rangeOn(sheet: SheetModel, address: string | undefined): RangeRef {
  if (address === undefined || address === '')
    return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
  if (typeof address !== 'string') throw hostError('InvalidArgument');
  const parsed = parseAddress(address);
  if (!parsed) throw hostError('InvalidArgument');
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
    throw hostError('InvalidArgument');
  return { sheet, rect: parsed.rect };
}

function single(rect: Rect): boolean {
  return rect.rows === 1 && rect.cols === 1;
}

/** Records a data change made by the add-in (raises `onChanged` with source Local). */
export function recordChange(ex: Exec, sheet: SheetModel, rect: Rect, write: () => void): void {
  const before = single(rect) ? sheet.cell(rect.row, rect.col) : undefined;
  write();
  const change: ChangeRecord = { sheetId: sheet.id, rect, source: 'Local', triggerSource: 'ThisLocalAddin' };
  if (single(rect)) {
    const after = sheet.cell(rect.row, rect.col);
    change.details = {
      valueBefore: before?.v ?? '',
      valueAfter: after?.v ?? '',
      valueTypeBefore: valueType(before?.v, before?.err),
      valueTypeAfter: valueType(after?.v, after?.err),
    };
  }
  ex.changes.push(change);
}

function grid<T>(ex: Exec, ref: RangeRef, fn: (row: number, col: number) => T): T[][] {
  ex.expectCells(ref.rect.rows * ref.rect.cols);
  return readGrid(ref.rect, fn);
}

function writeData(ref: RangeRef, value: unknown, ex: Exec): void {
  assertEditable(ref.sheet, 'contents');
  recordChange(ex, ref.sheet, ref.rect, () => writeValues(ref.sheet, ref.rect, value));
}

const rangeMeta: Meta<RangeRef> = {
  type: 'Range',
  props: {
    address: { get: (r) => fullAddress(r.sheet.name, r.rect) },
    addressLocal: { get: (r) => fullAddress(r.sheet.name, r.rect) },
    rowIndex: { get: (r) => r.rect.row },
    columnIndex: { get: (r) => r.rect.col },
    rowCount: { get: (r) => r.rect.rows },
    columnHidden: {
      api: 'ExcelApi 1.2',
      get: (r) => {
        let hidden = 0;
        for (let c = r.rect.col; c < r.rect.col + r.rect.cols; c++) if (r.sheet.hiddenCols.has(c)) hidden++;
        return hidden === 0 ? false : hidden === r.rect.cols ? true : null;
      },
      set: (r, v) => {
        if (typeof v !== 'boolean') throw hostError('InvalidArgument');
        for (let c = r.rect.col; c < r.rect.col + r.rect.cols; c++)
          r.sheet.setMapEntry(r.sheet.hiddenCols, c, v ? true : undefined);
      },
    },
    columnCount: { get: (r) => r.rect.cols },
    cellCount: { get: (r) => r.rect.rows * r.rect.cols },
    isEntireColumn: { get: (r) => isWholeColumns(r.rect), api: 'ExcelApi 1.7' },
    isEntireRow: { get: (r) => isWholeRows(r.rect), api: 'ExcelApi 1.7' },
    values: { get: (r, ex) => grid(ex, r, (row, col) => valueAt(r.sheet, row, col)), set: writeData },
    text: { get: (r, ex) => grid(ex, r, (row, col) => textAt(r.sheet, row, col)) },
    formulas: { get: (r, ex) => grid(ex, r, (row, col) => formulaAt(r.sheet, row, col)), set: writeData },
    formulasLocal: {
      get: (r, ex) => grid(ex, r, (row, col) => formulaAt(r.sheet, row, col)),
      set: writeData,
    },
    valueTypes: {
      get: (r, ex) =>
        grid(ex, r, (row, col) => {
          const cell = r.sheet.cell(row, col);
          return valueType(cell?.v, cell?.err);
        }),
    },
    numberFormat: {
      get: (r, ex) => grid(ex, r, (row, col) => styleAt(r.sheet, row, col, 'nf')),
      set: (r, v) => {
        assertEditable(r.sheet, 'formatCells');
        writeNumberFormat(r.sheet, r.rect, v);
      },
    },
    numberFormatLocal: {
      api: 'ExcelApi 1.7',
      get: (r, ex) => grid(ex, r, (row, col) => styleAt(r.sheet, row, col, 'nf')),
      set: (r, v) => {
        assertEditable(r.sheet, 'formatCells');
        writeNumberFormat(r.sheet, r.rect, v);
      },
    },
    hyperlink: {
      api: 'ExcelApi 1.7',
      get: (r) => {
        const link = r.sheet.cell(r.rect.row, r.rect.col)?.link;
        return link ? { ...link } : null;
      },
      set: (r, v, ex) => setHyperlink(r, v, ex),
    },
  },
  navs: {
    format: (self) => new RangeFormat(self.context, `${self._path}.format`, (ex) => self._target(ex)),
    dataValidation: (self) =>
      new DataValidation(self.context, `${self._path}.dataValidation`, (ex) => self._target(ex)),
    conditionalFormats: (self) =>
      new ConditionalFormatCollection(self.context, `${self._path}.conditionalFormats`, (ex) =>
        self._target(ex),
      ),
    worksheet: (self) =>
      new Worksheet(
        self.context,
        `${self._path}.worksheet`,
        (ex) => (self._target(ex) as RangeRef | null)?.sheet ?? null,
      ),
  },
};

function setHyperlink(r: RangeRef, v: unknown, ex: Exec): void {
  assertEditable(r.sheet, 'contents');
  if (v === null || typeof v !== 'object') throw hostError('InvalidArgument');
  const link = v as Record<string, unknown>;
  const clean: Record<string, string> = {};
  for (const k of ['address', 'documentReference', 'screenTip', 'textToDisplay']) {
    if (link[k] !== undefined) {
      if (typeof link[k] !== 'string') throw hostError('InvalidArgument');
      clean[k] = link[k] as string;
    }
  }
  const { sheet, rect } = r;
  recordChange(ex, sheet, rect, () => {
    for (let row = rect.row; row < rect.row + rect.rows; row++) {
      for (let col = rect.col; col < rect.col + rect.cols; col++) {
        const key = row * MAX_COLS + col;
        const cell = sheet.cells.get(key) ?? {};
        const text =
          clean.textToDisplay ??
          (cell.v === undefined ? (clean.address ?? clean.documentReference) : undefined);
        const next = { ...cell, link: Object.keys(clean).length > 0 ? clean : undefined };
        sheet.setCell(key, text === undefined ? next : { ...next, v: text, f: undefined, err: undefined });
      }
    }
  });
}

export class Range extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver, nullable = false) {
    super(context, path, resolver, nullable);
  }

  private _derive(segment: string, fn: (ref: RangeRef) => Rect | null, nullable = false): Range {
    return new Range(
      this.context,
      `${this._path}.${segment}`,
      (ex) => {
        const ref = this._live<RangeRef>(ex);
        const rect = fn(ref);
        if (rect === null) {
          if (nullable) return null;
          throw hostError('ItemNotFound');
        }
        if (!inSheet(rect)) throw hostError('InvalidArgument');
        return { sheet: ref.sheet, rect };
      },
      nullable,
    );
  }

  getCell(row: number, column: number): Range {
    return this._derive(`getCell(${row},${column})`, ({ rect }) => ({
      row: rect.row + row,
      col: rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive(`getOffsetRange(${rowOffset},${columnOffset})`, ({ rect }) => ({
      ...rect,
      row: rect.row + rowOffset,
      col: rect.col + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive(`getResizedRange(${deltaRows},${deltaColumns})`, ({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaColumns,
    }));
  }

  getRow(row: number): Range {
    return this._derive(`getRow(${row})`, ({ rect }) =>
      row < rect.rows ? { ...rect, row: rect.row + row, rows: 1 } : { ...rect, rows: 0 },
    );
  }

  getColumn(column: number): Range {
    return this._derive(`getColumn(${column})`, ({ rect }) =>
      column < rect.cols ? { ...rect, col: rect.col + column, cols: 1 } : { ...rect, cols: 0 },
    );
  }

  getEntireRow(): Range {
    return this._derive('getEntireRow()', ({ rect }) => ({
      row: rect.row,
      rows: rect.rows,
      col: 0,
      cols: MAX_COLS,
    }));
  }

  getEntireColumn(): Range {
    return this._derive('getEntireColumn()', ({ rect }) => ({
      col: rect.col,
      cols: rect.cols,
      row: 0,
      rows: MAX_ROWS,
    }));
  }

  getLastRow(): Range {
    return this._derive('getLastRow()', ({ rect }) => ({ ...rect, row: rect.row + rect.rows - 1, rows: 1 }));
  }

  getLastColumn(): Range {
    return this._derive('getLastColumn()', ({ rect }) => ({
      ...rect,
      col: rect.col + rect.cols - 1,
      cols: 1,
    }));
  }

  getLastCell(): Range {
    return this._derive('getLastCell()', ({ rect }) => ({
      row: rect.row + rect.rows - 1,
      col: rect.col + rect.cols - 1,
      rows: 1,
      cols: 1,
    }));
  }

  getRowsBelow(count = 1): Range {
    return this._derive(`getRowsBelow(${count})`, ({ rect }) => ({
      ...rect,
      row: rect.row + rect.rows,
      rows: count,
    }));
  }

  getRowsAbove(count = 1): Range {
    return this._derive(`getRowsAbove(${count})`, ({ rect }) => ({
      ...rect,
      row: rect.row - count,
      rows: count,
    }));
  }

  getColumnsAfter(count = 1): Range {
    return this._derive(`getColumnsAfter(${count})`, ({ rect }) => ({
      ...rect,
      col: rect.col + rect.cols,
      cols: count,
    }));
  }

  getColumnsBefore(count = 1): Range {
    return this._derive(`getColumnsBefore(${count})`, ({ rect }) => ({
      ...rect,
      col: rect.col - count,
      cols: count,
    }));
  }

  getUsedRange(valuesOnly = false): Range {
    return this._derive(`getUsedRange(${valuesOnly})`, ({ sheet, rect }) => {
      const used = usedRect(sheet, valuesOnly);
      return used ? intersect(used, rect) : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const child = this._derive(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      ({ sheet, rect }) => {
        const used = usedRect(sheet, valuesOnly);
        return used ? intersect(used, rect) : null;
      },
      true,
    );
    return this._invokeObject('getUsedRangeOrNullObject', [valuesOnly], child);
  }

  merge(across = false): void {
    this._invoke<RangeRef>('merge', [across], (r) => {
      assertEditable(r.sheet, 'formatCells');
      merge(r.sheet, r.rect, across);
    });
  }

  unmerge(): void {
    this._invoke<RangeRef>('unmerge', [], (r) => {
      assertEditable(r.sheet, 'formatCells');
      unmerge(r.sheet, r.rect);
    });
  }

  select(): void {
    this._invoke<RangeRef>('select', [], (r, ex) => {
      if (r.sheet.visibility !== 'Visible') throw hostError('InvalidSelection' as string);
      ex.model.set('activeSheetId', r.sheet.id);
      ex.model.set('selection', { sheetId: r.sheet.id, rect: r.rect });
      ex.after(() => ex.host.hub.emitSelection());
    });
  }

  clear(applyTo: ClearApplyTo = 'All'): void {
    if (
      !['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'].includes(applyTo)
    ) {
      throw hostError('InvalidArgument');
    }
    this._invoke<RangeRef>('clear', [applyTo], (r, ex) => {
      const touchesContent = applyTo !== 'Formats';
      assertEditable(r.sheet, touchesContent ? 'contents' : 'formatCells');
      if (touchesContent) recordChange(ex, r.sheet, r.rect, () => clearRange(r.sheet, r.rect, applyTo));
      else clearRange(r.sheet, r.rect, applyTo);
    });
  }
}
defineMeta(Range, rangeMeta);
