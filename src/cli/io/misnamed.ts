/**
 * Files whose name says one thing and whose bytes another: a workbook saved as .csv, a CSV named
 * .xlsx, an .xlsx named .xls, a PDF or a web page under a spreadsheet's name. Each is answered with
 * what it really is and the one step that makes it readable — not with a parser's confusion
 * ("No sheet looks like an improvement register") about bytes it was never meant to see.
 */
import { decodeText } from './decode';
import { type ContentKind, hasVbaProject, sniffContent } from './sniff';
import { readFailure, type ReadResult } from './types';

const WHAT: Record<ContentKind, string> = {
  workbook: 'an Excel workbook',
  opendocument: 'an OpenDocument spreadsheet (.ods)',
  word: 'a Word document',
  powerpoint: 'a PowerPoint presentation',
  zip: 'a zip archive',
  encrypted: 'a password-protected Excel workbook',
  'legacy-xls': 'an old binary Excel 97–2003 workbook (.xls)',
  pdf: 'a PDF document',
  html: 'a web page (HTML)',
  text: 'a text file',
  binary: 'a binary file',
};

const SAVE_AS =
  'Open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV UTF-8 (.csv), then retry.';

/** Text whose first non-blank line holds a delimiter: what a CSV export looks like. */
export function looksLikeCsv(buf: Buffer): boolean {
  const { text } = decodeText(buf.subarray(0, 65_536));
  const first = text.split(/\r\n?|\n/).find((l) => l.trim() !== '') ?? '';
  return /[,;\t|]/.test(first);
}

interface Named {
  fileName: string;
  /** The name without its extension, for "rename it to …". */
  base: string;
  /** Lower-case, with the dot. */
  ext: string;
}

function asCsvName({ fileName, base, ext }: Named, buf: Buffer, kind: ContentKind): ReadResult | undefined {
  switch (kind) {
    case 'text':
      return undefined;
    case 'workbook': {
      const real = hasVbaProject(buf) ? '.xlsm' : '.xlsx';
      return readFailure(
        'unsupported-format',
        `${fileName} is an Excel workbook (${real}) with a ${ext} name, not a CSV file. Rename it to ${base}${real} and retry.`,
      );
    }
    case 'encrypted':
      return readFailure(
        'encrypted',
        `${fileName} is a password-protected Excel workbook with a ${ext} name, not a CSV file. ` +
          `Open it in Excel, remove the password, save it as ${base}.xlsx, and retry.`,
      );
    default:
      return readFailure(
        'unsupported-format',
        `${fileName} is ${WHAT[kind]} with a ${ext} name, not a CSV file. ${SAVE_AS}`,
      );
  }
}

function asWorkbookName({ fileName, ext }: Named, buf: Buffer, kind: ContentKind): ReadResult | undefined {
  switch (kind) {
    case 'text':
      // CSV text under a workbook's name is read as the CSV it is (Excel opens it too, after a
      // warning): see csvUnderWorkbookName.
      return undefined;
    case 'opendocument':
    case 'word':
    case 'powerpoint':
    case 'pdf':
    case 'html':
      return readFailure(
        'unsupported-format',
        `${fileName} is ${WHAT[kind]} with an ${ext} name, not an Excel workbook. ${SAVE_AS}`,
      );
    default:
      // Workbooks, damaged zips, compound files and other bytes: the workbook reader words those.
      return undefined;
  }
}

function asXlsName({ fileName, base, ext }: Named, buf: Buffer, kind: ContentKind): ReadResult | undefined {
  switch (kind) {
    case 'workbook': {
      const real = hasVbaProject(buf) ? '.xlsm' : '.xlsx';
      return readFailure(
        'unsupported-format',
        `${fileName} is an Excel workbook (${real}) with an ${ext} name. Rename it to ${base}${real} and retry.`,
      );
    }
    case 'text':
      return readFailure(
        'unsupported-format',
        `${fileName} is ${looksLikeCsv(buf) ? 'a CSV text file' : 'a text file'} with an ${ext} name, not an ` +
          `Excel workbook. ${looksLikeCsv(buf) ? `Rename it to ${base}.csv and retry.` : SAVE_AS}`,
      );
    case 'html':
      return readFailure(
        'unsupported-format',
        `${fileName} is a web page (HTML) with an ${ext} name, as some systems export tables. ${SAVE_AS}`,
      );
    default:
      return undefined;
  }
}

/**
 * The refusal for a file whose content contradicts its extension, or undefined when the name
 * fits (or the readers word the problem better).
 *
 * @example misnamed(Buffer.from('PK\x03\x04…xl/workbook.xml…'), 'register.csv') // "… is an Excel workbook (.xlsx) with a .csv name …"
 */
export function misnamed(buf: Buffer, named: Named): ReadResult | undefined {
  const kind = sniffContent(buf);
  if (named.ext === '.csv' || named.ext === '.tsv') return asCsvName(named, buf, kind);
  if (named.ext === '.xlsx' || named.ext === '.xlsm') return asWorkbookName(named, buf, kind);
  if (named.ext === '.xls') return asXlsName(named, buf, kind);
  return undefined;
}

/**
 * True for CSV text under a workbook's name (.xlsx, .xlsm): a system's export or a script's
 * output saved with the name the user wanted. Read as CSV, with a notice, as Excel opens it after
 * asking.
 */
export function csvUnderWorkbookName(buf: Buffer, ext: string): boolean {
  return (
    (ext === '.xlsx' || ext === '.xlsm') &&
    buf.length > 0 &&
    sniffContent(buf) === 'text' &&
    looksLikeCsv(buf)
  );
}
