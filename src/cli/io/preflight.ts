/**
 * The package preflight: before ExcelJS sees an .xlsx, the zip is opened with {@link openZip}
 * (one package or refused: duplicate names, names outside the root, damaged directory), every part
 * is inflated once as a stream against the {@link ReadLimits} budget, and the worksheet, shared-
 * string and workbook parts are scanned for what ExcelJS would build from them — cells, merged
 * areas, column ranges, shared strings, sheets. A file past a limit is refused here, while only a
 * chunk of it is in memory.
 */
import { grouped, LIMIT_ENV, type ReadLimits } from './limits';
import { contradictedPart } from './contentTypes';
import { TagScanner } from './tagScanner';
import type { ReadError } from './types';
import { attr as xmlAttr } from './xmlStream';
import type { WorksheetFacts } from './xlsxStream';
import { inflateEntryChunks, isZipProblem, openZip, type ZipProblem } from './zip';

const RESAVE = 'Open it in Excel and save it again as an Excel Workbook (.xlsx), then retry.';
/** The parts ExcelJS reads as worksheets (its own pattern, unanchored as it is). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
/** Other parts ExcelJS builds objects from, and the elements that become one each. */
const OBJECT_PART = /^xl\/(styles\.xml|comments\d*\.xml)$/;
const OBJECT_TAGS = ['xf', 'font', 'fill', 'border', 'numFmt', 'dxf', 'comment'];
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

function failure(code: ReadError['code'], message: string): ReadError {
  return { code, message };
}

function packageFailure(p: ZipProblem, fileName: string): ReadError {
  switch (p.code) {
    case 'not-zip':
    case 'corrupt':
      return failure(
        'corrupt',
        `${fileName} could not be opened as a workbook: it is damaged or incomplete (${p.message}). ${RESAVE}`,
      );
    case 'duplicate-entry':
      return failure(
        'corrupt',
        `${fileName} is refused: ${p.message}, so different programs would show different registers from one file. ${RESAVE}`,
      );
    case 'unsafe-name':
      return failure(
        'corrupt',
        `${fileName} is refused: ${p.message}; every part of a workbook lies inside its package. ${RESAVE}`,
      );
    case 'unsupported':
      return failure('unsupported-format', `${fileName} cannot be read: ${p.message}. ${RESAVE}`);
    case 'too-large':
      return failure('too-large', `${fileName} is refused: ${p.message}. ${RESAVE}`);
  }
}

/** Counts kept while scanning; the first limit crossed is recorded in `stop`. */
interface Tally {
  cells: number;
  sharedStrings: number;
  merges: number;
  /** True once a sheet holds more merged ranges than ExcelJS reads in good time. */
  manyMerges?: boolean;
  /** Column slots of every row up to its last cell: what ExcelJS allocates and walks for each row. */
  slots: number;
  /** The last column of the row being scanned. */
  rowReach: number;
  sheetTags: number;
  stop?: ReadError;
  /** Merged ranges and hyperlinks of each worksheet part, for the streaming reader. */
  worksheets: Map<string, WorksheetFacts>;
  /** The first part past {@link ReadLimits.partBytes}: only the streaming reader can read it. */
  oversizePart?: ReadError;
}

/** What the preflight learned of a package that passed it. */
export interface PackageFacts {
  /** Cells counted as ExcelJS would build them (rows, styles, comments and merged areas included). */
  cells: number;
  worksheets: Map<string, WorksheetFacts>;
  /** Set when a part is too large for ExcelJS (which holds each part as one string). */
  oversizePart?: ReadError;
  /** Set when a sheet holds more merged ranges than ExcelJS reads in good time. */
  manyMerges?: boolean;
  /**
   * Column slots of every row up to its last cell. ExcelJS keeps a row's cells in an array up to
   * its last column and walks it to find them: 20,000 rows with one cell at XFD cost it 15 s.
   */
  slots: number;
}

/** `A1:C3` → 9; undefined when the reference is not a range of cells. */
function areaOf(ref: string): number | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1] = [col(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [col(m[3]), Number(m[4])] : [c1, r1];
  return (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1);
}

/**
 * A cell's column by its `r` (checked without a regular expression): 0 when it has none, -1 when
 * the reference lies outside A1:XFD1048576.
 */
function cellColumn(attrs: string): number {
  const at = attrs.indexOf('r="');
  if (at < 0 || (at > 0 && !/\s/.test(attrs[at - 1]))) return 0;
  let i = at + 3;
  let col = 0;
  for (; i < attrs.length; i++) {
    const code = attrs.charCodeAt(i) & ~0x20;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  const row = Number(attrs.slice(i, attrs.indexOf('"', i)));
  return col >= 1 && col <= MAX_COLUMN && row >= 1 && row <= MAX_ROW ? col : -1;
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];
}

function limitMessages(fileName: string, limits: ReadLimits) {
  const cells =
    `${fileName} holds more than ${grouped(limits.cells)} cells (counting rows, styles, comments and the cells ` +
    'merged ranges cover), ' +
    `the most this run reads: the limit is set by the memory Node has. Save the register as CSV UTF-8 (.csv), ` +
    `which takes far less memory, or raise the limit with ${LIMIT_ENV.cells}=N and node --max-old-space-size=MB.`;
  return {
    cells: failure('too-large', cells),
    sharedStrings: failure(
      'too-large',
      `${fileName} holds more than ${grouped(limits.sharedStrings)} shared strings, the most this run reads. ` +
        `Save the register as CSV UTF-8 (.csv), or raise the limit with ${LIMIT_ENV.cells}=N.`,
    ),
    merges: failure(
      'too-large',
      `${fileName} holds more than ${grouped(limits.merges)} merged ranges on one sheet, the most this run reads. ` +
        'Unmerge the cells (Home › Merge & Center › Unmerge Cells), save, and retry.',
    ),
  };
}

function sheetScanner(part: string, tally: Tally, limits: ReadLimits, fileName: string): TagScanner {
  const facts: WorksheetFacts = { merges: [], hyperlinks: new Map() };
  tally.worksheets.set(part, facts);
  const messages = limitMessages(fileName, limits);
  const outside = (what: string) =>
    failure(
      'corrupt',
      `${fileName} could not be opened as a workbook: its part "${part}" has ${what} outside A1:XFD1048576, ` +
        `the cells a sheet has, so it is damaged. ${RESAVE}`,
    );
  return new TagScanner(['c', 'row', 'col', 'mergeCell', 'hyperlink'], (name, attrs) => {
    if (tally.stop) return;
    if (name === 'hyperlink') {
      const ref = xmlAttr(attrs, 'ref');
      const id = xmlAttr(attrs, 'r:id');
      if (ref !== undefined && id !== undefined) facts.hyperlinks.set(ref, id);
      // Kept until the sheet is read: each costs about what a cell does.
      if (++tally.cells > limits.cells) tally.stop = messages.cells;
      return;
    }
    if (name === 'c') {
      const col = cellColumn(attrs);
      if (++tally.cells > limits.cells) tally.stop = messages.cells;
      else if (col < 0) tally.stop = outside(`the cell ${attr(attrs, 'r')}`);
      // A cell without a reference follows the one before it.
      const reach = col > 0 ? col : tally.rowReach + 1;
      if (reach > tally.rowReach) {
        tally.slots += reach - tally.rowReach;
        tally.rowReach = reach;
      }
    } else if (name === 'row') {
      tally.rowReach = 0;
      // A row costs ExcelJS about what a cell does, even when it holds none.
      if (++tally.cells > limits.cells) tally.stop = messages.cells;
      const r = attr(attrs, 'r');
      if (r !== undefined && !(Number(r) >= 1 && Number(r) <= MAX_ROW))
        tally.stop = outside(`a row numbered ${r}`);
    } else if (name === 'col') {
      const min = Number(attr(attrs, 'min'));
      const max = Number(attr(attrs, 'max'));
      if (!(min >= 1 && max >= min && max <= MAX_COLUMN)) {
        tally.stop = outside(`columns ${attr(attrs, 'min')} to ${attr(attrs, 'max')}`);
      }
    } else {
      const area = areaOf(attr(attrs, 'ref') ?? '');
      if (area === undefined) return;
      facts.merges.push(xmlAttr(attrs, 'ref') ?? '');
      if (++tally.merges > limits.merges) tally.stop = messages.merges;
      else if (tally.merges > limits.streamMerges) tally.manyMerges = true;
      else if ((tally.cells += area - 1) > limits.cells) tally.stop = messages.cells;
    }
  });
}

function scannerFor(
  name: string,
  tally: Tally,
  limits: ReadLimits,
  fileName: string,
): TagScanner | undefined {
  if (WORKSHEET_PART.test(name)) {
    tally.merges = 0; // ExcelJS checks merges against the others of their own sheet
    tally.rowReach = 0;
    return sheetScanner(name, tally, limits, fileName);
  }
  if (name === 'xl/sharedStrings.xml') {
    const message = limitMessages(fileName, limits).sharedStrings;
    return new TagScanner(['si'], () => {
      if (!tally.stop && ++tally.sharedStrings > limits.sharedStrings) tally.stop = message;
    });
  }
  if (name === 'xl/workbook.xml') return new TagScanner(['sheet'], () => void tally.sheetTags++);
  if (OBJECT_PART.test(name)) {
    // Styles and comments become objects too: counted with the cells, as they cost about as much.
    const message = limitMessages(fileName, limits).cells;
    return new TagScanner(OBJECT_TAGS, () => {
      if (!tally.stop && ++tally.cells > limits.cells) tally.stop = message;
    });
  }
  return undefined;
}

function sheetsFailure(count: number, fileName: string, limits: ReadLimits): ReadError {
  return failure(
    'too-large',
    `${fileName} holds ${grouped(count)} sheets, more than the ${grouped(limits.sheets)} this run reads. ` +
      `Move the register into a workbook of its own, or raise the limit with ${LIMIT_ENV.sheets}=N.`,
  );
}

const mb = (n: number) => grouped(Math.round(n / (1024 * 1024)));

/** A problem met while a package inflates, in the words of the limit it crossed. */
export function inflationFailure(p: ZipProblem, fileName: string, limits: ReadLimits): ReadError {
  if (p.code !== 'too-large') return packageFailure(p, fileName);
  return failure(
    'too-large',
    `${fileName} is refused: its parts inflate to more than ${mb(limits.inflatedBytes)} MB ` +
      `(the limit is 50 × the file's size, between 100 MB and 1 GB), which is how a zip bomb looks. ` +
      `If it is a real register, raise the limit with ${LIMIT_ENV.inflatedBytes}=N, or save it as CSV UTF-8 (.csv).`,
  );
}

/**
 * The first byte of a chunk past a UTF-8 BOM and white space; undefined when the chunk holds none
 * (or starts with a UTF-16 BOM, whose text is not checked here).
 */
function firstContent(chunk: Uint8Array): number | undefined {
  if (chunk[0] === 0xff || chunk[0] === 0xfe) return 0x3c;
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (
    i < chunk.length &&
    (chunk[i] === 0x20 || chunk[i] === 0x09 || chunk[i] === 0x0a || chunk[i] === 0x0d)
  )
    i++;
  return i < chunk.length ? chunk[i] : undefined;
}

function partFailure(name: string, fileName: string, limits: ReadLimits): ReadError {
  return failure(
    'too-large',
    `${fileName} is refused: its part "${name}" inflates to more than ${mb(limits.partBytes)} MB, ` +
      'more than one part can hold. Split the register over several files, or save it as CSV UTF-8 (.csv), and retry.',
  );
}

/**
 * Checks an .xlsx / .xlsm buffer against the package rules and the budget, as described above.
 *
 * @example
 * const checked = await preflightPackage(buf, 'register.xlsx', readLimits(buf.length));
 * if (!checked.ok) return checked;
 */
export async function preflightPackage(
  buf: Buffer,
  fileName: string,
  limits: ReadLimits,
): Promise<{ ok: false; error: ReadError } | { ok: true; facts: PackageFacts }> {
  const refused = await preflight(buf, fileName, limits);
  return 'code' in refused ? { ok: false, error: refused } : { ok: true, facts: refused };
}

async function preflight(
  buf: Buffer,
  fileName: string,
  limits: ReadLimits,
): Promise<ReadError | PackageFacts> {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) return packageFailure(pkg, fileName);
  const contradiction = contradictedPart(pkg, buf);
  if (isZipProblem(contradiction)) return packageFailure(contradiction, fileName);
  if (contradiction) {
    return failure(
      'corrupt',
      `${fileName} is refused: its part "${contradiction.part}" is declared as "${contradiction.type}", ` +
        `which contradicts what the part is. ${RESAVE}`,
    );
  }
  const worksheets = pkg.entries.filter((e) => WORKSHEET_PART.test(e.name)).length;
  if (worksheets > limits.sheets) return sheetsFailure(worksheets, fileName, limits);
  const budget = { remaining: limits.inflatedBytes };
  const tally: Tally = {
    cells: 0,
    sharedStrings: 0,
    merges: 0,
    slots: 0,
    rowReach: 0,
    sheetTags: 0,
    worksheets: new Map(),
  };
  const halt: ZipProblem = { code: 'too-large', message: 'stopped at a limit' };
  for (const entry of pkg.entries) {
    if (entry.name.endsWith('/')) continue;
    const scanner = scannerFor(entry.name, tally, limits, fileName);
    let partBytes = 0;
    // A worksheet part starts with "<" (after a BOM and white space): bytes that do not are no
    // XML, and ExcelJS would read them as an empty sheet or fail, depending on the bytes.
    let started = !WORKSHEET_PART.test(entry.name);
    let notXml = false;
    const problem = await inflateEntryChunks(buf, entry, budget, (chunk) => {
      partBytes += chunk.length;
      if (partBytes > limits.partBytes) tally.oversizePart ??= partFailure(entry.name, fileName, limits);
      if (!started) {
        const first = firstContent(chunk);
        if (first !== undefined) {
          started = true;
          notXml = first !== 0x3c;
          if (notXml) return halt;
        }
      }
      scanner?.push(chunk);
      return tally.stop ? halt : undefined;
    });
    if (tally.stop) return tally.stop;
    if (notXml)
      return failure(
        'corrupt',
        `${fileName} could not be opened as a workbook: it is damaged or incomplete (its part "${entry.name}" is not XML). ${RESAVE}`,
      );
    if (problem) return inflationFailure(problem, fileName, limits);
    scanner?.end();
    if (tally.stop) return tally.stop;
  }
  if (tally.sheetTags > limits.sheets) return sheetsFailure(tally.sheetTags, fileName, limits);
  return {
    cells: tally.cells,
    slots: tally.slots,
    worksheets: tally.worksheets,
    oversizePart: tally.oversizePart,
    ...(tally.manyMerges ? { manyMerges: true } : {}),
  };
}
