import {
  BLOCK_COLUMN,
  BLOCK_WIDTH,
  looksLikeReviewSheet,
  PLAN_FORMATS,
  PRINTED_COLUMNS,
  reviewDateOfName,
  type CellValue,
  type Grid,
  type PrintPlan,
  type SheetPlan,
} from '../core';

const STYLE_FONT: Record<string, { bold?: boolean; size?: number; italic?: boolean; color?: string }> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  section: { bold: true, size: 12, color: '#1F4E79' },
  header: { bold: true },
  label: { bold: true },
  note: { italic: true, color: '#595959' },
  prompt: { italic: true, color: '#7F6000' },
  total: { bold: true },
};

function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Values and number formats of a plan as two rectangles. Text cells get the text format "@",
 * which Excel applies before the value, so user text such as `=HYPERLINK(…)` stays text.
 * With `part`, only the cells of those columns, in a rectangle starting at `part.first`.
 */
export function planMatrices(
  plan: Pick<SheetPlan, 'cells'>,
  part?: { first: number; last: number },
): {
  values: (string | number)[][];
  formats: string[][];
  rows: number;
  cols: number;
} {
  const first = part?.first ?? 1;
  const cells = part ? plan.cells.filter((c) => c.col >= part.first && c.col <= part.last) : plan.cells;
  // A loop, not Math.max(...cells): a roll-up's plan can hold more cells than the call stack takes arguments.
  let rows = 1;
  let cols = 1;
  for (const c of cells) {
    if (c.row > rows) rows = c.row;
    if (c.col - first + 1 > cols) cols = c.col - first + 1;
  }
  const values = Array.from({ length: rows }, () => Array<string | number>(cols).fill(''));
  const formats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const c of cells) {
    values[c.row - 1][c.col - first] = c.value;
    formats[c.row - 1][c.col - first] = PLAN_FORMATS[c.kind];
  }
  return { values, formats, rows, cols };
}

/** Runs of consecutive column numbers: [40, 41, 42, 50] → [[40, 42], [50, 50]]. */
function runs(columns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/**
 * Header and footer text in Excel's format codes: `&` doubled (user text such as "R&D" is not a
 * code), then the plan's tokens as codes (`&P` page, `&N` pages, `&A` sheet name).
 */
export function headerFooterCode(text: string | undefined): string {
  return (text ?? '')
    .replace(/&/g, '&&')
    .replace(/\{pages\}/g, '&N')
    .replace(/\{page\}/g, '&P')
    .replace(/\{sheet\}/g, '&A');
}

/** Page setup of the plan (ExcelApi 1.9): landscape, one page wide, titles, area, breaks, header and footer. */
function applyPrint(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.orientation =
    print.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.paperSize = print.paper === 'A4' ? Excel.PaperType.a4 : Excel.PaperType.letter;
  // One page wide, as many tall as needed: Excel's "fit to" with the height left free.
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  layout.setPrintArea(`A1:${colLetter(print.area.lastCol)}${print.area.lastRow}`);
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = headerFooterCode(print.header.left);
  hf.centerHeader = headerFooterCode(print.header.center);
  hf.rightHeader = headerFooterCode(print.header.right);
  hf.leftFooter = headerFooterCode(print.footer.left);
  hf.centerFooter = headerFooterCode(print.footer.center);
  hf.rightFooter = headerFooterCode(print.footer.right);
  for (const row of print.breaksBefore) ws.horizontalPageBreaks.add(`A${row}`);
}

/**
 * Writes a plan into a NEW sheet. The sheet is added hidden, filled, then shown and activated in
 * the same batch. Excel may apply part of a failed batch, so on failure the hidden sheet is
 * deleted again: no half-written summary is left behind. An existing sheet is never replaced —
 * adding a name that exists fails instead.
 */
export async function writePlanSheet(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  try {
    await fillPlanSheet(context, plan);
  } catch (error) {
    await removeSheetIfPresent(context, plan.name, error).catch(() => undefined);
    throw error;
  }
}

/**
 * After a failed batch that added the sheet `name`: deletes it if it is still hidden — i.e. the one
 * this run added and never showed. When the add itself failed because the name is taken (a
 * co-author was quicker, or a hidden sheet of the user), the sheet is not ours: it is left alone.
 */
export async function removeSheetIfPresent(
  context: Excel.RequestContext,
  name: string,
  failure?: unknown,
): Promise<void> {
  const f = failure as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | undefined;
  const where = String(f?.debugInfo?.errorLocation ?? '');
  if (f?.code === 'ItemAlreadyExists' && (where === '' || where.startsWith('WorksheetCollection.add')))
    return;
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  ws.load('visibility');
  await context.sync();
  // Only a sheet this run created is still hidden; a visible one with that name is the user's.
  if (!ws.isNullObject && ws.visibility !== Excel.SheetVisibility.visible) {
    ws.delete();
    await context.sync();
  }
}

async function fillPlanSheet(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  const ws = context.workbook.worksheets.add(plan.name);
  ws.visibility = Excel.SheetVisibility.hidden;
  // The printed cells and each run of hidden columns (the review's machine-readable block, far
  // right) are written as separate rectangles: one rectangle would fill every blank in between.
  const hidden = runs(plan.hiddenColumns ?? []);
  const isHidden = (col: number) => hidden.some(([a, b]) => col >= a && col <= b);
  const visible = plan.cells.filter((c) => !isHidden(c.col));
  const parts: { first: number; last: number }[] = [
    { first: 1, last: Math.max(1, ...visible.map((c) => c.col)) },
    ...hidden.map(([first, last]) => ({ first, last })),
  ];
  for (const part of parts) {
    const { values, formats, rows, cols } = planMatrices(
      { cells: part.first === 1 ? visible : plan.cells },
      part,
    );
    if (part.first !== 1 && values.every((r) => r.every((v) => v === ''))) continue;
    const block = ws.getRangeByIndexes(0, part.first - 1, rows, cols);
    block.numberFormat = formats;
    block.values = values;
  }
  for (const c of plan.cells) {
    const font = c.style ? STYLE_FONT[c.style] : undefined;
    if (c.wrap) {
      const format = ws.getCell(c.row - 1, c.col - 1).format;
      format.wrapText = true;
      format.verticalAlignment = Excel.VerticalAlignment.top;
    }
    if (!font) continue;
    const f = ws.getCell(c.row - 1, c.col - 1).format.font;
    if (font.bold) f.bold = true;
    if (font.italic) f.italic = true;
    if (font.size) f.size = font.size;
    if (font.color) f.color = font.color;
  }
  for (const m of plan.merges) ws.getRangeByIndexes(m.row - 1, m.col - 1, m.rows, m.cols).merge(false);
  plan.columnWidths.forEach((w, i) => {
    ws.getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`).format.columnWidth = w * 7;
  });
  for (const h of plan.rowHeights ?? []) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
  for (const [a, b] of hidden) ws.getRange(`${colLetter(a)}:${colLetter(b)}`).columnHidden = true;
  for (const chart of plan.charts) {
    const d = chart.data;
    const source = ws.getRange(`${colLetter(d.firstCol)}${d.firstRow}:${colLetter(d.lastCol)}${d.lastRow}`);
    const type =
      chart.type === 'pie'
        ? Excel.ChartType.pie
        : chart.type === 'line'
          ? Excel.ChartType.line
          : Excel.ChartType.columnClustered;
    const c = ws.charts.add(type, source, Excel.ChartSeriesBy.columns);
    c.title.text = chart.title;
    const a = chart.anchor;
    c.setPosition(`${colLetter(a.col)}${a.row}`, `${colLetter(a.col + a.cols - 1)}${a.row + a.rows - 1}`);
  }
  // Page setup needs ExcelApi 1.9; an older Excel still gets the sheet, printed with its defaults.
  if (plan.print && Office.context.requirements.isSetSupported('ExcelApi', '1.9')) applyPrint(ws, plan.print);
  ws.visibility = Excel.SheetVisibility.visible;
  ws.activate();
  await context.sync();
}

/** Earlier review sheets read per summary: the latest few are enough to find the last review. */
const EARLIER_REVIEWS_READ = 3;

/**
 * Queues the loads of the review sheets this add-in wrote before (names that look like review
 * sheets, dated on or before `asOfIso`, latest first): their printed columns and their hidden
 * machine-readable block. `collect`, called after the caller's next sync, gives one grid each for
 * the core's follow-up (9.3.2 a). Queued with a read the caller makes anyway, they cost no sync.
 *
 * @example const earlier = queueEarlierReviews(context, names, '2026-11-26'); await context.sync(); earlier.collect()
 */
export function queueEarlierReviews(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  asOfIso: string,
): { count: number; collect: () => { name: string; grid: Grid }[] } {
  const names = sheetNames
    .filter((n) => looksLikeReviewSheet(n) && (reviewDateOfName(n) ?? '') <= asOfIso)
    .sort((a, b) => ((reviewDateOfName(b) ?? '') + b).localeCompare((reviewDateOfName(a) ?? '') + a))
    .slice(0, EARLIER_REVIEWS_READ);
  const block = `${colLetter(BLOCK_COLUMN)}:${colLetter(BLOCK_COLUMN + BLOCK_WIDTH - 1)}`;
  const reads = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    const parts = [ws.getRange(`A:${colLetter(PRINTED_COLUMNS)}`), ws.getRange(block)].map((r) => {
      const used = r.getUsedRangeOrNullObject(true);
      used.load('values,numberFormat,rowIndex,columnIndex');
      return used;
    });
    return { name, parts };
  });
  return { count: reads.length, collect: () => reads.map(({ name, parts }) => earlierGrid(name, parts)) };
}

/** {@link queueEarlierReviews} with a sync of its own (none when there is nothing to read). */
export async function readEarlierReviews(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  asOfIso: string,
): Promise<{ name: string; grid: Grid }[]> {
  const earlier = queueEarlierReviews(context, sheetNames, asOfIso);
  if (earlier.count === 0) return [];
  await context.sync();
  return earlier.collect();
}

function earlierGrid(name: string, parts: Excel.Range[]): { name: string; grid: Grid } {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (const part of parts) {
    if (part.isNullObject) continue;
    part.values.forEach((row, i) => {
      const r = part.rowIndex + i;
      values[r] ??= [];
      numberFormats[r] ??= [];
      row.forEach((v, j) => {
        values[r][part.columnIndex + j] = v as CellValue;
        numberFormats[r][part.columnIndex + j] = String(part.numberFormat[i][j]);
      });
    });
  }
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    numberFormats[r] ??= [];
  }
  return { name, grid: { values, numberFormats } };
}
