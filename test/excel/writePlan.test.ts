import { PLAN_FORMATS, type SheetPlan } from '../../src/core';
import { planMatrices, writePlanSheet } from '../../src/excel/writePlan';
import { allValues, install, run, workbookOf } from './harness';

function plan(name: string, rows = 40): SheetPlan {
  const cells: SheetPlan['cells'] = [{ row: 1, col: 1, kind: 'text', value: 'Title', style: 'title' }];
  for (let r = 2; r <= rows; r++) {
    cells.push({ row: r, col: 1, kind: 'text', value: `=label ${r}`, style: 'label' });
    cells.push({ row: r, col: 2, kind: 'number', value: r });
  }
  return {
    name,
    cells,
    merges: [{ row: 1, col: 1, rows: 1, cols: 3 }],
    columnWidths: [30, 10],
    charts: [
      {
        type: 'columnClustered',
        title: 'Numbers',
        data: { firstRow: 2, firstCol: 1, lastRow: rows, lastCol: 2 },
        anchor: { row: 2, col: 5, rows: 10, cols: 5 },
      },
    ],
  };
}

describe('writing a plan into a new sheet', () => {
  test('one sync whatever the size of the plan; text cells stay text', async () => {
    const double = install(workbookOf({ Register: [['ID']] }));
    await run((context) => writePlanSheet(context, plan('Summary', 2_000)));
    expect(double.stats.syncs).toBe(1);
    const sheet = double.workbook.sheet('Summary')!;
    expect(sheet.cell(1, 0)).toMatchObject({ v: '=label 2', nf: PLAN_FORMATS.text });
    expect(sheet.cell(1, 0)?.f).toBeUndefined();
    expect(sheet.cell(1, 1)?.v).toBe(2);
    expect(sheet.cell(0, 0)).toMatchObject({ bold: true, fontSize: 14 });
    expect(sheet.charts).toHaveLength(1);
  });

  test('the plan is one values rectangle and one formats rectangle', () => {
    const { values, formats, rows, cols } = planMatrices(plan('S', 3));
    expect([rows, cols]).toEqual([3, 2]);
    expect(values[2]).toEqual(['=label 3', 3]);
    expect(formats[2]).toEqual([PLAN_FORMATS.text, PLAN_FORMATS.number]);
  });

  test('a plan of more cells than a call takes arguments is laid out (a roll-up of ten registers)', () => {
    const { rows, cols } = planMatrices(plan('S', 150_001));
    expect([rows, cols]).toEqual([150_001, 2]);
  });

  test('a name taken meanwhile (by a co-author) fails, and that sheet is not touched even if hidden', async () => {
    const double = install(workbookOf({ Register: [['ID']], Summary: [['their hidden notes']] }));
    double.workbook.sheet('Summary')!.visibility = 'Hidden';
    const theirs = allValues(double, 'Summary');
    await expect(run((context) => writePlanSheet(context, plan('Summary')))).rejects.toMatchObject({
      code: 'ItemAlreadyExists',
    });
    expect(double.workbook.sheet('Summary')?.visibility).toBe('Hidden');
    expect(allValues(double, 'Summary')).toEqual(theirs);
  });
});
