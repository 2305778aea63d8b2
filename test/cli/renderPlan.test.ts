import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { headerFooter, safeText } from '../../src/cli/writer/renderPlan';
import type { SheetPlan } from '../../src/core';
import { AS_OF, json, removeDir, runCli, tempDir } from './cliHarness';
import { partText, workbookWithPlan } from './writer/packageHelpers';

type LoadInput = Parameters<ExcelJS.Workbook['xlsx']['load']>[0];

/** The plan written by the command line's writer, read back by ExcelJS (an independent reader). */
async function roundTrip(plan: SheetPlan): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbookWithPlan(plan)) as unknown as LoadInput);
  return back.getWorksheet(plan.name)!;
}

const PLAN: SheetPlan = { name: 'S', cells: [], merges: [], columnWidths: [], charts: [] };
const FORMULA_LIKE = ['=HYPERLINK("http://example.com","x")', '+1+2', '-3', '@SUM(A1:A2)'];

describe('the summary sheet as SpreadsheetML', () => {
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

  it('wraps cells, sets row heights and hides columns as the plan says', async () => {
    const ws = await roundTrip({
      ...PLAN,
      cells: [
        { row: 1, col: 1, kind: 'text', value: 'A long text that wraps', wrap: true },
        { row: 1, col: 3, kind: 'text', value: 'hidden' },
      ],
      columnWidths: [20, 10],
      rowHeights: [{ row: 1, height: 45 }],
      hiddenColumns: [3],
    });
    expect(ws.getCell('A1').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getRow(1).height).toBe(45);
    expect(ws.getColumn(3).hidden).toBe(true);
    expect(ws.getColumn(2).hidden).toBe(false);
  });

  it('prints landscape, one page wide, with breaks, titles, area, header and footer', async () => {
    const plan: SheetPlan = {
      ...PLAN,
      name: "R&D's review",
      cells: [{ row: 1, col: 1, kind: 'text', value: 'x' }],
      print: {
        orientation: 'landscape',
        paper: 'Letter',
        fitToWidth: 1,
        titleRows: { first: 1, last: 2 },
        breaksBefore: [10, 40],
        area: { lastRow: 60, lastCol: 8 },
        header: { left: 'R&D register', right: '{sheet}' },
        footer: { center: 'Page {page} of {pages}' },
      },
    };
    const buf = await workbookWithPlan(plan);
    const sheet = partText(buf, 'xl/worksheets/sheet2.xml');
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain(
      '<pageSetup paperSize="1" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(sheet).toContain('<brk id="9" max="16383" man="1"/><brk id="39" max="16383" man="1"/>');
    expect(sheet).toContain('<oddHeader>&amp;LR&amp;&amp;D register&amp;R&amp;A</oddHeader>');
    expect(sheet).toContain('<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter>');
    const workbook = partText(buf, 'xl/workbook.xml');
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;R&amp;D&apos;&apos;s review&apos;!$A$1:$H$60</definedName>',
    );
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;R&amp;D&apos;&apos;s review&apos;!$1:$2</definedName>',
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as unknown as LoadInput);
    const ws = back.getWorksheet(plan.name)!;
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.headerFooter.oddFooter).toBe('&CPage &P of &N');
  });

  it("keeps a header within Excel's 255 characters", () => {
    const long = headerFooter({ left: 'x'.repeat(400), right: 'Page {page}' })!;
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long.endsWith('&RPage &P')).toBe(true);
    expect(headerFooter({})).toBeUndefined();
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
