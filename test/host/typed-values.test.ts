import { UNCOMPUTED_FORMULA_VALUE } from '../host-double';
import { rejection, setup } from './helpers';

async function writeAndRead(values: unknown[][], numberFormat?: string[][]) {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem('Sheet1')
      .getRangeByIndexes(0, 0, values.length, values[0].length);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values;
    range.load('values, formulas, numberFormat, valueTypes, text');
    await context.sync();
    return {
      values: range.values,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
      valueTypes: range.valueTypes,
      text: range.text,
    };
  });
}

describe('what Excel stores when text is written', () => {
  test('a string starting with = written to values becomes a formula', async () => {
    const double = setup();
    const read = await writeAndRead([['=SUM(A2:A9)', '=1+2', '="quoted"']]);
    expect(read.formulas).toEqual([['=SUM(A2:A9)', '=1+2', '="quoted"']]);
    expect(read.values).toEqual([[UNCOMPUTED_FORMULA_VALUE, UNCOMPUTED_FORMULA_VALUE, 'quoted']]);
    expect(double.workbook.sheet('Sheet1')?.cell(0, 0)?.f).toBe('=SUM(A2:A9)');
  });

  test('text number format set before the value in the same batch keeps it literal text', async () => {
    setup();
    const read = await writeAndRead([['=not a formula', '0012', '+44 20 7946 0000']], [['@', '@', '@']]);
    expect(read.values).toEqual([['=not a formula', '0012', '+44 20 7946 0000']]);
    expect(read.formulas).toEqual([['=not a formula', '0012', '+44 20 7946 0000']]);
    expect(read.valueTypes).toEqual([['String', 'String', 'String']]);
  });

  test('the text format set after the value is too late', async () => {
    setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['=1+1']];
      range.numberFormat = [['@']];
      range.load('formulas');
      await context.sync();
      expect(range.formulas).toEqual([['=1+1']]);
    });
  });

  test('a leading apostrophe stores the rest as literal text', async () => {
    const double = setup();
    const read = await writeAndRead([["'=A1", "'0012", "'-x"]]);
    expect(read.values).toEqual([['=A1', '0012', '-x']]);
    expect(double.workbook.sheet('Sheet1')?.cell(0, 0)).toMatchObject({ v: '=A1', qp: true });
    expect(double.workbook.sheet('Sheet1')?.cell(0, 0)?.f).toBeUndefined();
  });

  test('leading +, - and @ start a formula unless the text is a number', async () => {
    setup();
    const read = await writeAndRead([['- buy milk', '+x', '@user', '-5', '+3']]);
    expect(read.formulas).toEqual([['=- buy milk', '=+x', '=@user', -5, 3]]);
  });

  test('numbers, booleans, percentages, ISO dates and error texts are converted as if typed', async () => {
    setup();
    const read = await writeAndRead([['0012', '1,234', 'true', '50%', '2026-03-04', '#N/A', 'plain']]);
    expect(read.values).toEqual([[12, 1234, true, 0.5, 46085, '#N/A', 'plain']]);
    expect(read.valueTypes).toEqual([['Double', 'Double', 'Boolean', 'Double', 'Double', 'Error', 'String']]);
    expect(read.numberFormat).toEqual([
      ['General', '#,##0', 'General', '0%', 'yyyy-mm-dd', 'General', 'General'],
    ]);
    expect(read.text).toEqual([['12', '1,234', 'TRUE', '50%', '2026-03-04', '#N/A', 'plain']]);
  });

  test('null entries leave cells unchanged and an empty string clears the value but not the format', async () => {
    const double = setup({ Sheet1: [['keep', 'clear']] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.format.font.bold = true;
      range.values = [[null, '']] as unknown as string[][];
      await context.sync();
    });
    const sheet = double.workbook.sheet('Sheet1');
    expect(sheet?.cell(0, 0)).toMatchObject({ v: 'keep', bold: true });
    expect(sheet?.cell(0, 1)).toEqual({ bold: true });
  });

  test('an array of the wrong size is rejected with InvalidArgument', async () => {
    setup();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['only one row', 'x']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('dates are serials with their number format, and text shows them formatted', async () => {
    setup({ Sheet1: [] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [[46085, 46085.5]];
      range.numberFormat = [['dd/mm/yyyy', 'yyyy-mm-dd hh:mm']];
      range.load('values, text');
      await context.sync();
      expect(range.values).toEqual([[46085, 46085.5]]);
      expect(range.text).toEqual([['04/03/2026', '2026-03-04 12:00']]);
    });
  });

  test('formatting reads back per range, null when mixed', async () => {
    setup({ Sheet1: [] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').format.fill.color = '#ffc7ce';
      sheet.getRange('A1:B1').format.font.color = 'red';
      sheet.getRange('B:B').format.columnWidth = 120;
      sheet.getRange('C1').format.wrapText = true;
      const a = sheet.getRange('A1').format.load('fill/color, font/color, columnWidth');
      const ab = sheet.getRange('A1:B1').format.load('fill/color, font/color, columnWidth');
      await context.sync();
      expect([a.fill.color, a.font.color, a.columnWidth]).toEqual(['#FFC7CE', '#FF0000', 48]);
      expect([ab.fill.color, ab.font.color, ab.columnWidth]).toEqual([null, '#FF0000', null]);
    });
  });

  test('merge keeps the upper-left value, clear removes what it is asked to', async () => {
    const double = setup({
      Sheet1: [
        ['Title', 'lost'],
        ['x', 'y'],
      ],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').merge();
      sheet.getRange('A2').format.font.bold = true;
      sheet.getRange('A2:B2').clear('Contents');
      await context.sync();
    });
    const sheet = double.workbook.sheet('Sheet1');
    expect(sheet?.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
    expect(sheet?.cell(0, 1)).toBeUndefined();
    expect(sheet?.cell(1, 0)).toEqual({ bold: true });
  });
});
