import type { Finding, Severity } from '../../src/core';
import { addressBatches, highlightFindings } from '../../src/excel/highlight';
import { install, run, wideRegister, workbookOf } from './harness';

const FOUR_MB = 4 * 1024 * 1024;
const COLUMNS = ['I', 'L', 'M', 'O', 'S', 'C'];

/** `n` findings spread over rows and columns, every other row skipped so runs stay short. */
function findings(n: number, severity: (i: number) => Severity = (i) => (i % 3 ? 'warning' : 'error')) {
  return Array.from({ length: n }, (_, i): Finding => ({
    code: 'missing-owner',
    severity: severity(i),
    row: 2 + 2 * Math.floor(i / COLUMNS.length),
    column: COLUMNS[i % COLUMNS.length],
    field: 'owner',
    id: `NC-${i}`,
    message: 'Open action without owner.',
  }));
}

function cfs(double: ReturnType<typeof install>, sheet = 'Register') {
  return double.workbook.sheet(sheet)?.conditionalFormats ?? [];
}

/** The user's own rule, added through the API as another add-in or the user would. */
async function addUserFormat(address: string, formula: string): Promise<void> {
  await run(async (context) => {
    const cf = context.workbook.worksheets
      .getItem('Register')
      .getRange(address)
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = formula;
    cf.custom.format.font.color = '#9C0006';
    await context.sync();
  });
}

describe('highlighting findings with conditional formats', () => {
  test('10,000 findings cost the same syncs as 10, with every request under 4 MB', async () => {
    const double = install(workbookOf({ Register: wideRegister(20_000) }));
    await run((context) => highlightFindings(context, 'Register', findings(10)));
    const forTen = double.stats.syncs;
    double.resetStats();
    const added = await run((context) => highlightFindings(context, 'Register', findings(10_000)));
    expect(double.stats.syncs).toBe(forTen);
    expect(double.stats.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(added).toBeGreaterThan(2);
    // Every finding cell is covered by a format of its severity.
    const sheet = double.workbook.sheet('Register')!;
    const cover = (row: number, col: number) =>
      sheet.conditionalFormats.filter((cf) =>
        cf.rects.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols),
      );
    expect(cover(1, 8).map((cf) => cf.fill)).toEqual(['#FFC7CE']); // I2: error (i = 0)
    expect(cover(1, 11).map((cf) => cf.fill)).toEqual(['#FFEB9C']); // L2: warning (i = 1)
    expect(cover(2, 8)).toEqual([]); // I3: no finding
  }, 30_000);

  test('each getRanges address stays far below Excel’s 8192-character cut', () => {
    for (const batch of addressBatches(findings(10_000))) expect(batch.length).toBeLessThanOrEqual(2000);
  });

  test('the user’s own fills and values are untouched', async () => {
    const double = install(workbookOf({ Register: wideRegister(30) }));
    const sheet = double.workbook.sheet('Register')!;
    const key = 1 * 16384 + 8; // I2
    sheet.cells.set(key, { ...sheet.cells.get(key), fill: '#00B050' });
    const before = new Map([...sheet.cells].map(([k, c]) => [k, { ...c }]));
    await run((context) => highlightFindings(context, 'Register', findings(60)));
    expect(new Map([...sheet.cells].map(([k, c]) => [k, { ...c }]))).toEqual(before);
    expect(sheet.cell(1, 8)?.fill).toBe('#00B050');
  });

  test('a second run replaces the first run’s formats and keeps the user’s own rules', async () => {
    const double = install(workbookOf({ Register: wideRegister(100) }));
    await addUserFormat('A2:A200', '=LEN($A2)>10');
    await run((context) => highlightFindings(context, 'Register', findings(300)));
    const afterFirst = cfs(double).length;
    expect(afterFirst).toBeGreaterThan(2);
    await run((context) =>
      highlightFindings(
        context,
        'Register',
        findings(12, () => 'error'),
      ),
    );
    const left = cfs(double);
    expect(left.filter((cf) => cf.formula === '=LEN($A2)>10')).toHaveLength(1);
    expect(left).toHaveLength(1 + 1); // the user's rule + one format for the 12 errors
  });

  test('rules the user adds between two runs survive the second run', async () => {
    const double = install(workbookOf({ Register: wideRegister(100) }));
    await run((context) => highlightFindings(context, 'Register', findings(30)));
    await addUserFormat('B2:B200', '=ISBLANK($B2)');
    await addUserFormat('M2:M200', '=$M2="Overdue"');
    await run((context) => highlightFindings(context, 'Register', findings(30)));
    const formulas = cfs(double).map((cf) => cf.formula);
    expect(formulas).toEqual(expect.arrayContaining(['=ISBLANK($B2)', '=$M2="Overdue"']));
    expect(cfs(double)).toHaveLength(2 + 2); // the user's two + this run's error and warning formats
  });

  test('no findings removes the previous highlights and adds none; info findings are not highlighted', async () => {
    const double = install(workbookOf({ Register: wideRegister(20) }));
    await run((context) => highlightFindings(context, 'Register', findings(20)));
    expect(cfs(double).length).toBeGreaterThan(0);
    const added = await run((context) =>
      highlightFindings(
        context,
        'Register',
        findings(20, () => 'info'),
      ),
    );
    expect(added).toBe(0);
    expect(cfs(double)).toEqual([]);
  });

  test('highlights on another sheet are left alone', async () => {
    const double = install(workbookOf({ Register: wideRegister(20), Archive: wideRegister(20) }));
    await run((context) => highlightFindings(context, 'Archive', findings(6)));
    const archive = cfs(double, 'Archive').length;
    await run((context) => highlightFindings(context, 'Register', findings(6)));
    await run((context) => highlightFindings(context, 'Register', findings(6)));
    expect(cfs(double, 'Archive')).toHaveLength(archive);
    expect(cfs(double, 'Register')).toHaveLength(2);
  });
});
