/**
 * A workbook whose SpreadsheetML elements carry a prefix (`<x:worksheet xmlns:x="…/main">`, the
 * Open XML SDK's default) reads as the same workbook written without one.
 */
import ExcelJS from 'exceljs';
import { mainPrefix, rootTag, Unprefixer } from '../../../src/cli/io/prefixed';
import { readXlsx } from '../../../src/cli/io/xlsx';
import { inflateEntry, isZipProblem, openZip, rawEntryData } from '../../../src/cli/io/zip';
import { ZipWriter } from '../../../src/cli/writer/zipWriter';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The package with its workbook part replaced by `xml`, every other entry copied as it is. */
async function withWorkbookXml(buf: Buffer, xml: string): Promise<Buffer> {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) throw new Error(pkg.message);
  const chunks: Buffer[] = [];
  const writer = new ZipWriter({
    write: async (chunk) => void chunks.push(Buffer.from(chunk)),
    writeAt: async () => undefined,
  });
  for (const entry of pkg.entries) {
    if (entry.name === 'xl/workbook.xml') await writer.addFile(entry.name, xml);
    else await writer.addRaw({ ...entry, data: rawEntryData(buf, entry) });
  }
  await writer.finish();
  return Buffer.concat(chunks);
}

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
    const pkg = await withWorkbookXml(
      await register(),
      `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN_NS}"><x:sheets/></x:workbook>`,
    );
    const read = await readXlsx(pkg, 'xlsx', 'none.xlsx');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain('none.xlsx holds no worksheets');
  });
});

describe('the prefix rewrite reads text as it arrives, in one pass', () => {
  const doc =
    `<?xml version="1.0"?><!-- <x:note xmlns:x="${MAIN_NS}"> --><!DOCTYPE x>` +
    `<x:worksheet xmlns:x="${MAIN_NS}" xmlns:r="r"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">` +
    `<x:is><x:t>a&lt;x:b</x:t></x:is></x:c></x:row></x:sheetData><xy:other/></x:worksheet>`;
  const plain =
    `<?xml version="1.0"?><!-- <note xmlns:x="${MAIN_NS}"> --><!DOCTYPE x>` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="r"><sheetData><row r="1"><c r="A1" t="inlineStr">` +
    `<is><t>a&lt;x:b</t></is></c></row></sheetData><xy:other/></worksheet>`;

  it('finds the root element past the declaration, comments and a DOCTYPE', () => {
    expect(rootTag(doc)).toBe(`<x:worksheet xmlns:x="${MAIN_NS}" xmlns:r="r">`);
    expect(mainPrefix(rootTag(doc)!)).toBe('x');
    expect(mainPrefix(`<worksheet xmlns="${MAIN_NS}" xmlns:x="${MAIN_NS}">`)).toBeUndefined();
    expect(rootTag('<?xml version="1.0"?><!-- never closed')).toBeUndefined();
  });

  it('gives the same text wherever the chunks are cut, and declares the namespace in the root only', () => {
    for (let cut = 0; cut <= doc.length; cut++) {
      for (const second of [cut, Math.min(doc.length, cut + 1), Math.min(doc.length, cut + 3)]) {
        const u = new Unprefixer('x');
        const out =
          u.push(doc.slice(0, cut)) + u.push(doc.slice(cut, second)) + u.push(doc.slice(second)) + u.end();
        expect(out).toBe(plain);
      }
    }
  });

  it('looks for the root element without a pattern that backtracks: 400,000 unclosed "<" in 0.2 s', () => {
    const lt = '<'.repeat(400_000);
    const started = process.hrtime.bigint();
    expect(rootTag(lt)).toBeUndefined();
    expect(rootTag('<!--' + lt)).toBeUndefined();
    const u = new Unprefixer('x');
    expect(u.push(lt) + u.end()).toBe(lt);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
  });

  it('rewrites once: a root still without a default namespace after the rewrite is not rewritten again', async () => {
    // A declaration of the prefix in a comment before the root, many times: a rewrite that took the
    // first declaration in the text took one comment's per round, and read the package again each time.
    const pkg = await withWorkbookXml(
      await register(),
      `<?xml version="1.0"?>${`<!-- xmlns:x="${MAIN_NS}" -->`.repeat(2_000)}` +
        `<x:workbook xmlns:x="${MAIN_NS}"><x:sheets/></x:workbook>`,
    );
    const started = Date.now();
    const read = await readXlsx(pkg, 'xlsx', 'loop.xlsx');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain('loop.xlsx holds no worksheets');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
