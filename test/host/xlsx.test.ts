import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { installHostDouble, workbookFromGrid } from '../host-double';
import { saveToXlsx, workbookFromXlsx, xlsxBuffer } from '../host-double/xlsx';

describe('xlsx seeding and saving', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'host-double-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a workbook changed through the API survives a save and reload', async () => {
    const wb = workbookFromGrid({
      Register: {
        values: [
          ['ID', 'Raised', 'Status'],
          ['NC-1', 46085, 'Open'],
        ],
        numberFormats: [[], ['General', 'yyyy-mm-dd']],
      },
      Lists: [['Open'], ['Closed']],
    });
    const double = installHostDouble(wb);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Register');
      sheet.getRange('A1:C1').format.font.bold = true;
      sheet.getRange('A1:C1').format.fill.color = '#DDEBF7';
      sheet.getRange('C:C').format.columnWidth = 90;
      sheet.getRange('D2').values = [['=B2+30']];
      sheet.getRange('E1:F1').merge();
      sheet.getRange('C2:C100').dataValidation.rule = {
        list: { inCellDropDown: true, source: 'Open,Closed' },
      };
      const cf = sheet.getRange('A2:C100').conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=$C2="Open"';
      cf.custom.format.fill.color = '#FFC7CE';
      sheet.freezePanes.freezeRows(1);
      context.workbook.worksheets.getItem('Lists').visibility = 'Hidden';
      sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange('A1:B2'),
        Excel.ChartSeriesBy.auto,
      ).title.text = 'Trend';
      await context.sync();
    });
    Office.context.document.settings.set('mapping', { status: 'C' });
    await new Promise((resolve) => Office.context.document.settings.saveAsync(resolve));
    double.uninstall();

    const path = join(dir, 'round-trip.xlsx');
    await saveToXlsx(wb, path);
    const back = await workbookFromXlsx(path);

    expect(back.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Register', 'Visible'],
      ['Lists', 'Hidden'],
    ]);
    const reg = back.sheet('Register')!;
    expect(reg.cell(1, 1)).toMatchObject({ v: 46085, nf: 'yyyy-mm-dd' });
    expect(reg.cell(0, 0)).toMatchObject({ v: 'ID', bold: true, fill: '#DDEBF7' });
    expect(reg.cell(1, 3)?.f).toBe('=B2+30');
    expect(reg.colWidths.get(2)).toBeCloseTo(90, 0);
    expect(reg.merges).toEqual([{ row: 0, col: 4, rows: 1, cols: 2 }]);
    expect(reg.validations).toEqual([
      expect.objectContaining({
        rect: { row: 1, col: 2, rows: 99, cols: 1 },
        rule: { list: { inCellDropDown: true, source: 'Open,Closed' } },
      }),
    ]);
    expect(reg.conditionalFormats).toEqual([
      expect.objectContaining({ formula: '=$C2="Open"', fill: '#FFC7CE' }),
    ]);
    expect(reg.frozenRows).toBe(1);
    expect(back.charts).toEqual([
      expect.objectContaining({ type: 'ColumnClustered', title: 'Trend', sheetId: reg.id }),
    ]);
    expect(back.settings).toEqual({ mapping: { status: 'C' } });
  });

  test('a file written by another tool seeds the double, dates as serials', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Improvement Plan');
    ws.addRow(['ID', 'Target date', 'Done']);
    ws.addRow(['OFI-7', new Date(Date.UTC(2026, 2, 4)), true]);
    ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    ws.getCell('D2').value = { formula: 'B2+1', result: 46086 };
    ws.getCell('E2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    const wb = await workbookFromXlsx(Buffer.from(await book.xlsx.writeBuffer()));
    const double = installHostDouble(wb);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Improvement Plan')
        .getRange('A2:E2')
        .load('values, text, formulas, valueTypes');
      await context.sync();
      expect(range.values).toEqual([['OFI-7', 46085, true, 46086, '#N/A']]);
      expect(range.text[0][1]).toBe('04/03/2026');
      expect(range.formulas[0][3]).toBe('=B2+1');
      expect(range.valueTypes[0]).toEqual(['String', 'Double', 'Boolean', 'Double', 'Error']);
    });
    double.uninstall();
    const bytes = await xlsxBuffer(wb);
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
