/**
 * RFC 4180 CSV parsing with the leniency real exports need: any of CRLF / LF / CR ends a record,
 * quoted fields may hold delimiters, newlines and doubled quotes, a quote inside an unquoted field
 * is literal, and rows keep however many fields they have.
 */

import { isSparseRow } from './extent';
import { Interner } from './intern';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Candidate delimiters, in order of preference when the evidence ties. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

function endOfUnquoted(text: string, from: number, delim: number): number {
  let k = from;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === delim || c === CR || c === LF) break;
    k++;
  }
  return k;
}

/**
 * A quoted field longer than this cannot be a cell (Excel's limit is 32,767 characters): its
 * opening quote is taken for a stray one.
 */
export const MAX_QUOTED = 32_767;
/** Lines shaped like records (the first row's delimiter count) inside one quoted field that mark it as runaway. */
const RECORD_LINES = 2;

/** A quote that opened a field and never closed it sanely; the rows read again after it. */
export interface UnclosedQuote {
  /** 1-based line of the file where the quote opened. */
  line: number;
  /** Rows read from the text the field would have swallowed. */
  recovered: number;
  /** Whether the field ran to the end of the file (otherwise it ran on too far). */
  toEnd: boolean;
}

export interface ParsedCsv {
  rows: string[][];
  unclosed: UnclosedQuote[];
}

function delimitersIn(text: string, from: number, to: number, delim: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === delim) n++;
  return n;
}

/**
 * Whether the quoted text between `from` and `to` swallowed records: too long for a cell, or holding
 * at least {@link RECORD_LINES} lines with exactly the first row's number of delimiters.
 */
function swallowsRecords(text: string, from: number, to: number, delim: number, width: number): boolean {
  if (to - from > MAX_QUOTED) return true;
  if (width < 2) return false;
  let lineStart = -1;
  let records = 0;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : LF;
    if (c !== CR && c !== LF) continue;
    if (
      lineStart >= 0 &&
      delimitersIn(text, lineStart, k, delim) === width - 1 &&
      ++records >= RECORD_LINES
    ) {
      return true;
    }
    if (c === CR && text.charCodeAt(k + 1) === LF) k++;
    lineStart = k + 1;
  }
  return false;
}

/**
 * Reads a quoted field starting at the opening quote; returns its text and the index after it, or
 * undefined when the field is runaway (no closing quote, or it swallowed records, see above).
 */
function readQuoted(text: string, open: number, delim: number, width: number): [string, number] | undefined {
  let out = '';
  let j = open + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q === -1) return undefined;
    out += text.slice(j, q);
    if (text.charCodeAt(q + 1) === QUOTE) {
      out += '"';
      j = q + 2;
      continue;
    }
    j = q + 1;
    break;
  }
  if (
    out.length > MAX_QUOTED ||
    ((out.includes('\n') || out.includes('\r')) && swallowsRecords(text, open + 1, j - 1, delim, width))
  ) {
    return undefined;
  }
  // Stray text between the closing quote and the delimiter is kept rather than dropped.
  const end = endOfUnquoted(text, j, delim);
  if (end > j) out += text.slice(j, end);
  // A line break inside a cell is LF in Excel, whatever the file's record separator.
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  return [out, end];
}

/** Counts lines as the parser moves forward, so line numbers cost one pass over the text in all. */
class LineCounter {
  private at = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineOf(pos: number): number {
    for (; this.at < pos; this.at++) {
      const c = this.text.charCodeAt(this.at);
      if (c === LF || (c === CR && this.text.charCodeAt(this.at + 1) !== LF)) this.line++;
    }
    return this.line;
  }
}

/**
 * Splits CSV text into rows of string fields, recovering from quotes that never close: such a
 * field is read as plain text to the end of its line (its quote kept), the rows after it are read
 * as rows, and the quote is reported. A final record separator does not add an empty row.
 *
 * @example parseCsvChecked('a,b\n1,"x\n2,y\n3,z', ',') // rows [a,b] ['1','"x'] [2,y] [3,z]; unclosed [{ line: 2, recovered: 2 }]
 */
/** The row's filled fields at their places, the empty ones left as holes; the length kept. */
function sparseCopy(row: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < row.length; k++) if (row[k] !== '') out[k] = row[k];
  out.length = row.length;
  return out;
}

/**
 * Every field of a parsed row, holes of a sparse row (see above) read as ''. Rows handed to the
 * core are filled first (the reader's rows of a CSV: `readCsv`).
 */
export function fillHoles(row: string[]): string[] {
  for (let k = 0; k < row.length; k++) if (row[k] === undefined) row[k] = '';
  return row;
}

export function parseCsvChecked(text: string, delimiter: string): ParsedCsv {
  const rows: string[][] = [];
  const unclosed: UnclosedQuote[] = [];
  const n = text.length;
  if (n === 0) return { rows, unclosed };
  const delim = delimiter.charCodeAt(0);
  const lines = new LineCounter(text);
  /** While recovering: the quote's entry, and where its field would have ended. */
  let recovering: { entry: UnclosedQuote; until: number } | undefined;
  let row: string[] = [];
  let i = 0;
  // Repeated texts (statuses, owners, dates) are kept once: a million rows hold a few hundred words.
  const interner = new Interner();
  /** Fields of the current row that are not empty. */
  let filled = 0;
  const pushRow = () => {
    // A copy the size of the row: pushing grew the array's store past it (17 slots for 12 fields).
    // A line of thousands of empty fields and a few filled ones keeps only the filled ones (its
    // length stays; the empty fields are holes, read as ''): 8 bytes a delimiter made a 80 MB file
    // of such lines exhaust a 384 MB heap (issue 16).
    rows.push(isSparseRow(row.length, filled) ? sparseCopy(row) : row.slice());
    filled = 0;
    if (recovering && i <= recovering.until) recovering.entry.recovered++;
    row = [];
  };
  const done = (): ParsedCsv => {
    for (const u of unclosed) u.recovered = Math.max(0, u.recovered);
    return { rows, unclosed };
  };
  for (;;) {
    let field: string;
    const quoted =
      text.charCodeAt(i) === QUOTE ? readQuoted(text, i, delim, rows[0]?.length ?? 0) : undefined;
    if (quoted) {
      [field, i] = quoted;
    } else {
      if (text.charCodeAt(i) === QUOTE) {
        const close = text.indexOf('"', i + 1);
        // -1: the row holding the quote is pushed first and is not a recovered one.
        const entry = { line: lines.lineOf(i), recovered: -1, toEnd: close === -1 };
        unclosed.push(entry);
        recovering = { entry, until: close === -1 ? n : close };
      }
      const end = endOfUnquoted(text, i + (text.charCodeAt(i) === QUOTE ? 1 : 0), delim);
      field = text.slice(i, end);
      i = end;
    }
    if (field !== '') filled++;
    row.push(interner.intern(field, row.length));
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    pushRow();
    if (i >= n) return done();
  }
  pushRow();
  return done();
}

/**
 * Splits CSV text into rows of string fields (see {@link parseCsvChecked}, which also reports the
 * quotes that never closed).
 *
 * @example parseCsv('a,"b\r\nc"\r\n1,"say ""hi"""', ',') // [['a', 'b\nc'], ['1', 'say "hi"']]
 */
export function parseCsv(text: string, delimiter: string): string[][] {
  return parseCsvChecked(text, delimiter).rows.map(fillHoles);
}

/** Per-line counts of each candidate delimiter outside quotes, over the first `maxLines` lines. */
function countOutsideQuotes(text: string, maxLines: number): number[][] {
  const lines: number[][] = [];
  let counts = DELIMITERS.map(() => 0);
  let inQuotes = false;
  let nonBlank = false;
  const limit = Math.min(text.length, 65_536);
  for (let i = 0; i < limit && lines.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (nonBlank) lines.push(counts);
      counts = DELIMITERS.map(() => 0);
      nonBlank = false;
      continue;
    } else if (!inQuotes) {
      const d = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
      if (d >= 0) counts[d] += 1;
    }
    nonBlank = true;
  }
  if (nonBlank && lines.length < maxLines) lines.push(counts);
  return lines;
}

/** The most frequent non-zero value (the smallest on a tie); 0 when there is none. */
function modeOfPositive(values: number[]): number {
  const freq = new Map<number, number>();
  let mode = 0;
  let modeFreq = 0;
  for (const v of values) {
    if (v <= 0) continue;
    const f = (freq.get(v) ?? 0) + 1;
    freq.set(v, f);
    if (f > modeFreq || (f === modeFreq && v < mode)) {
      mode = v;
      modeFreq = f;
    }
  }
  return mode;
}

/**
 * Picks the delimiter that appears (outside quotes) on the most of the first lines, then the one
 * whose per-line count is most regular, then the most frequent. A title line without delimiters
 * does not mislead it; a single-column file falls back to `,`.
 *
 * @example detectDelimiter('id;title\n1;Backups, offsite\n') // ';'
 */
export function detectDelimiter(text: string): string {
  const lines = countOutsideQuotes(text, 10);
  // The line with the most fields is the header (a title line above it — "Audit: 16 Mar | Lead
  // Auditor: N. Soni" — has fewer): a delimiter it has beats one only the title or the notes
  // below the table use ("Status: open; closed when verified").
  let header: number[] | undefined;
  for (const l of lines) if (Math.max(...l) > (header ? Math.max(...header) : 0)) header = l;
  let best: string = ',';
  let bestScore = [0, 0, 0, 0];
  DELIMITERS.forEach((delim, d) => {
    const counts = lines.map((l) => l[d]);
    const present = counts.filter((c) => c > 0).length;
    if (present === 0) return;
    const mode = modeOfPositive(counts);
    const score = [header && header[d] > 0 ? 1 : 0, present, counts.filter((c) => c === mode).length, mode];
    const k = score.findIndex((s, i) => s !== bestScore[i]);
    if (k >= 0 && score[k] > bestScore[k]) {
      best = delim;
      bestScore = score;
    }
  });
  return best;
}
