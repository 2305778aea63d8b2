/**
 * Renders the core's {@link SheetPlan} as a SpreadsheetML worksheet part — the command line's twin
 * of the add-in's Office.js renderer. Text is always an inline string (never a formula), so "=1+1"
 * or "@home" stays as typed; dates are serials with a date format; the print setup (landscape, fit
 * to one page wide, breaks, header and footer) is part of the sheet.
 */
import type { PlanCell, PrintPlan, SheetPlan } from '../../core/review/sheetPlan';
import type { StyleBook } from './styles';
import { columnLetters, escapeCellText, escapeXml, NS_MAIN, NS_REL, XML_HEADER } from './xml';

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel's limit for a header or footer (all three sections with their codes). */
const MAX_HEADER_FOOTER = 255;

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
  return fitText(text).text;
}

/** {@link safeText}, and whether the text had to be cut at the limit. */
export function fitText(text: string): { text: string; cut: boolean } {
  const clean = text.replace(XML_INVALID, '');
  if (clean.length <= MAX_CELL_TEXT) return { text: clean, cut: false };
  // Never cut between the two halves of a surrogate pair (an emoji would become U+FFFD).
  const cut = clean.slice(0, MAX_CELL_TEXT - 1).replace(/[\uD800-\uDBFF]$/, '');
  return { text: `${cut}…`, cut: true };
}

/** Where texts were shortened to fit a cell: their count and the first few addresses. */
export class Shortened {
  count = 0;
  readonly cells: string[] = [];

  note(address: string): void {
    this.count++;
    if (this.cells.length < 3) this.cells.push(address);
  }
}

/** An inline-string cell; counts the cell in `shortened` when its text was cut. */
export function textCell(ref: string, style: number, text: string, shortened: Shortened): string {
  const safe = fitText(text);
  if (safe.cut) shortened.note(ref);
  const s = style ? ` s="${style}"` : '';
  // xml:space only where the text starts or ends with white space (a million-row sheet is smaller without it).
  const space = /^\s|\s$/.test(safe.text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeCellText(safe.text)}</t></is></c>`;
}

export function numberCell(ref: string, style: number, value: number): string {
  const s = style ? ` s="${style}"` : '';
  return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
}

function planCell(cell: PlanCell, styles: StyleBook, shortened: Shortened): string {
  const ref = `${columnLetters(cell.col)}${cell.row}`;
  if (cell.kind === 'text' || typeof cell.value === 'string') {
    const style = styles.id({ style: cell.style, kind: 'text', wrap: cell.wrap });
    return textCell(ref, style, String(cell.value), shortened);
  }
  return numberCell(ref, styles.id({ style: cell.style, kind: cell.kind, wrap: cell.wrap }), cell.value);
}

/** `{page}`, `{pages}`, `{sheet}` as Excel's codes; a literal `&` doubled. */
function headerFooterCodes(text: string): string {
  return safeText(text)
    .replace(/&/g, '&&')
    .replace(/\{page\}/g, '&P')
    .replace(/\{pages\}/g, '&N')
    .replace(/\{sheet\}/g, '&A');
}

/** One header or footer, cut to Excel's 255 characters by shortening its longest section. */
export function headerFooter(parts: PrintPlan['header']): string | undefined {
  const texts = [parts.left ?? '', parts.center ?? '', parts.right ?? ''];
  if (texts.every((t) => t === '')) return undefined;
  const build = () =>
    texts.map((t, i) => (t === '' ? '' : ['&L', '&C', '&R'][i] + headerFooterCodes(t))).join('');
  let out = build();
  while (out.length > MAX_HEADER_FOOTER) {
    const longest = texts.reduce((best, t, i) => (t.length > texts[best].length ? i : best), 0);
    const keep = Math.max(0, texts[longest].length - (out.length - MAX_HEADER_FOOTER) - 2);
    texts[longest] = texts[longest].slice(0, keep).replace(/[\uD800-\uDBFF]$/, '') + '…';
    out = build();
  }
  return out;
}

const PAPER = { A4: 9, Letter: 1 } as const;

function printXml(print: PrintPlan | undefined): string {
  const margins = '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (!print) return margins;
  const setup =
    `<pageSetup paperSize="${PAPER[print.paper]}" orientation="${print.orientation}"` +
    ` fitToWidth="${print.fitToWidth}" fitToHeight="0"/>`;
  const head = headerFooter(print.header);
  const foot = headerFooter(print.footer);
  const hf =
    head || foot
      ? `<headerFooter>${head ? `<oddHeader>${escapeXml(head)}</oddHeader>` : ''}` +
        `${foot ? `<oddFooter>${escapeXml(foot)}</oddFooter>` : ''}</headerFooter>`
      : '';
  const breaks = [...new Set(print.breaksBefore)].filter((r) => r > 1 && r <= MAX_ROWS).sort((a, b) => a - b);
  const rowBreaks =
    breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
        breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('') +
        '</rowBreaks>'
      : '';
  return margins + setup + hf + rowBreaks;
}

function colsXml(plan: SheetPlan): string {
  const hidden = new Set(plan.hiddenColumns ?? []);
  const last = [...hidden].reduce((max, c) => Math.max(max, c), plan.columnWidths.length);
  const cols: string[] = [];
  for (let c = 1; c <= Math.min(last, MAX_COLUMNS); c++) {
    const width = plan.columnWidths[c - 1];
    if (width === undefined && !hidden.has(c)) continue;
    const w = width !== undefined && width > 0 ? ` width="${Math.min(width, 255)}" customWidth="1"` : '';
    cols.push(`<col min="${c}" max="${c}"${w}${hidden.has(c) ? ' hidden="1"' : ''}/>`);
  }
  return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
}

/** The plan's cells by row (1-based), each row sorted by column, the last cell of a position kept. */
function cellsByRow(plan: SheetPlan): PlanCell[][] {
  const byRow: PlanCell[][] = [];
  for (const cell of plan.cells) {
    if (cell.row < 1 || cell.row > MAX_ROWS || cell.col < 1 || cell.col > MAX_COLUMNS) continue;
    (byRow[cell.row] ??= []).push(cell);
  }
  for (const row of byRow) {
    if (!row || row.length < 2) continue;
    row.sort((a, b) => a.col - b.col);
    for (let i = row.length - 1; i > 0; i--) if (row[i - 1].col === row[i].col) row.splice(i - 1, 1);
  }
  return byRow;
}

/**
 * Characters per chunk: under V8's large-object size, so a chunk is young garbage (see
 * CHUNK_CHARS in sources.ts).
 */
const CHUNK_CHARS = 16_384;

/**
 * The worksheet part for a plan, as chunks of text (a plan can hold a row per open action of a
 * large register). `drawingRelId` links the sheet's charts (the drawing part and its relationship
 * are the caller's). Texts cut at the cell limit are counted in `options.shortened`.
 *
 * @example [...renderSheetXml(plan, styles, { shortened: new Shortened() })].join('')
 */
export function* renderSheetXml(
  plan: SheetPlan,
  styles: StyleBook,
  options: { drawingRelId?: string; shortened: Shortened },
): Generator<string> {
  const byRow = cellsByRow(plan);
  const heights: number[] = [];
  for (const h of plan.rowHeights ?? [])
    if (h.row >= 1 && h.row <= MAX_ROWS && h.height > 0) heights[h.row] = h.height;
  // Loops, not Math.max(...): a plan can hold a cell per action (100,000s of arguments).
  let lastRow = 1;
  let lastCol = 1;
  for (let r = 1; r < byRow.length; r++) {
    const row = byRow[r];
    if (!row || row.length === 0) continue;
    lastRow = r;
    lastCol = Math.max(lastCol, row[row.length - 1].col);
  }
  const freeze = plan.freezeRows && plan.freezeRows > 0 ? plan.freezeRows : 0;
  const pane = freeze
    ? `<pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/>`
    : '';
  yield (
    XML_HEADER +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (plan.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${columnLetters(lastCol)}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(plan) +
    '<sheetData>'
  );
  let chunk = '';
  const end = Math.max(byRow.length, heights.length);
  for (let r = 1; r < end; r++) {
    const cells = byRow[r];
    const h = heights[r];
    if (!cells && h === undefined) continue;
    const ht = h !== undefined ? ` ht="${Math.min(h, 409)}" customHeight="1"` : '';
    chunk += `<row r="${r}"${ht}>`;
    for (const c of cells ?? []) chunk += planCell(c, styles, options.shortened);
    chunk += '</row>';
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  const merges = plan.merges
    .filter((m) => m.rows > 1 || m.cols > 1)
    .map(
      (m) =>
        `<mergeCell ref="${columnLetters(m.col)}${m.row}:${columnLetters(m.col + m.cols - 1)}${m.row + m.rows - 1}"/>`,
    );
  yield (
    chunk +
    '</sheetData>' +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    printXml(plan.print) +
    (options.drawingRelId ? `<drawing r:id="${options.drawingRelId}"/>` : '') +
    '</worksheet>'
  );
}
