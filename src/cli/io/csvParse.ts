/**
 * RFC 4180 CSV parsing with the leniency real exports need: any of CRLF / LF / CR ends a record,
 * quoted fields may hold delimiters, newlines and doubled quotes, a quote inside an unquoted field
 * is literal, and rows keep however many fields they have.
 */

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

/** Reads a quoted field starting at the opening quote; returns its text and the index after it. */
function readQuoted(text: string, open: number, delim: number): [string, number] {
  let out = '';
  let j = open + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q === -1) {
      // Unterminated: the field runs to the end of the file, as Excel reads it.
      out += text.slice(j);
      j = text.length;
      break;
    }
    out += text.slice(j, q);
    if (text.charCodeAt(q + 1) === QUOTE) {
      out += '"';
      j = q + 2;
      continue;
    }
    j = q + 1;
    break;
  }
  // Stray text between the closing quote and the delimiter is kept rather than dropped.
  const end = endOfUnquoted(text, j, delim);
  if (end > j) out += text.slice(j, end);
  // A line break inside a cell is LF in Excel, whatever the file's record separator.
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  return [out, end];
}

/**
 * Splits CSV text into rows of string fields. A final record separator does not add an empty row.
 *
 * @example parseCsv('a,"b\r\nc"\r\n1,"say ""hi"""', ',') // [['a', 'b\nc'], ['1', 'say "hi"']]
 */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  if (n === 0) return rows;
  const delim = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      [field, i] = readQuoted(text, i, delim);
    } else {
      const end = endOfUnquoted(text, i, delim);
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
  rows.push(row);
  return rows;
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
  let best: string = ',';
  let bestScore = [0, 0, 0];
  DELIMITERS.forEach((delim, d) => {
    const counts = lines.map((l) => l[d]);
    const present = counts.filter((c) => c > 0).length;
    if (present === 0) return;
    const mode = modeOfPositive(counts);
    const score = [present, counts.filter((c) => c === mode).length, mode];
    const k = score.findIndex((s, i) => s !== bestScore[i]);
    if (k >= 0 && score[k] > bestScore[k]) {
      best = delim;
      bestScore = score;
    }
  });
  return best;
}
