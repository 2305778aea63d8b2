import { rejection, setup } from './helpers';

describe('data validation, conditional formats, charts and tables', () => {
  test('a list validation is stored for the range and reads back; clear removes it', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Register');
      const status = sheet.getRange('D2:D500');
      status.dataValidation.rule = { list: { inCellDropDown: true, source: 'Open,In progress,Closed' } };
      status.dataValidation.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: 'Status',
        message: 'Pick one',
      };
      const whole = sheet.getRange('D2:D500').dataValidation.load('rule, type, errorAlert');
      const part = sheet.getRange('D1:D2').dataValidation.load('type, rule');
      const none = sheet.getRange('E2').dataValidation.load('type, rule');
      await context.sync();
      expect(whole.rule).toEqual({ list: { inCellDropDown: true, source: 'Open,In progress,Closed' } });
      expect(whole.type).toBe('List');
      expect(whole.errorAlert).toMatchObject({ title: 'Status', message: 'Pick one' });
      expect([part.type, part.rule]).toEqual(['Inconsistent', null]);
      expect([none.type, none.rule]).toEqual(['None', {}]);
      sheet.getRange('D2:D10').dataValidation.clear();
      await context.sync();
    });
    expect(double.workbook.sheet('Register')?.validations.map((v) => v.rect)).toEqual([
      { row: 10, col: 3, rows: 490, cols: 1 },
    ]);
  });

  test('a list validation can take its source from a range', async () => {
    setup({ Register: [], Lists: [['Open'], ['Closed']] });
    await Excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem('Lists').getRange('A1:A2');
      const target = context.workbook.worksheets.getItem('Register').getRange('A2:A9');
      target.dataValidation.rule = { list: { inCellDropDown: true, source } };
      target.dataValidation.load('rule');
      await context.sync();
      expect(target.dataValidation.rule.list?.source).toBe('=Lists!$A$1:$A$2');
    });
  });

  test('custom conditional formats are stored with their formula and colours', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Register').getRange('A2:Z500');
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=AND($M2<TODAY(),$N2<>"Closed")';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      const count = range.conditionalFormats.getCount();
      const items = range.conditionalFormats.load('items/type');
      await context.sync();
      expect(count.value).toBe(1);
      expect(items.items.map((i) => i.type)).toEqual(['Custom']);
      const rule = items.items[0].custom.rule.load('formula');
      await context.sync();
      expect(rule.formula).toBe('=AND($M2<TODAY(),$N2<>"Closed")');
    });
    expect(double.workbook.sheet('Register')?.conditionalFormats).toEqual([
      expect.objectContaining({
        formula: '=AND($M2<TODAY(),$N2<>"Closed")',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
      }),
    ]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Register').getRange('A:Z').conditionalFormats.clearAll();
      await context.sync();
    });
    expect(double.workbook.sheet('Register')?.conditionalFormats).toEqual([]);
  });

  test('conditional format types other than custom are refused loudly', async () => {
    setup({ Register: [] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Register').getRange('A1');
      expect(() => range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar)).toThrow(
        /not supported by the host double/,
      );
    });
  });

  test('charts are recorded with type, source, title and position', async () => {
    const double = setup({
      Summary: [
        ['Status', 'Count'],
        ['Open', 3],
        ['Closed', 5],
      ],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Summary');
      const chart = sheet.charts.add(
        Excel.ChartType.pie,
        sheet.getRange('A1:B3'),
        Excel.ChartSeriesBy.columns,
      );
      chart.title.text = 'Status distribution';
      chart.setPosition('D2', 'J15');
      chart.load('name, top, left, width, height');
      const count = sheet.charts.getCount();
      await context.sync();
      expect(chart.name).toBe('Chart 1');
      expect([chart.top, chart.left]).toEqual([15, 144]);
      expect([chart.width, chart.height]).toEqual([336, 210]);
      expect(count.value).toBe(1);
    });
    expect(double.workbook.charts[0]).toMatchObject({
      type: 'Pie',
      source: 'Summary!A1:B3',
      title: 'Status distribution',
    });
  });

  test('tables have header and body ranges and unique names', async () => {
    setup({
      Register: [
        ['ID', '', 'ID'],
        ['NC-1', 'x', 'y'],
      ],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Register');
      const table = sheet.tables.add('A1:C2', true);
      const header = table.getHeaderRowRange().load('values, address');
      const body = table.getDataBodyRange().load('address');
      table.load('name, style, showTotals');
      await context.sync();
      expect(header.values).toEqual([['ID', 'Column2', 'ID2']]);
      expect(header.address).toBe('Register!A1:C1');
      expect(body.address).toBe('Register!A2:C2');
      expect([table.name, table.style, table.showTotals]).toEqual(['Table1', 'TableStyleMedium2', false]);
      sheet.tables.add('E1:F3', true).name = 'Table1';
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    });
  });

  test('a table cannot overlap another table', async () => {
    setup({ Register: [] });
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Register');
        sheet.tables.add('A1:C5', true);
        sheet.tables.add('B3:D8', true);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidOperation');
  });

  test('hyperlinks are stored and displayed', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Register').getRange('A1').hyperlink = {
        address: 'https://example.org/evidence/1',
        textToDisplay: 'Evidence',
      };
      await context.sync();
    });
    expect(double.workbook.sheet('Register')?.cell(0, 0)).toMatchObject({
      v: 'Evidence',
      link: { address: 'https://example.org/evidence/1', textToDisplay: 'Evidence' },
    });
  });
});
