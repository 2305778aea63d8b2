import { setup } from './helpers';

type Args = Excel.WorksheetChangedEventArgs;

async function listen(sheetName: string): Promise<Args[]> {
  const seen: Args[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).onChanged.add(async (args) => {
      seen.push(args);
    });
    await context.sync();
  });
  return seen;
}

describe('worksheet.onChanged', () => {
  test('a single-cell edit carries details with the values and types before and after', async () => {
    const double = setup({ Register: [['Open']] });
    const seen = await listen('Register');
    await double.edit('Register', 'A1', 'Closed');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'WorksheetChanged',
      address: 'A1',
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: double.workbook.sheet('Register')?.id,
      details: {
        valueBefore: 'Open',
        valueAfter: 'Closed',
        valueTypeBefore: 'String',
        valueTypeAfter: 'String',
      },
    });
  });

  test('a multi-cell edit (paste) is one event for the rectangle, without details', async () => {
    const double = setup({ Register: [] });
    const seen = await listen('Register');
    await double.edit('Register', 'B2:C3', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0].address).toBe('B2:C3');
    expect(seen[0].details).toBeUndefined();
  });

  test('a co-author edit arrives with source Remote', async () => {
    const double = setup({ Register: [] });
    const seen = await listen('Register');
    await double.edit('Register', 'A1', 'from a colleague', { source: 'Remote' });
    expect(seen.map((e) => e.source)).toEqual(['Remote']);
  });

  test("the add-in's own writes raise Local events, after the sync resolves", async () => {
    const double = setup({ Register: [] }, { requirementSets: { ExcelApi: '1.14' } });
    const seen = await listen('Register');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Register').getRange('A1').values = [['written by the add-in']];
      await context.sync();
      expect(seen).toHaveLength(0);
    });
    await double.flushEvents();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ source: 'Local', address: 'A1', triggerSource: 'ThisLocalAddin' });
    expect(seen[0].details?.valueAfter).toBe('written by the add-in');
  });

  test('only edits on the sheet a handler is registered on reach it', async () => {
    const double = setup({ Register: [], Other: [] });
    const seen = await listen('Register');
    await double.edit('Other', 'A1', 'elsewhere');
    expect(seen).toHaveLength(0);
  });

  test('a handler is active only after the sync that adds it, and stops after remove() and sync', async () => {
    const double = setup({ Register: [] });
    const seen: Args[] = [];
    await Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('Register').onChanged.add(async (args) => {
        seen.push(args);
      });
      await double.edit('Register', 'A1', 'before the sync');
      expect(double.handlerCount).toBe(0);
      await context.sync();
      await double.edit('Register', 'A1', 'after the sync');
      result.remove();
      await double.edit('Register', 'A1', 'remove queued, not synced');
      await context.sync();
      await double.edit('Register', 'A1', 'removed');
    });
    expect(seen.map((e) => e.details?.valueAfter)).toEqual(['after the sync', 'remove queued, not synced']);
  });

  test('the args can give back the changed range in a new context', async () => {
    const double = setup({ Register: [] });
    let address = '';
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Register').onChanged.add(async (args) => {
        await Excel.run(async (ctx) => {
          const range = args.getRange(ctx).load('address, values');
          await ctx.sync();
          address = `${range.address}=${range.values[0][0]}`;
        });
      });
      await context.sync();
    });
    await double.edit('Register', 'C4', 42);
    expect(address).toBe('Register!C4=42');
  });

  test('details are absent when the host predates ExcelApi 1.9', async () => {
    const double = setup({ Register: [] }, { requirementSets: { ExcelApi: '1.8' } });
    const seen = await listen('Register');
    await double.edit('Register', 'A1', 'x');
    expect(seen[0].details).toBeUndefined();
    expect(seen[0].triggerSource).toBeUndefined();
  });

  test('a failing handler surfaces in flushEvents', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Register').onChanged.add(async () => {
        throw new Error('handler bug');
      });
      await context.sync();
    });
    await expect(double.edit('Register', 'A1', 'x')).rejects.toThrow('handler bug');
  });
});
