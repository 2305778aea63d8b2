import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import {
  chooseRegisterSheet,
  computeReview,
  dayFromIso,
  parseRegister,
  type ReviewFigures,
} from '../../src/core';
import { AS_OF, json, removeDir, runCli, SAMPLE_CSV, SAMPLE_XLSX, sha256, tempDir } from './cliHarness';

type ReviewJson = ReviewFigures & {
  file: string;
  sheet: string;
  output: { file: string; sheet: string } | null;
};

const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

describe('review --json on the sample register', () => {
  let figures: ReviewJson;
  beforeAll(async () => {
    const run = await runCli(['review', SAMPLE_XLSX, '--json', '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    figures = json<ReviewJson>(run);
  });

  it('prints the whole ReviewFigures of the core for the register', async () => {
    const read = await readWorkbook(SAMPLE_XLSX);
    if (!read.ok) throw new Error(read.error.message);
    const sheet = read.value.sheets[chooseRegisterSheet(read.value.sheets)!.index];
    const parsed = parseRegister(sheet.grid, {}, sheet.name);
    if (!parsed.ok) throw new Error(parsed.message);
    const expected = computeReview(parsed.value, { asOf: dayFromIso(AS_OF)! });
    expect(figures).toMatchObject(JSON.parse(JSON.stringify(expected)) as ReviewFigures);
  });

  it('counts every non-blank action row, unknown words under "unknown"', () => {
    expect(figures.total).toBe(200);
    expect(sum(figures.byStatus)).toBe(200);
    expect(sum(figures.byType)).toBe(200);
    expect(sum(figures.bySource)).toBe(200);
    expect(figures.byStatus.unknown).toBe(1); // the row whose status says "Overdue"
    expect(sum(figures.ageing) + figures.ageingUnknown).toBe(figures.open);
    expect(figures.overdue).toBe(figures.overdueList.length);
    expect(figures.overdue).toBeGreaterThan(0);
  });

  it('has the contract keys and the default period of the 12 months up to the as-of date', () => {
    expect(figures).toMatchObject({ asOf: AS_OF, period: { from: '2025-11-27', to: AS_OF }, output: null });
    expect(Object.keys(figures.ageing)).toEqual(['0-30', '31-60', '61-90', '90+']);
    for (const key of [
      'open',
      'closedInPeriod',
      'raisedInPeriod',
      'medianDaysToClose',
      'effectivenessRate',
    ]) {
      expect(figures).toHaveProperty(key);
    }
  });

  it('--from and --to set the period', async () => {
    const run = await runCli([
      'review',
      SAMPLE_XLSX,
      '--json',
      '--as-of',
      AS_OF,
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
    ]);
    const q1 = json<ReviewJson>(run);
    expect(q1.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(q1.raisedInPeriod).toBeLessThan(figures.raisedInPeriod);
    expect(q1.monthly.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('text output lists the key figures', async () => {
    const run = await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF]);
    expect(run.stdout).toMatch(/Actions in the register\s+200/);
    expect(run.stdout).toMatch(new RegExp(`Overdue\\s+${figures.overdue}\\n`));
  });
});

describe('review --out', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => removeDir(dir));

  it('writes a copy with the dated summary sheet added and leaves the input byte-identical', async () => {
    const before = await sha256(SAMPLE_XLSX);
    const out = path.join(dir, 'summary.xlsx');
    const run = await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF, '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(json<ReviewJson>(run).output).toMatchObject({ file: out, sheet: 'Management Review 2026-11-26' });
    expect(run.stderr).toContain(`Wrote ${out}`);
    expect(run.stderr).toContain('Charts on the sheet: ');
    expect(await sha256(SAMPLE_XLSX)).toBe(before);
    expect(await sheetNames(out)).toEqual(['Improvement plan', 'About', 'Management Review 2026-11-26']);
  });

  it('refuses an existing --out file without --force, and replaces it with --force', async () => {
    const out = path.join(dir, 'summary.xlsx');
    expect((await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF, '--out', out])).code).toBe(0);
    const first = await sha256(out);
    const again = await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists and was left as it is');
    expect(again.stderr).toContain('--force');
    expect(await sha256(out)).toBe(first);
    const forced = await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await sheetNames(out)).toEqual(['Improvement plan', 'About', 'Management Review 2026-11-26']);
  });

  it('refuses to write over the input, even with --force', async () => {
    const input = path.join(dir, 'register.xlsx');
    await fs.copyFile(SAMPLE_XLSX, input);
    const before = await sha256(input);
    const run = await runCli(['review', input, '--out', path.join(dir, '.', 'register.xlsx'), '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is the input file itself');
    expect(await sha256(input)).toBe(before);
  });

  it('refuses an --out whose extension does not match the input (.xlsm only for a macro-enabled workbook)', async () => {
    const run = await runCli(['review', SAMPLE_XLSX, '--out', path.join(dir, 'summary.xlsm')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('holds no macros, so the copy is an Excel Workbook and must end in .xlsx');
    const csv = await runCli(['review', SAMPLE_XLSX, '--out', path.join(dir, 'summary.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('must end in .xlsx or .xlsm');
  });

  it('adds a second summary of the same day under a suffixed name', async () => {
    const first = path.join(dir, 'first.xlsx');
    const second = path.join(dir, 'second.xlsx');
    await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF, '--out', first]);
    expect((await runCli(['review', first, '--as-of', AS_OF, '--out', second])).code).toBe(0);
    expect(await sheetNames(second)).toContain('Management Review 2026-11-26-2');
  });

  it('turns a CSV register into a workbook: the register as read, then the summary', async () => {
    const out = path.join(dir, 'from-csv.xlsx');
    const run = await runCli(['review', SAMPLE_CSV, '--as-of', AS_OF, '--out', out]);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['sample-register', 'Management Review 2026-11-26']);
    expect(wb.worksheets[0].getCell('A1').value).toBe('Action ID');
    expect(wb.worksheets[0].rowCount).toBe(201);
  });
});
