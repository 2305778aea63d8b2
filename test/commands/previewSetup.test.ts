import { createExcelCommands } from '../../src/commands/commandList';
import { formatRect } from '../host-double/address';
import { makeAction, makeGrid } from '../core/builders';
import { allValues, install, workbookOf } from '../excel/harness';

function register() {
  return makeGrid([
    makeAction({ id: 'NC-001', status: 'Open', type: 'Minor NC' }),
    makeAction({ id: 'OFI-001', status: 'In progress', type: 'OFI' }),
  ]);
}

describe('the set-up lists the cells it will write before writing', () => {
  test('the preview writes nothing, and names exactly the ranges the set-up then writes', async () => {
    const double = install(workbookOf({ Register: register(), About: [['Notes']] }));
    const commands = createExcelCommands();
    const before = allValues(double, 'Register');
    const preview = await commands.previewSetup!();
    if (!preview.ok) throw new Error(preview.error.message);
    const sheet = double.workbook.sheet('Register')!;
    // Nothing written by the preview.
    expect(sheet.validations).toHaveLength(0);
    expect(allValues(double, 'Register')).toEqual(before);
    expect(preview.value.sheetName).toBe('Register');
    expect(preview.value.validations.length).toBeGreaterThan(0);

    const setup = await commands.setupRegister();
    if (!setup.ok) throw new Error(setup.error.message);
    const written = sheet.validations.map((v) => formatRect(v.rect)).sort();
    expect(written).toEqual(preview.value.validations.map((v) => v.range).sort());
    expect(setup.value.conditionalFormats).toBe(preview.value.conditionalFormats.length);
    expect(setup.value.missingColumns).toEqual(preview.value.missingColumns.map((c) => c.header));
  });

  test('sheetNames lists the visible sheets, for choosing the register', async () => {
    install(workbookOf({ Register: register(), About: [['Notes']] }));
    const outcome = await createExcelCommands().sheetNames!();
    expect(outcome).toEqual({ ok: true, value: ['Register', 'About'] });
  });
});
