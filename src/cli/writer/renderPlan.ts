/**
 * Renders the core's {@link SheetPlan} onto an ExcelJS worksheet — the command line's twin of the
 * add-in's Office.js renderer. Text is always stored as text: a string value becomes a shared
 * string (never `{ formula }`) with the Text number format, so "=1+1" or "@home" stays as typed.
 */
import type { Alignment, Borders, Cell, Fill, Font, Worksheet } from 'exceljs';
import { PLAN_FORMATS, type CellStyle, type PlanCell, type SheetPlan } from '../../core/review/sheetPlan';

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, line feed and carriage return; lone
 * surrogates; U+FFFE/U+FFFF). One of them in a cell makes Excel report the file as corrupt.
 */
/* eslint-disable no-control-regex -- matching control characters is the point of this expression */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Text safe to store in a cell: characters XML cannot hold are removed and overlong text is cut
 * at Excel's limit with an ellipsis.
 *
 * @example safeText('a\u0001b') // 'ab'
 */
export function safeText(text: string): string {
  const clean = text.replace(XML_INVALID, '');
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // Never cut between the two halves of a surrogate pair (an emoji would become U+FFFD).
  const cut = clean.slice(0, MAX_CELL_TEXT - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

interface StyleSpec {
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
}

function solid(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

const THIN_BOTTOM: Partial<Borders> = { bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } } };

/** The plan's named styles in workbook terms (colours are the Office theme's neutral tones). */
const STYLES: Record<CellStyle, StyleSpec> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { italic: true, size: 11 } },
  section: { font: { bold: true, size: 12 }, fill: solid('FFDDEBF7'), border: THIN_BOTTOM },
  header: {
    font: { bold: true },
    fill: solid('FFF2F2F2'),
    border: THIN_BOTTOM,
    alignment: { wrapText: true },
  },
  label: { font: { bold: true } },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
  prompt: { font: { italic: true }, fill: solid('FFFFF2CC'), alignment: { wrapText: true, vertical: 'top' } },
  total: { font: { bold: true }, border: { top: { style: 'thin', color: { argb: 'FF7F7F7F' } } } },
};

/** Number format for a plan cell (General for numbers, so a half-day median keeps its decimal). */
function numberFormat(cell: PlanCell): string {
  return PLAN_FORMATS[cell.kind];
}

function writeCell(target: Cell, cell: PlanCell): void {
  if (cell.kind === 'text' || typeof cell.value === 'string') {
    // A plain JS string: ExcelJS stores it as a string cell, never as a formula.
    target.value = safeText(String(cell.value));
    target.numFmt = PLAN_FORMATS.text;
  } else {
    target.value = Number.isFinite(cell.value) ? cell.value : null;
    target.numFmt = numberFormat(cell);
  }
  const style = cell.style ? STYLES[cell.style] : undefined;
  if (!style) return;
  if (style.font) target.font = style.font;
  if (style.fill) target.fill = style.fill;
  if (style.border) target.border = style.border;
  if (style.alignment) target.alignment = style.alignment;
}

/**
 * Writes a plan's cells, styles, merges, column widths and frozen rows onto a worksheet. Charts
 * are not drawn here (ExcelJS cannot write charts); their data tables are cells of the plan, and
 * the returned titles let the caller say so.
 *
 * @example renderPlan(workbook.addWorksheet(plan.name), plan).chartsNotDrawn // ['Actions by status', …]
 */
export function renderPlan(sheet: Worksheet, plan: SheetPlan): { chartsNotDrawn: string[] } {
  for (const cell of plan.cells) writeCell(sheet.getCell(cell.row, cell.col), cell);
  for (const m of plan.merges) {
    if (m.rows > 1 || m.cols > 1) sheet.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  }
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  if (plan.freezeRows && plan.freezeRows > 0) {
    sheet.views = [{ state: 'frozen', ySplit: plan.freezeRows, xSplit: 0 }];
  }
  return { chartsNotDrawn: plan.charts.map((c) => c.title) };
}
