import { createExcelCommands } from '../../src/commands/commandList';
import { AS_OF_ISO, makeAction, makeGrid } from '../core/builders';
import { install, workbookOf } from '../excel/harness';

/** A register whose owner column has a header nobody would guess. */
function register() {
  return makeGrid([makeAction({ id: 'NC-001' }), makeAction({ id: 'NC-002', owner: '' })], {
    headers: { owner: 'Kümmerer' },
  });
}

describe('the register configuration stored in the workbook', () => {
  test('without a stored mapping the odd owner header is not recognised', async () => {
    install(workbookOf({ Register: register() }));
    const outcome = await createExcelCommands().detectRegister();
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.value.mapping.columns.owner).toBeUndefined();
    expect(outcome.value.storedConfig).toBe(false);
  });

  test('a saved override is used by the next detection and validation', async () => {
    const double = install(workbookOf({ Register: register() }));
    const commands = createExcelCommands();
    const config = { sheetName: 'Register', fields: { owner: 'Kümmerer' } };
    await expect(commands.saveConfig(config)).resolves.toEqual({ ok: true, value: undefined });
    expect(double.workbook.settings['improvementPlan.config']).toEqual(config);

    const detected = await commands.detectRegister();
    if (!detected.ok) throw new Error(detected.error.message);
    expect(detected.value.mapping.columns.owner?.letter).toBe('F');
    expect(detected.value).toMatchObject({ storedConfig: true, config: { fields: { owner: 'Kümmerer' } } });

    const validated = await commands.validate({ asOf: AS_OF_ISO, highlight: false });
    if (!validated.ok) throw new Error(validated.error.message);
    const owners = validated.value.findings.filter((f) => f.field === 'owner').map((f) => [f.code, f.row]);
    expect(owners).toEqual([['missing-owner', 3]]);
  });

  test('the stored configuration travels with the workbook to the next session or co-author', async () => {
    const workbook = workbookOf({ Register: register() });
    install(workbook);
    await createExcelCommands().saveConfig({ sheetName: 'Register', fields: { owner: 'Kümmerer' } });
    // Another session opens the same workbook model: its settings are loaded from the document.
    install(workbook);
    const detected = await createExcelCommands().detectRegister();
    expect(detected).toMatchObject({ ok: true, value: { storedConfig: true } });
    expect(detected.ok && detected.value.mapping.columns.owner?.letter).toBe('F');
  });

  test('the stored sheet is read even when an earlier sheet also looks like a register', async () => {
    const workbook = workbookOf({ Main: makeGrid([makeAction()]), Archive: makeGrid([makeAction()]) });
    install(workbook);
    await createExcelCommands().saveConfig({ sheetName: 'Archive' });
    const detected = await createExcelCommands().detectRegister();
    expect(detected).toMatchObject({ ok: true, value: { sheetName: 'Archive' } });
  });

  test('a failed save is reported and nothing is stored', async () => {
    const double = install(workbookOf({ Register: register() }));
    double.failNextSettingsSave();
    const outcome = await createExcelCommands().saveConfig({ fields: { owner: 'Kümmerer' } });
    expect(outcome).toMatchObject({ ok: false, error: { retry: true } });
    expect(double.workbook.settings).toEqual({});
  });
});
