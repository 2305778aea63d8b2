/**
 * The streaming .xlsx reader gives what the ExcelJS reader gives: the same sheets (grid values and
 * number formats, merges, hidden rows, formulas without values, notices) on the real registers of
 * ../shared/corpus, the hostile corpus, and workbooks made here with every kind of cell ExcelJS
 * reads in its own way (shared and inline strings, rich text, phonetic runs, _xHHHH_ escapes, dates
 * in the 1900 and 1904 systems, formulas whose cached value is 0 or FALSE, shared formulas,
 * hyperlinked numbers, cells covered by a merge, hidden rows and columns, a filter).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { readLimits } from '../../../src/cli/io/limits';
import { preflightPackage } from '../../../src/cli/io/preflight';
import type { ReadResult } from '../../../src/cli/io/types';
import { readXlsx } from '../../../src/cli/io/xlsx';
import { readXlsxStreaming } from '../../../src/cli/io/xlsxStream';
import { isZipProblem, openZip } from '../../../src/cli/io/zip';
import {
  ensureHostileCorpus,
  hostileCase,
  HOSTILE_FILES,
  SHARED_FILES,
  sharedCase,
} from '../../hostile/corpus';
import { buildRegister, makeTempDir, removeDir, writeWorkbook } from './fixtures';

interface RawXlsx {
  packageBytes: (spec: {
    sheets: [string, string][];
    extra?: { name: string; data: Buffer }[];
    types?: Record<string, string>;
  }) => Buffer;
  sheetXml: (sheetData: string, o?: { before?: string; after?: string }) => string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const raw = require('../../../scripts/hostile/lib/rawXlsx.js') as RawXlsx;

/** The ExcelJS reading and the streaming reading of one file. */
async function bothReadings(
  buf: Buffer,
  name: string,
): Promise<{ exceljs: ReadResult; streamed: ReadResult }> {
  const limits = readLimits(buf.length);
  const exceljs = await readXlsx(buf, 'xlsx', name, { ...limits, streamCells: Number.MAX_SAFE_INTEGER });
  if (!exceljs.ok)
    return { exceljs, streamed: await readXlsx(buf, 'xlsx', name, { ...limits, streamCells: 0 }) };
  const checked = await preflightPackage(buf, name, limits);
  if (!checked.ok) return { exceljs, streamed: checked };
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) throw new Error(pkg.message);
  const read = await readXlsxStreaming(buf, pkg, checked.facts.worksheets, name, limits.inflatedBytes);
  if (!read.ok) return { exceljs, streamed: read };
  // The streaming reader's sheets, wrapped as readXlsx wraps them.
  const whole = await readXlsx(buf, 'xlsx', name, { ...limits, streamCells: 0 });
  if (whole.ok && exceljs.ok) {
    expect(whole.value.sheets).toStrictEqual(read.sheets);
  }
  return { exceljs, streamed: whole };
}

async function expectSameReading(buf: Buffer, name: string): Promise<ReadResult> {
  const { exceljs, streamed } = await bothReadings(buf, name);
  expect(streamed).toStrictEqual(exceljs);
  return exceljs;
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

const sharedWorkbooks = SHARED_FILES.filter((f) => /\.xls[xm]$/i.test(f)).map(sharedCase);
const hostileWorkbooks = HOSTILE_FILES.filter((f) => /\.xlsx$/i.test(f)).map(hostileCase);

(sharedWorkbooks.length > 0 ? describe : describe.skip)('the real registers of ../shared/corpus', () => {
  it.each(sharedWorkbooks.map((c) => [c.label, c.file]))('%s reads the same', async (_label, file) => {
    await expectSameReading(await fs.readFile(file), path.basename(file));
  });
});

describe('the hostile corpus', () => {
  beforeAll(() => ensureHostileCorpus(), 120_000);
  it.each(hostileWorkbooks.map((c) => [c.label, c.file]))('%s reads the same', async (_label, file) => {
    await expectSameReading(await fs.readFile(file), path.basename(file));
  });
});

describe('workbooks made here', () => {
  it('a register with a merged title, dates, rich text, a hyperlink, formulas, errors, hidden rows and columns', async () => {
    const file = await writeWorkbook(dir, 'register.xlsx', buildRegister);
    const read = await expectSameReading(await fs.readFile(file), 'register.xlsx');
    expect(read.ok).toBe(true);
  });

  it('dates in the 1904 date system', async () => {
    const file = await writeWorkbook(dir, 'dates-1904.xlsx', (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Register');
      ws.addRow(['ID', 'Raised', 'Due', 'Time']);
      ws.addRow(['A-1', new Date(Date.UTC(2026, 2, 15)), new Date(Date.UTC(1999, 11, 31)), 0.5]);
      ws.getCell('B2').numFmt = 'yyyy-mm-dd';
      ws.getCell('C2').numFmt = 'dd/mm/yyyy';
      ws.getCell('D2').numFmt = 'hh:mm';
    });
    const read = await expectSameReading(await fs.readFile(file), 'dates-1904.xlsx');
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.sheets[0].grid.values[1][1]).toBe(46096);
  });

  it('the cells ExcelJS reads in its own way, written part by part', async () => {
    const styles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.0"/></dxf></dxfs></styleSheet>';
    const strings =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><t>Plain</t></si>' +
      '<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> tail</t></r></si>' +
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>' +
      '<si><t>_x0041_BC &amp; co&#x21;</t></si>' +
      '<si/>' +
      '<si><t>Line\r\none</t></si></sst>';
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const sheetData = [
      '<row r="1">' +
        [
          'Plain',
          'Rich',
          'Phonetic',
          'Escaped',
          'Empty',
          'Custom date',
          'Built-in date',
          'Number',
          'Bool',
          'Error',
        ]
          .map((h, i) => inline(`${String.fromCharCode(65 + i)}1`, h))
          .join('') +
        '</row>',
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>' +
        '<c r="D2" t="s"><v>3</v></c><c r="E2" t="s"><v>4</v></c><c r="F2" s="1"><v>46096</v></c>' +
        '<c r="G2" s="2"><v>46096.5</v></c><c r="H2" s="3"><v>1234.5</v></c><c r="I2" t="b"><v>1</v></c>' +
        '<c r="J2" t="e"><v>#N/A</v></c><c r="K2" t="s"><v>5</v></c></row>',
      '<row r="3"><c r="A3"><f>1+1</f><v>2</v></c><c r="B3"><f>0</f><v>0</v></c>' +
        '<c r="C3" t="str"><f>"x"</f><v>a &amp;amp; b</v></c><c r="D3" t="b"><f>FALSE()</f><v>0</v></c>' +
        '<c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F3" s="1"><f>TODAY()</f><v>46100</v></c>' +
        '<c r="G3"><f>A9</f></c><c r="H3"><f t="shared" ref="H3:H5" si="0">A3*2</f><v>4</v></c>' +
        '<c r="I3" s="1"><f>0</f><v>0</v></c><c r="J3" s="2" t="str"><f>"n"</f><v>n</v></c></row>',
      '<row r="4">' +
        inline('A4', 'inline &#x41;&lt;') +
        '<c r="B4" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c>' +
        '<c r="C4" t="str"><v>&lt;b&gt; &amp;lt;</v></c><c r="D4"><v>abc</v></c>' +
        '<c r="H4"><f t="shared" si="0"/><v>6</v></c><c r="I4"><f t="shared" si="7"/><v>5</v></c></row>',
      '<row r="5" hidden="1">' + inline('A5', 'hidden row') + '<c r="H5"><f t="shared" si="0"/></c></row>',
      '<row r="6">' +
        inline('A6', 'first') +
        '<c t="inlineStr"><is><t>no address</t></is></c><c t="n"><v>7</v></c></row>',
      '<row r="7">' + inline('A7', 'merged') + inline('B7', 'covered') + '</row>',
      '<row r="8">' + inline('A8', 'covered too') + inline('C8', 'beside') + '</row>',
      '<row r="9"><c r="A9"><v>5</v></c>' + inline('B9', 'a link') + '<c r="C9" s="2"><v>46000</v></c></row>',
      '<row r="10" hidden="true"><c r="A10" t="str"><v>ok</v></c></row>',
    ].join('');
    const sheet = raw
      .sheetXml(sheetData, {
        before:
          '<cols><col min="3" max="3" width="9" hidden="1"/><col min="5" max="6" hidden="true"/></cols>',
        after:
          '<autoFilter ref="A1:K10"/><mergeCells count="1"><mergeCell ref="A7:B8"/></mergeCells>' +
          '<hyperlinks><hyperlink ref="A9" r:id="rId1"/><hyperlink ref="B9" r:id="rId1"/><hyperlink ref="C9" r:id="rId1"/>' +
          '<hyperlink ref="A2" location="Register!A1"/></hyperlinks>',
      })
      .replace(
        '<worksheet ',
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
      );
    const sheetRels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ' +
      'Target="https://example.com/?a=1&amp;b=2" TargetMode="External"/></Relationships>';
    const buf = raw.packageBytes({
      sheets: [['Register', sheet]],
      extra: [
        { name: 'xl/styles.xml', data: Buffer.from(styles) },
        { name: 'xl/sharedStrings.xml', data: Buffer.from(strings) },
        { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: Buffer.from(sheetRels) },
      ],
    });
    const read = await expectSameReading(buf, 'quirks.xlsx');
    if (!read.ok) throw new Error(read.error.message);
    const [sheetData1] = read.value.sheets;
    // A few of the readings the comparison covers, spelled out.
    expect(sheetData1.grid.values[1].slice(0, 5)).toEqual(['Plain', 'Bold tail', '漢字', 'ABC & co!', '']);
    expect(sheetData1.grid.values[2][2]).toBe('a & b');
    expect(sheetData1.uncalculated).toEqual(expect.arrayContaining(['B3', 'D3', 'G3', 'H5']));
    expect(sheetData1.merges).toEqual(['A7:B8']);
    expect(sheetData1.hiddenRows).toEqual([5, 10]);
  });

  it('ISO date cells (t="d") read as dates, not as their year', async () => {
    const styles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const sheet = raw.sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Detected</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c><c r="B2" t="d" s="1"><v>2022-03-06</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>P-2</t></is></c><c r="B3" t="d" s="1"><v>2021-09-20T00:00:00</v></c></row>',
    );
    const buf = raw.packageBytes({
      sheets: [['Register', sheet]],
      extra: [{ name: 'xl/styles.xml', data: Buffer.from(styles) }],
    });
    const pkg = openZip(buf);
    if (isZipProblem(pkg)) throw new Error(pkg.message);
    const limits = readLimits(buf.length);
    const checked = await preflightPackage(buf, 'iso-dates.xlsx', limits);
    if (!checked.ok) throw new Error(checked.error.message);
    const read = await readXlsxStreaming(
      buf,
      pkg,
      checked.facts.worksheets,
      'iso-dates.xlsx',
      limits.inflatedBytes,
    );
    if (!read.ok) throw new Error(read.error.message);
    // Excel serials of 2022-03-06 and 2021-09-20.
    expect(read.sheets[0].grid.values.slice(1).map((r) => r[1])).toEqual([44626, 44459]);
  });

  it('a table with a totals row, and a very hidden sheet', async () => {
    const file = await writeWorkbook(dir, 'table.xlsx', (wb) => {
      const ws = wb.addWorksheet('Actions');
      ws.addTable({
        name: 'Actions',
        ref: 'A1',
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: 'ID', totalsRowLabel: 'Total' },
          { name: 'Due', totalsRowFunction: 'none' },
          { name: 'Cost', totalsRowFunction: 'sum' },
        ],
        rows: [
          ['A-1', new Date(Date.UTC(2026, 0, 5)), 10],
          ['A-2', new Date(Date.UTC(2026, 1, 5)), 20],
        ],
      });
      wb.addWorksheet('Hidden', { state: 'veryHidden' }).addRow(['x']);
    });
    await expectSameReading(await fs.readFile(file), 'table.xlsx');
  });

  it('a package the streaming reader cannot follow (cells out of order) is read by ExcelJS when it fits', async () => {
    const sheet = raw.sheetXml(
      '<row r="1"><c r="B1" t="inlineStr"><is><t>ID</t></is></c><c r="A1" t="inlineStr"><is><t>Status</t></is></c></row>',
    );
    const buf = raw.packageBytes({ sheets: [['Register', sheet]] });
    const limits = readLimits(buf.length);
    const checked = await preflightPackage(buf, 'odd.xlsx', limits);
    if (!checked.ok) throw new Error(checked.error.message);
    const pkg = openZip(buf);
    if (isZipProblem(pkg)) throw new Error(pkg.message);
    const streamed = await readXlsxStreaming(
      buf,
      pkg,
      checked.facts.worksheets,
      'odd.xlsx',
      limits.inflatedBytes,
    );
    expect(streamed.ok).toBe(false);
    const read = await readXlsx(buf, 'xlsx', 'odd.xlsx', { ...limits, streamCells: 0 });
    expect(read).toStrictEqual(await readXlsx(buf, 'xlsx', 'odd.xlsx', limits));
    expect(read.ok).toBe(true);
  });
});

describe('mutated markup', () => {
  it('never throws: every mutation reads, or is refused with one line', async () => {
    let seed = 16;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const rows = [
      ['ID', 'Title', 'Status', 'Owner'],
      ...Array.from({ length: 40 }, (_, i) => [`A-${i}`, `T & ${i}`, 'Open', 'Ana']),
    ];
    const base = raw.sheetXml(
      rows
        .map(
          (cells, r) =>
            `<row r="${r + 1}">` +
            cells
              .map(
                (v, c) =>
                  `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${v.replace('&', '&amp;')}</t></is></c>`,
              )
              .join('') +
            '</row>',
        )
        .join(''),
      { after: '<mergeCells count="1"><mergeCell ref="A30:B31"/></mergeCells>' },
    );
    const pieces = [
      '<',
      '>',
      '&',
      '"',
      "'",
      '</c>',
      '<c r="A1">',
      '<row r="2">',
      '<v>',
      '&#x0;',
      ']]>',
      '<!--',
    ];
    for (let i = 0; i < 150; i++) {
      let xml = base;
      for (let k = 0, edits = 1 + rand(3); k < edits; k++) {
        const at = rand(xml.length);
        const op = rand(3);
        if (op === 0) xml = xml.slice(0, at) + xml.slice(at + 1 + rand(40));
        else if (op === 1) xml = xml.slice(0, at) + pieces[rand(pieces.length)] + xml.slice(at);
        else xml = xml.slice(0, at) + xml.slice(at, at + rand(60)) + xml.slice(at);
      }
      const buf = raw.packageBytes({ sheets: [['Register', xml]] });
      // The streaming reader alone: no fallback to ExcelJS.
      const limits = { ...readLimits(buf.length), streamCells: 0, exceljsCells: 0 };
      const read = await readXlsx(buf, 'xlsx', 'mutated.xlsx', limits);
      if (!read.ok) expect(read.error.message).not.toContain('\n');
    }
  }, 60_000);
});

describe('which reader reads', () => {
  it('a workbook past ExcelJS’s cell budget is streamed, not refused', async () => {
    const file = await writeWorkbook(dir, 'many.xlsx', (wb) => {
      const ws = wb.addWorksheet('Register');
      ws.addRow(['ID', 'Title', 'Status', 'Owner']);
      for (let i = 1; i <= 3000; i++) ws.addRow([`A-${i}`, `Action ${i}`, i % 2 ? 'Open' : 'Closed', 'Ana']);
    });
    const buf = await fs.readFile(file);
    const limits = { ...readLimits(buf.length), streamCells: 1000, exceljsCells: 1000 };
    const read = await readXlsx(buf, 'xlsx', 'many.xlsx', limits);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.sheets[0].grid.values).toHaveLength(3001);
    expect(read).toStrictEqual(await readXlsx(buf, 'xlsx', 'many.xlsx', readLimits(buf.length)));
    // Writes and reads 12,000 cells twice: on a loaded machine this passed the default 5 s.
  }, 30_000);

  it('ExcelJS and the streaming reader agree on a workbook ExcelJS writes row by row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.addRow(['ID', 'Raised', 'Status']);
    for (let i = 1; i <= 200; i++)
      ws.addRow([`N-${i}`, new Date(Date.UTC(2026, 0, i)), i % 3 ? 'Open' : 'Closed']);
    ws.getColumn(2).numFmt = 'd mmm yyyy';
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    await expectSameReading(buf, 'rows.xlsx');
  });
});
