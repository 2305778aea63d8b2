import type { RibbonResult } from '../../src/commands/ribbonResults';
import { makeAction, makeGrid } from '../core/builders';
import { install, workbookOf } from '../excel/harness';
import type { HostDouble } from '../host-double';

/**
 * Loads the ribbon module under the installed double (so `Office.onReady` associates its
 * handlers), with its own copy of the result channel, and collects what it publishes.
 */
async function loadRibbon(): Promise<RibbonResult[]> {
  const results: RibbonResult[] = [];
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
    const { subscribeRibbonResults } = await import('../../src/commands/ribbonResults');
    subscribeRibbonResults((r) => results.push(r));
  });
  await Promise.resolve(); // Office.onReady resolves on the next microtask
  return results;
}

function registerWorkbook() {
  return workbookOf({
    Register: makeGrid([makeAction({ id: 'NC-001' }), makeAction({ id: 'NC-002', owner: '' })]),
  });
}

function completions(double: HostDouble, id: string): number {
  return double.office.completions.filter((c) => c.id === id).length;
}

describe('ribbon commands', () => {
  test('validate from the ribbon completes, highlights, publishes the result and opens the pane', async () => {
    const double = install(registerWorkbook());
    const results = await loadRibbon();
    await double.invokeCommand('validateRegister');
    expect(completions(double, 'validateRegister')).toBe(1);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ command: 'validate', outcome: { ok: true } });
    const result = results[0];
    const findings = result.command === 'validate' && result.outcome.ok ? result.outcome.value.findings : [];
    expect(findings.some((f) => f.code === 'missing-owner')).toBe(true);
    expect(double.workbook.sheet('Register')?.conditionalFormats.length).toBeGreaterThan(0);
    expect(double.office.addinCalls).toContain('showAsTaskpane');
  });

  test('a failing validate still completes the command and publishes the explained failure', async () => {
    const double = install(registerWorkbook());
    const results = await loadRibbon();
    double.failNextSync({ code: 'EditConflict' });
    await double.invokeCommand('validateRegister');
    expect(completions(double, 'validateRegister')).toBe(1);
    expect(results).toEqual([
      {
        command: 'validate',
        outcome: { ok: false, error: expect.objectContaining({ code: 'edit-conflict' }) },
      },
    ]);
  });

  test('review summary from the ribbon completes with a new active sheet, without opening the pane', async () => {
    const double = install(registerWorkbook());
    const results = await loadRibbon();
    await double.invokeCommand('reviewSummary');
    expect(completions(double, 'reviewSummary')).toBe(1);
    expect(results[0]).toMatchObject({ command: 'review', outcome: { ok: true } });
    const result = results[0];
    const name = result.command === 'review' && result.outcome.ok ? result.outcome.value.sheetName : '';
    expect(name).toMatch(/^Management Review \d{4}-\d{2}-\d{2}$/);
    expect(double.workbook.activeSheet().name).toBe(name);
    expect(double.office.addinCalls).not.toContain('showAsTaskpane');
  });

  test('a review summary without a register completes, publishes no-register and opens the pane', async () => {
    const double = install(workbookOf({ Notes: [['nothing']] }));
    const results = await loadRibbon();
    await double.invokeCommand('reviewSummary');
    expect(completions(double, 'reviewSummary')).toBe(1);
    expect(results[0]).toMatchObject({
      command: 'review',
      outcome: { ok: false, error: { code: 'no-register' } },
    });
    expect(double.office.addinCalls).toContain('showAsTaskpane');
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Notes']);
  });

  test('a pane listener that throws does not keep the command from completing', async () => {
    const double = install(registerWorkbook());
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
      const { subscribeRibbonResults } = await import('../../src/commands/ribbonResults');
      subscribeRibbonResults(() => {
        throw new Error('pane not ready');
      });
    });
    await Promise.resolve();
    await double.invokeCommand('validateRegister');
    expect(completions(double, 'validateRegister')).toBe(1);
  });

  test('without a shared runtime the commands still complete (the pane cannot be opened)', async () => {
    const double = install(registerWorkbook(), { requirementSets: { SharedRuntime: '0' } });
    const results = await loadRibbon();
    await double.invokeCommand('validateRegister');
    expect(completions(double, 'validateRegister')).toBe(1);
    expect(results[0]).toMatchObject({ outcome: { ok: true } });
    expect(double.office.addinCalls).toEqual([]);
  });
});
