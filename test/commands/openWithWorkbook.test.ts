import { excelOpenWithWorkbook, openWithWorkbookState } from '../../src/commands/openWithWorkbook';
import { AUTO_SHOW_SETTING, alignStartupBehavior } from '../../src/excel/startup';
import { makeAction, makeGrid } from '../core/builders';
import { install, workbookOf } from '../excel/harness';

function registerWorkbook() {
  return workbookOf({ Register: makeGrid([makeAction({ id: 'NC-001' })]) });
}

describe('"Open with this workbook" against the host double', () => {
  test('is off by default, and a new workbook neither opens the pane nor starts the add-in with it', () => {
    const double = install(registerWorkbook());
    expect(openWithWorkbookState()).toEqual({ kind: 'available', on: false });
    expect(double.office.startupBehavior).toBe('None');
    expect(double.workbook.settings[AUTO_SHOW_SETTING]).toBeUndefined();
  });

  test('on: the runtime loads with the document and Office opens the pane with it, stored in the workbook', async () => {
    const double = install(registerWorkbook());
    await expect(excelOpenWithWorkbook.set(true)).resolves.toBe(true);
    expect(double.office.addinCalls).toEqual(['setStartupBehavior:Load']);
    expect(double.office.startupBehavior).toBe('Load');
    // Saved into the document (the model is what the file holds), not only set in memory.
    expect(double.workbook.settings[AUTO_SHOW_SETTING]).toBe(true);
    expect(openWithWorkbookState()).toEqual({ kind: 'available', on: true });

    await expect(excelOpenWithWorkbook.set(false)).resolves.toBe(true);
    expect(double.office.startupBehavior).toBe('None');
    expect(AUTO_SHOW_SETTING in double.workbook.settings).toBe(false);
    expect(openWithWorkbookState()).toEqual({ kind: 'available', on: false });
  });

  test('when the document cannot be saved, the startup behaviour is put back and the switch stays off', async () => {
    const double = install(registerWorkbook());
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      double.failNextSettingsSave({ code: 'GeneralException' });
      await expect(excelOpenWithWorkbook.set(true)).resolves.toBe(false);
      expect(errors).toHaveBeenCalledTimes(1);
    } finally {
      errors.mockRestore();
    }
    expect(double.office.addinCalls).toEqual(['setStartupBehavior:Load', 'setStartupBehavior:None']);
    expect(double.office.startupBehavior).toBe('None');
    expect(double.workbook.settings[AUTO_SHOW_SETTING]).toBeUndefined();
    expect(openWithWorkbookState()).toEqual({ kind: 'available', on: false });
  });

  test('with only the manifest’s minimum sets (no shared runtime) it is explained, not offered, and nothing is called', async () => {
    const double = install(registerWorkbook(), { minimumSets: true });
    expect(openWithWorkbookState()).toEqual({ kind: 'unavailable' });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(excelOpenWithWorkbook.set(true)).resolves.toBe(false);
    } finally {
      errors.mockRestore();
    }
    expect(double.office.addinCalls).toEqual([]);
    expect(double.workbook.settings[AUTO_SHOW_SETTING]).toBeUndefined();
  });

  test('a workbook an earlier version left starting with the add-in is set back, unless the switch is on', async () => {
    const double = install(registerWorkbook());
    double.office.startupBehavior = 'Load';
    await alignStartupBehavior();
    expect(double.office.startupBehavior).toBe('None');

    await excelOpenWithWorkbook.set(true);
    double.office.addinCalls.length = 0;
    await alignStartupBehavior();
    expect(double.office.startupBehavior).toBe('Load');
    expect(double.office.addinCalls).toEqual([]);
  });
});
