import path from 'node:path';
import {
  BLOCK_COLUMN,
  computeReview,
  estimatePages,
  LIST_LIMIT,
  paperFor,
  parseRegister,
  planReviewSheet,
  wrappedLines,
  type SheetPlan,
} from '../../src/core';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import { AS_OF } from './builders';

const SAMPLE = path.resolve(__dirname, '../../examples/sample-register.xlsx');

async function samplePlan(locale?: string): Promise<SheetPlan> {
  const read = await readWorkbook(SAMPLE);
  if (!read.ok) throw new Error(read.error.message);
  const sheet = read.value.sheets[0];
  const parsed = parseRegister(sheet.grid, {}, sheet.name);
  if (!parsed.ok) throw new Error(parsed.message);
  const figures = computeReview(parsed.value, { asOf: AS_OF });
  return planReviewSheet(figures, {
    existingSheetNames: [sheet.name],
    registerName: 'sample-register.xlsx, sheet "Improvement plan"',
    locale,
  });
}

/** Width in characters of a printed cell, its merge included. */
function widthOf(plan: SheetPlan, row: number, col: number): number {
  const m = plan.merges.find((x) => x.row <= row && row < x.row + x.rows && x.col === col);
  let w = 0;
  for (let c = col; c < col + (m?.cols ?? 1); c++) w += plan.columnWidths[c - 1];
  return w;
}

describe('the summary prints as a short landscape pack', () => {
  let plan: SheetPlan;
  beforeAll(async () => {
    plan = await samplePlan();
  });

  it('prints landscape, one page wide, with title rows, header and footer, and a print area', () => {
    expect(plan.print).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      titleRows: { first: 1, last: 2 },
      area: { lastCol: 8 },
      header: {
        left: 'sample-register.xlsx, sheet "Improvement plan"',
        right: 'Management review 2026-11-26',
      },
      footer: { right: 'Page {page} of {pages}' },
    });
    expect(plan.print!.area.lastRow).toBe(
      Math.max(...plan.cells.filter((c) => c.col <= 8).map((c) => c.row)),
    );
  });

  it('prints on Letter where the locale does', async () => {
    expect((await samplePlan('en-US')).print!.paper).toBe('Letter');
    expect((await samplePlan('en-GB')).print!.paper).toBe('A4');
    // The command line passes LC_PAPER / LANG as the system writes them.
    expect(paperFor('en_US.UTF-8')).toBe('Letter');
    expect(paperFor('fr_CA')).toBe('Letter');
    expect(paperFor('C.UTF-8')).toBe('A4');
  });

  // 7 since the list of late effectiveness checks (10.2 d): the sample has seven such NCs.
  it("the sample register's summary fits on at most 7 pages, on A4 and on Letter", async () => {
    expect(estimatePages(plan)).toBeLessThanOrEqual(7);
    expect(estimatePages(await samplePlan('en-US'))).toBeLessThanOrEqual(7);
  });

  it('no text is cut: every printed text cell fits its width, wrapped, within its row height', () => {
    const heights = new Map(plan.rowHeights!.map((h) => [h.row, h.height]));
    for (const c of plan.cells) {
      if (c.col > 8 || c.kind !== 'text') continue;
      const lines = wrappedLines(String(c.value), widthOf(plan, c.row, c.col));
      if (lines > 1) expect({ cell: c.value, wrap: c.wrap }).toEqual({ cell: c.value, wrap: true });
      expect(heights.get(c.row) ?? 15).toBeGreaterThanOrEqual(lines * 15);
    }
  });

  it('charts and tables stay inside the printed columns; the hidden block is outside the print area', () => {
    for (const chart of plan.charts) expect(chart.anchor.col + chart.anchor.cols - 1).toBeLessThanOrEqual(8);
    const printed = plan.cells.filter((c) => c.col <= 8);
    expect(Math.max(...printed.map((c) => c.col))).toBe(8);
    expect(plan.hiddenColumns!.every((c) => c >= BLOCK_COLUMN)).toBe(true);
  });

  it('long lists give their worst items and point to the full list', () => {
    const texts = plan.cells.map((c) => String(c.value));
    // The sample has 18 open OFIs and 71 NCs closed in the period.
    expect(texts).toContain(
      '10 of 18 open OFIs (most overdue first) shown. Filter the register, or run improvement-plan validate on it, for the full list.',
    );
    expect(texts.some((t) => /^6 of 71 NCs closed in the period/.test(t))).toBe(true);
    const overdueHeader = plan.cells.find((c) => c.value === 'Days overdue')!;
    const days = plan.cells.filter((c) => c.col === 8 && c.row > overdueHeader.row && c.kind === 'number');
    expect(days.length).toBeLessThanOrEqual(LIST_LIMIT);
    expect(days[0].value).toBe(217); // the most overdue first
  });

  it('each page break starts a section or a block, never the middle of a table', () => {
    const first = new Map<number, string>();
    for (const c of plan.cells) if (c.col === 1 && !first.has(c.row)) first.set(c.row, String(c.style ?? ''));
    for (const row of plan.print!.breaksBefore)
      expect(['section', 'header', 'label']).toContain(first.get(row));
  });
});
