/**
 * The add-in on an Excel that has only what manifest.xml requires to install (ExcelApi 1.9, no
 * SharedRuntime — Excel on iPad, an Excel without the shared runtime): the host double in its
 * minimumSets mode fails every call above those sets with ApiNotFound, as Office does. Every
 * command the pane and the ribbon run still works; what needs more (opening the pane from a
 * command, "Open with this workbook") is skipped or explained.
 */
import { HISTORY_SHEET } from '../../src/core';
import { createExcelCommands } from '../../src/commands/commandList';
import { openWithWorkbookState } from '../../src/commands/openWithWorkbook';
import { createWorkflowCommands } from '../../src/commands/workflowCommands';
import { AS_OF_ISO, makeAction, makeClosedNc, makeGrid } from '../core/builders';
import { install, workbookOf } from '../excel/harness';
import { MINIMUM_REQUIREMENT_SETS } from '../host-double';

/** Column letters of the builder's default register (status is J). */
const STATUS = 'J';

function register() {
  return makeGrid([
    makeAction({ id: 'NC-1', status: 'Implemented' }),
    makeAction({ id: 'NC-2', owner: '' }),
    makeClosedNc({ id: 'NC-3' }),
    makeAction({ id: 'OFI-1', type: 'OFI' }),
  ]);
}

function minimal() {
  return install(workbookOf({ Register: register() }), { minimumSets: true });
}

describe('with only the manifest’s minimum requirement sets', () => {
  test('the double reports ExcelApi 1.9 and nothing newer, and no shared runtime', () => {
    minimal();
    expect(MINIMUM_REQUIREMENT_SETS).toEqual({ ExcelApi: '1.9' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(Office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(false);
  });

  test('the pane’s commands work: detect, validate with highlights, set up, save the mapping, review, new register', async () => {
    const double = minimal();
    const commands = createExcelCommands();
    const detected = await commands.detectRegister();
    expect(detected).toMatchObject({ ok: true });
    const validated = await commands.validate({ highlight: true, asOf: AS_OF_ISO });
    if (!validated.ok) throw new Error(validated.error.message);
    expect(validated.value.findings.some((f) => f.code === 'missing-owner')).toBe(true);
    expect(double.workbook.sheet('Register')!.conditionalFormats.length).toBeGreaterThan(0);
    const finding = validated.value.findings.find((f) => f.row !== undefined && f.column !== undefined);
    if (finding) expect(await commands.goToFinding(finding)).toMatchObject({ ok: true });

    const setup = await commands.setupRegister();
    if (!setup.ok) throw new Error(setup.error.message);
    expect(setup.value.validations).toBeGreaterThan(0);
    if (detected.ok) expect(await commands.saveConfig(detected.value.config)).toMatchObject({ ok: true });

    const review = await commands.reviewSummary({ asOf: AS_OF_ISO });
    if (!review.ok) throw new Error(review.error.message);
    expect(double.workbook.sheet(review.value.sheetName)?.charts.length).toBeGreaterThan(0);
    const created = await commands.newRegister();
    if (!created.ok) throw new Error(created.error.message);
    expect(double.workbook.sheet(created.value.sheetName)?.cell(0, 0)?.v).toBeTruthy();
  });

  test('the status guard watches, prompts and records a move', async () => {
    const double = minimal();
    const workflow = createWorkflowCommands();
    expect(await workflow.startWatching()).toMatchObject({ ok: true });
    await double.edit('Register', `${STATUS}2`, 'Closed', { source: 'Local' });
    await workflow.watcher.idle();
    const [move] = workflow.watcher.pendingMoves;
    expect(move).toMatchObject({ id: 'NC-1', kind: 'gate', origin: 'local' });
    expect(await workflow.cancelMove(move)).toMatchObject({ ok: true });
    expect(double.workbook.sheet(HISTORY_SHEET)).toBeUndefined(); // a cancelled move writes no history
  });

  test('the ribbon commands complete without opening the pane, and the switch is explained, not offered', async () => {
    const double = minimal();
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
    });
    await Promise.resolve();
    await double.invokeCommand('validateRegister');
    await double.invokeCommand('reviewSummary');
    expect(double.office.completions.map((c) => c.id)).toEqual(['validateRegister', 'reviewSummary']);
    expect(double.office.addinCalls).toEqual([]);
    expect(openWithWorkbookState()).toEqual({ kind: 'unavailable' });
  });
});
