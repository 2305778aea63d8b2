/**
 * Node only: seed the double from an .xlsx file and save its workbook back, with ExcelJS.
 *
 * Round-tripped: values (dates as serials with their number format), formulas with cached
 * results, error values, number formats, font (bold / italic / colour / size / name), fill,
 * wrap and alignment, hyperlinks, column widths, row heights, sheet order / visibility / tab
 * colour / protection, active sheet, freeze panes, merged areas, list and custom data
 * validation, custom-formula conditional formats.
 * ExcelJS cannot write charts, Excel tables the double models, or `Office.context.document.settings`:
 * those are kept as JSON in a very hidden sheet named `__hostdouble__`, read back on load.
 */
import ExcelJS from 'exceljs';
import { Rect, formatRect, parseAddress } from './address';
import {
  Cell,
  ChartModel,
  SheetModel,
  TableModel,
  Visibility,
  WorkbookModel,
  cellKey,
  keyCol,
  keyRow,
} from './model';
import { CellValue, ERROR_VALUES, UNCOMPUTED_FORMULA_VALUE } from './values';

export const META_SHEET = '__hostdouble__';

const STATE_TO_VISIBILITY: Record<string, Visibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};
const VISIBILITY_TO_STATE: Record<Visibility, 'visible' | 'hidden' | 'veryHidden'> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

interface Meta {
  charts: ChartModel[];
  tables: (Omit<TableModel, 'sheetId'> & { sheet: string })[];
  settings: Record<string, unknown>;
}

interface DataValidations {
  model: Record<string, ExcelJS.DataValidation>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** ExcelJS has `worksheet.dataValidations` at runtime but not in its typings. */
function dataValidations(ws: ExcelJS.Worksheet): DataValidations {
  return (ws as unknown as { dataValidations: DataValidations }).dataValidations;
}

function dateToSerial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function hex(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const a = color?.argb;
  return typeof a === 'string' && a.length >= 6 ? `#${a.slice(-6).toUpperCase()}` : undefined;
}

function pointsToChars(points: number): number {
  return Math.max(0, (points / 0.75 - 5) / 7);
}

function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function plain(value: unknown): { v?: CellValue; err?: boolean } {
  if (value === null || value === undefined) return {};
  if (value instanceof Date) return { v: dateToSerial(value) };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return { v: value };
  const o = value as Record<string, unknown>;
  if (typeof o.error === 'string') return { v: o.error, err: true };
  if (Array.isArray(o.richText)) return { v: (o.richText as { text: string }[]).map((t) => t.text).join('') };
  if (typeof o.text === 'string') return { v: o.text };
  return {};
}

function readCell(cell: ExcelJS.Cell): Cell {
  const out: Cell = {};
  const value = cell.value as unknown;
  if (
    value &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    ('formula' in value || 'sharedFormula' in value)
  ) {
    const formula = cell.formula;
    if (formula) out.f = `=${formula}`;
    Object.assign(out, plain((value as { result?: unknown }).result));
    if (out.f && out.v === undefined) out.v = '';
  } else {
    Object.assign(out, plain(value));
    if (value && typeof value === 'object' && 'hyperlink' in value) {
      const link = value as { text?: string; hyperlink: string };
      out.link = {
        address: link.hyperlink,
        textToDisplay: typeof link.text === 'string' ? link.text : undefined,
      };
    }
  }
  if (out.v === '') delete out.v;
  const style = cell.style ?? {};
  if (style.numFmt && style.numFmt !== 'General') out.nf = style.numFmt;
  const font = style.font;
  if (font?.bold) out.bold = true;
  if (font?.italic) out.italic = true;
  if (font?.strike) out.strike = true;
  if (font?.underline) out.underline = font.underline === 'double' ? 'Double' : 'Single';
  const fontColor = hex(font?.color);
  if (fontColor && fontColor !== '#000000') out.fontColor = fontColor;
  if (font?.size && font.size !== 11) out.fontSize = font.size;
  if (font?.name && font.name !== 'Calibri') out.fontName = font.name;
  const fill = style.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const color = hex(fill.fgColor) ?? hex(fill.bgColor);
    if (color) out.fill = color;
  }
  if (style.alignment?.wrapText) out.wrap = true;
  const h = style.alignment?.horizontal;
  if (h) out.hAlign = h === 'centerContinuous' ? 'CenterAcrossSelection' : h[0].toUpperCase() + h.slice(1);
  return out;
}

/** Groups per-cell keys into rectangles (row runs merged downwards). */
function rectsOf(cells: { row: number; col: number }[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) byRow.set(row, [...(byRow.get(row) ?? []), col]);
  const open: Rect[] = [];
  const done: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = byRow.get(row)!.sort((a, b) => a - b);
    const runs: Rect[] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last.col + last.cols === c) last.cols += 1;
      else runs.push({ row, col: c, rows: 1, cols: 1 });
    }
    for (const run of runs) {
      const prev = open.find((r) => r.col === run.col && r.cols === run.cols && r.row + r.rows === row);
      if (prev) prev.rows += 1;
      else open.push(run);
    }
  }
  done.push(...open);
  return done;
}

function readValidations(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const model = dataValidations(ws).model;
  const groups = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, dv] of Object.entries(model)) {
    const parsed = parseAddress(address);
    if (!parsed) continue;
    const { rect } = parsed;
    const list = groups.get(dv) ?? [];
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) list.push({ row: r, col: c });
    groups.set(dv, list);
  }
  for (const [dv, cells] of groups) {
    const formula = String(dv.formulae?.[0] ?? '');
    let rule: SheetModel['validations'][number]['rule'];
    if (dv.type === 'list') {
      const source = formula.startsWith('"') ? formula.slice(1, -1) : `=${formula}`;
      rule = { list: { inCellDropDown: true, source } };
    } else if (dv.type === 'custom') {
      rule = { custom: { formula: `=${formula}` } };
    } else continue;
    for (const rect of rectsOf(cells)) {
      sheet.validations.push({
        rect,
        rule,
        ignoreBlanks: dv.allowBlank !== false,
        errorAlert: {
          showAlert: dv.showErrorMessage ?? true,
          style: dv.errorStyle ? dv.errorStyle[0].toUpperCase() + dv.errorStyle.slice(1) : 'Stop',
          title: dv.errorTitle ?? '',
          message: dv.error ?? '',
        },
        prompt: {
          showPrompt: dv.showInputMessage ?? false,
          title: dv.promptTitle ?? '',
          message: dv.prompt ?? '',
        },
      });
    }
  }
}

interface CfRule {
  type: string;
  formulae?: string[];
  priority?: number;
  stopIfTrue?: boolean;
  style?: {
    fill?: { bgColor?: ExcelJS.Color; fgColor?: ExcelJS.Color };
    font?: { color?: ExcelJS.Color; bold?: boolean; italic?: boolean };
  };
}

function readConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetModel, wb: WorkbookModel): void {
  const cfs =
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: CfRule[] }[] })
      .conditionalFormattings ?? [];
  for (const cf of cfs) {
    const rects = cf.ref
      .split(/\s+/)
      .map((a) => parseAddress(a)?.rect)
      .filter((r): r is Rect => !!r);
    for (const rule of cf.rules) {
      if (rule.type !== 'expression') continue;
      sheet.conditionalFormats.push({
        id: String(wb.nextId('cf')),
        rects,
        type: 'Custom',
        formula: `=${rule.formulae?.[0] ?? ''}`,
        fill: hex(rule.style?.fill?.bgColor) ?? hex(rule.style?.fill?.fgColor),
        fontColor: hex(rule.style?.font?.color),
        bold: rule.style?.font?.bold,
        italic: rule.style?.font?.italic,
        stopIfTrue: rule.stopIfTrue ?? false,
        priority: (rule.priority ?? 1) - 1,
      });
    }
  }
}

/** Loads an .xlsx file (path or bytes) into a workbook model. */
export async function workbookFromXlsx(source: string | Buffer | ArrayBuffer): Promise<WorkbookModel> {
  const book = new ExcelJS.Workbook();
  if (typeof source === 'string') await book.xlsx.readFile(source);
  else await book.xlsx.load(source as ArrayBuffer);
  const wb = new WorkbookModel();
  let meta: Meta | undefined;
  for (const ws of book.worksheets) {
    if (ws.name === META_SHEET) {
      meta = JSON.parse(String(ws.getCell('A1').value ?? '{}')) as Meta;
      continue;
    }
    const sheet = wb.addSheet(ws.name, STATE_TO_VISIBILITY[ws.state] ?? 'Visible');
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.height && row.height !== 15) sheet.rowHeights.set(rowNumber - 1, row.height);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const model = readCell(cell);
        if (Object.keys(model).length > 0) sheet.cells.set(cellKey(rowNumber - 1, colNumber - 1), model);
      });
    });
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined && col.width !== null) sheet.colWidths.set(i, charsToPoints(col.width));
    });
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const parsed = parseAddress(range);
      if (parsed) sheet.merges.push(parsed.rect);
    }
    readValidations(ws, sheet);
    readConditionalFormats(ws, sheet, wb);
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenCols = view.xSplit ?? 0;
    }
    const tab = hex(ws.properties?.tabColor);
    if (tab) sheet.tabColor = tab;
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    if (protection?.sheet) sheet.protection = { protected: true, options: {} };
  }
  if (wb.sheets.length === 0) wb.addSheet('Sheet1');
  const active = (book.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  wb.activeSheetId = (wb.sheets[active] ?? wb.sheets[0]).id;
  if (meta) {
    wb.settings = meta.settings ?? {};
    for (const chart of meta.charts ?? []) {
      const sheet = wb.sheet(chart.sheetId);
      if (sheet) wb.charts.push({ ...chart, sheetId: sheet.id });
    }
    for (const table of meta.tables ?? []) {
      const sheet = wb.sheet(table.sheet);
      if (!sheet) continue;
      const { sheet: _name, ...rest } = table;
      wb.tables.push({ ...rest, sheetId: sheet.id });
    }
  }
  return wb;
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  if (cell.f) {
    const result =
      cell.v === UNCOMPUTED_FORMULA_VALUE || cell.v === undefined
        ? undefined
        : cell.err
          ? { error: cell.v }
          : cell.v;
    target.value = { formula: cell.f.slice(1), result } as ExcelJS.CellFormulaValue;
  } else if (cell.err && typeof cell.v === 'string' && ERROR_VALUES.includes(cell.v)) {
    target.value = { error: cell.v } as ExcelJS.CellErrorValue;
  } else if (cell.link?.address) {
    target.value = {
      text: String(cell.v ?? cell.link.textToDisplay ?? cell.link.address),
      hyperlink: cell.link.address,
    };
  } else if (cell.v !== undefined) {
    target.value = cell.v;
  }
  if (cell.nf) target.numFmt = cell.nf;
  const font: Partial<ExcelJS.Font> = {};
  if (cell.bold) font.bold = true;
  if (cell.italic) font.italic = true;
  if (cell.strike) font.strike = true;
  if (cell.underline && cell.underline !== 'None')
    font.underline = cell.underline === 'Double' ? 'double' : 'single';
  if (cell.fontColor) font.color = { argb: argb(cell.fontColor) };
  if (cell.fontSize) font.size = cell.fontSize;
  if (cell.fontName) font.name = cell.fontName;
  if (Object.keys(font).length > 0) target.font = font;
  if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (cell.wrap) alignment.wrapText = true;
  if (cell.hAlign && cell.hAlign !== 'General') {
    alignment.horizontal = (
      cell.hAlign === 'CenterAcrossSelection' ? 'centerContinuous' : cell.hAlign.toLowerCase()
    ) as ExcelJS.Alignment['horizontal'];
  }
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
}

function stripEq(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

async function writeSheet(book: ExcelJS.Workbook, sheet: SheetModel): Promise<void> {
  const ws = book.addWorksheet(sheet.name, { state: VISIBILITY_TO_STATE[sheet.visibility] });
  for (const [key, cell] of sheet.cells) writeCell(ws.getCell(keyRow(key) + 1, keyCol(key) + 1), cell);
  for (const [col, style] of sheet.colStyles) if (style.nf) ws.getColumn(col + 1).numFmt = style.nf;
  for (const [col, points] of sheet.colWidths) ws.getColumn(col + 1).width = pointsToChars(points);
  for (const [row, points] of sheet.rowHeights) ws.getRow(row + 1).height = points;
  for (const m of sheet.merges) ws.mergeCells(formatRect(m));
  for (const v of sheet.validations) {
    const alert = v.errorAlert ?? {};
    const prompt = v.prompt ?? {};
    const common = {
      allowBlank: v.ignoreBlanks,
      showErrorMessage: alert.showAlert !== false,
      errorStyle: typeof alert.style === 'string' ? alert.style.toLowerCase() : undefined,
      errorTitle: (alert.title as string) || undefined,
      error: (alert.message as string) || undefined,
      showInputMessage: prompt.showPrompt === true,
      promptTitle: (prompt.title as string) || undefined,
      prompt: (prompt.message as string) || undefined,
    };
    if (v.rule.list) {
      const src = v.rule.list.source;
      dataValidations(ws).add(formatRect(v.rect), {
        type: 'list',
        formulae: [src.startsWith('=') ? src.slice(1) : `"${src}"`],
        ...common,
      });
    } else if (v.rule.custom) {
      dataValidations(ws).add(formatRect(v.rect), {
        type: 'custom',
        formulae: [stripEq(v.rule.custom.formula)],
        ...common,
      });
    }
  }
  for (const cf of [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    const font: Record<string, unknown> = {};
    if (cf.fontColor) font.color = { argb: argb(cf.fontColor) };
    if (cf.bold !== undefined) font.bold = cf.bold;
    if (cf.italic !== undefined) font.italic = cf.italic;
    const style: Record<string, unknown> = {};
    if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } };
    if (Object.keys(font).length > 0) style.font = font;
    ws.addConditionalFormatting({
      ref: cf.rects.map(formatRect).join(' '),
      rules: [
        {
          type: 'expression',
          formulae: [stripEq(cf.formula)],
          style,
          priority: cf.priority + 1,
          stopIfTrue: cf.stopIfTrue,
        },
      ] as unknown as ExcelJS.ConditionalFormattingRule[],
    });
  }
  if (sheet.frozenRows || sheet.frozenCols) {
    ws.views = [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }];
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  if (sheet.protection.protected) await ws.protect(sheet.protection.password ?? '', sheet.protection.options);
}

/** The workbook as .xlsx bytes. */
export async function xlsxBuffer(wb: WorkbookModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of wb.sheets) await writeSheet(book, sheet);
  const charts = wb.charts.filter((c) => !c.deleted && wb.sheetById(c.sheetId));
  const tables = wb.tables.filter((t) => !t.deleted && wb.sheetById(t.sheetId));
  if (charts.length > 0 || tables.length > 0 || Object.keys(wb.settings).length > 0) {
    const meta = book.addWorksheet(META_SHEET, { state: 'veryHidden' });
    const data: Meta = {
      charts: charts.map((c) => ({ ...c, sheetId: wb.sheetById(c.sheetId)!.name })),
      tables: tables.map(({ sheetId, ...t }) => ({ ...t, sheet: wb.sheetById(sheetId)!.name })),
      settings: wb.settings,
    };
    meta.getCell('A1').value = JSON.stringify(data);
  }
  const activeIndex = Math.max(
    0,
    wb.sheets.findIndex((s) => s.id === wb.activeSheetId),
  );
  book.views = [
    { activeTab: activeIndex, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' },
  ];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Writes the workbook to an .xlsx file. */
export async function saveToXlsx(wb: WorkbookModel, path: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, await xlsxBuffer(wb));
}
