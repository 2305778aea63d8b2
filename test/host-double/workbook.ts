/** `Excel.Workbook` and `Excel.WorksheetCollection`. */
import { isValidSheetName } from './address';
import { hostError } from './errors';
import { SelectionEventHandlers } from './events';
import type { SheetModel, WorkbookModel } from './model';
import { ClientCollection, ClientObject, ClientResult, RequestContext, Resolver, defineMeta } from './proxy';
import { Range } from './range';
import { TableCollection } from './tables';
import { Worksheet } from './worksheet';

function sheetPath(key: string): string {
  return `worksheets.getItem(${JSON.stringify(key)})`;
}

export class WorksheetCollection extends ClientCollection {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  _itemTargets(target: unknown): unknown[] {
    return (target as WorkbookModel).sheets;
  }

  _makeItem(target: unknown): ClientObject {
    const sheet = target as SheetModel | undefined;
    return new Worksheet(this.context, `workbook.${sheetPath(sheet?.id ?? '')}`, () => sheet ?? null);
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, (ex) => {
      return this._live<WorkbookModel>(ex).sheetByKey(String(key)) ?? null;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    const child = new Worksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (ex) => this._live<WorkbookModel>(ex).sheetByKey(String(key)) ?? null,
      true,
    );
    return this._invokeObject('getItemOrNullObject', [key], child, 'ExcelApi 1.4');
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, `${this._path}.getActiveWorksheet()`, (ex) =>
      this._live<WorkbookModel>(ex).activeSheet(),
    );
  }

  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, `${this._path}.getFirst(${visibleOnly})`, (ex) => {
      const sheets = this._live<WorkbookModel>(ex).sheets.filter(
        (s) => !visibleOnly || s.visibility === 'Visible',
      );
      return sheets[0] ?? null;
    });
  }

  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, `${this._path}.getLast(${visibleOnly})`, (ex) => {
      const sheets = this._live<WorkbookModel>(ex).sheets.filter(
        (s) => !visibleOnly || s.visibility === 'Visible',
      );
      return sheets[sheets.length - 1] ?? null;
    });
  }

  getCount(visibleOnly = false): ClientResult<number> {
    return this._invokeResult<WorkbookModel, number>(
      'getCount',
      [visibleOnly],
      (wb) => wb.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length,
      'ExcelApi 1.4',
    );
  }

  /** Fails at sync with InvalidArgument (bad name) or ItemAlreadyExists (name taken, any case). */
  add(name?: string): Worksheet {
    let created: SheetModel | null = null;
    const child = new Worksheet(
      this.context,
      `${this._path}.add(${JSON.stringify(name ?? '')})`,
      () => created,
    );
    this._invoke<WorkbookModel>('add', [name], (wb, ex) => {
      const chosen = name === undefined || name === null ? wb.defaultSheetName() : name;
      if (typeof chosen !== 'string' || !isValidSheetName(chosen)) throw hostError('InvalidArgument');
      if (wb.sheet(chosen)) throw hostError('ItemAlreadyExists');
      created = wb.addSheet(chosen);
      child._target(ex);
    });
    return child;
  }
}
defineMeta(WorksheetCollection, { type: 'WorksheetCollection', props: {} });

export class Workbook extends ClientObject {
  private _onSelectionChanged: SelectionEventHandlers | null = null;

  constructor(context: RequestContext) {
    super(context, 'workbook', (ex) => ex.model);
  }

  get onSelectionChanged(): SelectionEventHandlers {
    this._onSelectionChanged ??= new SelectionEventHandlers(this, this.context._host.hub);
    return this._onSelectionChanged;
  }

  /** The selection recorded by `range.select()` / `double.select()`, else A1 of the active sheet. */
  getSelectedRange(): Range {
    return new Range(this.context, 'workbook.getSelectedRange()', (ex) => {
      const wb = ex.model;
      const sel = wb.selection;
      const sheet = sel ? wb.sheetById(sel.sheetId) : undefined;
      if (sel && sheet) return { sheet, rect: sel.rect };
      return { sheet: wb.activeSheet(), rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getActiveCell(): Range {
    return new Range(this.context, 'workbook.getActiveCell()', (ex) => {
      const wb = ex.model;
      const sel = wb.selection;
      const sheet = sel ? wb.sheetById(sel.sheetId) : undefined;
      if (sel && sheet) return { sheet, rect: { row: sel.rect.row, col: sel.rect.col, rows: 1, cols: 1 } };
      return { sheet: wb.activeSheet(), rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
}
defineMeta<WorkbookModel>(Workbook, {
  type: 'Workbook',
  props: { name: { get: (wb) => wb.name, api: 'ExcelApi 1.7' } },
  navs: {
    worksheets: (self) =>
      new WorksheetCollection(self.context, 'workbook.worksheets', (ex) => self._target(ex)),
    tables: (self) =>
      new TableCollection(
        self.context,
        'workbook.tables',
        (ex) => self._target(ex),
        (t) => ({ wb: t as WorkbookModel }),
      ),
  },
});
