import { modelValues, rejection, setup } from './helpers';

describe('a new sheet built in one batch, and batches that fail part-way', () => {
  test('add hidden, fill, merge, size, chart, table, show and activate — all in one sync', async () => {
    const double = setup({ Register: [['ID']] });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add('Summary');
      ws.visibility = Excel.SheetVisibility.hidden;
      ws.getRangeByIndexes(0, 0, 3, 2).numberFormat = [
        ['@', '@'],
        ['@', '0'],
        ['@', '0'],
      ];
      ws.getRangeByIndexes(0, 0, 3, 2).values = [
        ['Status', 'Count'],
        ['Open', 3],
        ['Closed', 5],
      ];
      ws.getCell(0, 0).format.font.bold = true;
      ws.getRangeByIndexes(4, 0, 1, 3).merge(false);
      ws.getRange('A:A').format.columnWidth = 140;
      const chart = ws.charts.add(Excel.ChartType.pie, ws.getRange('A1:B3'), Excel.ChartSeriesBy.columns);
      chart.title.text = 'Status';
      chart.setPosition('D2', 'H12');
      const table = ws.tables.add('A7:B8', true);
      table.name = 'SummaryTable';
      ws.freezePanes.freezeRows(1);
      ws.visibility = Excel.SheetVisibility.visible;
      ws.activate();
      await context.sync();
    });
    expect(double.stats.syncs).toBe(1);
    const sheet = double.workbook.sheet('Summary')!;
    expect(sheet.visibility).toBe('Visible');
    expect(double.workbook.activeSheet().name).toBe('Summary');
    expect(modelValues(double, 'Summary', 3, 2)).toEqual([
      ['Status', 'Count'],
      ['Open', 3],
      ['Closed', 5],
    ]);
    expect(sheet.colWidths.get(0)).toBe(140);
    expect(sheet.merges).toEqual([{ row: 4, col: 0, rows: 1, cols: 3 }]);
    expect(sheet.charts.map((c) => [c.type, c.title, c.source])).toEqual([
      ['Pie', 'Status', 'Summary!A1:B3'],
    ]);
    expect(sheet.tables.map((t) => t.name)).toEqual(['SummaryTable']);
    expect(sheet.frozenRows).toBe(1);
  });

  test('a sheet added in a batch that fails part-way stays, hidden, with what was written before the failure', async () => {
    const double = setup({ Register: [['ID']] });
    const error = await rejection(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.add('Summary');
        ws.visibility = Excel.SheetVisibility.hidden;
        ws.getRange('A1').values = [['half']];
        ws.getRange('A2').values = [['never']];
        ws.visibility = Excel.SheetVisibility.visible;
        double.failNextSync({ code: 'GeneralException' }, { afterOperations: 3 });
        await context.sync();
      }),
    );
    expect(error.code).toBe('GeneralException');
    const sheet = double.workbook.sheet('Summary');
    expect(sheet?.visibility).toBe('Hidden');
    expect(modelValues(double, 'Summary', 2, 1)).toEqual([['half'], ['']]);
  });

  test('without afterOperations an injected failure applies nothing', async () => {
    const double = setup({ Register: [['ID']] });
    double.failNextSync({ code: 'EditConflict' });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('Summary');
        await context.sync();
      }),
    );
    expect(error.code).toBe('EditConflict');
    expect(double.workbook.sheet('Summary')).toBeUndefined();
  });

  test('getItemOrNullObject with visibility tells a missing sheet from a hidden one', async () => {
    const double = setup({ Register: [['ID']], Old: [] });
    double.workbook.sheet('Old')!.visibility = 'Hidden';
    await Excel.run(async (context) => {
      const old = context.workbook.worksheets.getItemOrNullObject('old').load('visibility');
      const none = context.workbook.worksheets.getItemOrNullObject('Nope').load('visibility');
      await context.sync();
      expect([old.isNullObject, old.visibility]).toEqual([false, 'Hidden']);
      expect(none.isNullObject).toBe(true);
    });
  });
});
