/**
 * The summary workbook opens in LibreOffice Calc and shows the same figures as `review --json`:
 * LibreOffice converts every sheet to CSV (sheet parameter -1, LibreOffice 7.2 or later) and the
 * summary sheet's numbers are compared with the JSON. In CI a missing soffice fails the test;
 * elsewhere the test is skipped.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import type { ReviewFigures } from '../../src/core';
import { AS_OF, json, removeDir, runCli, SAMPLE_XLSX, tempDir } from './cliHarness';
import { comparableFigures, figuresOnSheet, parseCsv, rateOnSheet } from '../hostile/libreoffice';

const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function findSoffice(): string | undefined {
  const dirs = [
    '/usr/bin',
    '/usr/local/bin',
    '/opt/libreoffice/program',
    ...(process.env.PATH ?? '').split(path.delimiter),
  ];
  return dirs.map((d) => path.join(d, 'soffice')).find((p) => fs.existsSync(p));
}

const soffice = findSoffice();
const describeIfSoffice = soffice || process.env.CI ? describe : describe.skip;

describeIfSoffice('the summary workbook in LibreOffice Calc', () => {
  let dir: string;
  let figures: ReviewFigures;
  let rows: string[][];
  let templateCsv: string;

  beforeAll(async () => {
    if (!soffice) throw new Error('soffice (LibreOffice) is not installed, and CI requires this test to run');
    dir = await tempDir();
    const summary = path.join(dir, 'summary.xlsx');
    const template = path.join(dir, 'template.xlsx');
    figures = json<ReviewFigures>(
      await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF, '--out', summary, '--json']),
    );
    expect((await runCli(['init', template])).code).toBe(0);
    const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
    const csvDir = path.join(dir, 'csv');
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        csvDir,
        summary,
        template,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    fs.rmSync(new URL(profile), { recursive: true, force: true });
    const sheetCsv = path.join(csvDir, 'summary-Management Review 2026-11-26.csv');
    if (!fs.existsSync(sheetCsv)) {
      throw new Error(
        `LibreOffice did not write ${sheetCsv} (it needs 7.2+ for per-sheet CSV). Status ${result.status}\n${result.stdout}\n${result.stderr}`,
      );
    }
    rows = parseCsv(fs.readFileSync(sheetCsv, 'utf8'));
    templateCsv = fs.readFileSync(path.join(csvDir, 'template-Improvement plan.csv'), 'utf8');
  }, 150_000);

  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it('shows the key figures, the period, the counts by status and type, the ageing and the trend of review --json', () => {
    // One reading of the sheet for this test and the hostile campaign (states and types in the
    // register's words, side-by-side tables found by their headers).
    expect(figuresOnSheet(rows)).toEqual(comparableFigures(figures));
    expect(rateOnSheet(rows)).toBeCloseTo(figures.effectivenessRate!, 9);
  });

  it('opens the register written by init, header first', () => {
    expect(templateCsv.split(/\r?\n/)[0]).toMatch(/^Action ID,Title,Description,Type,Source,/);
  });
});
