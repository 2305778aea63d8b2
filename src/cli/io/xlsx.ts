/**
 * .xlsx / .xlsm reader: ExcelJS for ordinary workbooks, the streaming reader (xlsxStream.ts) for
 * large ones, which ExcelJS's model of every cell would not fit in memory. Both give the same
 * sheets. The buffer is parsed in memory: the input file is never written, and VBA in .xlsm files
 * is data that is never run.
 */
import ExcelJS from 'exceljs';
import { plural } from './cellTally';
import { readLimits, type ReadLimits } from './limits';
import { inflationFailure, preflightPackage } from './preflight';
import { readSheet } from './sheet';
import { readXlsxStreaming } from './xlsxStream';
import { openZip, isZipProblem } from './zip';
import { hasVbaProject, isCompoundFile, isEncryptedOoxml, isZip } from './sniff';
import { readFailure, type ReaderNotice, type ReadResult, type SheetData } from './types';
import { withoutSpreadsheetPrefix } from './prefixed';

/**
 * Worksheet parts the reader has no use for. Skipping them saves time on large registers and
 * avoids ExcelJS failures on exotic validation / conditional-format markup.
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

const RESAVE = 'Open it in Excel and save it again as an Excel Workbook (.xlsx), then retry.';

function sniffFailure(buf: Buffer, fileName: string): ReadResult | undefined {
  if (isEncryptedOoxml(buf)) {
    return readFailure(
      'encrypted',
      `${fileName} is protected with a password (encrypted). Open it in Excel, remove the password ` +
        '(File › Info › Protect Workbook › Encrypt with Password, clear the box), save, and retry.',
    );
  }
  if (isCompoundFile(buf)) {
    return readFailure(
      'unsupported-format',
      `${fileName} is an old binary Excel 97–2003 file, not an .xlsx workbook. ` +
        'Open it in Excel and save it as an Excel Workbook (.xlsx), then retry.',
    );
  }
  if (!isZip(buf)) {
    return readFailure(
      'corrupt',
      `${fileName} is not a valid Excel workbook (it is not a zip package): it may be damaged, ` +
        `or another kind of file renamed to .xlsx. ${RESAVE} If it is a CSV file, rename it to .csv.`,
    );
  }
  return undefined;
}

function macroNotice(buf: Buffer, format: 'xlsx' | 'xlsm'): ReaderNotice | undefined {
  const vba = hasVbaProject(buf);
  if (!vba && format !== 'xlsm') return undefined;
  return {
    code: 'macros-present',
    message: vba
      ? 'The workbook contains VBA macros. They are read as data only and never run.'
      : 'The file is macro-enabled (.xlsm) but holds no VBA project; nothing is run.',
  };
}

/** The zip library's own words help ("can't find end of central directory"); a TypeError's do not. */
function detail(e: Error): string {
  return e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError
    ? ''
    : ` (${e.message})`;
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook | Error> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its parameter as its own ArrayBuffer-like `Buffer`; at run time it takes a Node Buffer.
    type LoadInput = Parameters<typeof workbook.xlsx.load>[0];
    await workbook.xlsx.load(buf as unknown as LoadInput, { ignoreNodes: IGNORED_NODES });
    return workbook;
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * Reads an .xlsx / .xlsm buffer: one sheet per worksheet in tab order, values converted to the
 * Grid conventions, and notices for hidden data, merges, formulas without results and macros.
 */
export async function readXlsx(
  buf: Buffer,
  format: 'xlsx' | 'xlsm',
  fileName: string,
  limits: ReadLimits = readLimits(buf.length),
): Promise<ReadResult> {
  return readPackage(buf, format, fileName, limits, false);
}

async function readPackage(
  buf: Buffer,
  format: 'xlsx' | 'xlsm',
  fileName: string,
  limits: ReadLimits,
  unprefixed: boolean,
): Promise<ReadResult> {
  const rejected = sniffFailure(buf, fileName);
  if (rejected) return rejected;
  const checked = await preflightPackage(buf, fileName, limits);
  if (!checked.ok) return checked;
  if (!unprefixed) {
    // Written with SpreadsheetML's elements prefixed (the Open XML SDK's way): neither reader finds
    // a sheet in it, so it is read without the prefix, before either tries (a part too large for
    // ExcelJS would otherwise be refused by the streaming reader first). Only the workbook part's
    // first chunk is read to tell. Once only: a rewritten package declares SpreadsheetML as its
    // default namespace.
    const plain = await withoutSpreadsheetPrefix(buf, { remaining: limits.inflatedBytes });
    if (isZipProblem(plain)) return { ok: false, error: inflationFailure(plain, fileName, limits) };
    if (plain) return readPackage(plain, format, fileName, limits, true);
  }
  const { facts } = checked;
  let sheets: SheetData[] | undefined;
  const stream = async () => {
    const pkg = openZip(buf);
    if (isZipProblem(pkg))
      return { ok: false as const, error: { code: 'corrupt' as const, message: pkg.message } };
    return readXlsxStreaming(buf, pkg, facts.worksheets, fileName, limits.inflatedBytes);
  };
  // Rows that reach far past their cells (a stray cell at XFD on every row) cost ExcelJS a slot
  // per column: the streaming reader keeps only the cells.
  const wideRows = facts.slots > limits.streamCells;
  if (facts.cells > limits.streamCells || facts.oversizePart || facts.manyMerges || wideRows) {
    const streamed = await stream();
    if (streamed.ok) sheets = streamed.sheets;
    // A package the streaming reader cannot follow is left to ExcelJS when its model fits.
    else if (facts.oversizePart) return { ok: false, error: facts.oversizePart };
    else if (facts.cells > limits.exceljsCells || facts.manyMerges || facts.slots > limits.cells)
      return { ok: false, error: streamed.error };
  }
  if (!sheets) {
    const workbook = await load(buf);
    // ExcelJS gives up on some parts Excel opens (drawings or comments written by other tools):
    // the streaming reader, which reads only the cells, may still read the workbook.
    const rescued = workbook instanceof Error ? await stream() : undefined;
    if (rescued?.ok) sheets = rescued.sheets;
    else if (workbook instanceof Error) {
      return readFailure(
        'corrupt',
        `${fileName} could not be opened as a workbook: it is damaged or incomplete${detail(workbook)}. ${RESAVE}`,
      );
    } else sheets = workbook.worksheets.map(readSheet);
  }
  if (sheets.length === 0) {
    return readFailure(
      'corrupt',
      `${fileName} holds no worksheets: it is not a usable Excel workbook. ${RESAVE}`,
    );
  }
  if (sheets.every((s) => s.grid.values.length === 0)) {
    return readFailure(
      'empty',
      `${fileName} is empty: its ${plural(sheets.length, 'sheet')} hold no values. Add the register and retry.`,
    );
  }
  const notices: ReaderNotice[] = [];
  const macros = macroNotice(buf, format);
  if (macros) notices.push(macros);
  return { ok: true, value: { format, sheets, notices } };
}
