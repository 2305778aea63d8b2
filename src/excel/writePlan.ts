import { PLAN_FORMATS, type SheetPlan } from '../core';

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
 */
export function planMatrices(plan: SheetPlan): {
  values: (string | number)[][];
  formats: string[][];
  rows: number;
  cols: number;
} {
  const rows = Math.max(1, ...plan.cells.map((c) => c.row));
  const cols = Math.max(1, ...plan.cells.map((c) => c.col));
  const values = Array.from({ length: rows }, () => Array<string | number>(cols).fill(''));
  const formats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const c of plan.cells) {
    values[c.row - 1][c.col - 1] = c.value;
    formats[c.row - 1][c.col - 1] = PLAN_FORMATS[c.kind];
  }
  return { values, formats, rows, cols };
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
  const { values, formats, rows, cols } = planMatrices(plan);
  const block = ws.getRangeByIndexes(0, 0, rows, cols);
  block.numberFormat = formats;
  block.values = values;
  for (const c of plan.cells) {
    const font = c.style ? STYLE_FONT[c.style] : undefined;
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
  ws.visibility = Excel.SheetVisibility.visible;
  ws.activate();
  await context.sync();
}
