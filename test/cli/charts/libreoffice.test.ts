/**
 * LibreOffice opens a workbook carrying our chart parts and renders the charts: its PDF export
 * shows every chart's title and axis or legend texts (pdftotext), carries visibly more ink than
 * the same workbook without the parts (pdftoppm), and a re-save as .xlsx keeps the charts. The
 * workbook holds the review summary of a small register, a sheet of edge cases and a sheet with one
 * chart of each type over hostile text. In CI (CI=true) a missing soffice or poppler fails the test; elsewhere the
 * test is skipped. Page images go to test-results/charts/ for a person to look at.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { findSoffice } from '../../hostile/libreoffice';
import { removeDir, ROOT, tempDir } from '../cliHarness';
import { edgePlan, HOSTILE, hostilePlan, reviewPlan } from './plans';
import { workbookBytes } from './workbook';

const soffice = findSoffice();
const poppler = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;
const inCi = process.env.CI === 'true';
const describeIfTools = (soffice && poppler) || inCi ? describe : describe.skip;

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

function convert(to: string, files: string[], outDir: string): void {
  const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
  try {
    run(soffice!, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ]);
  } finally {
    fs.rmSync(new URL(profile), { recursive: true, force: true });
  }
}

/**
 * Pixels darker than light grey on the last page (the one-page fixture sheet), rendered small in
 * greyscale.
 */
function inkOfLastPage(pdf: string, dir: string): number {
  const prefix = path.join(dir, path.basename(pdf, '.pdf'));
  run('pdftoppm', ['-gray', '-r', '40', pdf, prefix]);
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.pgm'));
  const last = pages.sort()[pages.length - 1];
  const bytes = fs.readFileSync(path.join(dir, last));
  // Binary PGM: "P5", width, height, max value, one whitespace, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${last} is not a binary PGM`);
  return bytes.subarray(header[0].length).filter((p) => p < 200).length;
}

const occurrences = (text: string, word: string) => text.split(word).length - 1;

describeIfTools('chart parts in LibreOffice Calc', () => {
  const review = reviewPlan();
  // The one-page fixture sheet last: the ink is measured on the last page.
  const sheets = [
    { plan: review },
    { plan: edgePlan(), onePage: true },
    { plan: hostilePlan(), onePage: true },
  ];
  let dir: string;
  let withText: string;
  let withoutText: string;
  let withInk: number;
  let withoutInk: number;
  let resaved: JSZip;

  beforeAll(async () => {
    if (!soffice || !poppler)
      throw new Error('LibreOffice (soffice) and poppler (pdftotext, pdftoppm) are required in CI');
    dir = await tempDir();
    const withCharts = path.join(dir, 'with-charts.xlsx');
    const without = path.join(dir, 'without-charts.xlsx');
    fs.writeFileSync(withCharts, await workbookBytes(sheets, { charts: true }));
    fs.writeFileSync(without, await workbookBytes(sheets, { charts: false }));
    const pdfDir = path.join(dir, 'pdf');
    const saveDir = path.join(dir, 'resaved');
    convert('pdf', [withCharts, without], pdfDir);
    convert('xlsx', [withCharts], saveDir);
    const pdf = (name: string) => path.join(pdfDir, `${name}.pdf`);
    withText = run('pdftotext', ['-layout', pdf('with-charts'), '-']);
    withoutText = run('pdftotext', ['-layout', pdf('without-charts'), '-']);
    for (const name of ['with-charts', 'without-charts']) fs.mkdirSync(path.join(dir, name));
    withInk = inkOfLastPage(pdf('with-charts'), path.join(dir, 'with-charts'));
    withoutInk = inkOfLastPage(pdf('without-charts'), path.join(dir, 'without-charts'));
    const shots = path.join(ROOT, 'test-results', 'charts');
    fs.rmSync(shots, { recursive: true, force: true });
    fs.mkdirSync(shots, { recursive: true });
    run('pdftoppm', ['-png', '-r', '60', pdf('with-charts'), path.join(shots, 'with-charts')]);
    resaved = await JSZip.loadAsync(fs.readFileSync(path.join(saveDir, 'with-charts.xlsx')));
  }, 400_000);

  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it('prints every chart title, which only the charts hold', () => {
    const titles = [
      ...review.charts.map((c) => c.title),
      HOSTILE.pieTitle,
      HOSTILE.columnTitle,
      HOSTILE.lineTitle,
    ];
    for (const title of titles) {
      expect([title, withText.includes(title)]).toEqual([title, true]);
      expect([title, withoutText.includes(title)]).toEqual([title, false]);
    }
  });

  it('prints the categories on the axes and in the legends, beside the cells that hold them', () => {
    // Once in the cell; again in the pie's legend.
    expect(occurrences(withoutText, HOSTILE.uniqueCategory)).toBe(1);
    expect(occurrences(withText, HOSTILE.uniqueCategory)).toBeGreaterThanOrEqual(2);
    // The column chart's axis: a month, and the formula-looking category shown as text.
    expect(occurrences(withText, '2026-09')).toBeGreaterThan(occurrences(withoutText, '2026-09'));
    expect(occurrences(withText, HOSTILE.formulaCategory)).toBeGreaterThan(
      occurrences(withoutText, HOSTILE.formulaCategory),
    );
    // The line chart's date axis is labelled as dates, never as serial numbers.
    const dates = (t: string) => t.match(/\b20\d\d-\d\d-\d\d\b/g)?.length ?? 0;
    expect(dates(withText)).toBeGreaterThan(dates(withoutText));
    expect(withText).not.toMatch(/\b4[56]\d\d\d\b/);
  });

  it('draws the charts: the fixture page carries far more ink than the same sheet without them', () => {
    expect(withoutInk).toBeGreaterThan(0);
    expect(withInk).toBeGreaterThan(withoutInk * 3);
  });

  it('keeps the charts when LibreOffice saves the workbook again as .xlsx', async () => {
    const charts = Object.keys(resaved.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(sheets.reduce((n, s) => n + s.plan.charts.length, 0));
    const xml = (await Promise.all(charts.map((f) => resaved.file(f)!.async('string')))).join('\n');
    for (const kind of ['c:pieChart', 'c:barChart', 'c:lineChart']) expect(xml).toContain(`<${kind}>`);
    expect(xml).toContain('Actions by status');
    expect(xml).toContain('Share of &lt;findings&gt; &amp;');
  });
});
