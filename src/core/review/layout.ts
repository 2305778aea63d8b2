/**
 * Print layout of a plan, decided in the core so every writer prints the same pages: which
 * cells wrap, how tall each row must be to show its whole text, and where pages break.
 *
 * Widths are Excel's: a column `w` characters wide is `7w + 5` pixels of the default font
 * (Calibri 11), i.e. `(7w + 5) × 0.75` points; `w` counts the widest digit (7 px) while
 * running text averages about 6 px a character. Text is wrapped word by word on `1.15w − 1`
 * characters per line (`1.05w − 1` in bold), a little fewer than fit, so the estimate errs on the
 * tall side and never cuts text; each line of 11-point text takes 15 points.
 */
import type { CellStyle, PlanCell, PrintPlan, SheetPlan } from './sheetPlan';

/** Line height in points per style (font size × 1.25 or more, as Excel lays rows out). */
const LINE_HEIGHT: Partial<Record<CellStyle, number>> = { title: 19, section: 16.5, subtitle: 15 };
const DEFAULT_LINE = 15;

/** Printable size in points of a landscape page with Excel's normal margins (0.7" sides, 0.75" top and bottom). */
const PRINTABLE: Record<PrintPlan['paper'], { width: number; height: number }> = {
  A4: { width: (11.69 - 1.4) * 72, height: (8.27 - 1.5) * 72 },
  Letter: { width: (11 - 1.4) * 72, height: (8.5 - 1.5) * 72 },
};

/** Regions that print on US Letter; everywhere else prints on A4. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'CR',
  'GT',
  'PR',
  'DO',
  'PA',
  'SV',
  'NI',
  'HN',
  'BZ',
]);

/**
 * The paper a locale prints on.
 *
 * @example paperFor('en-US') // 'Letter'
 * @example paperFor('de-DE') // 'A4'
 */
export function paperFor(locale: string | undefined): PrintPlan['paper'] {
  // 'en-US', 'en_US.UTF-8' (a POSIX locale), 'es-419' (no country: A4).
  const region = (locale ?? '').split(/[-_.@]/)[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

/** Width of a column of `chars` characters, in points. */
export function columnPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/**
 * Lines a text takes when wrapped in a cell `chars` characters wide (words longer than a line
 * break inside the word, as Excel does).
 *
 * @example wrappedLines('Root cause not found in the audit sample', 20) // 3
 */
export function wrappedLines(text: string, chars: number, bold = false): number {
  const capacity = Math.max(1, Math.floor(chars * (bold ? 1.05 : 1.15)) - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let w = word.length;
      const need = used === 0 ? w : used + 1 + w;
      if (need <= capacity) {
        used = need;
        continue;
      }
      if (used > 0) lines++;
      while (w > capacity) {
        w -= capacity;
        lines++;
      }
      used = w;
    }
  }
  return lines;
}

/** Width in characters of the cell at (row, col), merged cells included. */
function cellChars(plan: Pick<SheetPlan, 'merges' | 'columnWidths'>, cell: PlanCell): number {
  const merge = plan.merges.find((m) => m.row <= cell.row && cell.row < m.row + m.rows && m.col === cell.col);
  const span = merge ? merge.cols : 1;
  let chars = 0;
  for (let c = cell.col; c < cell.col + span; c++) chars += plan.columnWidths[c - 1] ?? 8.43;
  // Merged columns add the cell padding of each join back as room for text.
  return chars + (span - 1) * (5 / 7);
}

/**
 * Marks text cells that do not fit their column as wrapped and gives their rows the height the
 * wrapped text needs. Only visible columns (up to `lastCol`) are laid out.
 */
export function layoutRows(
  plan: Pick<SheetPlan, 'cells' | 'merges' | 'columnWidths'>,
  lastCol: number,
): { row: number; height: number }[] {
  const heights = new Map<number, number>();
  for (const cell of plan.cells) {
    if (cell.col > lastCol) continue;
    const line = (cell.style && LINE_HEIGHT[cell.style]) ?? DEFAULT_LINE;
    let lines = 1;
    if (cell.kind === 'text') {
      const chars = cellChars(plan, cell);
      const text = String(cell.value);
      const bold = cell.style === 'header' || cell.style === 'label' || cell.style === 'section';
      lines = wrappedLines(text, chars, bold);
      if (lines > 1 || text.includes('\n')) cell.wrap = true;
    }
    const h = lines * line;
    if (h > (heights.get(cell.row) ?? DEFAULT_LINE)) heights.set(cell.row, h);
  }
  // Every cell of a tall row reads from the top, beside the wrapped text (writers align wrapped cells to the top).
  for (const cell of plan.cells)
    if (cell.col <= lastCol && (heights.get(cell.row) ?? DEFAULT_LINE) > DEFAULT_LINE * 1.5) cell.wrap = true;
  return [...heights].map(([row, height]) => ({ row, height })).sort((a, b) => a.row - b.row);
}

/** Scale Excel applies to fit `widthChars` of columns on one page wide (never above 100 %). */
export function fitScale(
  columnWidths: readonly number[],
  lastCol: number,
  paper: PrintPlan['paper'],
): number {
  let width = 0;
  for (let c = 0; c < lastCol; c++) width += columnPoints(columnWidths[c] ?? 8.43);
  return Math.min(1, PRINTABLE[paper].width / width);
}

/** A run of rows that should start a page when it does not fit on what is left of one. */
export interface Block {
  first: number;
  last: number;
  /** Always start a new page (the start of a 9.3.2 section group). */
  newPage?: boolean;
}

/**
 * Page breaks for blocks kept together: a block starts a new page when it is marked so, or when
 * it would not fit on the rest of the current page but fits on a page of its own. Returns the
 * rows that start a page, and the number of pages the estimate gives.
 */
export function paginate(
  blocks: readonly Block[],
  heights: readonly { row: number; height: number }[],
  options: {
    scale: number;
    paper: PrintPlan['paper'];
    titleRows?: { first: number; last: number };
    lastRow: number;
  },
): { breaksBefore: number[]; pages: number } {
  const h = new Map(heights.map((x) => [x.row, x.height]));
  const rowH = (r: number) => h.get(r) ?? DEFAULT_LINE;
  const span = (a: number, b: number) => {
    let s = 0;
    for (let r = a; r <= b; r++) s += rowH(r);
    return s;
  };
  const titles = options.titleRows ? span(options.titleRows.first, options.titleRows.last) : 0;
  const page = PRINTABLE[options.paper].height / options.scale;
  const breaks: number[] = [];
  let used = 0;
  let pages = 1;
  let next = 1;
  const flow = (from: number, to: number) => {
    for (let r = from; r <= to; r++) {
      if (used + rowH(r) > page) {
        pages++;
        used = titles;
      }
      used += rowH(r);
    }
  };
  for (const b of blocks) {
    flow(next, b.first - 1);
    const size = span(b.first, b.last);
    const room = page - used;
    if (used > titles && (b.newPage || (size > room && size <= page - titles))) {
      breaks.push(b.first);
      pages++;
      used = titles;
    }
    flow(b.first, b.last);
    next = b.last + 1;
  }
  flow(next, options.lastRow);
  return { breaksBefore: breaks, pages };
}

/**
 * Pages a plan prints on, estimated as a printer lays it out: rows flow down the page, a row that
 * does not fit starts the next page, and each of the plan's breaks starts one.
 *
 * @example estimatePages(planReviewSheet(figures, { existingSheetNames: [] })) // 5
 */
export function estimatePages(plan: SheetPlan): number {
  const print = plan.print;
  if (!print) return 1;
  const scale = fitScale(plan.columnWidths, print.area.lastCol, print.paper);
  return paginate(
    print.breaksBefore.map((row) => ({ first: row, last: row, newPage: true })),
    plan.rowHeights ?? [],
    { scale, paper: print.paper, titleRows: print.titleRows, lastRow: print.area.lastRow },
  ).pages;
}
