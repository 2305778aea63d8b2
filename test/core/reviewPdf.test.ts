/**
 * The management-review pack as it prints: the command line writes the sample register's summary
 * (and a second one that follows up the first), LibreOffice prints the workbook to PDF, and the
 * review sheet's pages are counted and read back (pdfinfo, pdftotext). Screenshots of the pages
 * go to test-results/review-pack/ (pdftoppm). Skipped where LibreOffice is not installed, except
 * in CI.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { removeDir, runCli, SAMPLE_XLSX, tempDir } from '../cli/cliHarness';
import { findSoffice } from '../hostile/libreoffice';

const soffice = findSoffice();
const describeIfSoffice = soffice || process.env.CI ? describe : describe.skip;
const SHOTS = path.resolve(__dirname, '../../test-results/review-pack');

function toPdf(file: string, outDir: string): string {
  const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
  try {
    spawnSync(
      soffice!,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        file,
      ],
      { encoding: 'utf8', timeout: 170_000 },
    );
  } finally {
    fs.rmSync(new URL(profile), { recursive: true, force: true });
  }
  return path.join(outDir, path.basename(file).replace(/\.xlsx$/, '.pdf'));
}

interface Page {
  number: number;
  width: number;
  height: number;
  text: string;
}

/** The pages of the review sheet dated `asOf`: those whose running header names it. */
function reviewPages(pdf: string, asOf: string): Page[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' }).stdout;
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    number: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
  return sizes
    .map((s) => ({
      ...s,
      text: spawnSync('pdftotext', ['-layout', '-f', String(s.number), '-l', String(s.number), pdf, '-'], {
        encoding: 'utf8',
      }).stdout,
    }))
    .filter((p) => p.text.split('\n').slice(0, 3).join(' ').includes(`Management review ${asOf}`));
}

describeIfSoffice('the management-review pack printed by LibreOffice', () => {
  let dir: string;
  let first: Page[];
  let second: Page[];

  beforeAll(async () => {
    if (!soffice) throw new Error('soffice (LibreOffice) is not installed, and CI requires this test to run');
    dir = await tempDir();
    const a = path.join(dir, 'first.xlsx');
    const b = path.join(dir, 'second.xlsx');
    expect((await runCli(['review', SAMPLE_XLSX, '--as-of', '2026-05-26', '--out', a])).code).toBe(0);
    expect((await runCli(['review', a, '--as-of', '2026-11-26', '--out', b])).code).toBe(0);
    const pdf = toPdf(b, dir);
    first = reviewPages(pdf, '2026-05-26');
    second = reviewPages(pdf, '2026-11-26');
    fs.mkdirSync(SHOTS, { recursive: true });
    if (second.length > 0)
      spawnSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        String(second[0].number),
        '-l',
        String(second[second.length - 1].number),
        pdf,
        path.join(SHOTS, 'page'),
      ]);
  }, 240_000);

  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  // 7 since the list of late effectiveness checks (10.2 d) joined the pack.
  it('each summary of the sample register prints on 1 to 7 landscape A4 pages', () => {
    for (const pages of [first, second]) {
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.length).toBeLessThanOrEqual(7);
      for (const p of pages) {
        expect(p.width).toBeGreaterThan(p.height);
        expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
      }
    }
  });

  it('every page carries the register, the review date and "Page X of Y"', () => {
    second.forEach((p, i) => {
      expect(p.text).toContain('first.xlsx, sheet "Improvement plan"'); // the register the review read
      expect(p.text).toMatch(/Page \d+ of \d+/);
      expect(p.text).toContain('Management review 2026-11-26');
      if (i > 0) expect(p.text).toContain('Management review — continual improvement'); // title rows repeat
    });
  });

  it('the second summary opens with the data quality and follows up the first', () => {
    const text = second.map((p) => p.text).join('\n');
    expect(text.indexOf('Data quality')).toBeLessThan(text.indexOf('Key figures'));
    expect(text).toMatch(/\(a\) Since the last review \(2026-05-26/);
    expect(text).toMatch(/Errors \(4\): Duplicate ID 1/);
    expect(text).toContain('Decisions and actions (clause 9.3.3)');
    expect(text).toContain('Sign-off');
    // Long lists give their worst items and point to the full list.
    expect(text).toMatch(/10 of 18 open OFIs/);
  });
});
