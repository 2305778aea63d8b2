import path from 'node:path';
import { validateGrid, type CellValue, type Grid } from '../../src/core';
import { createExcelCommands } from '../../src/commands/commandList';
import { AS_OF, AS_OF_ISO, makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';
import { install, workbookOf } from '../excel/harness';
import type { HostDouble } from '../host-double';
import { workbookFromXlsx } from '../host-double/xlsx';

/** A register with something to say: missing owner, overdue, closed NC without root cause, bad date. */
function registerGrid(): Grid {
  return makeGrid(
    [
      makeAction({ id: 'NC-001' }),
      makeAction({ id: 'NC-002', owner: '' }),
      makeAction({ id: 'NC-003', targetDate: serial('2026-10-01') }),
      makeClosedNc({ id: 'NC-004', rootCause: 'TBD' }),
      makeAction({ id: 'OFI-001', type: 'OFI', raisedDate: 'sometime in spring' }),
      makeAction({ id: 'NC-001', status: 'Overdue' }),
    ],
    { titleRows: ['ISMS improvement plan', ''] },
  );
}

/** The grid of a sheet as the double holds it (values and number formats), from row 1 and column A. */
function gridOfSheet(double: HostDouble, name: string): Grid {
  const sheet = double.workbook.sheet(name)!;
  let rows = 0;
  let cols = 0;
  for (const key of sheet.cells.keys()) {
    rows = Math.max(rows, Math.floor(key / 16384) + 1);
    cols = Math.max(cols, (key % 16384) + 1);
  }
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(Array.from({ length: cols }, (_, c) => sheet.cell(r, c)?.v ?? ''));
    numberFormats.push(Array.from({ length: cols }, (_, c) => sheet.cell(r, c)?.nf ?? 'General'));
  }
  return { values, numberFormats };
}

describe('validate through the command list', () => {
  test('the findings are exactly the core’s findings for the same grid', async () => {
    const grid = registerGrid();
    install(workbookOf({ About: [['How to use this workbook']], Register: grid }));
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO, highlight: false });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const core = validateGrid(grid, { asOf: AS_OF, sheetName: 'Register' });
    expect(outcome.value.findings).toEqual(core.findings);
    expect(outcome.value.counts).toEqual(core.counts);
    expect(outcome.value.findings.length).toBeGreaterThan(4);
    expect(outcome.value.info).toMatchObject({
      sheetName: 'Register',
      headerRow: 3,
      rows: 6,
      storedConfig: false,
    });
    expect(outcome.value.asOf).toBe(AS_OF_ISO);
  });

  test('on the sample register workbook the findings match the core’s on the sheet’s own cells', async () => {
    const double = install(
      await workbookFromXlsx(path.join(__dirname, '../../examples/sample-register.xlsx')),
    );
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO, highlight: false });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const sheetName = outcome.value.info.sheetName;
    const core = validateGrid(gridOfSheet(double, sheetName), { asOf: AS_OF, sheetName });
    expect(outcome.value.findings).toEqual(core.findings);
    expect(outcome.value.info.rows).toBeGreaterThan(100);
  });

  test('validate highlights by default, in a few syncs, and not at all when asked not to', async () => {
    const double = install(workbookOf({ Register: registerGrid() }));
    const commands = createExcelCommands();
    await commands.validate({ asOf: AS_OF_ISO, highlight: false });
    expect(double.workbook.sheet('Register')?.conditionalFormats).toEqual([]);
    double.resetStats();
    const outcome = await commands.validate({ asOf: AS_OF_ISO });
    expect(outcome.ok && outcome.value.highlighted).toBe(true);
    expect(double.workbook.sheet('Register')?.conditionalFormats.length).toBeGreaterThan(0);
    // Read (sheet list, probes, 1 chunk — the previous highlights loaded with it) + highlight (1).
    expect(double.stats.syncs).toBe(4);
  });

  test('going to a finding selects its cell on the register sheet', async () => {
    const double = install(workbookOf({ About: [['Read me']], Register: registerGrid() }));
    const commands = createExcelCommands();
    const outcome = await commands.validate({ asOf: AS_OF_ISO, highlight: false });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const missingOwner = outcome.value.findings.find((f) => f.code === 'missing-owner')!;
    await expect(commands.goToFinding(missingOwner)).resolves.toEqual({ ok: true, value: undefined });
    expect(double.selection).toEqual({
      sheet: 'Register',
      address: `${missingOwner.column}${missingOwner.row}`,
    });
    expect(double.selection?.address).toBe('F5'); // NC-002 on sheet row 5, owner in column F
    await commands.goToFinding({ row: 7, column: '' });
    expect(double.selection).toEqual({ sheet: 'Register', address: '7:7' });
    await commands.goToFinding({ row: null, column: '' });
    expect(double.selection).toEqual({ sheet: 'Register', address: 'A1' });
  });

  test('going to a finding before any validation uses the sheet stored in the workbook', async () => {
    const workbook = workbookOf({ Other: [['x']], Register: registerGrid() });
    workbook.settings = { 'improvementPlan.config': { sheetName: 'Register' } };
    const double = install(workbook);
    await expect(createExcelCommands().goToFinding({ row: 4, column: 'B' })).resolves.toMatchObject({
      ok: true,
    });
    expect(double.selection).toEqual({ sheet: 'Register', address: 'B4' });
  });

  test('a workbook without a register gives a clear no-register outcome', async () => {
    install(workbookOf({ Notes: [['Minutes of the meeting']] }));
    const outcome = await createExcelCommands().validate();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-register', retry: true } });
    expect(!outcome.ok && outcome.error.message).toMatch(/No sheet looks like an improvement register/);
  });
});
