/**
 * Opening a user's .xlsx / .csv and downloading the workbook, in the browser: the double's own
 * xlsx code (test/host-double/xlsx.ts) over ExcelJS's browser build, and the command line's CSV
 * parser. Nothing leaves the page.
 */
import { detectDelimiter, parseCsv } from '../../src/cli/io/csvParse';
import { writeValues } from '../../test/host-double/cells';
import { createWorkbook, type WorkbookModel } from '../../test/host-double/model';
import { workbookFromXlsx, xlsxBuffer } from '../../test/host-double/xlsx';
import { deserializeWorkbook, serializeWorkbook, type WorkbookJson } from '../../test/e2e/double/modelJson';

/** Text of a CSV: UTF-8 or UTF-16 by BOM, UTF-8, else Windows-1252 (Excel's Western export). */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * A workbook of one sheet from CSV text, each field entered as a user would type it (Excel's
 * conversions: numbers, dates, `'` prefixes), as Excel does when it opens a CSV file.
 */
export function workbookFromCsv(
  text: string,
  sheetName: string,
  delimiter = detectDelimiter(text),
): WorkbookModel {
  const rows = parseCsv(text, delimiter);
  const name = sheetName.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet1';
  const wb = createWorkbook([name]);
  const sheet = wb.sheets[0];
  rows.forEach((fields, r) => {
    if (fields.length === 0) return;
    writeValues(sheet, { row: r, col: 0, rows: 1, cols: fields.length }, [fields]);
  });
  return wb;
}

/** Reads a file the user chose; the workbook model as JSON text for the pane's double. */
export async function openFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const base = file.name.replace(/\.[^.]+$/, '');
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  let wb: WorkbookModel;
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const text = decodeCsv(bytes);
    wb = workbookFromCsv(text, base, ext === 'tsv' ? '\t' : undefined);
  } else {
    wb = await workbookFromXlsx(bytes.buffer);
  }
  wb.name = `${base}.xlsx`;
  return JSON.stringify(serializeWorkbook(wb));
}

/** The bundled sample register. */
export async function sampleJson(): Promise<string> {
  const response = await fetch('/playground/sample-register.xlsx');
  if (!response.ok) throw new Error(`could not load the sample (${response.status})`);
  const wb = await workbookFromXlsx(await response.arrayBuffer());
  wb.name = 'sample-register.xlsx';
  return JSON.stringify(serializeWorkbook(wb));
}

/** Saves the workbook as .xlsx through the browser's download. */
export async function download(json: WorkbookJson | string, fileName: string): Promise<void> {
  // JSON text crosses from the pane's frame into this page's own objects.
  const wb = deserializeWorkbook(typeof json === 'string' ? json : JSON.stringify(json));
  const bytes = await xlsxBuffer(wb);
  const blob = new Blob([new Uint8Array(bytes)], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
