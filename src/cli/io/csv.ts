/**
 * CSV reader: decodes the bytes (UTF-8, UTF-16 with BOM, or Windows-1252 as a fallback), detects
 * the delimiter and returns one sheet of strings. No type guessing: the core parses dates and
 * numbers from text, so "03/04/2026" stays exactly what the user typed.
 */
import { collectNow } from '../collect';
import { listCells, plural } from './cellTally';
import { detectDelimiter, fillHoles, parseCsvChecked, type UnclosedQuote } from './csvParse';
import { decodeText, type DecodedText } from './decode';
import { beyondNotice, denseIsCheap, extentOf, type PresentCells } from './extent';
import { grouped, MAX_CSV_BYTES } from './limits';
import { readFailure, type ReaderNotice, type ReadOptions, type ReadResult, type SheetData } from './types';

const NAMED_DELIMITERS: Record<string, string> = {
  tab: '\t',
  '\\t': '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
};

/** The delimiter option as one character, or undefined when it cannot be one. */
export function normaliseDelimiter(option: string): string | undefined {
  const d = NAMED_DELIMITERS[option.toLowerCase()] ?? option;
  return d.length === 1 && d !== '"' && d !== '\r' && d !== '\n' ? d : undefined;
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((f) => f === '');
}

function trimTrailingBlankRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1])) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}

function raggedNotice(rows: string[][], sheet: string): ReaderNotice | undefined {
  const headerIndex = rows.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0) return undefined;
  const width = rows[headerIndex].length;
  const differing: number[] = [];
  let dataRows = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    if (isBlankRow(rows[r])) continue;
    dataRows++;
    if (rows[r].length !== width) differing.push(r + 1);
  }
  if (differing.length === 0) return undefined;
  const cells = differing.slice(0, 5).map((r) => `${r}:${r}`);
  return {
    code: 'ragged-rows',
    sheet,
    count: differing.length,
    cells,
    message:
      `${differing.length} of ${plural(dataRows, 'row')} below the first row have a different number ` +
      `of fields than it (${plural(width, 'field')}): rows ${listCells(cells, differing.length)}. ` +
      'Every field is kept; check for stray or missing delimiters.',
  };
}

/** "a quote opened on line N is never closed", with the rows read again after it. */
function unclosedNotice(unclosed: readonly UnclosedQuote[], sheet: string): ReaderNotice | undefined {
  if (unclosed.length === 0) return undefined;
  const recovered = unclosed.reduce((n, u) => n + u.recovered, 0);
  const lines = unclosed.slice(0, 5).map((u) => String(u.line));
  const first = unclosed[0];
  const where =
    unclosed.length === 1
      ? `A quote opened on line ${first.line} is never closed` +
        (first.toEnd ? ' (it runs to the end of the file)' : ' (it runs on over later rows)')
      : `Quotes opened on lines ${listCells(lines, unclosed.length)} are never closed`;
  return {
    code: 'unclosed-quote',
    sheet,
    count: unclosed.length,
    cells: unclosed.slice(0, 5).map((u) => `${u.line}:${u.line}`),
    message:
      `${where}: the field was read as plain text up to the end of its line, and ` +
      `${plural(recovered, 'row')} after it ${recovered === 1 ? 'was' : 'were'} recovered line by line. ` +
      'Check the quote marks on that line.',
  };
}

/**
 * The rows cut to where the data ends, as for a worksheet (see extent.ts): one line of two million
 * delimiters, or far fields after thousands of blank lines, must not cost a grid of that size.
 * Rows are left as they are when the rectangle is cheap.
 */
function boundedRows(rows: string[][], sheet: string): { rows: string[][]; notice?: ReaderNotice } {
  let width = 0;
  let cells = 0;
  for (const row of rows) {
    if (row.length > width) width = row.length;
    // forEach passes over the holes of a sparse row (csvParse.ts): its filled fields only.
    row.forEach((field) => {
      if (field !== '') cells++;
    });
  }
  if (denseIsCheap(rows.length, width, cells)) return { rows: rows.map(fillHoles) };
  const present: PresentCells = { rows: [], columns: [], cells };
  rows.forEach((row, i) => {
    const columns: number[] = [];
    row.forEach((field, c) => {
      if (field !== '') columns.push(c + 1);
    });
    if (columns.length > 0) {
      present.rows.push(i + 1);
      present.columns.push(columns);
    }
  });
  const extent = extentOf(present);
  const cut = rows
    .slice(0, extent.height)
    .map((row) => fillHoles(row.length > extent.width ? row.slice(0, extent.width) : row));
  return { rows: cut, notice: beyondNotice(sheet, extent) };
}

function encodingNotices(encoding: string, bom: boolean, fileName: string): ReaderNotice[] {
  const notices: ReaderNotice[] = [];
  if (bom) {
    notices.push({
      code: 'bom',
      message: `${fileName} starts with a ${encoding.toUpperCase()} byte-order mark; it was removed.`,
    });
  }
  if (!bom && encoding.startsWith('utf-16')) {
    notices.push({
      code: 'utf16-encoding',
      message: `${fileName} is ${encoding.toUpperCase()} text without a byte-order mark; it was read as ${encoding.toUpperCase()}.`,
    });
  }
  if (encoding === 'windows-1252') {
    notices.push({
      code: 'latin1-encoding',
      message:
        `${fileName} is not valid UTF-8; it was read as Windows-1252 (Latin-1). If accented letters ` +
        'look wrong, save the file as "CSV UTF-8" and retry.',
    });
  }
  return notices;
}

/**
 * Every cell of a CSV is 'General'. Rows of one length share one array of formats (the grid's
 * formats are only read): a million rows cost a few arrays, not a million.
 */
function generalFormats(rows: readonly string[][]): string[][] {
  const byWidth = new Map<number, string[]>();
  return rows.map((r) => {
    let formats = byWidth.get(r.length);
    if (!formats) byWidth.set(r.length, (formats = r.map(() => 'General')));
    return formats;
  });
}

/**
 * Past this many bytes, the file's bytes are collected once decoded, before the text is split: a
 * 365 MB file is 365 MB of bytes beside its text (730 MB of text when one character is not Latin-1).
 */
const RELEASE_MIN_BYTES = 32 * 2 ** 20;

/**
 * Reads a CSV buffer into one sheet named `sheetName` (the file's base name).
 *
 * @example readCsv(Buffer.from('id,title\r\n1,Backups\r\n'), 'register.csv', 'register')
 */
export function readCsv(
  buf: Buffer,
  fileName: string,
  sheetName: string,
  options: ReadOptions = {},
): ReadResult {
  return readCsvTaking({ bytes: buf }, fileName, sheetName, options);
}

/** The bytes `held` holds (the holder emptied), their size checked, decoded; or why they cannot be read. */
function decodeHeld(held: { bytes?: Buffer }, fileName: string): DecodedText | ReadResult {
  const buf = held.bytes ?? Buffer.alloc(0);
  held.bytes = undefined;
  if (buf.length > MAX_CSV_BYTES) {
    return readFailure(
      'too-large',
      `${fileName} is ${grouped(Math.round(buf.length / 1e6))} MB, more than the ${grouped(MAX_CSV_BYTES / 1e6)} MB ` +
        'this run reads as text. Split the register into several files, or save it as an Excel Workbook (.xlsx), and retry.',
    );
  }
  return decodeText(buf);
}

/**
 * {@link readCsv} of the bytes `held` holds, taken out of it to be decoded: when the holder was the
 * last reference to them, a large file's bytes are let go (and collected) before its text is split
 * into cells.
 */
export function readCsvTaking(
  held: { bytes?: Buffer },
  fileName: string,
  sheetName: string,
  options: ReadOptions = {},
): ReadResult {
  let delimiter: string | undefined;
  if (options.delimiter !== undefined) {
    delimiter = normaliseDelimiter(options.delimiter);
    if (!delimiter) {
      return readFailure(
        'unsupported-format',
        `The delimiter "${options.delimiter}" cannot be used: give one character such as , ; | or "tab".`,
      );
    }
  }
  const size = held.bytes?.length ?? 0;
  const decoded = decodeHeld(held, fileName);
  if ('ok' in decoded) return decoded;
  // Only the text is held now: a large file's bytes are collected before the text is split.
  if (size >= RELEASE_MIN_BYTES) collectNow();
  const { text, encoding, bom } = decoded;
  // trim, not /\S/.test: a regular expression keeps its last input (RegExp.input), so the whole
  // text would live on after the read until the next match elsewhere (trim drops the same spaces).
  if (text.trim() === '') {
    return readFailure(
      'empty',
      `${fileName} is empty: it holds no rows. Export the register again and retry.`,
    );
  }
  const parsed = parseCsvChecked(text, delimiter ?? detectDelimiter(text));
  const bounded = boundedRows(trimTrailingBlankRows(parsed.rows), sheetName);
  const rows = bounded.rows;
  const ragged = raggedNotice(rows, sheetName);
  const unclosed = unclosedNotice(parsed.unclosed, sheetName);
  const sheet: SheetData = {
    name: sheetName,
    hidden: false,
    grid: {
      values: rows,
      numberFormats: generalFormats(rows),
      firstRow: 1,
      firstColumn: 1,
    },
    merges: [],
    hiddenRows: [],
    notices: [unclosed, bounded.notice, ragged].filter((n): n is ReaderNotice => n !== undefined),
  };
  return {
    ok: true,
    value: { format: 'csv', sheets: [sheet], notices: encodingNotices(encoding, bom, fileName) },
  };
}
