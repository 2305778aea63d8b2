/**
 * A sheet described as data: cells, styles, merges, widths and charts. The Excel adapter and the
 * xlsx writer both render the same plan, so the add-in and the CLI produce the same sheet.
 */
export type CellStyle = 'title' | 'subtitle' | 'section' | 'header' | 'label' | 'note' | 'prompt' | 'total';

export interface PlanCell {
  /** 1-based row and column. */
  row: number;
  col: number;
  /** 'text' is always written as text (never a formula); 'date' is an Excel serial. */
  kind: 'text' | 'number' | 'date' | 'percent';
  value: string | number;
  style?: CellStyle;
  /** Wrap the text inside the column's width (long text columns of lists). */
  wrap?: boolean;
}

export interface ChartPlan {
  type: 'pie' | 'columnClustered' | 'line';
  title: string;
  /** Data block including its header row and category column (1-based, inclusive). */
  data: { firstRow: number; firstCol: number; lastRow: number; lastCol: number };
  /** Top-left cell where the chart is placed, and its size in cells. */
  anchor: { row: number; col: number; rows: number; cols: number };
}

/**
 * How the sheet prints. Writers render it as Excel's page setup: `fitToWidth: 1` with the height
 * free means the fit-to-page flag set (`sheetPr/pageSetUpPr@fitToPage`), `fitToHeight="0"`.
 */
export interface PrintPlan {
  orientation: 'landscape' | 'portrait';
  /** A4 unless the locale prints on Letter (en-US, en-CA, es-MX …). */
  paper: 'A4' | 'Letter';
  /** Pages wide; the height is always free (as many pages as the content needs). */
  fitToWidth: 1;
  /** Rows repeated at the top of every page (1-based, inclusive), if any. */
  titleRows?: { first: number; last: number };
  /** Rows that start a new page (1-based): each 9.3.2 section. */
  breaksBefore: number[];
  /** Print area: row 1 / column 1 to these (1-based, inclusive). */
  area: { lastRow: number; lastCol: number };
  /**
   * Header and footer as plain text with three tokens the writers translate: `{page}`, `{pages}`,
   * `{sheet}`. Never written as formulas; `&` in user text is escaped as `&&` for Excel.
   */
  header: { left?: string; center?: string; right?: string };
  footer: { left?: string; center?: string; right?: string };
}

export interface SheetPlan {
  name: string;
  cells: PlanCell[];
  merges: { row: number; col: number; rows: number; cols: number }[];
  columnWidths: number[];
  charts: ChartPlan[];
  freezeRows?: number;
  /** Explicit row heights in points (rows whose wrapped text needs more than one line). */
  rowHeights?: { row: number; height: number }[];
  /** Columns hidden from view and print (1-based), e.g. the machine-readable block. */
  hiddenColumns?: number[];
  print?: PrintPlan;
}

/** Number formats the writers use per kind. */
export const PLAN_FORMATS = { text: '@', number: 'General', date: 'yyyy-mm-dd', percent: '0.0%' } as const;

/** Excel's limit for sheet names. */
export const MAX_SHEET_NAME = 31;

/**
 * A new sheet name that does not collide (case-insensitively, as Excel compares) with existing
 * sheets: `Management Review 2026-11-26`, then `Management Review 2026-11-26-2`, `-3`, …
 *
 * @example uniqueSheetName('Management Review 2026-11-26', ['management review 2026-11-26']) // 'Management Review 2026-11-26-2'
 */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  // Excel forbids []:*?/\, a leading or trailing apostrophe, and the name "History".
  let clean = base
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_SHEET_NAME);
  if (clean.toLowerCase() === 'history') clean = 'History (register)';
  if (clean === '') clean = 'Register';
  if (!taken.has(clean.toLowerCase())) return clean;
  // A name that ends with a date keeps the date whole ("Managementbewertung 2026-11-26" is 30
  // characters): the words before it are shortened instead.
  const dated = /^(.*?)( \d{4}-\d{2}-\d{2})$/.exec(clean);
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const name = dated
      ? dated[1].slice(0, MAX_SHEET_NAME - suffix.length - dated[2].length) + dated[2] + suffix
      : clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Small helper to lay out a plan top to bottom. */
export class PlanBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: SheetPlan['merges'] = [];
  readonly charts: ChartPlan[] = [];
  row = 1;

  text(row: number, col: number, value: string, style?: CellStyle): void {
    this.cells.push({ row, col, kind: 'text', value, style });
  }

  value(
    row: number,
    col: number,
    value: number | string | null,
    kind: PlanCell['kind'] = 'number',
    style?: CellStyle,
  ): void {
    if (value === '') return;
    if (value === null) this.cells.push({ row, col, kind: 'text', value: '—', style });
    else this.cells.push({ row, col, kind: typeof value === 'string' ? 'text' : kind, value, style });
  }

  /** A table: header row then rows; returns the rows used (first, last). */
  table(
    headers: string[],
    rows: (string | number | null)[][],
    kinds?: PlanCell['kind'][],
  ): { first: number; last: number } {
    const first = this.row;
    headers.forEach((h, i) => this.text(this.row, i + 1, h, 'header'));
    this.row++;
    for (const r of rows) {
      r.forEach((v, i) => this.value(this.row, i + 1, v, kinds?.[i] ?? 'number'));
      this.row++;
    }
    return { first, last: this.row - 1 };
  }

  skip(n = 1): void {
    this.row += n;
  }
}
