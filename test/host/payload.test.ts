import { modelValues, rejection, setup } from './helpers';

const MB = 1024 * 1024;

function bigColumn(rows: number, width: number, prefix = 'x'): string[][] {
  return Array.from({ length: rows }, (_, i) => [`${prefix}${i}`.padEnd(width, '.')]);
}

describe('sync and payload accounting', () => {
  test('every sync is counted with its request and response size in UTF-8 bytes', async () => {
    const double = setup({ Sheet1: [['é']] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      expect(range.values).toEqual([['é']]);
      context.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['ü'.repeat(1000)]];
      await context.sync();
    });
    const { stats } = double;
    expect(stats.syncs).toBe(2);
    expect(stats.responses[0].bytes).toBeGreaterThan(JSON.stringify([['é']]).length);
    expect(stats.requests[1].bytes).toBeGreaterThan(2000);
    expect(stats.requests[1].operations).toBe(1);
    expect(stats.maxRequestBytes).toBe(Math.max(...stats.requests.map((r) => r.bytes)));
    double.resetStats();
    expect(double.stats).toEqual({
      syncs: 0,
      requests: [],
      responses: [],
      maxRequestBytes: 0,
      maxResponseBytes: 0,
    });
  });

  test('an oversized request (6 MB of values) is rejected with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    const double = setup({ Sheet1: [['untouched']] });
    const values = bigColumn(60_000, 100);
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('C1').values = [['small write in the same batch']];
        sheet.getRange('A2:A60001').values = values;
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(double.stats.requests[0].bytes).toBeGreaterThan(6 * MB - 100_000);
    expect(double.workbook.sheet('Sheet1')?.cells.size).toBe(1);
    expect(modelValues(double, 'Sheet1', 1, 3)).toEqual([['untouched', '', '']]);
  });

  test('the same data in chunks under the limit goes through', async () => {
    const double = setup({ Sheet1: [] });
    const values = bigColumn(60_000, 100);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      for (let start = 0; start < values.length; start += 20_000) {
        sheet.getRangeByIndexes(start, 0, 20_000, 1).values = values.slice(start, start + 20_000);
        await context.sync();
      }
    });
    expect(double.stats.syncs).toBe(3);
    expect(double.stats.maxRequestBytes).toBeLessThan(5 * MB);
    expect(double.workbook.sheet('Sheet1')?.cells.size).toBe(60_000);
  });

  test('an oversized response is rejected with ResponsePayloadSizeLimitExceeded and the batch is undone', async () => {
    const double = setup({ Sheet1: bigColumn(60_000, 100) });
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('B1').values = [['written before the big read']];
        context.workbook.worksheets.add('Added');
        sheet.getRange('A1:A60000').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(double.workbook.sheet('Sheet1')?.cell(0, 1)).toBeUndefined();
    expect(double.workbook.sheet('Added')).toBeUndefined();
  });

  test('the limit is an option', async () => {
    setup({ Sheet1: [] }, { payloadLimitBytes: 1000 });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['y'.repeat(2000)]];
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
  });

  test('an injected failure rejects the next sync only, and applies nothing', async () => {
    const double = setup({ Sheet1: [] });
    double.failNextSync({ code: 'EditConflict' });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['lost']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('EditConflict');
    expect(double.workbook.sheet('Sheet1')?.cell(0, 0)).toBeUndefined();
    double.failNextSync(new TypeError('Failed to fetch'));
    const network = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').load('name');
        await context.sync();
      }),
    );
    expect(network).toBeInstanceOf(TypeError);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['saved']];
      await context.sync();
    });
    expect(double.workbook.sheet('Sheet1')?.cell(0, 0)?.v).toBe('saved');
    expect(double.stats.syncs).toBe(3);
  });
});
