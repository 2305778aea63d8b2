import { createExcelCommands } from '../../src/commands/commandList';
import { FIELD_LABELS } from '../../src/core';
import { makeAction, makeClosedNc, makeGrid } from '../core/builders';
import { allValues, install, workbookOf } from '../excel/harness';
import type { HostDouble } from '../host-double';

function register() {
  return makeGrid([
    makeAction({ id: 'NC-001', status: 'Open', type: 'Minor NC' }),
    makeAction({ id: 'NC-002', status: 'In progress', type: 'Major NC', owner: '' }),
    makeClosedNc({ id: 'NC-003', type: 'Minor NC' }),
    makeAction({ id: 'OFI-001', status: 'Open', type: 'OFI' }),
  ]);
}

/** The validation list on a column's data cells, split into its words. */
function listOn(double: HostDouble, header: string): string[] | undefined {
  const sheet = double.workbook.sheet('Register')!;
  const col = [...Array(30).keys()].find((c) => sheet.cell(0, c)?.v === header);
  const v = sheet.validations.find((x) => x.rect.col === col && x.rect.row === 1);
  return v?.rule.list?.source.split(',');
}

describe('setting up the register’s guards', () => {
  test('dropdowns in the sheet’s own words, conditional formats, and not one value changed', async () => {
    const double = install(workbookOf({ Register: register(), About: [['Notes']] }));
    const before = allValues(double, 'Register');
    const aboutBefore = allValues(double, 'About');
    const outcome = await createExcelCommands().setupRegister();
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.value.validations).toBeGreaterThanOrEqual(3);
    expect(outcome.value.conditionalFormats).toBe(3);

    expect(listOn(double, FIELD_LABELS.status)).toEqual(
      expect.arrayContaining(['Open', 'In progress', 'Closed']),
    );
    expect(listOn(double, FIELD_LABELS.status)).not.toContain('in-progress');
    expect(listOn(double, FIELD_LABELS.type)).toEqual(
      expect.arrayContaining(['Minor NC', 'Major NC', 'OFI']),
    );
    const sheet = double.workbook.sheet('Register')!;
    // A dropdown warns instead of blocking: words the list does not have yet can still be kept.
    expect(sheet.validations.every((v) => v.errorAlert?.style === 'Warning')).toBe(true);
    expect(sheet.conditionalFormats.map((cf) => cf.fill).sort()).toEqual(['#FFC7CE', '#FFEB9C', '#FFEB9C']);

    expect(allValues(double, 'Register')).toEqual(before);
    expect(allValues(double, 'About')).toEqual(aboutBefore);
  });

  test('running set-up again repairs instead of piling up rules', async () => {
    const double = install(workbookOf({ Register: register() }));
    const commands = createExcelCommands();
    await commands.setupRegister();
    const sheet = double.workbook.sheet('Register')!;
    const first = { validations: sheet.validations.length, formats: sheet.conditionalFormats.length };
    await commands.setupRegister();
    await commands.setupRegister();
    expect({ validations: sheet.validations.length, formats: sheet.conditionalFormats.length }).toEqual(
      first,
    );
  });

  test('the user’s own conditional formats survive set-up', async () => {
    const double = install(workbookOf({ Register: register() }));
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem('Register')
        .getRange('A2:A50')
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=LEFT($A2,3)="OFI"';
      cf.custom.format.font.bold = true;
      await context.sync();
    });
    const commands = createExcelCommands();
    await commands.setupRegister();
    await commands.setupRegister();
    const formulas = double.workbook.sheet('Register')!.conditionalFormats.map((cf) => cf.formula);
    expect(formulas.filter((f) => f === '=LEFT($A2,3)="OFI"')).toHaveLength(1);
  });

  test('set-up takes two syncs after the read, whatever the register size', async () => {
    const double = install(workbookOf({ Register: register() }));
    await createExcelCommands().setupRegister();
    expect(double.stats.syncs).toBe(2 + 1 + 2);
  });
});

describe('adding the missing workflow columns', () => {
  test('offers them first, and on request writes only new header cells to the right', async () => {
    const grid = makeGrid([makeAction({ id: 'NC-001', status: 'Open' })], {
      columns: ['id', 'title', 'type', 'owner', 'targetDate', 'status'],
    });
    const double = install(workbookOf({ Register: grid }));
    const before = allValues(double, 'Register');
    const commands = createExcelCommands();
    const offer = await commands.setupRegister();
    if (!offer.ok) throw new Error(offer.error.message);
    expect(offer.value.missingColumns).toContain(FIELD_LABELS.rootCause);
    expect(offer.value.addedColumns).toEqual([]);
    expect(allValues(double, 'Register')).toEqual(before);

    const added = await commands.setupRegister({ addColumns: true });
    if (!added.ok) throw new Error(added.error.message);
    const sheet = double.workbook.sheet('Register')!;
    expect(sheet.cell(0, 6)?.v).toBe(FIELD_LABELS.targetReviewDate);
    expect(added.value.addedColumns).toContain(FIELD_LABELS.rootCause);
    const after = allValues(double, 'Register');
    for (const [key, value] of before) expect(after.get(key)).toEqual(value);
    expect(after.size).toBe(before.size + added.value.addedColumns.length);
    const again = await commands.setupRegister();
    expect(again.ok && again.value.missingColumns).toEqual([]);
  });
});
