import { listRegisterSheets, readRegister, registerOf } from '../../src/excel/readRegister';
import type { Grid } from '../../src/core';
import { install, run, wideRegister, workbookOf } from './harness';

const FOUR_MB = 4 * 1024 * 1024;
const FIVE_MB = 5 * 1024 * 1024;

let big: Grid | undefined;
/** The 50,000-row × 25-column register, built once (the double never changes it on a read). */
function bigRegister(): Grid {
  return (big ??= wideRegister(50_000));
}

async function readAll(grid: Grid) {
  const double = install(workbookOf({ Register: grid }));
  const read = await run((context) => readRegister(context));
  if (!read) throw new Error('register not found');
  return { double, read };
}

describe('reading the register in bounded chunks', () => {
  test('a 50,000-row × 25-column register is read whole, every request and response under 4 MB', async () => {
    const { double, read } = await readAll(bigRegister());
    expect(registerOf(read)?.actions).toHaveLength(50_000);
    expect(read.grid.values[0]).toHaveLength(25);
    expect(double.stats.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(double.stats.maxResponseBytes).toBeLessThan(FOUR_MB);
    expect(read.chunks).toBeGreaterThan(1);
    // Sheet list, then used ranges with the header scan, then one sync per chunk — never one per row.
    expect(double.stats.syncs).toBe(2 + read.chunks);
  }, 30_000);

  test('twice the rows takes about twice the chunks and the same two extra syncs', async () => {
    const half = await readAll(wideRegister(12_000));
    const full = await readAll(wideRegister(24_000));
    // Linear in the rows (the first chunk, sized before any bytes are known, is the odd one out).
    expect(full.read.chunks).toBeGreaterThanOrEqual(1.5 * half.read.chunks);
    expect(full.read.chunks).toBeLessThanOrEqual(2 * half.read.chunks + 1);
    expect(half.double.stats.syncs - half.read.chunks).toBe(2);
    expect(full.double.stats.syncs - full.read.chunks).toBe(2);
    expect(full.double.stats.syncs).toBeLessThan(100);
  }, 30_000);

  test('a register of 2,000-character descriptions is read in smaller chunks, still under 4 MB each', async () => {
    const long = 'Long description of the finding. '.repeat(61).slice(0, 2000);
    const { double, read } = await readAll(wideRegister(6_000, () => ({ description: long })));
    expect(registerOf(read)?.actions).toHaveLength(6_000);
    expect(registerOf(read)?.actions[5_999].values.description).toBe(long);
    expect(double.stats.maxResponseBytes).toBeLessThan(FOUR_MB);
    expect(double.stats.syncs).toBe(2 + read.chunks);
  }, 30_000);

  test('long cells that start below the first rows: a refused chunk is read again in halves', async () => {
    // The first rows are short, so a chunk sized from them is too big for what follows.
    const long = 'y'.repeat(3_000);
    const { double, read } = await readAll(wideRegister(4_000, (i) => (i < 20 ? {} : { notes: long })));
    expect(registerOf(read)?.actions).toHaveLength(4_000);
    expect(registerOf(read)?.actions[3_999].values.notes).toBe(long);
    const refused = double.stats.responses.filter((r) => r.bytes === 0).length;
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(double.stats.syncs).toBe(2 + read.chunks + refused);
    expect(double.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
    expect(double.stats.maxRequestBytes).toBeLessThan(FOUR_MB);
  }, 30_000);

  test('the header below title rows keeps its sheet row number, and rows read are sheet rows', async () => {
    const grid = wideRegister(3);
    const titled: Grid = {
      values: [['Improvement plan 2026'], [], ...grid.values],
      numberFormats: [['General'], [], ...(grid.numberFormats ?? [])],
    };
    install(workbookOf({ About: [['Read me']], Register: titled }));
    const read = await run((context) => readRegister(context));
    expect(read?.sheetName).toBe('Register');
    expect(read?.choice.headerRow).toBe(3);
    expect(registerOf(read!)?.actions.map((a) => a.row)).toEqual([4, 5, 6]);
  });

  test('a workbook without any register header reads as nothing, in two syncs', async () => {
    const double = install(workbookOf({ Notes: [['Meeting notes'], ['Nothing here']] }));
    await expect(run((context) => readRegister(context))).resolves.toBeUndefined();
    expect(double.stats.syncs).toBe(2);
  });

  /** A task table on row 25, under a dashboard's title and charts. */
  const dashboard: Grid = {
    values: [
      ['Task tracker'],
      ...Array.from({ length: 23 }, () => ['']),
      ['Task ID', 'Task Name', 'Task Owner', 'Due Date', 'Status'],
      ['T001', 'Prepare the report', 'Sarah', '2026-02-20', 'Completed'],
      ['T002', 'Market research', 'David', '2026-02-23', 'In Progress'],
      ['T003', 'Redesign the homepage', 'James', '2026-02-28', 'Not Started'],
    ],
  };

  test('a header below the first 20 rows (a table under a dashboard) is read with one more sync', async () => {
    const double = install(workbookOf({ Notes: [['Read me']], Dashboard: dashboard }));
    const read = await run((context) => readRegister(context));
    expect(read?.sheetName).toBe('Dashboard');
    expect(read?.choice.headerRow).toBe(25);
    expect(registerOf(read!)?.actions.map((a) => a.row)).toEqual([26, 27, 28]);
    // The sheet list, the first rows of every sheet, the rows below of the longer one, the chunk.
    expect(double.stats.syncs).toBe(3 + read!.chunks);
  });

  test('the list of register sheets (Register view) finds that header too, with the same one more sync', async () => {
    const double = install(workbookOf({ Notes: [['Read me']], Dashboard: dashboard }));
    const listed = await run((context) => listRegisterSheets(context));
    expect(listed.sheets).toEqual([{ name: 'Dashboard', headerRow: 25, hidden: false }]);
    // The sheet list, the first rows of every sheet, the rows below of the longer one.
    expect(double.stats.syncs).toBe(3);
  });

  test('a long sheet with no header in its first 60 rows reads as nothing, in three syncs', async () => {
    const notes = Array.from({ length: 80 }, (_, i) => [`Note ${i + 1}`, 'Nothing to track']);
    const double = install(workbookOf({ Notes: notes }));
    await expect(run((context) => readRegister(context))).resolves.toBeUndefined();
    expect(double.stats.syncs).toBe(3);
  });

  test('with the register sheet stored, its probe travels with the sheet list: one sync besides the chunks', async () => {
    const grid = wideRegister(12_000);
    const double = install(workbookOf({ About: [['Read me']], Register: grid }));
    const read = await run((context) => readRegister(context, { config: { sheetName: 'Register' } }));
    expect(registerOf(read!)?.actions).toHaveLength(12_000);
    expect(read?.sheetNames).toEqual(['About', 'Register']);
    expect(double.stats.syncs).toBe(1 + read!.chunks);
    // The same rows, the same mapping, as a read that probes every sheet.
    const probing = await readAll(grid);
    expect(registerOf(read!)).toEqual(registerOf(probing.read));
  }, 30_000);

  test('a stored sheet that was renamed or deleted: Excel refuses the probe, and every sheet is probed', async () => {
    const double = install(workbookOf({ Notes: [['Meeting notes']], 'Plan 2027': wideRegister(20) }));
    const read = await run((context) => readRegister(context, { config: { sheetName: 'Plan 2026' } }));
    expect(read?.sheetName).toBe('Plan 2027');
    expect(registerOf(read!)?.actions).toHaveLength(20);
    // The refused batch, then the sheet list and the probes of every sheet.
    expect(double.stats.syncs).toBe(1 + 2 + read!.chunks);
  });

  test("a stored name in other letter case reads the sheet under Excel's spelling of its name", async () => {
    install(workbookOf({ Register: wideRegister(5) }));
    const read = await run((context) => readRegister(context, { config: { sheetName: 'REGISTER' } }));
    expect(read?.sheetName).toBe('Register');
    expect(read?.choice.name).toBe('Register');
  });

  test('a stored sheet that is now empty is not taken: the register is looked for on every sheet', async () => {
    install(workbookOf({ Register: [], Moved: wideRegister(5) }));
    const read = await run((context) => readRegister(context, { config: { sheetName: 'Register' } }));
    expect(read?.sheetName).toBe('Moved');
  });

  test("an Excel table's totals row holds sums, not an action: it is skipped, in no extra sync", async () => {
    const grid = wideRegister(20);
    const double = install(workbookOf({ Register: grid }));
    // A table over the header and the 20 rows, then its totals row (Excel writes "Total" below).
    await run(async (context) => {
      const table = context.workbook.tables.add('Register!A1:Y21', true);
      table.showTotals = true;
      await context.sync();
    });
    double.resetStats();
    const read = await run((context) => readRegister(context));
    expect(double.workbook.sheet('Register')?.cells.size).toBeGreaterThan(0);
    expect(read?.totalsRows).toEqual([22]);
    expect(registerOf(read!)?.actions).toHaveLength(20);
    expect(registerOf(read!)?.actions.map((a) => a.row)).not.toContain(22);
    expect(double.stats.syncs).toBe(2 + read!.chunks);
  });

  test('a cancelled read stops between round trips with an AbortError', async () => {
    install(workbookOf({ Register: wideRegister(10) }));
    const controller = new AbortController();
    controller.abort();
    await expect(
      run((context) => readRegister(context, { signal: controller.signal })),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
