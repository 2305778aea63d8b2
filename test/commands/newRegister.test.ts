import { createExcelCommands } from '../../src/commands/commandList';
import { templateHeaders } from '../../src/core';
import { allValues, install, wideRegister, workbookOf } from '../excel/harness';

describe('creating a new register', () => {
  test('a new sheet with the template headers, a table, dropdowns and a frozen header', async () => {
    const double = install(workbookOf({ Register: wideRegister(5), Notes: [['mine']] }));
    const register = allValues(double, 'Register');
    const notes = allValues(double, 'Notes');
    const outcome = await createExcelCommands().newRegister();
    expect(outcome).toEqual({ ok: true, value: { sheetName: 'Improvement Plan' } });
    const sheet = double.workbook.sheet('Improvement Plan')!;
    const headers = templateHeaders();
    expect(headers.map((_, c) => sheet.cell(0, c)?.v)).toEqual(headers.map((h) => h.header));
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.validations.map((v) => v.rule.list?.source.split(',')[0]).sort()).toEqual(
      ['New', 'critical', 'internal-audit', 'major-nc'].sort(),
    );
    expect(double.workbook.activeSheet().name).toBe('Improvement Plan');
    expect(allValues(double, 'Register')).toEqual(register);
    expect(allValues(double, 'Notes')).toEqual(notes);
  });

  test('twice gives a second sheet with a unique name; a user sheet of that name is left alone', async () => {
    const double = install(workbookOf({ 'improvement plan': [['my own plan']] }));
    const mine = allValues(double, 'improvement plan');
    const commands = createExcelCommands();
    const first = await commands.newRegister();
    const second = await commands.newRegister();
    expect(first).toEqual({ ok: true, value: { sheetName: 'Improvement Plan-2' } });
    expect(second).toEqual({ ok: true, value: { sheetName: 'Improvement Plan-3' } });
    expect(double.workbook.sheets.map((s) => s.name)).toEqual([
      'improvement plan',
      'Improvement Plan-2',
      'Improvement Plan-3',
    ]);
    expect(allValues(double, 'improvement plan')).toEqual(mine);
    const tables = double.workbook.tables.map((t) => t.name);
    expect(new Set(tables).size).toBe(2);
  });

  test('a failure while listing the sheets creates nothing', async () => {
    const double = install(workbookOf({ Register: wideRegister(2) }));
    double.failNextSync({ code: 'EditConflict' });
    const outcome = await createExcelCommands().newRegister();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'edit-conflict', retry: true } });
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Register']);
  });

  test('a failure part-way through creating the sheet leaves no half-made register behind', async () => {
    const double = install(workbookOf({ Register: wideRegister(2) }));
    // The first sync lists the sheets; the second creates the register and fails after the table.
    double.failNextSync({ code: 'GeneralException' }, { afterSyncs: 1, afterOperations: 4 });
    const outcome = await createExcelCommands().newRegister();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'network', retry: true } });
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Register']);
  });

  test('a table name already taken fails the creation, and the half-made sheet is removed', async () => {
    const double = install(workbookOf({ Register: wideRegister(2) }));
    jest.spyOn(Date, 'now').mockReturnValue(1_790_000_000_000);
    try {
      const commands = createExcelCommands();
      await expect(commands.newRegister()).resolves.toMatchObject({ ok: true });
      const second = await commands.newRegister();
      expect(second).toMatchObject({ ok: false });
      expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Register', 'Improvement Plan']);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
