/**
 * The command line over the hostile corpus (.hostile/, generated when missing) and every file of
 * ../shared/corpus: each case exits 0, 1 or 2 with a clear message and no stack trace, leaves its
 * input byte-identical, and — when usable — writes a summary workbook that ExcelJS and LibreOffice
 * Calc both open, whose figures equal review --json and where hostile text stays text.
 */
import fs from 'fs';
import path from 'path';
import { AS_OF, removeDir, runCli, STACK_TRACE, tempDir } from '../cli/cliHarness';
import {
  BIG_NAME,
  ensureHostileCorpus,
  hostileCase,
  HOSTILE_FILES,
  INJECTIONS,
  sharedCase,
  SHARED_FILES,
} from './corpus';
import { EXPECTED, expectationFor, type Expectation } from './expectations';
import { allRuns, reviewReport, runCase, validateReport, type CaseRuns } from './runCase';
import { workbookFacts } from './workbook';
import {
  comparableFigures,
  convertAllSheets,
  figuresOnSheet,
  findSoffice,
  parseCsv,
  rateOnSheet,
  sheetCsv,
} from './libreoffice';

const CASES = [...HOSTILE_FILES.map(hostileCase), ...SHARED_FILES.map(sharedCase)];
const SUMMARY = `Management Review ${AS_OF}`;
let outDir: string;

beforeAll(async () => {
  await ensureHostileCorpus();
  outDir = await tempDir();
}, 180_000);
afterAll(async () => {
  if (outDir) await removeDir(outDir);
});

const isUsable = (label: string) => expectationFor(label).validate !== 2;
const summaryName = (e: Expectation) => e.summarySheet ?? SUMMARY;
const get = (label: string) =>
  runCase(
    CASES.find((c) => c.label === label)!,
    outDir,
  );

it('has an expectation for every generated file, and a file for every expectation', () => {
  expect([...HOSTILE_FILES, BIG_NAME].sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(CASES.map((c) => [c.label] as const))('%s', (label) => {
  const exp = expectationFor(label);
  const generated = !label.startsWith('shared/');
  let r: CaseRuns;
  beforeAll(async () => {
    r = await get(label);
  }, 120_000);

  // See Expectation.knownBug: the tests a known bug breaks run as it.failing until it is fixed.
  const itUnlessBug = exp.knownBug ? it.failing : it;

  it('leaves the input byte-identical', () => {
    expect(r.hashAfter).toBe(r.hashBefore);
  });

  itUnlessBug('exits 0, 1 or 2 with no stack trace and no internal error', () => {
    for (const run of allRuns(r)) {
      expect([0, 1, 2]).toContain(run.code);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).not.toContain('Internal error');
      expect(run.stderr).not.toMatch(/\[object Object\]|\bundefined\b|\bNaN\b/);
    }
  });

  if (exp.validate === 2) {
    it('is refused with exit code 2 and one line that names the file and says what to do', () => {
      for (const run of allRuns(r)) {
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(exp.message!);
        expect(run.stderr).toContain(path.basename(r.case.file));
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
      }
      expect(reviewReport(r).error?.message).toMatch(exp.message!);
      if (generated) expect(validateReport(r).error?.message).toMatch(exp.message!);
      expect(fs.existsSync(r.out)).toBe(false);
    });
    return;
  }

  if (generated) {
    it('validates with the exit code its errors call for, and reports what it read', () => {
      const report = validateReport(r);
      const errors = report.counts.error > 0 ? 1 : 0;
      expect(r.validateText!.code).toBe(exp.validate === 'counts' ? errors : exp.validate);
      expect(r.validateJson!.code).toBe(r.validateText!.code);
      expect(errors).toBe(r.validateText!.code);
      expect(r.validateText!.stdout).toMatch(/action rows? below the header/);
      if (exp.rows !== undefined) expect(report.rows).toBe(exp.rows);
      if (exp.headerRow !== undefined) expect(report.headerRow).toBe(exp.headerRow);
      if (exp.sheet !== undefined) expect(report.sheet).toBe(exp.sheet);
      const notices = report.notices.map((n) => n.code);
      for (const code of exp.notices ?? []) expect(notices).toContain(code);
      const findings = [...new Set(report.findings.map((f) => f.code))];
      for (const code of exp.findings ?? []) expect(findings).toContain(code);
    });
  }

  itUnlessBug('reviews with exit code 0 and writes the summary workbook', () => {
    expect(r.review.code).toBe(0);
    const review = reviewReport(r);
    expect(review.output).toMatchObject({ file: r.out, sheet: summaryName(exp) });
    expect(r.review.stderr).toContain('The input file is unchanged.');
    if (generated) expect(review.total).toBe(validateReport(r).rows);
    expect(fs.existsSync(r.out)).toBe(true);
  });

  itUnlessBug(
    'keeps every sheet and formula of the input, adds the summary, and writes text as text',
    async () => {
      const out = await workbookFacts(r.out);
      const summary = summaryName(exp);
      // A CSV register (or CSV text under an .xlsx name, read as CSV) becomes the first sheet of the
      // copy, named after the file where Excel allows it.
      const input =
        /\.csv$/i.test(r.case.file) || exp.notices?.includes('csv-as-workbook')
          ? { sheets: [out.sheets[0]], formulas: [] }
          : await workbookFacts(r.case.file);
      expect(out.sheets).toEqual([...input.sheets, summary]);
      // A formula in the copy is one the user wrote; the command line never adds one.
      expect(out.formulas).toEqual(input.formulas);
      if (!exp.injection) return;
      const register = out.strings.get(reviewReport(r).sheet) ?? [];
      const onSummary = out.strings.get(summary) ?? [];
      for (const payload of INJECTIONS) {
        expect(register).toContain(payload);
        expect(onSummary).toContain(payload.trim());
      }
    },
    60_000,
  );
});

describe('hostile details', () => {
  it('a third summary of the same day gets the suffix -3; the sheets already there are left as they were', async () => {
    const r = await get('existing-review-sheet.xlsx');
    const [input, out] = await Promise.all([workbookFacts(r.case.file), workbookFacts(r.out)]);
    expect(out.sheets.slice(-1)).toEqual(['Management Review 2026-11-26-3']);
    for (const sheet of input.sheets) expect(out.values.get(sheet)).toEqual(input.values.get(sheet));
  }, 60_000);

  it('--sheet takes a name with quotes and apostrophes, in any case and with stray spaces', async () => {
    const file = hostileCase('sheet-names-quotes.xlsx').file;
    const name = ` o'brien's "isms" REGISTER (q4)! `;
    const run = await runCli(['validate', file, '--sheet', name, '--json', '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      sheet: `O'Brien's "ISMS" register (Q4)!`,
      sheetChosenBy: 'option',
    });
  }, 60_000);

  it('dates: serial 60, 0, negative, beyond 9999, booleans, impossible and free-text dates are invalid; 03/04/2026 is ambiguous', async () => {
    const report = validateReport(await get('dates-every-kind.xlsx'));
    const invalidRows = (field: string) =>
      report.findings.filter((f) => f.code === 'invalid-date' && f.field === field).map((f) => f.row);
    // Sheet rows (scripts/hostile/lib/xlsxContentCases.js): 9 2026-02-30, 11 "next Friday", 15 the number 12
    // without a date format, 16 serial 60, 17 serial 0, 18 serial -5, 20 serial 2958466, 22 TRUE,
    // 23 FALSE, 24 a date in 1899.
    const expected = [9, 11, 15, 16, 17, 18, 20, 22, 23, 24];
    expect(invalidRows('targetDate')).toEqual(expect.arrayContaining(expected));
    expect(invalidRows('raisedDate')).toEqual(expect.arrayContaining(expected));
    const ambiguous = report.findings.filter((f) => f.code === 'ambiguous-date').map((f) => f.row);
    expect(ambiguous).toEqual([8, 8]);
  }, 60_000);
});

const soffice = findSoffice();
const describeIfSoffice = soffice || process.env.CI ? describe : describe.skip;

describeIfSoffice('the summary workbooks in LibreOffice Calc', () => {
  // See Expectation.skipLibreOffice.
  const usable = CASES.filter((c) => isUsable(c.label) && !expectationFor(c.label).skipLibreOffice);
  let csvDir: string;
  let log = '';

  beforeAll(async () => {
    if (!soffice) throw new Error('soffice (LibreOffice) is not installed, and CI requires this test to run');
    const runs = await Promise.all(usable.map((c) => runCase(c, outDir)));
    csvDir = path.join(outDir, 'csv');
    const outputs = runs.map((r) => r.out).filter((f) => fs.existsSync(f));
    log = convertAllSheets(soffice, outputs, csvDir);
  }, 300_000);

  const summaryShowsFigures = async (label: string) => {
    const r = await get(label);
    const text = sheetCsv(csvDir, r.out, summaryName(expectationFor(label)));
    if (text === undefined) throw new Error(`LibreOffice did not convert ${r.out}:\n${log}`);
    const rows = parseCsv(text);
    const figures = reviewReport(r);
    expect(figuresOnSheet(rows)).toEqual(comparableFigures(figures));
    const rate = rateOnSheet(rows);
    if (figures.effectivenessRate === null) expect(rate).toBeNull();
    else expect(rate).toBeCloseTo(figures.effectivenessRate, 3);
  };
  const title = '%s: the summary sheet opens and shows the figures of review --json';
  const labels = (bug: boolean) =>
    usable.filter((c) => Boolean(expectationFor(c.label).knownBug) === bug).map((c) => [c.label] as const);
  it.each(labels(false))(title, summaryShowsFigures);
  // See Expectation.knownBug.
  if (labels(true).length > 0) it.failing.each(labels(true))(title, summaryShowsFigures);

  it.each(usable.filter((c) => expectationFor(c.label).injection).map((c) => [c.label] as const))(
    '%s: injected formulas and markup read back as the literal text',
    async (label) => {
      const r = await get(label);
      const fields = (sheet: string) => new Set(parseCsv(sheetCsv(csvDir, r.out, sheet) ?? '').flat());
      const register = fields(reviewReport(r).sheet);
      const summary = fields(SUMMARY);
      // A formula would export as its result (2 for =1+1), so the literal text proves it stayed text.
      for (const payload of INJECTIONS) {
        expect(register).toContain(payload);
        expect(summary).toContain(payload.trim());
      }
    },
  );
});
