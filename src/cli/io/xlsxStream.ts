/**
 * The streaming .xlsx reader: the worksheets are inflated and read chunk by chunk, cell by cell,
 * straight into the grid — no workbook model, so a cell costs its value (a number, or a string
 * kept once per column by the {@link Interner}) instead of the ~400 bytes ExcelJS keeps. It gives
 * the grid, merges, hidden rows and columns, notices and formulas-without-values that the ExcelJS
 * path gives (test/cli/io/xlsxStream.test.ts compares the two on real and made files), following
 * ExcelJS's reading of each cell: shared and inline strings (rich text joined), numbers, dates by
 * their number format (1900 and 1904 systems), booleans, errors, formulas by their cached value,
 * hyperlinked cells, cells covered by a merge, tables' totals rows.
 */
import { columnLetter, columnNumber, type CellValue } from '../../core/grid';
import { dateToSerial, type CellKind } from './cellValue';
import { Interner, ownCopy } from './intern';
import { addCell, compareRanges, newCollected, sheetData, type Collected } from './sheet';
import type { ReadError, SheetData } from './types';
import { attr, decodeText, XmlStream, type XmlHandler } from './xmlStream';
import {
  inflateEntry,
  inflateEntryChunks,
  isZipProblem,
  type ZipEntry,
  type ZipPackage,
  type ZipProblem,
} from './zip';

/** What the preflight saw of one worksheet part: its merged ranges and its hyperlinks (ref → r:id). */
export interface WorksheetFacts {
  merges: string[];
  hyperlinks: Map<string, string>;
}

/** Number formats Excel does not write out (ExcelJS's table of built-in formats). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** ExcelJS's test for a date format: y m d h s b outside quotes and brackets. */
function isDateFormat(format: string): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

const MS_PER_DAY = 86_400_000;

/** A serial as ExcelJS turns it into a Date (to the millisecond), then back into a serial. */
function dateCell(serial: number, date1904: boolean): { value: CellValue; kind: CellKind } {
  const ms = Math.round((serial - 25_569 + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  const date = new Date(ms);
  return Number.isNaN(date.getTime())
    ? { value: '#NUM!', kind: 'error' }
    : { value: dateToSerial(date), kind: 'date' };
}

/** A `t="d"` cell's ISO 8601 text as a date cell ("2022-03-06", "2022-03-06T10:00:00"). */
function isoDateCell(text: string): { value: CellValue; kind: CellKind } {
  const t = text.trim();
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(t) || !t.includes('T') ? t : `${t}Z`);
  return Number.isNaN(ms) ? { value: t, kind: 'value' } : { value: dateToSerial(new Date(ms)), kind: 'date' };
}

/** ExcelJS's `_xHHHH_` escapes in shared and rich-text strings. */
function unescapeX(text: string): string {
  return text.indexOf('_x') >= 0
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** ExcelJS decodes the text of `t="str"` cells once more (utils.xmlDecode). */
function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

class StreamProblem extends Error {}

type Rels = Map<string, { type: string; target: string }>;

interface Workbook {
  date1904: boolean;
  sheets: { name: string; state: string | undefined; part: string }[];
}

interface Styles {
  /** Number format of each cell style (cellXfs index), '' when none. */
  formats: string[];
  dates: boolean[];
}

/** Reads a whole small part through a handler. */
function parseSmall(buf: Buffer, pkg: ZipPackage, name: string, handler: XmlHandler): boolean {
  const entry = pkg.byName.get(name);
  if (!entry) return false;
  const bytes = inflateEntry(buf, entry, { remaining: 512 * 1024 * 1024 });
  if (isZipProblem(bytes)) throw new StreamProblem(bytes.message);
  const xml = new XmlStream(handler);
  xml.push(bytes);
  xml.end();
  if (xml.problem) throw new StreamProblem(`${name}: ${xml.problem}`);
  return true;
}

function onOpen(fn: (name: string, attrs: string) => void): XmlHandler {
  return { open: fn, close: () => undefined, text: () => undefined };
}

function relsOf(buf: Buffer, pkg: ZipPackage, name: string): Rels {
  const rels: Rels = new Map();
  parseSmall(
    buf,
    pkg,
    name,
    onOpen((tag, attrs) => {
      if (tag !== 'Relationship') return;
      const id = attr(attrs, 'Id');
      if (id !== undefined)
        rels.set(id, { type: attr(attrs, 'Type') ?? '', target: attr(attrs, 'Target') ?? '' });
    }),
  );
  return rels;
}

/** `../tables/table1.xml` from `xl/worksheets/` → `xl/tables/table1.xml`. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

function readWorkbookPart(buf: Buffer, pkg: ZipPackage): Workbook {
  const rels = relsOf(buf, pkg, 'xl/_rels/workbook.xml.rels');
  const out: Workbook = { date1904: false, sheets: [] };
  const seenIds = new Set<string>();
  parseSmall(
    buf,
    pkg,
    'xl/workbook.xml',
    onOpen((tag, attrs) => {
      if (tag === 'workbookPr') out.date1904 = attr(attrs, 'date1904') === '1';
      if (tag !== 'sheet') return;
      const rel = rels.get(attr(attrs, 'r:id') ?? '');
      if (!rel) return;
      const part = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, '')}`;
      if (!WORKSHEET_PART.test(part) || !pkg.byName.has(part)) return;
      // ExcelJS keeps one worksheet per sheetId (a later one replaces an earlier one).
      const id = attr(attrs, 'sheetId') ?? '';
      if (seenIds.has(id)) {
        out.sheets = out.sheets.filter((s) => s.part !== part);
      }
      seenIds.add(id);
      out.sheets.push({ name: attr(attrs, 'name') ?? '', state: attr(attrs, 'state'), part });
    }),
  );
  return out;
}

function readStyles(buf: Buffer, pkg: ZipPackage): Styles {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  parseSmall(buf, pkg, 'xl/styles.xml', {
    open(tag, attrs) {
      if (tag === 'numFmts') inNumFmts = true;
      else if (tag === 'numFmt' && inNumFmts) {
        const id = parseInt(attr(attrs, 'numFmtId') ?? '', 10);
        const code = attr(attrs, 'formatCode');
        // ExcelJS drops the backslash of escaped characters (`d\-mmm` → `d-mmm`).
        if (!Number.isNaN(id) && code !== undefined) custom.set(id, code.replace(/[\\](.)/g, '$1'));
      } else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) xfFormats.push(parseInt(attr(attrs, 'numFmtId') ?? '0', 10) || 0);
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
      if (tag === 'numFmts') inNumFmts = false;
    },
    text: () => undefined,
  });
  const formats = xfFormats.map((id) => (id ? (custom.get(id) ?? BUILT_IN_FORMATS[id] ?? '') : ''));
  return { formats, dates: formats.map(isDateFormat) };
}

/** The shared strings, rich text joined into plain text (phonetic runs left out), as ExcelJS reads them. */
async function readSharedStrings(
  buf: Buffer,
  pkg: ZipPackage,
  budget: { remaining: number },
): Promise<string[]> {
  const entry = pkg.byName.get('xl/sharedStrings.xml');
  const out: string[] = [];
  if (!entry) return out;
  let inSi = false;
  let plain: string | undefined;
  let runs: string[] | undefined;
  let inRun = false;
  let runText: string | undefined;
  let phonetic = 0;
  let text: string[] | undefined;
  const handler: XmlHandler = {
    open(tag) {
      if (tag === 'si') {
        inSi = true;
        plain = undefined;
        runs = undefined;
      } else if (!inSi || phonetic > 0) {
        if (tag === 'rPh') phonetic++;
      } else if (tag === 'rPh') phonetic++;
      else if (tag === 'r') {
        inRun = true;
        runText = undefined;
      } else if (tag === 't') text = [];
    },
    text(raw) {
      if (text && phonetic === 0) text.push(raw);
    },
    close(tag) {
      if (tag === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (phonetic > 0) return;
      else if (tag === 't' && text) {
        const value = unescapeX(decodeText(text.join('')));
        text = undefined;
        if (inRun) runText = value;
        else {
          plain = value;
          runs = undefined;
        }
      } else if (tag === 'r' && inRun) {
        inRun = false;
        if (plain === undefined) (runs ??= []).push(runText ?? '');
      } else if (tag === 'si') {
        inSi = false;
        // An own copy: a slice would keep the chunk of XML it was cut from.
        out.push(ownCopy(plain ?? (runs ? runs.join('') : '')));
      }
    },
  };
  await streamPart(buf, entry, budget, handler);
  return out;
}

/**
 * Inflates a part chunk by chunk into a handler. What the handler throws while zlib calls back is
 * caught there (it would otherwise escape as an uncaught exception), stops the inflation, and is
 * thrown again here.
 */
async function streamPart(
  buf: Buffer,
  entry: ZipEntry,
  budget: { remaining: number },
  handler: XmlHandler,
): Promise<void> {
  const xml = new XmlStream(handler);
  let thrown: unknown;
  const halt: ZipProblem = { code: 'corrupt', message: 'stopped' };
  const problem = await inflateEntryChunks(buf, entry, budget, (chunk) => {
    try {
      xml.push(chunk);
      return undefined;
    } catch (e) {
      thrown = e;
      return halt;
    }
  });
  if (thrown !== undefined) throw thrown;
  if (problem) throw new StreamProblem(problem.message);
  xml.end();
  if (xml.problem) throw new StreamProblem(`${entry.name}: ${xml.problem}`);
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const decoded = { row: 0, col: 0 };

/** `B12` → { col: 2, row: 12 } (one object, reused); undefined when it is not a cell address. */
function decodeRef(ref: string): { row: number; col: number } | undefined {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 0x24) i++;
  let col = 0;
  const colStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  if (i === colStart || i - colStart > 3) return slowRef(ref);
  if (ref.charCodeAt(i) === 0x24) i++;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    row = row * 10 + (c - 0x30);
  }
  if (i !== n || i === rowStart || i - rowStart > 7) return slowRef(ref);
  decoded.row = row;
  decoded.col = col;
  return decoded;
}

function slowRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  return m ? { col: columnNumber(m[1]), row: Number(m[2]) } : undefined;
}

/** The r, t and s attributes of a cell, read in one pass (reused object). */
const cellAttrs: { r?: string; t?: string; s?: string } = {};

function readCellAttrs(attrs: string): void {
  cellAttrs.r = cellAttrs.t = cellAttrs.s = undefined;
  if (attrs.indexOf('&') >= 0 || attrs.indexOf("'") >= 0) {
    cellAttrs.r = attr(attrs, 'r');
    cellAttrs.t = attr(attrs, 't');
    cellAttrs.s = attr(attrs, 's');
    return;
  }
  let i = 0;
  for (;;) {
    const eq = attrs.indexOf('="', i);
    if (eq < 0) return;
    const end = attrs.indexOf('"', eq + 2);
    if (end < 0) return;
    let k = eq;
    while (k > i && attrs.charCodeAt(k - 1) <= 0x20) k--;
    let start = k;
    while (start > i && attrs.charCodeAt(start - 1) > 0x20) start--;
    if (k - start === 1) {
      const name = attrs.charCodeAt(start);
      const value = attrs.slice(eq + 2, end);
      if (name === 0x72) cellAttrs.r = value;
      else if (name === 0x74) cellAttrs.t = value;
      else if (name === 0x73) cellAttrs.s = value;
    }
    i = end + 1;
  }
}

/** Merged ranges as ExcelJS keeps them: normalised, one per top-left cell, overlaps refused. */
function mergesOf(refs: readonly string[], part: string): Merge[] {
  const byMaster = new Map<string, Merge>();
  for (const ref of refs) {
    const [a, b = a] = ref.split(':');
    const p = slowRef(a);
    const q = slowRef(b);
    if (!p || !q) continue;
    const m = {
      top: Math.min(p.row, q.row),
      bottom: Math.max(p.row, q.row),
      left: Math.min(p.col, q.col),
      right: Math.max(p.col, q.col),
    };
    for (const o of byMaster.values()) {
      if (m.left <= o.right && m.right >= o.left && m.top <= o.bottom && m.bottom >= o.top) {
        throw new StreamProblem(`${part}: Cannot merge already merged cells`);
      }
    }
    byMaster.set(`${columnLetter(m.left)}${m.top}`, m);
  }
  return [...byMaster.values()];
}

const rangeText = (m: Merge) => `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`;

/** Hidden columns as ExcelJS builds them from `<col>` (sorted by min, later ranges win). */
function hiddenColumns(cols: { min: number; max: number; hidden: boolean }[]): (width: number) => number[] {
  const sorted = [...cols].sort((a, b) => a.min - b.min);
  const hidden: number[] = [];
  let count = 1;
  for (const col of sorted) {
    while (count < col.min) count++;
    while (count <= col.max) {
      if (col.hidden) hidden.push(count);
      count++;
    }
  }
  return (width) => hidden.filter((c) => c <= width);
}

interface Shared {
  buf: Buffer;
  pkg: ZipPackage;
  budget: { remaining: number };
  strings: string[];
  styles: Styles;
  date1904: boolean;
}

/** One worksheet part, streamed into a {@link Collected}. */
async function readWorksheet(
  shared: Shared,
  sheet: Workbook['sheets'][number],
  facts: WorksheetFacts | undefined,
): Promise<SheetData> {
  const { buf, pkg, strings, styles, date1904 } = shared;
  const part = sheet.part;
  const slash = part.lastIndexOf('/');
  const relsName = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const rels = pkg.byName.has(relsName) ? relsOf(buf, pkg, relsName) : (new Map() as Rels);
  const hyperlinks = new Set<string>();
  for (const [ref, rId] of facts?.hyperlinks ?? []) if (rels.has(rId)) hyperlinks.add(ref);
  const merges = mergesOf(facts?.merges ?? [], part).sort((a, b) => a.top - b.top || a.left - b.left);
  const c: Collected = newCollected();
  const interner = new Interner();
  const cols: { min: number; max: number; hidden: boolean }[] = [];
  const tableIds: string[] = [];
  let autoFilter: string | undefined;

  // Rows arrive in order; merges whose rows have begun are checked for each cell.
  let nextMerge = 0;
  let active: Merge[] = [];
  let rowNumber = 0;
  let rowHidden = false;
  let rowHeld = false;
  let lastRow = 0;
  let inSheetData = false;

  // The cell being read.
  let inCell = false;
  let ref: string | undefined;
  let row = 0;
  let col = 0;
  let type: string | undefined;
  let styleId = 0;
  let formula = '';
  let shareType: string | undefined;
  let formulaSi: string | undefined;
  let formulaRef: string | undefined;
  /** Shared formulas' masters by their `si`, as ExcelJS links the cells that share them. */
  const masters = new Map<string, string>();
  let value: string | undefined;
  let rich: string[] | undefined;
  let current: 'f' | 'v' | 't' | undefined;
  let inRun = false;
  let runText: string | undefined;
  let runT: string[] | undefined;

  const covered = (r: number, k: number): boolean => {
    for (const m of active) if (k >= m.left && k <= m.right && (r > m.top || k > m.left)) return true;
    return false;
  };

  const finishCell = () => {
    const numFmt = styleId > 0 ? (styles.formats[styleId] ?? '') : '';
    const isDate = styleId > 0 && (styles.dates[styleId] ?? false);
    const linked = ref !== undefined && hyperlinks.has(ref);
    const isFormula = formula !== '' || !!shareType;
    // The value ExcelJS would hold (before a hyperlink turns it into text).
    let v: CellValue | { error: string } | undefined;
    let out: { value: CellValue; kind: CellKind } | undefined;
    if (isFormula) {
      let result: CellValue | { error: string } | undefined;
      if (value) {
        result =
          type === 'str'
            ? xmlDecodeAgain(value)
            : type === 'b'
              ? parseInt(value, 10) !== 0
              : type === 'e'
                ? { error: value }
                : parseFloat(value);
      }
      // ExcelJS makes a date of any result in a date format (a text or an error one gives #NUM!).
      if (result !== undefined && isDate) {
        out = dateCell(typeof result === 'object' ? NaN : Number(result), date1904);
        v = typeof result === 'string' ? result : undefined;
      } else v = result;
      let hasFormula = formula !== '';
      if (shareType === 'shared' && formulaSi !== undefined) {
        if (formulaRef !== undefined) {
          if (ref !== undefined) masters.set(formulaSi, ref);
        } else if (masters.has(formulaSi)) hasFormula = true;
      }
      // ExcelJS keeps only a truthy result (a result of 0, FALSE or "" reads as not calculated),
      // and only a cell with a formula (or a shared formula's master) counts as a formula.
      if (linked) out = { value: typeof v === 'string' ? v : '', kind: 'value' };
      else if (out === undefined && !v)
        out = { value: '', kind: hasFormula ? 'formula-without-value' : 'value' };
      else if (!hasFormula) out = { value: '', kind: 'value' };
    } else if (rich !== undefined) {
      v =
        type === 'inlineStr'
          ? rich.join('')
          : type === 's' || type === 'b' || type === 'e' || type === 'str'
            ? undefined
            : NaN;
    } else if (value !== undefined) {
      switch (type) {
        case 's': {
          const s = strings[parseInt(value, 10)];
          if (s === undefined) {
            throw new StreamProblem(`${part}: a cell names a shared string that does not exist`);
          }
          v = s;
          break;
        }
        case 'str':
          v = xmlDecodeAgain(value);
          break;
        case 'inlineStr':
          v = value;
          break;
        case 'b':
          v = parseInt(value, 10) !== 0;
          break;
        case 'e':
          v = { error: value };
          break;
        case 'd':
          // An ISO 8601 date cell (t="d", as LibreOffice and some exporters write): a date, never
          // its year read as a number. Without a zone it is the wall-clock day, as Excel shows it.
          out = isoDateCell(value);
          break;
        default:
          v = parseFloat(value);
      }
    }
    if (out !== undefined) {
      // decided above (formulas)
    } else if (linked) {
      // ExcelJS keeps a hyperlinked cell's text only: anything but text reads as empty.
      out = { value: typeof v === 'string' ? v : '', kind: 'value' };
    } else if (v === undefined) {
      out = { value: '', kind: 'value' };
    } else if (typeof v === 'object') {
      out = { value: v.error, kind: 'error' };
    } else if (typeof v === 'number') {
      out = !Number.isFinite(v)
        ? { value: '', kind: 'value' }
        : isDate
          ? dateCell(v, date1904)
          : { value: v, kind: 'value' };
    } else out = { value: v, kind: 'value' };
    if (active.length > 0 && covered(row, col)) return;
    const kept = typeof out.value === 'string' ? interner.intern(out.value, col - 1) : out.value;
    if (addCell(c, row, col, kept, out.kind, numFmt)) rowHeld = true;
  };

  const startRow = (attrs: string) => {
    const r = parseInt(attr(attrs, 'r') ?? '', 10);
    rowNumber = Number.isNaN(r) ? lastRow + 1 : r;
    if (rowNumber <= lastRow) throw new StreamProblem(`${part}: rows out of order`);
    lastRow = rowNumber;
    const hidden = attr(attrs, 'hidden');
    rowHidden = hidden === '1' || hidden === 'true';
    rowHeld = false;
    col = 0;
    while (nextMerge < merges.length && merges[nextMerge].top <= rowNumber) active.push(merges[nextMerge++]);
    if (active.length > 0) active = active.filter((m) => m.bottom >= rowNumber);
  };

  const handler: XmlHandler = {
    open(tag, attrs) {
      if (inCell) {
        if (inRun) {
          if (tag === 't') runT = [];
          return;
        }
        if (tag === 'f') {
          current = 'f';
          shareType = attr(attrs, 't');
          formulaSi = attr(attrs, 'si');
          formulaRef = attr(attrs, 'ref');
        } else if (tag === 'v') current = 'v';
        else if (tag === 't') current = 't';
        else if (tag === 'r') {
          inRun = true;
          runText = undefined;
          runT = undefined;
        }
        return;
      }
      if (tag === 'c' && inSheetData) {
        inCell = true;
        readCellAttrs(attrs);
        ref = cellAttrs.r;
        const at = ref !== undefined ? decodeRef(ref) : undefined;
        if (ref !== undefined && !at) throw new StreamProblem(`${part}: a cell has the address "${ref}"`);
        // As ExcelJS does, a cell belongs to the row it is written in, whatever its address says.
        const nextCol = at ? at.col : col + 1;
        if (nextCol <= col) throw new StreamProblem(`${part}: cells out of order`);
        col = nextCol;
        row = rowNumber;
        type = cellAttrs.t;
        styleId = parseInt(cellAttrs.s ?? '', 10) || 0;
        formula = '';
        shareType = undefined;
        formulaSi = undefined;
        formulaRef = undefined;
        value = undefined;
        rich = undefined;
        current = undefined;
        inRun = false;
      } else if (tag === 'row' && inSheetData) startRow(attrs);
      else if (tag === 'sheetData') inSheetData = true;
      else if (tag === 'col') {
        const hidden = attr(attrs, 'hidden');
        cols.push({
          min: parseInt(attr(attrs, 'min') ?? '0', 10),
          max: parseInt(attr(attrs, 'max') ?? '0', 10),
          hidden: hidden === '1' || hidden === 'true',
        });
      } else if (tag === 'autoFilter') autoFilter = attr(attrs, 'ref');
      else if (tag === 'tablePart') {
        const id = attr(attrs, 'r:id');
        if (id !== undefined) tableIds.push(id);
      }
    },
    text(raw) {
      if (!inCell) return;
      if (inRun) {
        if (runT) runT.push(raw);
      } else if (current === 'f') formula += raw;
      else if ((current === 'v' || current === 't') && rich === undefined) value = (value ?? '') + raw;
    },
    close(tag) {
      if (inCell) {
        if (inRun) {
          if (tag === 't' && runT) {
            runText = unescapeX(decodeText(runT.join('')));
            runT = undefined;
          } else if (tag === 'r') {
            inRun = false;
            (rich ??= []).push(runText ?? '');
          }
          return;
        }
        if (tag === 'f' || tag === 'v' || tag === 't' || tag === 'is') {
          if (tag === 'f') formula = decodeText(formula);
          current = undefined;
        } else if (tag === 'c') {
          if (value !== undefined) value = decodeText(value);
          finishCell();
          inCell = false;
        }
        return;
      }
      if (tag === 'row' && inSheetData) {
        if (rowHeld && rowHidden) c.hiddenRows.push(rowNumber);
      } else if (tag === 'sheetData') inSheetData = false;
    },
  };
  await streamPart(buf, pkg.byName.get(part)!, shared.budget, handler);
  return sheetData(c, {
    name: sheet.name,
    state: sheet.state ?? 'visible',
    merges: merges.map(rangeText).sort(compareRanges),
    hiddenColumns: hiddenColumns(cols),
    autoFilter,
    totalsRows: totalsRows(buf, pkg, part, rels, tableIds),
  });
}

/** The last row of each table of the sheet that has a totals row. */
function totalsRows(
  buf: Buffer,
  pkg: ZipPackage,
  part: string,
  rels: Rels,
  ids: readonly string[],
): number[] {
  const rows: number[] = [];
  const base = part.slice(0, part.lastIndexOf('/'));
  for (const id of ids) {
    const rel = rels.get(id);
    if (!rel) continue;
    parseSmall(
      buf,
      pkg,
      resolvePart(base, rel.target),
      onOpen((tag, attrs) => {
        if (tag !== 'table' || attr(attrs, 'totalsRowCount') !== '1') return;
        const m = /:[A-Z]+(\d+)$/i.exec(attr(attrs, 'ref') ?? '');
        if (m) rows.push(Number(m[1]));
      }),
    );
  }
  return rows;
}

export type StreamResult = { ok: true; sheets: SheetData[] } | { ok: false; error: ReadError };

/**
 * Reads every worksheet of a package the preflight has checked, in tab order. A package this
 * reader cannot follow (rows or cells out of order, a shared string that does not exist, damaged
 * XML) gives an error saying so.
 *
 * @example const read = await readXlsxStreaming(buf, pkg, facts, 'register.xlsx', 100 * buf.length);
 */
export async function readXlsxStreaming(
  buf: Buffer,
  pkg: ZipPackage,
  facts: ReadonlyMap<string, WorksheetFacts>,
  fileName: string,
  inflatedBytes: number,
): Promise<StreamResult> {
  try {
    const workbook = readWorkbookPart(buf, pkg);
    const budget = { remaining: inflatedBytes };
    const shared: Shared = {
      buf,
      pkg,
      budget,
      strings: await readSharedStrings(buf, pkg, budget),
      styles: readStyles(buf, pkg),
      date1904: workbook.date1904,
    };
    const sheets: SheetData[] = [];
    for (const sheet of workbook.sheets)
      sheets.push(await readWorksheet(shared, sheet, facts.get(sheet.part)));
    return { ok: true, sheets };
  } catch (e) {
    // Anything else thrown while reading a file is the file's doing too: one line, never a stack.
    const why = e instanceof StreamProblem ? ` (${e.message})` : '';
    return {
      ok: false,
      error: {
        code: 'corrupt',
        message:
          `${fileName} could not be opened as a workbook: it is damaged or incomplete${why}. ` +
          'Open it in Excel and save it again as an Excel Workbook (.xlsx), then retry.',
      },
    };
  }
}
