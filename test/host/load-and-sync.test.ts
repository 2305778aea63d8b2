import { modelValues, rejection, setup } from './helpers';

describe('load and sync', () => {
  test('reading a property that was not loaded throws PropertyNotLoaded with the Office.js message', async () => {
    setup({ Sheet1: [['a']] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      let error: { code?: string; message?: string; name?: string } = {};
      try {
        void range.values;
      } catch (e) {
        error = e as typeof error;
      }
      expect(error.code).toBe('PropertyNotLoaded');
      expect(error.name).toBe('RichApi.Error');
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      expect(error).toBeInstanceOf(OfficeExtension.Error);
    });
  });

  test('a loaded property is readable only after the sync', async () => {
    setup({ Sheet1: [['a', 1]] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1:B1')
        .load('values, numberFormat');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['a', 1]]);
      expect(range.numberFormat).toEqual([['General', 'General']]);
      expect(() => range.text).toThrow(/'text' is not available/);
    });
  });

  test('every load form is understood: string, array, select, property object and navigation paths', async () => {
    setup({ Sheet1: [['x']] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange('A1').load(['values', 'address']);
      const b = sheet.getRange('A1').load({ select: 'rowCount, columnCount' });
      const c = sheet
        .getRange('A1')
        .load({ values: true, format: { font: { bold: true } } } as Excel.Interfaces.RangeLoadOptions);
      const d = sheet.getRange('A1').load('format/fill/color');
      await context.sync();
      expect([a.values, a.address]).toEqual([[['x']], 'Sheet1!A1']);
      expect([b.rowCount, b.columnCount]).toEqual([1, 1]);
      expect([c.values, c.format.font.bold]).toEqual([[['x']], false]);
      expect(d.format.fill.color).toBe('#FFFFFF');
      expect(() => d.format.font.bold).toThrow(/not available/);
    });
  });

  test('writes are queued and reach the workbook only at sync, in order', async () => {
    const double = setup({ Sheet1: [['old']] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['first']];
      sheet.getRange('A1').values = [['second']];
      const seen = sheet.getRange('A1').load('values');
      expect(modelValues(double, 'Sheet1', 1, 1)).toEqual([['old']]);
      await context.sync();
      expect(modelValues(double, 'Sheet1', 1, 1)).toEqual([['second']]);
      expect(seen.values).toEqual([['second']]);
    });
  });

  test('a load sees the workbook at its place in the batch and keeps that snapshot', async () => {
    const double = setup({ Sheet1: [['before']] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const early = range.load('values');
      await context.sync();
      await double.edit('Sheet1', 'A1', 'changed by the user');
      expect(early.values).toEqual([['before']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['changed by the user']]);
    });
  });

  test('a ClientResult value is readable only after sync', async () => {
    setup({ Sheet1: [], Other: [] });
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  test('Excel.run syncs what is still queued when the batch resolves', async () => {
    const double = setup({ Sheet1: [] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['late']];
    });
    expect(double.workbook.sheet('Sheet1')?.cell(1, 1)?.v).toBe('late');
    expect(double.stats.syncs).toBe(1);
  });

  test('a batch is not a transaction: operations before a failing one stay applied', async () => {
    const double = setup({ Sheet1: [] });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['kept']];
        context.workbook.worksheets.getItem('Missing').getRange('A1').values = [['never']];
        context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['skipped']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(modelValues(double, 'Sheet1', 2, 1)).toEqual([['kept'], ['']]);
  });

  test('objects from a finished Excel.run are unusable unless tracked', async () => {
    setup({ Sheet1: [['v']] });
    let loose!: Excel.Range;
    let tracked!: Excel.Range;
    await Excel.run(async (context) => {
      loose = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      tracked = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      context.trackedObjects.add(tracked);
      await context.sync();
    });
    const error = await rejection(
      Excel.run(loose, async (context) => {
        loose.load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidObjectPath');
    await Excel.run(tracked, async (context) => {
      tracked.load('values');
      await context.sync();
      expect(tracked.values).toEqual([['v']]);
    });
  });

  test('the batch function must return a promise', async () => {
    setup();
    const error = await rejection(Excel.run((() => undefined) as unknown as () => Promise<void>));
    expect(error.code).toBe('RunMustReturnPromise');
  });

  test('anything the double does not model throws instead of silently succeeding', async () => {
    setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const range = sheet.getRange('A1') as unknown as Record<string, unknown>;
      expect(() => range.getSpillingToRangeOrNullObject).toThrow(
        'not supported by the host double: Range.getSpillingToRangeOrNullObject',
      );
      expect(() => sheet.getRange('A1').load('style')).toThrow(
        'not supported by the host double: Range.style (load)',
      );
      expect(() => (context.workbook as unknown as Record<string, unknown>).application).toThrow(
        /not supported by the host double/,
      );
      expect(() => (Excel as unknown as Record<string, unknown>).createWorkbook).toThrow(
        /not supported by the host double: Excel.createWorkbook/,
      );
    });
  });

  test('a new RequestContext works without Excel.run', async () => {
    setup({ Sheet1: [['direct']] });
    const context = new Excel.RequestContext();
    const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1').load('values');
    await context.sync();
    expect(range.values).toEqual([['direct']]);
  });
});
