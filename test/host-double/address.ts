/**
 * A1 addresses. A `Rect` is 0-based (`row`, `col`) with a size (`rows`, `cols`), the same
 * convention as `Range.rowIndex` / `columnIndex` / `rowCount` / `columnCount`.
 */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  /** Sheet name from a `Sheet!` / `'Sheet name'!` prefix, unquoted. */
  sheet?: string;
  rect: Rect;
}

export function colLetters(col0: number): string {
  let n = col0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Part =
  { kind: 'cell'; row: number; col: number } | { kind: 'col'; col: number } | { kind: 'row'; row: number };

function parsePart(text: string): Part | null {
  let m = CELL.exec(text);
  if (m) return { kind: 'cell', col: colIndex(m[1]), row: Number(m[2]) - 1 };
  m = COL.exec(text);
  if (m) return { kind: 'col', col: colIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { kind: 'row', row: Number(m[1]) - 1 };
  return null;
}

function inBounds(r: Rect): boolean {
  return (
    r.row >= 0 &&
    r.col >= 0 &&
    r.rows > 0 &&
    r.cols > 0 &&
    r.row + r.rows <= MAX_ROWS &&
    r.col + r.cols <= MAX_COLS
  );
}

/** Splits `'It''s'!A1` into the unquoted sheet name and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, local: address.slice(bang + 1) };
}

/**
 * Parses `A1`, `A1:C10`, `5:5`, `2:7`, `C:C`, `B:D`, with `$` anchors and an optional sheet prefix.
 * Returns null when the text is not an A1 reference (a defined name, R1C1, multiple areas, …).
 */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, local } = splitSheet(address.trim());
  const pieces = local.split(':');
  if (pieces.length < 1 || pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b || a.kind !== b.kind) return null;
  let rect: Rect;
  if (a.kind === 'cell' && b.kind === 'cell') {
    const r0 = Math.min(a.row, b.row);
    const c0 = Math.min(a.col, b.col);
    rect = { row: r0, col: c0, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
  } else if (a.kind === 'col' && b.kind === 'col') {
    if (pieces.length === 1) return null; // "C" alone is a name, not a column
    const c0 = Math.min(a.col, b.col);
    rect = { row: 0, col: c0, rows: MAX_ROWS, cols: Math.abs(a.col - b.col) + 1 };
  } else if (a.kind === 'row' && b.kind === 'row') {
    if (pieces.length === 1) return null;
    const r0 = Math.min(a.row, b.row);
    rect = { row: r0, col: 0, rows: Math.abs(a.row - b.row) + 1, cols: MAX_COLS };
  } else {
    return null;
  }
  return inBounds(rect) ? { sheet, rect } : null;
}

export function isWholeColumns(r: Rect): boolean {
  return r.row === 0 && r.rows === MAX_ROWS;
}

export function isWholeRows(r: Rect): boolean {
  return r.col === 0 && r.cols === MAX_COLS;
}

/** Local address as Excel prints it: `A1`, `A1:C10`, `C:C`, `5:5`. */
export function formatRect(r: Rect): string {
  if (isWholeColumns(r) && !isWholeRows(r)) {
    return `${colLetters(r.col)}:${colLetters(r.col + r.cols - 1)}`;
  }
  if (isWholeRows(r) && !isWholeColumns(r)) return `${r.row + 1}:${r.row + r.rows}`;
  const first = `${colLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${colLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** Sheet name as it appears in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${formatRect(r)}`;
}

export function cellCount(r: Rect): number {
  return r.rows * r.cols;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

/** `a` minus `b`, as up to four rectangles (top, bottom, left, right bands). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (i.row > a.row) out.push({ row: a.row, col: a.col, rows: i.row - a.row, cols: a.cols });
  const aEnd = a.row + a.rows;
  const iEnd = i.row + i.rows;
  if (iEnd < aEnd) out.push({ row: iEnd, col: a.col, rows: aEnd - iEnd, cols: a.cols });
  if (i.col > a.col) out.push({ row: i.row, col: a.col, rows: i.rows, cols: i.col - a.col });
  const aColEnd = a.col + a.cols;
  const iColEnd = i.col + i.cols;
  if (iColEnd < aColEnd) out.push({ row: i.row, col: iColEnd, rows: i.rows, cols: aColEnd - iColEnd });
  return out;
}

/** Validity of a new worksheet name, as Excel checks it. */
export function isValidSheetName(name: string): boolean {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

/**
 * `Worksheet.getRange(address)` and `getRanges(address)` read at most this many characters of the
 * address; the rest is silently cut off (documented under "Range return character limit" in
 * Microsoft's "Troubleshooting Excel add-ins"). A cut in the middle of an area changes or breaks it.
 */
export const MAX_ADDRESS_CHARS = 8192;

/** Splits a comma-separated address list, keeping commas inside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

/**
 * Parses `getRanges`' comma-separated areas (`"A1:B2, D5, F:F"`), each optionally `Sheet!`-prefixed,
 * after Excel's 8192-character cut. Null when any area is not an A1 reference or the prefixes name
 * different sheets.
 */
export function parseAreas(address: string): { sheet?: string; rects: Rect[] } | null {
  const text = address.length > MAX_ADDRESS_CHARS ? address.slice(0, MAX_ADDRESS_CHARS) : address;
  const rects: Rect[] = [];
  let sheet: string | undefined;
  for (const part of splitAreas(text)) {
    const parsed = parseAddress(part);
    if (!parsed) return null;
    if (parsed.sheet !== undefined) {
      if (sheet !== undefined && sheet.toLowerCase() !== parsed.sheet.toLowerCase()) return null;
      sheet = parsed.sheet;
    }
    rects.push(parsed.rect);
  }
  return rects.length > 0 ? { sheet, rects } : null;
}

/** `RangeAreas.address` as Excel prints it: `Sheet1!F3:F5, Sheet1!H:H`. */
export function fullAreasAddress(sheet: string, rects: readonly Rect[]): string {
  return rects.map((r) => fullAddress(sheet, r)).join(', ');
}
