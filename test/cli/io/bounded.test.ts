/**
 * Reading costs what the file holds: a stray far cell, a lying dimension, a zip bomb, merges over
 * the whole sheet, more cells or sheets than the limits — each read in bounded time and memory, or
 * refused with one line naming the limit. Every file is made here, part by part.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { readLimits, type ReadLimits } from '../../../src/cli/io/limits';
import { readWorkbook } from '../../../src/cli/io/readWorkbook';
import type { ReadResult, WorkbookData } from '../../../src/cli/io/types';
import { makeTempDir, removeDir } from './fixtures';

interface RawXlsx {
  packageBytes: (spec: {
    sheets: [string, string][];
    extra?: { name: string; data: Buffer; store?: boolean }[];
    types?: Record<string, string>;
  }) => Buffer;
  sheetXml: (sheetData: string, o?: { before?: string; after?: string }) => string;
  rowsXml: (rows: string[][], firstRow?: number) => string;
  REGISTER_ROWS: string[][];
  SML: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const raw = require('../../../scripts/hostile/lib/rawXlsx.js') as RawXlsx;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

async function read(name: string, bytes: Buffer, limits?: Partial<ReadLimits>): Promise<ReadResult> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return readWorkbook(file, limits ? { limits: { ...readLimits(bytes.length), ...limits } } : {});
}

function ok(r: ReadResult): WorkbookData {
  if (!r.ok) throw new Error(`expected a workbook, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function refusal(r: ReadResult): { code: string; message: string } {
  if (r.ok) throw new Error('expected the file to be refused');
  expect(r.error.message).not.toContain('\n');
  return r.error;
}

const register = (extra = '', o: { before?: string; after?: string } = {}) =>
  raw.packageBytes({ sheets: [['Register', raw.sheetXml(raw.rowsXml(raw.REGISTER_ROWS) + extra, o)]] });

describe('cost set by the cells present', () => {
  test('one stray cell at XFD1048576 and a dimension that claims the whole sheet: read at once, the register ends where its data ends, the far cell named', async () => {
    const far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>';
    const started = Date.now();
    const wb = ok(await read('stray.xlsx', register(far, { before: '<dimension ref="A1:XFD1048576"/>' })));
    expect(Date.now() - started).toBeLessThan(5000);
    const sheet = wb.sheets[0];
    expect(sheet.grid.values).toHaveLength(4);
    expect(sheet.grid.values[0]).toHaveLength(7);
    const notice = sheet.notices.find((n) => n.code === 'far-cells');
    expect(notice).toMatchObject({ count: 1, cells: ['XFD1048576'] });
    expect(notice?.message).toContain('XFD1048576');
    expect(notice?.message).toContain('G4');
  });

  test.each([
    ['as it comes', {}],
    ['by the streaming reader', { streamCells: 0 }],
  ])(
    'a stray cell at XFD on each of 20,000 rows (%s): read in seconds, not a slot per column of every row',
    async (_how, limits) => {
      // ExcelJS walks each row's cells up to its last column (15 s for this file), and a row of the
      // streaming reader copied at its end became 16,384 slots (2.5 GB, 31 s): now each costs its cells.
      const far = Array.from(
        { length: 20_000 },
        (_, i) => `<row r="${i + 5}"><c r="XFD${i + 5}" t="inlineStr"><is><t>x${i}</t></is></c></row>`,
      ).join('');
      const heap = process.memoryUsage().heapUsed;
      const started = Date.now();
      const wb = ok(await read('far-rows.xlsx', register(far), limits));
      expect(Date.now() - started).toBeLessThan(4000);
      expect(process.memoryUsage().heapUsed - heap).toBeLessThan(300 * 2 ** 20);
      const sheet = wb.sheets[0];
      expect(sheet.grid.values).toHaveLength(4);
      expect(sheet.grid.values[0]).toHaveLength(7);
      expect(sheet.notices.find((n) => n.code === 'far-cells')).toMatchObject({ count: 20_000 });
    },
    30_000,
  );

  test('far rows and far columns end the grid after a long empty run; near rows are kept', async () => {
    const near = '<row r="20"><c r="A20" t="inlineStr"><is><t>NC-020</t></is></c></row>';
    const farRows = [500_000, 800_000, 1_048_576]
      .map((r) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>far</t></is></c></row>`)
      .join('');
    const wide = '<row r="21"><c r="BZ21" t="inlineStr"><is><t>wide</t></is></c></row>';
    const sheet = ok(await read('far-rows.xlsx', register(near + wide + farRows))).sheets[0];
    expect(sheet.grid.values.length).toBe(20);
    expect(sheet.grid.values[19][0]).toBe('NC-020');
    expect(sheet.notices.find((n) => n.code === 'far-cells')).toMatchObject({
      count: 4,
      cells: ['BZ21', 'A500000', 'A800000', 'A1048576'],
    });
  });

  test('a small register with a few gaps is kept whole, without a notice', async () => {
    const gap =
      '<row r="40"><c r="A40" t="inlineStr"><is><t>NC-040</t></is></c><c r="AZ40" t="inlineStr"><is><t>note</t></is></c></row>';
    const sheet = ok(await read('gaps.xlsx', register(gap))).sheets[0];
    expect(sheet.grid.values).toHaveLength(40);
    expect(sheet.grid.values[0]).toHaveLength(52);
    expect(sheet.notices.some((n) => n.code === 'far-cells')).toBe(false);
  });

  test('a merge over the whole sheet is refused by the cell limit before it is built', async () => {
    const r = refusal(
      await read(
        'merge-all.xlsx',
        register('', { after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' }),
      ),
    );
    expect(r.code).toBe('too-large');
    expect(r.message).toContain('cells');
    expect(r.message).toContain('IMPROVEMENT_PLAN_MAX_CELLS');
  });

  test('more merged ranges than the limit are refused (each merge is checked against every other)', async () => {
    const merges = Array.from({ length: 30 }, (_, i) => `<mergeCell ref="H${i + 1}:I${i + 1}"/>`).join('');
    const r = refusal(
      await read('merges.xlsx', register('', { after: `<mergeCells>${merges}</mergeCells>` }), {
        merges: 20,
      }),
    );
    expect(r).toMatchObject({ code: 'too-large' });
    expect(r.message).toContain('merged ranges');
  });

  test('more merged ranges than ExcelJS reads in good time are read by the streaming reader, with their merges', async () => {
    const merges = Array.from({ length: 30 }, (_, i) => `<mergeCell ref="H${i + 1}:I${i + 1}"/>`).join('');
    const wb = ok(
      await read('many-merges.xlsx', register('', { after: `<mergeCells>${merges}</mergeCells>` }), {
        streamMerges: 20,
      }),
    );
    expect(wb.sheets[0].merges).toHaveLength(30);
    expect(wb.sheets[0].grid.merges).toHaveLength(30);
    expect(wb.sheets[0].grid.values.length).toBeGreaterThan(1);
  });

  test.each([
    ['a column range past XFD', { before: '<cols><col min="1" max="2000000000" width="9"/></cols>' }, ''],
    [
      'a row past 1,048,576',
      {},
      '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>',
    ],
    ['a cell past XFD', {}, '<row r="30"><c r="ZZZZ30" t="inlineStr"><is><t>x</t></is></c></row>'],
  ])('%s is refused as damaged, not built', async (_, o, extra) => {
    const r = refusal(await read('outside.xlsx', register(extra, o)));
    expect(r.code).toBe('corrupt');
    expect(r.message).toContain('A1:XFD1048576');
  });
});

describe('the budget, checked while the package inflates', () => {
  test('a zip bomb (a part inflating to 150 MB from 150 KB) is refused by the inflated-size limit, naming it', async () => {
    const bomb = raw.packageBytes({
      sheets: [['Register', raw.sheetXml(raw.rowsXml(raw.REGISTER_ROWS))]],
      extra: [{ name: 'customXml/item1.xml', data: Buffer.alloc(150 * 1024 * 1024, 0x20) }],
    });
    expect(bomb.length).toBeLessThan(400_000);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const r = refusal(await read('bomb.xlsx', bomb));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/inflate to more than 100 MB/);
    expect(r.message).toContain('IMPROVEMENT_PLAN_MAX_INFLATED_MB');
  }, 30_000);

  test('one part larger than ExcelJS holds (one string) is read by the streaming reader', async () => {
    const r = await read(
      'part.xlsx',
      register('<row r="9"><c r="A9" t="inlineStr"><is><t>' + 'y'.repeat(5000) + '</t></is></c></row>'),
      { partBytes: 4096 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sheets[0].grid.values[8][0]).toBe('y'.repeat(5000));
  });

  test('one part larger than ExcelJS holds, that the streaming reader cannot follow, is refused with its name', async () => {
    // Cells out of order: the streaming reader stops, and ExcelJS cannot take a part this large.
    const r = refusal(
      await read(
        'part-odd.xlsx',
        register(
          '<row r="9"><c r="B9" t="inlineStr"><is><t>' +
            'y'.repeat(5000) +
            '</t></is></c><c r="A9" t="inlineStr"><is><t>x</t></is></c></row>',
        ),
        { partBytes: 4096 },
      ),
    );
    expect(r.message).toContain('xl/worksheets/sheet1.xml');
  });

  test('cells, shared strings and sheets past their limits are refused, each naming its limit and the way round', async () => {
    const cells = refusal(await read('cells.xlsx', register(), { cells: 10 }));
    expect(cells.message).toMatch(/more than 10 cells.*IMPROVEMENT_PLAN_MAX_CELLS/);
    const strings = raw.packageBytes({
      sheets: [['Register', raw.sheetXml(raw.rowsXml(raw.REGISTER_ROWS))]],
      extra: [
        { name: 'xl/sharedStrings.xml', data: Buffer.from(`<sst>${'<si><t>a</t></si>'.repeat(50)}</sst>`) },
      ],
    });
    expect(refusal(await read('strings.xlsx', strings, { sharedStrings: 20 })).message).toContain(
      'shared strings',
    );
    const many = raw.packageBytes({
      sheets: Array.from({ length: 6 }, (_, i): [string, string] => [
        `S${i}`,
        raw.sheetXml(raw.rowsXml(raw.REGISTER_ROWS)),
      ]),
    });
    expect(refusal(await read('sheets.xlsx', many, { sheets: 5 })).message).toMatch(
      /6 sheets.*IMPROVEMENT_PLAN_MAX_SHEETS/,
    );
  });

  test('empty rows and styles count too: they become objects as cells do', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 10}"/>`).join('');
    expect(refusal(await read('rows.xlsx', register(rows), { cells: 1000 })).message).toMatch(
      /more than 1,000 cells/,
    );
    const styles = raw.packageBytes({
      sheets: [['Register', raw.sheetXml(raw.rowsXml(raw.REGISTER_ROWS))]],
      extra: [
        {
          name: 'xl/styles.xml',
          data: Buffer.from(
            `<styleSheet><cellXfs>${'<xf numFmtId="0"/>'.repeat(2000)}</cellXfs></styleSheet>`,
          ),
        },
      ],
    });
    expect(refusal(await read('styles.xlsx', styles, { cells: 1000 })).message).toMatch(
      /counting rows, styles/,
    );
  });

  test('limits grow with the file and stop at 1 GB; the environment raises them', () => {
    expect(readLimits(1000, {}).inflatedBytes).toBe(100 * 1024 * 1024);
    expect(readLimits(10_000_000, {}).inflatedBytes).toBe(500_000_000);
    expect(readLimits(100_000_000, {}).inflatedBytes).toBe(1024 * 1024 * 1024);
    expect(readLimits(1000, { IMPROVEMENT_PLAN_MAX_INFLATED_MB: '2048' }).inflatedBytes).toBe(
      2048 * 1024 * 1024,
    );
    expect(readLimits(1000, { IMPROVEMENT_PLAN_MAX_CELLS: '12,000,000' }).cells).toBe(12_000_000);
    expect(readLimits(1000, { IMPROVEMENT_PLAN_MAX_CELLS: 'lots' }).cells).toBe(readLimits(1000, {}).cells);
  });
});

describe('one package or refused', () => {
  const sheet = () => Buffer.from(raw.sheetXml(raw.rowsXml(raw.REGISTER_ROWS)));

  test('two entries of the same name are refused, whichever a tool would pick', async () => {
    const other = Buffer.from(raw.sheetXml(raw.rowsXml([['Other', 'Sheet']])));
    const dup = raw.packageBytes({
      sheets: [['Register', sheet().toString()]],
      extra: [{ name: 'xl/worksheets/sheet1.xml', data: other }],
    });
    const r = refusal(await read('dup.xlsx', dup));
    expect(r.code).toBe('corrupt');
    expect(r.message).toContain('two entries named "xl/worksheets/sheet1.xml"');
  });

  test.each(['../../evil.xml', '/abs/evil.xml', 'xl\\worksheets\\evil.xml'])(
    'an entry named %j is refused',
    async (name) => {
      const bad = raw.packageBytes({
        sheets: [['Register', sheet().toString()]],
        extra: [{ name, data: Buffer.from('<x/>') }],
      });
      const r = refusal(await read('escape.xlsx', bad));
      expect(r.message).toContain(name);
      expect(r.message).toMatch(/outside|absolute|backslash/);
    },
  );

  test('a content type that contradicts its part is refused', async () => {
    const bad = raw.packageBytes({
      sheets: [['Register', sheet().toString()]],
      extra: [{ name: 'xl/styles.xml', data: Buffer.from('<styleSheet/>') }],
      types: { '/xl/styles.xml': `${raw.SML}worksheet+xml` },
    });
    const r = refusal(await read('types.xlsx', bad));
    expect(r.message).toContain('"xl/styles.xml" is declared as');
  });

  test('a well-formed package made part by part is read', async () => {
    const wb = ok(await read('plain.xlsx', register()));
    expect(wb.sheets[0].grid.values[1][0]).toBe('NC-001');
  });
});
