/**
 * A workbook whose SpreadsheetML elements carry a prefix (`<x:worksheet xmlns:x="…/main">`, the
 * Open XML SDK's default) reads as the same workbook written without one.
 */
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/cli/io/xlsx';
import { inflateEntry, isZipProblem, openZip, rawEntryData } from '../../../src/cli/io/zip';
import { ZipWriter } from '../../../src/cli/writer/zipWriter';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The package rewritten as the Open XML SDK writes it: SpreadsheetML's elements under `x:`. */
async function prefixed(buf: Buffer): Promise<Buffer> {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) throw new Error(pkg.message);
  const chunks: Buffer[] = [];
  const writer = new ZipWriter({
    write: async (chunk) => void chunks.push(Buffer.from(chunk)),
    writeAt: async () => {
      throw new Error('not used for whole files');
    },
  });
  let rewritten = 0;
  for (const entry of pkg.entries) {
    const data = inflateEntry(buf, entry, { remaining: 1e8 });
    if (isZipProblem(data)) throw new Error(data.message);
    const xml = data.toString('utf8');
    if (entry.name.endsWith('.xml') && xml.includes(`xmlns="${MAIN_NS}"`)) {
      rewritten++;
      await writer.addFile(
        entry.name,
        xml
          .replace(/<(\/?)(?=[A-Za-z])(?![A-Za-z_][\w.-]*:)/g, '<$1x:')
          .replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`),
      );
    } else await writer.addRaw({ ...entry, data: rawEntryData(buf, entry) });
  }
  await writer.finish();
  expect(rewritten).toBeGreaterThanOrEqual(3); // workbook, sheet, styles (and shared strings)
  return Buffer.concat(chunks);
}

async function register(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Remediation Tracker');
  ws.addRow(['ID', 'Finding', 'Owner', 'Due date', 'Status']);
  ws.addRow(['R-1', 'MFA for admins', 'Ana', new Date(Date.UTC(2026, 5, 9)), 'Closed']);
  ws.addRow(['R-2', 'Log review', 'Ben', new Date(Date.UTC(2026, 6, 9)), 'Open']);
  ws.getColumn(4).numFmt = 'yyyy-mm-dd';
  wb.addWorksheet('Summary').addRow(['Open', 1]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a workbook written with prefixed SpreadsheetML (the Open XML SDK)', () => {
  it('reads as the same workbook written without the prefix', async () => {
    const plain = await register();
    const sdk = await prefixed(plain);
    expect(sdk.toString('latin1')).not.toContain(`xmlns="${MAIN_NS}"`);
    const expected = await readXlsx(plain, 'xlsx', 'plain.xlsx');
    const read = await readXlsx(sdk, 'xlsx', 'sdk.xlsx');
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.sheets.map((s) => s.name)).toEqual(['Remediation Tracker', 'Summary']);
    expect(read).toStrictEqual(expected);
  });

  it('a package with no sheet in any namespace still says it holds no worksheets', async () => {
    const plain = await register();
    const pkg = openZip(plain);
    if (isZipProblem(pkg)) throw new Error(pkg.message);
    const chunks: Buffer[] = [];
    const writer = new ZipWriter({
      write: async (chunk) => void chunks.push(Buffer.from(chunk)),
      writeAt: async () => undefined,
    });
    for (const entry of pkg.entries) {
      if (entry.name === 'xl/workbook.xml') {
        await writer.addFile(
          entry.name,
          `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN_NS}"><x:sheets/></x:workbook>`,
        );
      } else await writer.addRaw({ ...entry, data: rawEntryData(plain, entry) });
    }
    await writer.finish();
    const read = await readXlsx(Buffer.concat(chunks), 'xlsx', 'none.xlsx');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain('none.xlsx holds no worksheets');
  });
});
