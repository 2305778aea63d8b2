/**
 * The published contract: every JSON the command line prints matches its schema (schemas/*.json),
 * on the sample and the real registers of ../shared/corpus, for results and for errors alike; and
 * the small correctness points — formulas without a result, multi-line headers, init's headers.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { AS_OF, CORPUS, json, removeDir, runCli, SAMPLE_CSV, SAMPLE_XLSX, tempDir } from './cliHarness';
import { expectSchema } from './schemaCheck';

const corpus = fs.existsSync(CORPUS)
  ? fs
      .readdirSync(CORPUS)
      .filter((f) => /\.(xlsx|xlsm|csv)$/i.test(f))
      .map((f) => path.join(CORPUS, f))
  : [];

describe('JSON outputs match their schemas', () => {
  it.each([SAMPLE_XLSX, SAMPLE_CSV, ...corpus])(
    '%s: validate and review JSON',
    async (file) => {
      const validate = await runCli(['validate', file, '--json', '--as-of', AS_OF]);
      expectSchema('validate', json(validate));
      const review = await runCli(['review', file, '--json', '--as-of', AS_OF]);
      expectSchema('review', json(review));
      const mapping = await runCli(['mapping', file]);
      if (mapping.code === 0) expectSchema('plan-config', json(mapping));
    },
    60_000,
  );

  it('errors have the error shape: a missing file, a file that is not a register', async () => {
    expectSchema('validate', json(await runCli(['validate', 'no-such.xlsx', '--json'])));
    expectSchema('review', json(await runCli(['review', 'no-such.xlsx', '--json'])));
  });

  it('review --out names the copy in "output"', async () => {
    const dir = await tempDir();
    try {
      const out = path.join(dir, 'review.xlsx');
      const run = await runCli(['review', SAMPLE_XLSX, '--json', '--as-of', AS_OF, '--out', out]);
      expectSchema('review', json(run));
      expect(json(run)).toMatchObject({ output: { file: out } });
    } finally {
      await removeDir(dir);
    }
  });
});

describe('small correctness points', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => removeDir(dir));

  it('a target date that is a formula saved without its result is "not calculated", not a missing date', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.addRow(['ID', 'Title', 'Type', 'Status', 'Owner', 'Target date']);
    ws.addRow(['NC-1', 'Computed target', 'Minor NC', 'Open', 'Ana', { formula: 'DATE(2026,12,31)' }]);
    ws.addRow(['NC-2', 'No target', 'Minor NC', 'Open', 'Ana', null]);
    const file = path.join(dir, 'formula.xlsx');
    await wb.xlsx.writeFile(file);
    const report = json<{ findings: { code: string; row: number; message: string }[] }>(
      await runCli(['validate', file, '--json', '--as-of', AS_OF]),
    );
    const byRow = (row: number) => report.findings.filter((f) => f.row === row).map((f) => f.code);
    expect(byRow(2)).toEqual(['not-calculated']);
    expect(byRow(3)).toEqual(['missing-target-date']);
    expect(report.findings.find((f) => f.row === 2)!.message).toContain(
      'is a formula that was never calculated (F2 has no saved result)',
    );
  });

  it('so are many of them: every such cell, not only the few the notice names', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.addRow(['ID', 'Title', 'Type', 'Status', 'Owner', 'Target date']);
    for (let i = 1; i <= 12; i++)
      ws.addRow([`NC-${i}`, 'T', 'Minor NC', 'Open', 'Ana', { formula: `DATE(2026,12,${i})` }]);
    const file = path.join(dir, 'formulas.xlsx');
    await wb.xlsx.writeFile(file);
    const report = json<{ findings: { code: string }[] }>(
      await runCli(['validate', file, '--json', '--as-of', AS_OF]),
    );
    const rows = report.findings.filter((f) => f.code !== 'column-missing').map((f) => f.code);
    expect(rows).toEqual(Array(12).fill('not-calculated'));
  });

  it('multi-line headers print on one line in --explain', async () => {
    const file = path.join(dir, 'multiline.csv');
    fs.writeFileSync(
      file,
      'ID,"Target\ncompletion date",Status,"Action\r\nowner"\nNC-1,2026-12-31,Open,Ana\n',
    );
    const run = await runCli(['validate', file, '--explain', '--as-of', AS_OF]);
    expect(run.stdout).toContain('"Target completion date"');
    expect(run.stdout).toContain('"Action owner"');
    expect(run.stdout).not.toMatch(/"Target\n/);
  });

  it('--explain names stage-mark columns as where the states came from, not as columns left unused', async () => {
    const file = path.join(dir, 'stages.csv');
    fs.writeFileSync(
      file,
      'ID,Action,Owner,Started,Done,Verified,Remarks\nA-1,Enforce MFA,Ana,X,X,,\nA-2,Patch VPN,Ben,X,,,late\n',
    );
    const run = await runCli(['validate', file, '--explain', '--as-of', AS_OF]);
    expect(run.stdout).toContain(
      'States:   from the column D "Started", E "Done", F "Verified" (stage marks)',
    );
    expect(run.stdout).not.toContain('Not used:');
  });

  it('init writes the headers of the sample register, in its order, plus the re-check date', async () => {
    const file = path.join(dir, 'new.xlsx');
    expect((await runCli(['init', file])).code).toBe(0);
    const headersOf = async (xlsx: string, row: number, sheet: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx);
      const values = wb.getWorksheet(sheet)!.getRow(row).values as unknown[];
      return values.slice(1).map(String);
    };
    const sample = await headersOf(SAMPLE_XLSX, 3, 'Improvement plan');
    expect(sample).toHaveLength(28);
    // The sample predates the re-check date (10.2 d/e): a new register has it after "Date closed".
    const withRecheck = [...sample];
    withRecheck.splice(sample.indexOf('Date closed') + 1, 0, 'Re-check date');
    expect(await headersOf(file, 1, 'Improvement plan')).toEqual(withRecheck);
  });
});
