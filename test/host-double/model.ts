/**
 * The in-memory workbook the double serves: sheets, sparse cells, formats, merges, validation,
 * conditional formats, charts, tables, document settings. Pure data plus a journal so that a
 * batch can be undone when its response turns out to be too large (nothing applied, as Excel).
 */
import { MAX_COLS, Rect } from './address';
import { CellValue } from './values';

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** Formatting a cell, row or column can carry. `''` means explicitly none (e.g. fill cleared). */
export interface Style {
  nf?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strike?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
}
export type StyleKey = keyof Style;

/** One cell. Cells are replaced, never mutated, so journal snapshots stay valid. */
export interface Cell extends Style {
  /** Value, or the cached result of `f`. Absent = empty. */
  v?: CellValue;
  /** Formula text (`=…`). */
  f?: string;
  /** The value is an error (`#N/A`, …). */
  err?: boolean;
  /** Entered with a leading apostrophe (kept as text). */
  qp?: boolean;
  link?: Hyperlink;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface DataValidationRule {
  list?: { inCellDropDown?: boolean; source: string };
  custom?: { formula: string };
}

export interface ValidationModel {
  rect: Rect;
  rule: DataValidationRule;
  ignoreBlanks: boolean;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
}

export interface ConditionalFormatModel {
  id: string;
  rects: Rect[];
  type: 'Custom';
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue: boolean;
  priority: number;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  sheetId: string;
  source: string;
  seriesBy: string;
  title: string;
  showTitle: boolean;
  top: number;
  left: number;
  width: number;
  height: number;
  deleted: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  deleted: boolean;
}

export interface Protection {
  protected: boolean;
  options: Record<string, boolean>;
  password?: string;
}

export const PRINT_PARTS = [
  'leftHeader',
  'centerHeader',
  'rightHeader',
  'leftFooter',
  'centerFooter',
  'rightFooter',
] as const;

/** A sheet's page setup (see page-layout.ts). */
export interface PrintModel {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
  printArea?: string;
  printTitleRows?: string;
  headerFooter: Record<(typeof PRINT_PARTS)[number], string>;
  /** 0-based rows that start a new page. */
  rowBreaks: number[];
}

/** The page setup of a new sheet: portrait, Letter, 100 %, nothing else set. */
export function defaultPrint(): PrintModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    headerFooter: Object.fromEntries(PRINT_PARTS.map((p) => [p, ''])) as PrintModel['headerFooter'],
    rowBreaks: [],
  };
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export class SheetModel {
  readonly cells = new Map<number, Cell>();
  readonly colStyles = new Map<number, Style>();
  readonly rowStyles = new Map<number, Style>();
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** 0-based columns hidden with `Range.columnHidden`. */
  readonly hiddenCols = new Map<number, true>();
  print: PrintModel = defaultPrint();
  merges: Rect[] = [];
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  tabColor = '';
  showGridlines = true;
  frozenRows = 0;
  frozenCols = 0;
  protection: Protection = { protected: false, options: {} };
  deleted = false;

  constructor(
    readonly workbook: WorkbookModel,
    readonly id: string,
    public name: string,
    public visibility: Visibility = 'Visible',
  ) {}

  alive(): boolean {
    return !this.deleted && this.workbook.sheets.includes(this);
  }

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** Replaces (or with `undefined` removes) one cell, journaled. */
  setCell(key: number, cell: Cell | undefined): void {
    this.workbook.journalCell(this, key, this.cells.get(key));
    if (cell === undefined || isEmptyCell(cell)) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /** Sets a sheet-level field, journaled. */
  set<K extends keyof this>(field: K, value: this[K]): void {
    const before = this[field];
    this.workbook.record(() => {
      this[field] = before;
    });
    this[field] = value;
  }

  /** Journals a Map entry change (column widths, row/column styles). */
  setMapEntry<V>(map: Map<number, V>, key: number, value: V | undefined): void {
    const had = map.has(key);
    const before = map.get(key);
    this.workbook.record(() => {
      if (had) map.set(key, before as V);
      else map.delete(key);
    });
    if (value === undefined) map.delete(key);
    else map.set(key, value);
  }

  get charts(): ChartModel[] {
    return this.workbook.charts.filter((c) => c.sheetId === this.id && !c.deleted);
  }

  get tables(): TableModel[] {
    return this.workbook.tables.filter((t) => t.sheetId === this.id && !t.deleted);
  }
}

export function isEmptyCell(cell: Cell): boolean {
  for (const k of Object.keys(cell) as (keyof Cell)[]) {
    if (cell[k] !== undefined) return false;
  }
  return true;
}

interface CellJournal {
  sheets: SheetModel[];
  keys: number[];
  before: (Cell | undefined)[];
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  charts: ChartModel[] = [];
  tables: TableModel[] = [];
  activeSheetId = '';
  selection: { sheetId: string; rect: Rect } | null = null;
  /** `Office.context.document.settings` as saved in the document. */
  settings: Record<string, unknown> = {};
  name = 'Book1.xlsx';
  private seq = { sheet: 0, chart: 0, table: 0, cf: 0 };
  private undo: (() => void)[] | null = null;
  private cellJournal: CellJournal | null = null;

  /** Starts recording undo information (one batch). */
  begin(): void {
    this.undo = [];
    this.cellJournal = { sheets: [], keys: [], before: [] };
  }

  commit(): void {
    this.undo = null;
    this.cellJournal = null;
  }

  /** Undoes everything since `begin()`, newest first. */
  rollback(): void {
    const undo = this.undo ?? [];
    const cj = this.cellJournal;
    this.undo = null;
    this.cellJournal = null;
    if (cj) {
      for (let i = cj.keys.length - 1; i >= 0; i--) {
        const prev = cj.before[i];
        if (prev === undefined) cj.sheets[i].cells.delete(cj.keys[i]);
        else cj.sheets[i].cells.set(cj.keys[i], prev);
      }
    }
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
  }

  record(undo: () => void): void {
    this.undo?.push(undo);
  }

  journalCell(sheet: SheetModel, key: number, before: Cell | undefined): void {
    const cj = this.cellJournal;
    if (!cj) return;
    cj.sheets.push(sheet);
    cj.keys.push(key);
    cj.before.push(before);
  }

  /** Sets a workbook-level field, journaled. */
  set<K extends keyof this>(field: K, value: this[K]): void {
    const before = this[field];
    this.record(() => {
      this[field] = before;
    });
    this[field] = value;
  }

  /** Replaces an array-valued field with a new array, journaled. */
  replaceList<K extends 'sheets' | 'charts' | 'tables'>(field: K, next: this[K]): void {
    this.set(field, next);
  }

  nextId(kind: 'sheet' | 'chart' | 'table' | 'cf'): number {
    this.seq[kind] += 1;
    return this.seq[kind];
  }

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Name or id, as `worksheets.getItem(key)` accepts. */
  sheetByKey(key: string): SheetModel | undefined {
    return this.sheetById(key) ?? this.sheet(key);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  /** Creates a sheet at the end (journaled). Name checks are the caller's job. */
  addSheet(name: string, visibility: Visibility = 'Visible'): SheetModel {
    const n = this.nextId('sheet');
    const id = `{${String(n).padStart(8, '0')}-0001-0000-0000-000000000000}`;
    const sheet = new SheetModel(this, id, name, visibility);
    this.replaceList('sheets', [...this.sheets, sheet]);
    if (!this.activeSheetId) this.activeSheetId = id;
    return sheet;
  }

  /** A sheet name Excel would pick for `add()` without a name: Sheet1, Sheet2, … */
  defaultSheetName(): string {
    for (let i = 1; ; i++) if (!this.sheet(`Sheet${i}`)) return `Sheet${i}`;
  }
}

/** An empty workbook with the given sheet names (default one sheet, `Sheet1`). */
export function createWorkbook(sheetNames: string[] = ['Sheet1']): WorkbookModel {
  const wb = new WorkbookModel();
  for (const name of sheetNames) wb.addSheet(name);
  wb.activeSheetId = wb.sheets[0]?.id ?? '';
  return wb;
}
