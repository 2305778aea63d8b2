/** `Worksheet.tables` / `Workbook.tables`: Excel tables (ListObjects) over a header row and a body. */
import { Rect, intersect, parseAddress } from './address';
import { assertEditable, clearRange, forEachCellIn, mutate, valueAt } from './cells';
import { HostError, hostError, unsupported } from './errors';
import { SheetModel, TableModel, WorkbookModel, cellKey } from './model';
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  Exec,
  RequestContext,
  Resolver,
  defineMeta,
} from './proxy';
import { Range, RangeRef, rangeOn } from './range';

interface TableRef {
  sheet: SheetModel;
  table: TableModel;
  alive(): boolean;
}

function tableRef(wb: WorkbookModel, table: TableModel): TableRef {
  const sheet = wb.sheetById(table.sheetId) as SheetModel;
  return { sheet, table, alive: () => sheet.alive() && !table.deleted && wb.tables.includes(table) };
}

function liveTables(wb: WorkbookModel, sheet?: SheetModel): TableModel[] {
  return wb.tables.filter(
    (t) => !t.deleted && wb.sheetById(t.sheetId)?.alive() && (!sheet || t.sheetId === sheet.id),
  );
}

function findTable(wb: WorkbookModel, key: string): TableModel | undefined {
  const lower = key.toLowerCase();
  return liveTables(wb).find((t) => t.name.toLowerCase() === lower || t.id === key);
}

function isValidTableName(name: string): boolean {
  return /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) && !parseAddress(name) && !/^[RC]$/i.test(name);
}

/** Header texts as Excel makes them: text, `ColumnN` for blanks, suffixed duplicates. */
function headerTexts(sheet: SheetModel, rect: Rect): string[] {
  const used = new Set<string>();
  const out: string[] = [];
  for (let c = 0; c < rect.cols; c++) {
    const raw = valueAt(sheet, rect.row, rect.col + c);
    let text = raw === '' ? `Column${c + 1}` : String(raw);
    const base = text;
    for (let n = 2; used.has(text.toLowerCase()); n++) text = `${base}${n}`;
    used.add(text.toLowerCase());
    out.push(text);
  }
  return out;
}

type Owner = { wb: WorkbookModel; sheet?: SheetModel };

export class TableCollection extends ClientCollection {
  constructor(
    context: RequestContext,
    path: string,
    resolver: Resolver,
    private readonly scope: (target: unknown) => Owner,
  ) {
    super(context, path, resolver);
  }

  _itemTargets(target: unknown): unknown[] {
    const { wb, sheet } = this.scope(target);
    return liveTables(wb, sheet).map((t) => tableRef(wb, t));
  }

  _makeItem(target: unknown): ClientObject {
    const t = target as TableRef | undefined;
    return new Table(
      this.context,
      `${this._path}.getItem(${JSON.stringify(t?.table.name ?? '')})`,
      () => t ?? null,
    );
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    if (hasHeaders !== true)
      throw unsupported('TableCollection.add with hasHeaders = false (Excel would insert a header row)');
    let created: TableRef | null = null;
    const child = new Table(this.context, `${this._path}.add(...)`, () => created);
    this._invoke<unknown>('add', [address, hasHeaders], (target, ex) => {
      const { wb, sheet: scoped } = this.scope(target);
      const ref = this.resolveAddress(wb, scoped, address, ex);
      const { sheet } = ref;
      const rect = { ...ref.rect, rows: Math.max(ref.rect.rows, 2) };
      assertEditable(sheet, 'contents');
      if (liveTables(wb, sheet).some((t) => intersect(t.rect, rect))) {
        throw new HostError('InvalidOperation', "A table can't overlap another table.");
      }
      if (sheet.merges.some((m) => intersect(m, rect))) {
        throw new HostError('InvalidOperation', "A table can't overlap merged cells.");
      }
      headerTexts(sheet, rect).forEach((text, c) => {
        const key = cellKey(rect.row, rect.col + c);
        const cell = sheet.cells.get(key) ?? {};
        sheet.setCell(key, { ...cell, v: text, f: undefined, err: undefined });
      });
      const n = wb.nextId('table');
      let name = `Table${n}`;
      while (findTable(wb, name)) name = `${name}_`;
      const table: TableModel = {
        id: String(n),
        name,
        sheetId: sheet.id,
        rect,
        showHeaders: true,
        showTotals: false,
        style: 'TableStyleMedium2',
        deleted: false,
      };
      wb.replaceList('tables', [...wb.tables, table]);
      created = tableRef(wb, table);
      child._target(ex);
    });
    return child;
  }

  private resolveAddress(
    wb: WorkbookModel,
    scoped: SheetModel | undefined,
    address: Range | string,
    ex: Exec,
  ): RangeRef {
    if (address instanceof Range) return address._live<RangeRef>(ex);
    if (typeof address !== 'string') throw hostError('InvalidArgument');
    const parsed = parseAddress(address);
    if (!parsed) throw hostError('InvalidArgument');
    const sheet = parsed.sheet !== undefined ? wb.sheet(parsed.sheet) : (scoped ?? wb.activeSheet());
    if (!sheet || (scoped && sheet !== scoped)) throw hostError('InvalidArgument');
    return rangeOn(sheet, address);
  }

  getItem(key: string): Table {
    return new Table(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, (ex) => {
      const { wb } = this.scope(this._live(ex));
      const t = findTable(wb, key);
      return t ? tableRef(wb, t) : null;
    });
  }

  getItemOrNullObject(key: string): Table {
    const child = new Table(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (ex) => {
        const { wb } = this.scope(this._live(ex));
        const t = findTable(wb, key);
        return t ? tableRef(wb, t) : null;
      },
      true,
    );
    return this._invokeObject('getItemOrNullObject', [key], child);
  }

  getCount(): ClientResult<number> {
    return this._invokeResult<unknown, number>('getCount', [], (target) => {
      const { wb, sheet } = this.scope(target);
      return liveTables(wb, sheet).length;
    });
  }
}
defineMeta(TableCollection, { type: 'TableCollection', props: {} });

function rowsOf(table: TableModel, part: 'header' | 'body' | 'total' | 'all'): Rect | null {
  const { rect } = table;
  const headerRows = table.showHeaders ? 1 : 0;
  const totalRows = table.showTotals ? 1 : 0;
  if (part === 'all') return rect;
  if (part === 'header') return table.showHeaders ? { ...rect, rows: 1 } : null;
  if (part === 'total') return table.showTotals ? { ...rect, row: rect.row + rect.rows - 1, rows: 1 } : null;
  return { ...rect, row: rect.row + headerRows, rows: rect.rows - headerRows - totalRows };
}

export class Table extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver, nullable = false) {
    super(context, path, resolver, nullable);
  }

  private part(name: string, which: 'header' | 'body' | 'total' | 'all'): Range {
    return new Range(this.context, `${this._path}.${name}()`, (ex) => {
      const { sheet, table } = this._live<TableRef>(ex);
      const rect = rowsOf(table, which);
      if (!rect) throw hostError('ItemNotFound');
      return { sheet, rect };
    });
  }

  getRange(): Range {
    return this.part('getRange', 'all');
  }

  getHeaderRowRange(): Range {
    return this.part('getHeaderRowRange', 'header');
  }

  getDataBodyRange(): Range {
    return this.part('getDataBodyRange', 'body');
  }

  getTotalRowRange(): Range {
    return this.part('getTotalRowRange', 'total');
  }

  delete(): void {
    this._invoke<TableRef>('delete', [], ({ sheet, table }) => {
      assertEditable(sheet, 'contents');
      clearRange(sheet, table.rect, 'All');
      mutate(sheet, table, 'deleted', true);
    });
  }

  convertToRange(): Range {
    const range = new Range(this.context, `${this._path}.convertToRange()`, () => null);
    this._invoke<TableRef>('convertToRange', [], ({ sheet, table }) => {
      assertEditable(sheet, 'contents');
      mutate(sheet, table, 'deleted', true);
      range._cached = { target: { sheet, rect: table.rect } };
    });
    return range;
  }
}
defineMeta<TableRef>(Table, {
  type: 'Table',
  props: {
    id: { get: ({ table }) => table.id },
    name: {
      get: ({ table }) => table.name,
      set: ({ sheet, table }, v) => {
        if (typeof v !== 'string' || !isValidTableName(v)) throw hostError('InvalidArgument');
        const other = findTable(sheet.workbook, v);
        if (other && other !== table) throw hostError('ItemAlreadyExists');
        mutate(sheet, table, 'name', v);
      },
    },
    style: {
      get: ({ table }) => table.style,
      set: ({ sheet, table }, v) => {
        if (typeof v !== 'string') throw hostError('InvalidArgument');
        mutate(sheet, table, 'style', v);
      },
    },
    showHeaders: { get: ({ table }) => table.showHeaders },
    showTotals: {
      get: ({ table }) => table.showTotals,
      set: ({ sheet, table }, v) => {
        if (typeof v !== 'boolean') throw hostError('InvalidArgument');
        if (v === table.showTotals) return;
        assertEditable(sheet, 'contents');
        const { rect } = table;
        if (v) {
          const below = { ...rect, row: rect.row + rect.rows, rows: 1 };
          let occupied = false;
          forEachCellIn(sheet, below, (cell) => {
            if (cell.v !== undefined) occupied = true;
          });
          if (occupied) throw hostError('InvalidOperation');
          mutate(sheet, table, 'rect', { ...rect, rows: rect.rows + 1 });
          const key = cellKey(below.row, below.col);
          sheet.setCell(key, { ...(sheet.cells.get(key) ?? {}), v: 'Total' });
        } else {
          clearRange(sheet, { ...rect, row: rect.row + rect.rows - 1, rows: 1 }, 'Contents');
          mutate(sheet, table, 'rect', { ...rect, rows: rect.rows - 1 });
        }
        mutate(sheet, table, 'showTotals', v);
      },
    },
  },
});
