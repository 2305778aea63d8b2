import { readWorkbook } from '../../../src/cli/io/readWorkbook';
import type { ReadResult, WorkbookData } from '../../../src/cli/io/types';
import { makeTempDir, removeDir, sha256, writeFile } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

function ok(result: ReadResult): WorkbookData {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function readCsvText(
  name: string,
  content: string | Buffer,
  delimiter?: string,
): Promise<WorkbookData> {
  return ok(await readWorkbook(await writeFile(dir, name, content), delimiter ? { delimiter } : undefined));
}

describe('readWorkbook on CSV files', () => {
  it('gives one sheet named after the file, all cells as text', async () => {
    const wb = await readCsvText('Action Log.csv', 'id,raised,done\r\n1,2026-03-15,TRUE\r\n');
    expect(wb.format).toBe('csv');
    expect(wb.sheets).toHaveLength(1);
    const [sheet] = wb.sheets;
    expect(sheet.name).toBe('Action Log');
    expect(sheet.grid.values).toEqual([
      ['id', 'raised', 'done'],
      ['1', '2026-03-15', 'TRUE'],
    ]);
    expect(sheet.grid.numberFormats).toEqual([
      ['General', 'General', 'General'],
      ['General', 'General', 'General'],
    ]);
    expect(sheet.grid.firstRow).toBe(1);
    expect(sheet.grid.firstColumn).toBe(1);
    expect(wb.notices).toEqual([]);
    expect(sheet.notices).toEqual([]);
  });

  it('a quoted cell spanning lines stays one cell', async () => {
    const wb = await readCsvText('multi.csv', 'id,notes\r\n1,"line one\r\nline two"\r\n2,"say ""done"""\r\n');
    expect(wb.sheets[0].grid.values).toEqual([
      ['id', 'notes'],
      ['1', 'line one\nline two'],
      ['2', 'say "done"'],
    ]);
  });

  it('strips a UTF-8 BOM and reports it', async () => {
    const wb = await readCsvText('bom.csv', '\ufeffid,title\n1,x\n');
    expect(wb.sheets[0].grid.values[0]).toEqual(['id', 'title']);
    expect(wb.notices.map((n) => n.code)).toEqual(['bom']);
  });

  it('reads Latin-1 bytes such as 0xE9 as Windows-1252 and reports it', async () => {
    const bytes = Buffer.concat([Buffer.from('id;owner\n1;Ren'), Buffer.from([0xe9]), Buffer.from('e\n')]);
    const wb = await readCsvText('latin1.csv', bytes);
    expect(wb.sheets[0].grid.values[1]).toEqual(['1', 'Renée']);
    expect(wb.notices).toEqual([expect.objectContaining({ code: 'latin1-encoding' })]);
    expect(wb.notices[0].message).toMatch(/CSV UTF-8/);
  });

  it('detects a semicolon delimiter', async () => {
    const wb = await readCsvText('semi.csv', 'id;title\n1;Backups, offsite\n');
    expect(wb.sheets[0].grid.values).toEqual([
      ['id', 'title'],
      ['1', 'Backups, offsite'],
    ]);
  });

  it('lets the delimiter option override detection', async () => {
    const wb = await readCsvText('override.csv', 'a;b,c\n1;2,3\n', ',');
    expect(wb.sheets[0].grid.values).toEqual([
      ['a;b', 'c'],
      ['1;2', '3'],
    ]);
  });

  it('accepts "tab" as the delimiter option and reads .tsv files as tab-separated', async () => {
    expect((await readCsvText('named.csv', 'a\tb,c\n', 'tab')).sheets[0].grid.values).toEqual([['a', 'b,c']]);
    expect((await readCsvText('sheet.tsv', 'a,b\tc\n')).sheets[0].grid.values).toEqual([['a,b', 'c']]);
  });

  it('rejects a delimiter option that is not one character', async () => {
    const filePath = await writeFile(dir, 'bad-delim.csv', 'a,b\n');
    const result = await readWorkbook(filePath, { delimiter: ';;' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unsupported-format' }) });
  });

  it('keeps every field of ragged rows and says how many rows differ from the header', async () => {
    const wb = await readCsvText('ragged.csv', 'a,b,c\n1,2,3,extra\n4,5,6\n7,8\n');
    const [sheet] = wb.sheets;
    expect(sheet.grid.values).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3', 'extra'],
      ['4', '5', '6'],
      ['7', '8'],
    ]);
    expect(sheet.grid.numberFormats?.[1]).toHaveLength(4);
    expect(sheet.notices).toEqual([
      expect.objectContaining({ code: 'ragged-rows', sheet: 'ragged', count: 2, cells: ['2:2', '4:4'] }),
    ]);
  });

  it('drops trailing blank lines but keeps blank lines inside the data', async () => {
    const wb = await readCsvText('blank-lines.csv', 'a,b\n\n1,2\n\n\n');
    expect(wb.sheets[0].grid.values).toEqual([['a', 'b'], [''], ['1', '2']]);
    expect(wb.sheets[0].notices).toEqual([]);
  });

  it('reports a file of blank lines as empty', async () => {
    const result = await readWorkbook(await writeFile(dir, 'blank.csv', '\ufeff\r\n\r\n'));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'empty' }) });
  });

  it('leaves the CSV file byte-identical', async () => {
    const filePath = await writeFile(dir, 'same.csv', '\ufeffid,notes\r\n1,"a\r\nb"\r\n');
    const before = await sha256(filePath);
    await readWorkbook(filePath);
    expect(await sha256(filePath)).toBe(before);
  });
});

describe('a quote that never closes', () => {
  it('is reported with its line and the number of rows recovered, and no later row is lost', async () => {
    const header = 'Ref,Title,Status\r\n';
    const row = (k: number) => `NC-${k},Title ${k},Open\r\n`;
    const text =
      header +
      [1, 2, 3].map(row).join('') +
      'NC-4,"Stray quote,Open\r\n' +
      Array.from({ length: 25 }, (_, k) => row(k + 5)).join('');
    const [sheet] = (await readCsvText('stray-quote.csv', text)).sheets;
    expect(sheet.grid.values).toHaveLength(30);
    const notice = sheet.notices.find((n) => n.code === 'unclosed-quote');
    expect(notice?.message).toMatch(
      /^A quote opened on line 5 is never closed \(it runs to the end of the file\): .* 25 rows after it were recovered/,
    );
  });
});

describe('a CSV costs what it holds', () => {
  it('one line of two million delimiters is cut where the data ends, the far field named', async () => {
    const header = 'Ref,Title,Status,Owner\r\n';
    const text = `${header}NC-1,T,Open,Ana\r\nNC-2,x${','.repeat(2_000_000)}end\r\n`;
    const started = Date.now();
    const [sheet] = (await readCsvText('wide.csv', text)).sheets;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(Math.max(...sheet.grid.values.map((r) => r.length))).toBe(4);
    const notice = sheet.notices.find((n) => n.code === 'far-cells');
    expect(notice).toMatchObject({ count: 1 });
    expect(notice?.cells?.[0]).toMatch(/^[A-Z]+3$/);
  });

  it('a register with a few wide or blank rows is kept as it is', async () => {
    const text = 'Ref,Title\r\nNC-1,T\r\n' + ',\r\n'.repeat(50) + `NC-2,T${','.repeat(80)}note\r\n`;
    const [sheet] = (await readCsvText('fine.csv', text)).sheets;
    expect(sheet.grid.values).toHaveLength(53);
    expect(sheet.grid.values[52]).toHaveLength(82);
    expect(sheet.notices.some((n) => n.code === 'far-cells')).toBe(false);
  });
});

describe('a CSV too large for one string', () => {
  it('is refused with one line naming the size limit, not a decoder failure', async () => {
    const file = await writeFile(dir, 'huge.csv', 'Ref,Title\r\n'.repeat(1000));
    const handle = await (await import('fs')).promises.open(file, 'r+');
    await handle.truncate(520_000_000); // sparse: no disk space, no time
    await handle.close();
    const result = await readWorkbook(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('too-large');
      expect(result.error.message).toMatch(
        /^huge\.csv is 520 MB, more than the 500 MB this run reads as text/,
      );
    }
  });
});

describe('lines made mostly of delimiters cost their filled fields', () => {
  const header = 'ID,Type,Title,Owner,Status,Target date\nNC-1,Minor NC,Backups,Ana,Open,2026-12-31\n';

  it('2,000 lines of 16,383 empty fields and one filled: read without a slot per delimiter, the far fields named', async () => {
    // 8 bytes a delimiter: these 32 MB held 260 MB of row slots, and an 80 MB file of such lines
    // exhausted a 384 MB heap (exit 134).
    const text = header + (','.repeat(16_383) + 'x\n').repeat(2_000);
    global.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const wb = await readCsvText('far-fields.csv', text);
    const grown = process.memoryUsage().heapUsed - heap;
    const [sheet] = wb.sheets;
    expect(sheet.grid.values).toEqual([
      ['ID', 'Type', 'Title', 'Owner', 'Status', 'Target date'],
      ['NC-1', 'Minor NC', 'Backups', 'Ana', 'Open', '2026-12-31'],
    ]);
    expect(sheet.notices.find((n) => n.code === 'far-cells')).toMatchObject({ count: 2_000 });
    expect(grown).toBeLessThan(150 * 2 ** 20);
  }, 30_000);

  it('a narrow sparse register kept whole has every field, empty ones as "" (no holes)', async () => {
    const lines = [
      ['ID', 'Status', ...Array<string>(98).fill('')].join(','),
      ...Array.from({ length: 50 }, (_, i) => [`NC-${i}`, ...Array<string>(98).fill(''), 'far'].join(',')),
    ];
    const wb = await readCsvText('sparse-kept.csv', lines.join('\n') + '\n');
    const [sheet] = wb.sheets;
    expect(sheet.grid.values).toHaveLength(51);
    for (const row of sheet.grid.values) {
      expect(row).toHaveLength(100);
      for (let k = 0; k < row.length; k++) expect(typeof row[k]).toBe('string');
    }
    expect(sheet.grid.values[1][99]).toBe('far');
    expect(sheet.grid.values[1][50]).toBe('');
  });
});
