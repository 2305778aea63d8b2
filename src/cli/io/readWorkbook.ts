/**
 * The command line's single entry point for input files: .xlsx, .xlsm, .csv and .tsv in, one
 * {@link WorkbookData} out. Content is checked against the name first (see misnamed.ts). The file is only ever read (into a Buffer); every problem with it
 * becomes a {@link ReadError} with a message the CLI can show as is — never an exception.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { collectAfterPhase } from '../collect';
import { readCsvTaking } from './csv';
import { grouped, MAX_CSV_BYTES } from './limits';
import { csvUnderWorkbookName, misnamed } from './misnamed';
import {
  readFailure,
  type ReaderNotice,
  type ReadOptions,
  type ReadResult,
  type WorkbookData,
} from './types';
import { readXlsx } from './xlsx';

type Kind = 'xlsx' | 'xlsm' | 'csv' | 'tsv';

const KINDS: Record<string, Kind> = { '.xlsx': 'xlsx', '.xlsm': 'xlsm', '.csv': 'csv', '.tsv': 'tsv' };

/** Formats users try that have a clear way out. */
const CONVERT_HINTS: Record<string, string> = {
  '.xls': 'an old Excel 97–2003 workbook',
  '.xlsb': 'an Excel binary workbook',
  '.ods': 'an OpenDocument spreadsheet',
  '.numbers': 'a Numbers spreadsheet',
};

function unsupported(fileName: string, ext: string): ReadResult {
  const what = CONVERT_HINTS[ext];
  const lead = what
    ? `${fileName} is ${what}, which cannot be read directly.`
    : `${fileName} is not a supported file type.`;
  return readFailure(
    'unsupported-format',
    `${lead} Save it as an Excel Workbook (.xlsx) or as CSV UTF-8 (.csv) and retry. Supported: .xlsx, .xlsm, .csv, .tsv.`,
  );
}

function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
}

function fileSystemFailure(e: unknown, filePath: string): ReadResult {
  const code = errnoOf(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return readFailure('not-found', `No file at ${filePath}. Check the path and the file name.`);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return readFailure(
      'unreadable',
      `${filePath} cannot be read: permission denied. Check the file's permissions.`,
    );
  }
  if (code === 'EBUSY') {
    return readFailure('unreadable', `${filePath} is locked by another program. Close it there and retry.`);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return readFailure('unreadable', `${filePath} cannot be read (${detail}).`);
}

/**
 * The file's bytes in a holder (see {@link readCsvTaking}: the CSV reader takes them out of it, so
 * no promise or frame of this module keeps them once their text is made), or why they cannot be read.
 */
async function readBytes(filePath: string, maxBytes: number): Promise<{ bytes?: Buffer } | ReadResult> {
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) {
      return readFailure(
        'unreadable',
        `${filePath} is a folder, not a file. Give the path of a .xlsx or .csv file.`,
      );
    }
    if (stat.size > maxBytes) return tooLargeFile(path.basename(filePath), stat.size, maxBytes);
    // readFile opens with flag 'r': read-only, the file is never written or truncated.
    return { bytes: await fs.readFile(filePath, { flag: 'r' }) };
  } catch (e) {
    return fileSystemFailure(e, filePath);
  }
}

function tooLargeFile(fileName: string, size: number, maxBytes: number): ReadResult {
  const mb = (n: number) => grouped(Math.round(n / 1e6));
  return readFailure(
    'too-large',
    `${fileName} is ${mb(size)} MB, more than the ${mb(maxBytes)} MB this run reads` +
      (maxBytes === MAX_CSV_BYTES ? ' as text' : '') +
      '. Split the register into several files and retry.',
  );
}

/** The largest file Node reads into one buffer (fs.readFile refuses from 2 GiB). */
const MAX_FILE_BYTES = 2 ** 31 - 1;

/**
 * Reads a register file for the command line. What reading left behind (the file's bytes, a
 * CSV's text, ExcelJS's model of a workbook: several times the grid for a large file) is collected
 * before the grid is returned, so the register is parsed beside the grid alone.
 *
 * @example
 * const result = await readWorkbook('register.xlsx');
 * if (!result.ok) console.error(result.error.message);
 */
export async function readWorkbook(filePath: string, options: ReadOptions = {}): Promise<ReadResult> {
  const result = await readFile(filePath, options);
  // readFile's frame (the bytes, the text) is gone: for a large grid, one collection now.
  if (result.ok) collectAfterPhase(result.value.sheets.reduce((n, s) => n + s.grid.values.length, 0));
  return result;
}

async function readFile(filePath: string, options: ReadOptions): Promise<ReadResult> {
  const fileName = path.basename(filePath);
  const ext = path.extname(filePath).toLowerCase();
  const kind = KINDS[ext];
  const held = await readBytes(filePath, kind === 'csv' || kind === 'tsv' ? MAX_CSV_BYTES : MAX_FILE_BYTES);
  if ('ok' in held) return held;
  const base = path.basename(filePath, path.extname(filePath));
  if (csvUnderWorkbookName(held.bytes!, ext)) return readMisnamedCsv(held, fileName, base, ext, options);
  const refused = refusal(held.bytes!, { fileName, base, ext }, kind);
  if (refused) return refused;
  if (kind === 'csv' || kind === 'tsv') {
    const delimiter = options.delimiter ?? (kind === 'tsv' ? '\t' : undefined);
    // The reader takes the bytes out of the holder: only their text is kept while it is split.
    return readCsvTaking(held, fileName, base, { delimiter });
  }
  return readXlsx(held.bytes!, kind!, fileName, options.limits);
}

/** CSV text with a workbook's name, read as CSV and said so once. */
function readMisnamedCsv(
  held: Parameters<typeof readCsvTaking>[0],
  fileName: string,
  base: string,
  ext: string,
  options: ReadOptions,
): ReadResult {
  const result = readCsvTaking(held, fileName, base, { delimiter: options.delimiter });
  if (!result.ok) return result;
  result.value.notices.unshift({
    code: 'csv-as-workbook',
    message: `${fileName} is CSV text with an ${ext} name, not an Excel workbook: it is read as CSV (Excel opens it only after a warning). Rename it to ${base}.csv to say what it is.`,
  });
  return result;
}

/** Why the file's bytes are not read as the kind its name gives: empty, misnamed or unsupported. */
function refusal(
  bytes: Buffer,
  names: { fileName: string; base: string; ext: string },
  kind: Kind | undefined,
): ReadResult | undefined {
  if (bytes.length === 0 && kind) {
    return readFailure(
      'empty',
      `${names.fileName} is empty (0 bytes). Save or export the register again and retry.`,
    );
  }
  const wrongName = bytes.length > 0 ? misnamed(bytes, names) : undefined;
  if (wrongName) return wrongName;
  if (!kind) return unsupported(names.fileName, names.ext);
  return undefined;
}

/** Every notice of a workbook: the file's own, then each sheet's in tab order. */
export function allNotices(workbook: WorkbookData): ReaderNotice[] {
  return [...workbook.notices, ...workbook.sheets.flatMap((s) => s.notices)];
}
