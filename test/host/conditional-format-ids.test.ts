import { rejection, setup } from './helpers';

/** Adds a custom format with `formula` on `address` (comma-separated areas allowed). */
function addFormat(context: Excel.RequestContext, address: string, formula: string): Excel.ConditionalFormat {
  const cf = context.workbook.worksheets
    .getItem('Register')
    .getRanges(address)
    .conditionalFormats.add(Excel.ConditionalFormatType.custom);
  cf.custom.rule.formula = formula;
  cf.custom.format.fill.color = '#FFEB9C';
  return cf;
}

describe('conditional formats: areas, ids and lookups', () => {
  test('a format added through RangeAreas covers every area, and each area lists it', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      addFormat(context, 'C5:C9,E2', '=TRUE');
      const sheet = context.workbook.worksheets.getItem('Register');
      const onE = sheet.getRange('E2').conditionalFormats.getCount();
      const elsewhere = sheet.getRange('D1:D100').conditionalFormats.getCount();
      const ranges = sheet.getRange('E2').conditionalFormats.getItemAt(0).getRanges().load('address');
      await context.sync();
      expect([onE.value, elsewhere.value]).toEqual([1, 0]);
      expect(ranges.address).toBe('Register!C5:C9, Register!E2');
    });
    expect(double.workbook.sheet('Register')?.conditionalFormats).toEqual([
      expect.objectContaining({
        rects: [
          { row: 4, col: 2, rows: 5, cols: 1 },
          { row: 1, col: 4, rows: 1, cols: 1 },
        ],
        formula: '=TRUE',
        fill: '#FFEB9C',
      }),
    ]);
  });

  test('an id is the position by priority in the collection it was read from — not an identity', async () => {
    setup({ Register: [] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Register');
      addFormat(context, 'A1:A10', '=1');
      addFormat(context, 'C1:C10', '=2');
      await context.sync();
      const whole = sheet.getRange().conditionalFormats.load('items/id,items/custom/rule/formula');
      const onlyC = sheet.getRange('C1:C10').conditionalFormats.load('items/id,items/custom/rule/formula');
      await context.sync();
      // The newest format has the highest priority.
      expect(whole.items.map((cf) => [cf.id, cf.custom.rule.formula])).toEqual([
        ['0', '=2'],
        ['1', '=1'],
      ]);
      expect(onlyC.items.map((cf) => [cf.id, cf.custom.rule.formula])).toEqual([['0', '=2']]);
    });
  });

  test('a remembered id names another format once formats are added: deleting it removes the wrong one', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      const first = addFormat(context, 'A1', '=1').load('id');
      await context.sync();
      expect(first.id).toBe('0');
      addFormat(context, 'B1', '=2');
      await context.sync();
      const whole = context.workbook.worksheets.getItem('Register').getRange().conditionalFormats;
      whole.getItem(first.id).delete();
      const after = whole.load('items/id,items/custom/rule/formula');
      await context.sync();
      expect(after.items.map((cf) => [cf.id, cf.custom.rule.formula])).toEqual([['0', '=1']]);
    });
    expect(double.workbook.sheet('Register')?.conditionalFormats.map((cf) => cf.formula)).toEqual(['=1']);
  });

  test('an id is resolved when its operation runs: deleting "0" twice deletes two formats', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      addFormat(context, 'A1', '=1');
      addFormat(context, 'B1', '=2');
      addFormat(context, 'C1', '=3');
      await context.sync();
      const whole = context.workbook.worksheets.getItem('Register').getRange().conditionalFormats;
      whole.getItem('0').delete();
      whole.getItem('0').delete();
      await context.sync();
    });
    expect(double.workbook.sheet('Register')?.conditionalFormats.map((cf) => cf.formula)).toEqual(['=1']);
  });

  test('loaded items stay bound to the formats they were loaded from, whatever their order of deletion', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      for (const n of [1, 2, 3, 4]) addFormat(context, `A${n}`, `=${n}`);
      await context.sync();
      const all = context.workbook.worksheets
        .getItem('Register')
        .getRange()
        .conditionalFormats.load('items/customOrNullObject/rule/formula');
      await context.sync();
      for (const cf of all.items) if (['=1', '=3'].includes(cf.customOrNullObject.rule.formula)) cf.delete();
      await context.sync();
    });
    expect(
      double.workbook
        .sheet('Register')
        ?.conditionalFormats.map((cf) => cf.formula)
        .sort(),
    ).toEqual(['=2', '=4']);
  });

  test('an unknown id: getItem fails with ItemNotFound', async () => {
    setup({ Register: [] });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Register').getRange().conditionalFormats.getItem('7').delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  test('getItemOrNullObject gives a null object for an unknown id, from ExcelApi 1.14 only', async () => {
    const recent = setup({ Register: [] }, { requirementSets: { ExcelApi: '1.14' } });
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem('Register')
        .getRange()
        .conditionalFormats.getItemOrNullObject('{not-a-position}');
      await context.sync();
      expect(cf.isNullObject).toBe(true);
    });
    recent.uninstall();
    setup({ Register: [] }, { requirementSets: { ExcelApi: '1.12' } });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem('Register')
          .getRange()
          .conditionalFormats.getItemOrNullObject('0');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
  });
});

describe('data validation alerts', () => {
  test('errorAlert takes Excel.DataValidationAlertStyle and reads back', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Register').getRange('D2:D50');
      range.dataValidation.rule = { list: { inCellDropDown: true, source: 'Open,Closed' } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: Excel.DataValidationAlertStyle.warning,
        title: 'Status',
        message: 'Not in the list',
      };
      const dv = range.dataValidation.load('errorAlert');
      await context.sync();
      expect(dv.errorAlert).toEqual({
        showAlert: true,
        style: 'Warning',
        title: 'Status',
        message: 'Not in the list',
      });
    });
    expect(double.workbook.sheet('Register')?.validations[0].errorAlert?.style).toBe('Warning');
  });

  test('an unknown alert style, or an alert on cells without validation, fails the sync', async () => {
    setup({ Register: [] });
    const badStyle = await rejection(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Register').getRange('D2:D50');
        range.dataValidation.rule = { list: { inCellDropDown: true, source: 'Open,Closed' } };
        range.dataValidation.errorAlert = {
          showAlert: true,
          style: 'Loud' as Excel.DataValidationAlertStyle,
          title: '',
          message: '',
        };
        await context.sync();
      }),
    );
    expect(badStyle.code).toBe('InvalidArgument');
    const noRule = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Register').getRange('F2:F5').dataValidation.errorAlert = {
          showAlert: false,
          style: Excel.DataValidationAlertStyle.stop,
          title: '',
          message: '',
        };
        await context.sync();
      }),
    );
    expect(noRule.code).toBe('InvalidOperation');
  });

  test('a typed-in list longer than Excel’s 255 characters is refused', async () => {
    setup({ Register: [] });
    const words = Array.from({ length: 40 }, (_, i) => `word-number-${i}`).join(',');
    expect(words.length).toBeGreaterThan(255);
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Register').getRange('A2:A9').dataValidation.rule = {
          list: { inCellDropDown: true, source: words },
        };
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});
