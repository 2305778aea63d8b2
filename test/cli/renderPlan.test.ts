import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { renderPlan, safeText } from '../../src/cli/writer/renderPlan';
import type { SheetPlan } from '../../src/core';
import { AS_OF, json, removeDir, runCli, tempDir } from './cliHarness';

async function roundTrip(plan: SheetPlan): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  renderPlan(wb.addWorksheet(plan.name), plan);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back.getWorksheet(plan.name)!;
}

const FORMULA_LIKE = ['=HYPERLINK("http://example.com","x")', '+1+2', '-3', '@SUM(A1:A2)'];

describe('renderPlan', () => {
  it('stores text that looks like a formula as plain text', async () => {
    const ws = await roundTrip({
      name: 'S',
      cells: FORMULA_LIKE.map((value, i) => ({ row: i + 1, col: 1, kind: 'text' as const, value })),
      merges: [],
      columnWidths: [],
      charts: [],
    });
    FORMULA_LIKE.forEach((text, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    });
  });

  it('writes numbers, dates and percentages with the plan formats, plus merges, widths and frozen rows', async () => {
    const ws = await roundTrip({
      name: 'S',
      cells: [
        { row: 1, col: 1, kind: 'text', value: 'Title', style: 'title' },
        { row: 2, col: 1, kind: 'number', value: 12 },
        { row: 2, col: 2, kind: 'number', value: 91.5 },
        { row: 3, col: 1, kind: 'date', value: 46352 },
        { row: 4, col: 1, kind: 'percent', value: 0.75 },
      ],
      merges: [{ row: 1, col: 1, rows: 1, cols: 4 }],
      columnWidths: [30, 12],
      charts: [],
      freezeRows: 1,
    });
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe(12);
    expect(ws.getCell('A2').numFmt ?? 'General').toBe('General');
    expect(ws.getCell('B2').value).toBe(91.5);
    expect(ws.getCell('B2').numFmt ?? 'General').toBe('General'); // a half-day median keeps its decimal on screen
    expect(ws.getCell('A3')).toMatchObject({ numFmt: 'yyyy-mm-dd' });
    expect(ws.getCell('A4')).toMatchObject({ value: 0.75, numFmt: '0.0%' });
    expect(ws.getCell('D1').isMerged).toBe(true);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('removes characters a workbook cannot hold and cuts text at the cell limit', () => {
    expect(safeText('a\u0000b\u0007c\u001fd\te\nf')).toBe('abcd\te\nf');
    expect(safeText('x'.repeat(40_000))).toHaveLength(32_767);
  });
});

describe('user text in the summary sheet', () => {
  it('titles such as "=cmd|..." reach the summary workbook as text, not formulas', async () => {
    const dir = await tempDir();
    try {
      const csv = [
        'ID,Title,Type,Status,Owner,Target date,Date raised',
        ...FORMULA_LIKE.map(
          (t, i) => `OFI-${i + 1},"${t.replace(/"/g, '""')}",OFI,Open,Ana,2026-01-31,2026-01-02`,
        ),
      ].join('\n');
      const input = path.join(dir, 'register.csv');
      await fs.writeFile(input, csv);
      const out = path.join(dir, 'summary.xlsx');
      const run = await runCli(['review', input, '--as-of', AS_OF, '--out', out, '--json']);
      expect(json(run).output).toBeTruthy();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      for (const ws of wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.formula).toBeUndefined();
          }),
        );
      }
      const texts: string[] = [];
      wb.getWorksheet('Management Review 2026-11-26')!.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
      for (const t of FORMULA_LIKE) expect(texts).toContain(t);
    } finally {
      await removeDir(dir);
    }
  });
});
