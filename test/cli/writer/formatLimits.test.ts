/**
 * Issue 16 part 6, two more of Excel's limits in the copy `review --out` writes: the 64,000 cell
 * formats of a workbook (the user's styles part nearly full: our formats are not added, and the
 * copy says so) and the 1,048,576 rows of a sheet (a longer CSV register stops there, and the copy
 * says so). The input stays as it was.
 */
import fs from 'fs';
import path from 'path';
import type { SheetPlan } from '../../../src/core';
import { extendPackage } from '../../../src/cli/writer/extendPackage';
import { MAX_ROWS } from '../../../src/cli/writer/renderPlan';
import { csvSource } from '../../../src/cli/writer/sources';
import { MAX_CELL_FORMATS } from '../../../src/cli/writer/styles';
import { ZipWriter } from '../../../src/cli/writer/zipWriter';
import { AS_OF, json, removeDir, runCli, SAMPLE_XLSX, sha256, tempDir } from '../cliHarness';
import { MemorySink, partText, parts, sheetData } from './packageHelpers';

const FORMATS_NOTE =
  /already holds nearly Excel's limit of 64,000 cell formats: the sheet "([^"]+)" is written without its formatting/;

/** The number of cell formats a styles part declares and holds. */
function cellFormats(styles: string): { declared: number; held: number } {
  const list = /<cellXfs\b([^>]*)>([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!list) throw new Error('no cellXfs list');
  return {
    declared: Number(/count="(\d+)"/.exec(list[1])?.[1]),
    held: (list[2].match(/<xf[\s/>]/g) ?? []).length,
  };
}

describe("a workbook near Excel's 64,000 cell formats", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => removeDir(dir));

  /** The sample register (every part linked) whose styles part holds `total` cell formats. */
  async function sampleWithFormats(total: number): Promise<string> {
    const sink = new MemorySink();
    const zip = new ZipWriter(sink);
    for (const [part, p] of parts(fs.readFileSync(SAMPLE_XLSX))) {
      if (part !== 'xl/styles.xml') {
        await zip.addFile(part, p.data);
        continue;
      }
      const xml = p.data.toString('utf8');
      const { held } = cellFormats(xml);
      // Formats as a workbook grown by copy and paste holds them (built-in number formats, its fonts).
      const more = Array.from(
        { length: total - held },
        (_, i) =>
          `<xf numFmtId="${i % 50}" fontId="${i % 5}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
      );
      const grown = xml.replace(
        /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/,
        (_m, inner: string) => `<cellXfs count="${total}">${inner}${more.join('')}</cellXfs>`,
      );
      expect(cellFormats(grown)).toEqual({ declared: total, held: total });
      await zip.addFile(part, grown);
    }
    await zip.finish();
    const file = path.join(dir, `register-${total}.xlsx`);
    fs.writeFileSync(file, sink.bytes());
    return file;
  }

  async function review(input: string) {
    const out = path.join(dir, `copy-${path.basename(input)}`);
    const run = await runCli(['review', input, '--as-of', AS_OF, '--out', out, '--json']);
    expect(run.code).toBe(0);
    const notes = json<{ output: { notes: string[] } }>(run).output.notes;
    return { out: fs.readFileSync(out), notes, told: run.stderr };
  }

  it.each([63_990, MAX_CELL_FORMATS])(
    'with %i formats: the copy adds none, stays within 64,000, says so, and the input is unchanged',
    async (total) => {
      const input = await sampleWithFormats(total);
      const before = await sha256(input);
      const { out, notes, told } = await review(input);

      // Said in the JSON's notes and to the person at the terminal.
      const note = notes.map((n) => FORMATS_NOTE.exec(n)).find(Boolean);
      expect(note).toBeTruthy();
      expect(told).toMatch(FORMATS_NOTE);
      const styles = partText(out, 'xl/styles.xml');
      expect(cellFormats(styles)).toEqual({ declared: total, held: total });
      expect(styles).toBe(partText(fs.readFileSync(input), 'xl/styles.xml'));
      // The summary sheet named by the note is there, every cell in the default format.
      const workbook = partText(out, 'xl/workbook.xml');
      expect(workbook).toContain(`<sheet name="${note![1]}"`);
      const summary = partText(out, 'xl/worksheets/sheet3.xml');
      expect(summary).toMatch(/<c r="A1"/);
      expect([...summary.matchAll(/<c [^>]*\bs="(\d+)"/g)].filter((m) => m[1] !== '0')).toEqual([]);
      expect(await sha256(input)).toBe(before);
    },
    60_000,
  );

  it('with 64,100 formats, over the limit already: the note says so with the count, adds none, and leaves the input as it is', async () => {
    const input = await sampleWithFormats(64_100);
    const before = await sha256(input);
    const { out, notes } = await review(input);
    expect(notes.join('\n')).toContain(
      "The workbook already holds 64,100 cell formats, more than Excel's limit of 64,000",
    );
    expect(cellFormats(partText(out, 'xl/styles.xml'))).toEqual({ declared: 64_100, held: 64_100 });
    expect(await sha256(input)).toBe(before);
  }, 60_000);

  it('with 63,960 formats: the summary formats are added and the copy still holds at most 64,000', async () => {
    const input = await sampleWithFormats(63_960);
    const before = await sha256(input);
    const { out, notes, told } = await review(input);
    expect(notes.filter((n) => FORMATS_NOTE.test(n))).toEqual([]);
    expect(told).not.toMatch(FORMATS_NOTE);
    const { declared, held } = cellFormats(partText(out, 'xl/styles.xml'));
    expect(held).toBe(declared);
    expect(held).toBeGreaterThan(63_960);
    expect(held).toBeLessThanOrEqual(MAX_CELL_FORMATS);
    expect(await sha256(input)).toBe(before);
  }, 60_000);
});

describe("a CSV register longer than Excel's 1,048,576 rows", () => {
  /** A plan of one cell: the summary sheet is not what is tested here. */
  const plan = (): SheetPlan => ({
    name: 'Summary',
    cells: [{ row: 1, col: 1, value: 'Summary', kind: 'text' }],
    merges: [],
    columnWidths: [],
    charts: [],
  });

  /** A register of `height` rows, the last two holding text (the rows between are empty). */
  function register(height: number) {
    const values: string[][] = Array.from({ length: height }, () => []);
    values[0] = ['ID'];
    values[height - 2] = ['next to last'];
    values[height - 1] = ['last'];
    return sheetData(values, 'Register');
  }

  it('stops the copy of the register sheet at row 1,048,576 and says so', async () => {
    const sink = new MemorySink();
    const source = csvSource(register(MAX_ROWS + 1), 1);
    await extendPackage(source, plan).write(new ZipWriter(sink));
    expect(source.notes()).toEqual([
      'The register has 1,048,577 rows; an Excel sheet holds 1,048,576, so the copy\'s sheet "Register" stops there (the figures and the summary count every row).',
    ]);
    const sheet = partText(sink.bytes(), 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<dimension ref="A1:A1048576"/>');
    const rows = [...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows.length).toBe(MAX_ROWS);
    expect(rows[rows.length - 1]).toBe(MAX_ROWS);
    expect(sheet).toMatch(/<c r="A1048576"[^>]*>.*next to last/);
    expect(sheet).not.toContain('>last<');
  }, 60_000);

  it('a register of exactly 1,048,576 rows is copied whole, without a note', async () => {
    const source = csvSource(register(MAX_ROWS), 1);
    const sink = new MemorySink();
    await extendPackage(source, plan).write(new ZipWriter(sink));
    expect(source.notes()).toEqual([]);
    const sheet = partText(sink.bytes(), 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<c r="A1048576"[^>]*>.*>last</);
  }, 60_000);
});
