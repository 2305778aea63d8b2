import { followSelection } from '../../src/commands/selection';
import { makeAction, makeGrid } from '../core/builders';
import { install, workbookOf } from '../excel/harness';

describe('the pane follows the selection in Excel', () => {
  test('a listener is called after the user selects a cell and after an add-in selects a range', async () => {
    const double = install(workbookOf({ Register: makeGrid([makeAction()]) }));
    const calls: string[] = [];
    const outcome = await followSelection(() => calls.push('changed'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(double.selectionHandlerCount).toBe(1);
    // Registering it did not count as an onChanged handler (the status watcher's).
    expect(double.handlerCount).toBe(0);

    double.select('Register', 'C2');
    await double.flushEvents();
    expect(calls).toEqual(['changed']);

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Register').getRange('A2').select();
      await context.sync();
    });
    await double.flushEvents();
    expect(calls).toEqual(['changed', 'changed']);

    // After stopping, nothing is called; the one handler stays registered for the next listener.
    outcome.value();
    double.select('Register', 'B2');
    await double.flushEvents();
    expect(calls).toHaveLength(2);
    const again = await followSelection(() => calls.push('again'));
    expect(again.ok).toBe(true);
    expect(double.selectionHandlerCount).toBe(1);
  });

  test('an Excel without the event (ExcelApi 1.1) gives a clear not-supported answer', async () => {
    install(workbookOf({ Register: makeGrid([makeAction()]) }), { requirementSets: { ExcelApi: '1.1' } });
    jest.resetModules();
    const { followSelection: fresh } = await import('../../src/commands/selection');
    const outcome = await fresh(() => undefined);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });
});
