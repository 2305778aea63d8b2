/** `Excel.Worksheet`, its protection and freeze panes. */
import { MAX_COLS, MAX_ROWS, isValidSheetName } from './address';
import { usedRect } from './cells';
import { ChartCollection } from './charts';
import { HostError, hostError } from './errors';
import { EventHandlers } from './events';
import type { SheetModel, Visibility } from './model';
import { ClientObject, Exec, Meta, RequestContext, Resolver, defineMeta } from './proxy';
import { Range, RangeRef, rangeOn } from './range';
import { RangeAreas, areasOn } from './range-areas';
import { PageBreakCollection, PageLayout } from './page-layout';
import { TableCollection } from './tables';

const VISIBILITIES = ['Visible', 'Hidden', 'VeryHidden'];

function visibleSheets(sheet: SheetModel): SheetModel[] {
  return sheet.workbook.sheets.filter((s) => s.visibility === 'Visible');
}

/** After the active sheet is hidden or deleted, Excel activates the next visible one. */
function moveActiveAwayFrom(sheet: SheetModel, ex: Exec): void {
  const wb = ex.model;
  if (wb.activeSheetId !== sheet.id) return;
  const sheets = wb.sheets;
  const i = sheets.indexOf(sheet);
  const next = [...sheets.slice(i + 1), ...sheets.slice(0, i).reverse()].find(
    (s) => s !== sheet && s.visibility === 'Visible',
  );
  if (next) wb.set('activeSheetId', next.id);
}

const sheetMeta: Meta<SheetModel> = {
  type: 'Worksheet',
  props: {
    id: { get: (s) => s.id },
    name: {
      get: (s) => s.name,
      set: (s, v) => {
        if (typeof v !== 'string' || !isValidSheetName(v)) throw hostError('InvalidArgument');
        const other = s.workbook.sheet(v);
        if (other && other !== s) throw hostError('ItemAlreadyExists');
        s.set('name', v);
      },
    },
    position: {
      get: (s) => s.workbook.sheets.indexOf(s),
      set: (s, v) => {
        const list = s.workbook.sheets;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= list.length)
          throw hostError('InvalidArgument');
        const next = list.filter((x) => x !== s);
        next.splice(v, 0, s);
        s.workbook.replaceList('sheets', next);
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v, ex) => {
        if (typeof v !== 'string' || !VISIBILITIES.includes(v)) throw hostError('InvalidArgument');
        if (v !== 'Visible' && s.visibility === 'Visible' && visibleSheets(s).length === 1) {
          throw new HostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        }
        s.set('visibility', v as Visibility);
        if (v !== 'Visible') moveActiveAwayFrom(s, ex);
      },
    },
    tabColor: {
      api: 'ExcelApi 1.7',
      get: (s) => s.tabColor,
      set: (s, v) => {
        if (typeof v !== 'string' || (v !== '' && !/^#[0-9a-f]{6}$/i.test(v)))
          throw hostError('InvalidArgument');
        s.set('tabColor', v.toUpperCase());
      },
    },
    showGridlines: {
      api: 'ExcelApi 1.8',
      get: (s) => s.showGridlines,
      set: (s, v) => {
        if (typeof v !== 'boolean') throw hostError('InvalidArgument');
        s.set('showGridlines', v);
      },
    },
  },
  navs: {
    protection: (self) =>
      new WorksheetProtection(self.context, `${self._path}.protection`, (ex) => self._target(ex)),
    freezePanes: (self) =>
      new WorksheetFreezePanes(self.context, `${self._path}.freezePanes`, (ex) => self._target(ex)),
    charts: (self) => new ChartCollection(self.context, `${self._path}.charts`, (ex) => self._target(ex)),
    pageLayout: (self) => new PageLayout(self.context, `${self._path}.pageLayout`, (ex) => self._target(ex)),
    horizontalPageBreaks: (self) =>
      new PageBreakCollection(self.context, `${self._path}.horizontalPageBreaks`, (ex) => self._target(ex)),
    tables: (self) =>
      new TableCollection(
        self.context,
        `${self._path}.tables`,
        (ex) => self._target(ex),
        (t) => ({ wb: (t as SheetModel).workbook, sheet: t as SheetModel }),
      ),
  },
};

export class Worksheet extends ClientObject {
  private _onChanged: EventHandlers | null = null;

  constructor(context: RequestContext, path: string, resolver: Resolver, nullable = false) {
    super(context, path, resolver, nullable);
  }

  get onChanged(): EventHandlers {
    this._onChanged ??= new EventHandlers(this, this.context._host.hub);
    return this._onChanged;
  }

  private _range(segment: string, fn: (sheet: SheetModel) => RangeRef | null, nullable = false): Range {
    return new Range(
      this.context,
      `${this._path}.${segment}`,
      (ex) => fn(this._live<SheetModel>(ex)),
      nullable,
    );
  }

  getRange(address?: string): Range {
    return this._range(`getRange(${JSON.stringify(address ?? '')})`, (sheet) => rangeOn(sheet, address));
  }

  /**
   * `RangeAreas` for comma-separated areas (ExcelApi 1.9); the whole sheet without an address.
   * Excel reads only the first 8192 characters of the address.
   */
  getRanges(address?: string): RangeAreas {
    return new RangeAreas(this.context, `${this._path}.getRanges(${JSON.stringify(address ?? '')})`, (ex) =>
      areasOn(this._live<SheetModel>(ex), address, ex),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._range(
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      (sheet) => {
        const ints = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
        if (!ints || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
          throw hostError('InvalidArgument');
        if (startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS)
          throw hostError('InvalidArgument');
        return { sheet, rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
      },
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): Range {
    return this._range(`getUsedRange(${valuesOnly})`, (sheet) => ({
      sheet,
      rect: usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const child = this._range(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (sheet) => {
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
    return this._invokeObject('getUsedRangeOrNullObject', [valuesOnly], child, 'ExcelApi 1.4');
  }

  activate(): void {
    this._invoke<SheetModel>('activate', [], (sheet, ex) => {
      if (sheet.visibility !== 'Visible') throw hostError('InvalidOperation');
      ex.model.set('activeSheetId', sheet.id);
      ex.model.set('selection', null);
    });
  }

  delete(): void {
    this._invoke<SheetModel>('delete', [], (sheet, ex) => {
      if (sheet.visibility === 'Visible' && visibleSheets(sheet).length === 1) {
        throw new HostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      moveActiveAwayFrom(sheet, ex);
      ex.model.replaceList(
        'sheets',
        ex.model.sheets.filter((s) => s !== sheet),
      );
      sheet.set('deleted', true);
      if (ex.model.selection?.sheetId === sheet.id) ex.model.set('selection', null);
    });
  }
}
defineMeta(Worksheet, sheetMeta);

const PROTECTION_OPTIONS = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
];

class WorksheetProtection extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  /** Protecting a protected sheet is a no-op, as in Excel. */
  protect(options?: Record<string, unknown>, password?: string): void {
    this._invoke<SheetModel>(
      'protect',
      [options, password],
      (sheet) => {
        if (sheet.protection.protected) return;
        const chosen: Record<string, boolean> = {};
        for (const [k, v] of Object.entries(options ?? {})) {
          if (k === 'selectionMode') continue;
          if (!PROTECTION_OPTIONS.includes(k) || typeof v !== 'boolean') throw hostError('InvalidArgument');
          chosen[k] = v;
        }
        sheet.set('protection', { protected: true, options: chosen, password: password || undefined });
      },
      password === undefined ? 'ExcelApi 1.2' : 'ExcelApi 1.7',
    );
  }

  unprotect(password?: string): void {
    this._invoke<SheetModel>('unprotect', [password], (sheet) => {
      if (!sheet.protection.protected) return;
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        throw hostError('InvalidArgument');
      }
      sheet.set('protection', { protected: false, options: {} });
    });
  }
}
defineMeta<SheetModel>(WorksheetProtection, {
  type: 'WorksheetProtection',
  props: {
    protected: { get: (s) => s.protection.protected, api: 'ExcelApi 1.2' },
    options: {
      api: 'ExcelApi 1.2',
      get: (s) => {
        const out: Record<string, unknown> = {};
        for (const k of PROTECTION_OPTIONS) out[k] = s.protection.options[k] ?? false;
        out.selectionMode = 'Normal';
        return out;
      },
    },
  },
});

class WorksheetFreezePanes extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  private _freeze(name: string, args: unknown[], rows: (s: SheetModel, ex: Exec) => [number, number]): void {
    this._invoke<SheetModel>(
      name,
      args,
      (sheet, ex) => {
        const [r, c] = rows(sheet, ex);
        if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0)
          throw hostError('InvalidArgument');
        sheet.set('frozenRows', r);
        sheet.set('frozenCols', c);
      },
      'ExcelApi 1.7',
    );
  }

  freezeRows(count = 1): void {
    this._freeze('freezeRows', [count], () => [count, 0]);
  }

  freezeColumns(count = 1): void {
    this._freeze('freezeColumns', [count], () => [0, count]);
  }

  freezeAt(frozenRange: Range | string): void {
    this._freeze('freezeAt', [frozenRange], (sheet, ex) => {
      const ref =
        frozenRange instanceof Range ? frozenRange._live<RangeRef>(ex) : rangeOn(sheet, frozenRange);
      return [ref.rect.row + ref.rect.rows, ref.rect.col + ref.rect.cols];
    });
  }

  unfreeze(): void {
    this._freeze('unfreeze', [], () => [0, 0]);
  }

  getLocationOrNullObject(): Range {
    const child = new Range(
      this.context,
      `${this._path}.getLocationOrNullObject()`,
      (ex) => {
        const sheet = this._live<SheetModel>(ex);
        if (sheet.frozenRows === 0 && sheet.frozenCols === 0) return null;
        const rows = sheet.frozenRows || MAX_ROWS;
        const cols = sheet.frozenCols || MAX_COLS;
        return { sheet, rect: { row: 0, col: 0, rows, cols } };
      },
      true,
    );
    return this._invokeObject('getLocationOrNullObject', [], child, 'ExcelApi 1.7');
  }
}
defineMeta<SheetModel>(WorksheetFreezePanes, { type: 'WorksheetFreezePanes', props: {} });
