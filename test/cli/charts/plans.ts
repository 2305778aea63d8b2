/**
 * Sheet plans for the chart tests: the review summary the command line writes (from a register
 * built in the test), and a small plan with one chart of each type over hostile text.
 */
import { computeReview, PlanBuilder, planReviewSheet, type SheetPlan } from '../../../src/core';
import { AS_OF, makeAction, makeClosedNc, registerOf, serial } from '../../core/builders';

/** The summary sheet of a small register: its charts are the ones `review --out` draws. */
export function reviewPlan(): SheetPlan {
  const register = registerOf([
    makeAction({ id: 'A', raisedDate: serial('2026-09-10'), targetDate: serial('2026-11-20') }),
    makeAction({ id: 'B', type: 'OFI', raisedDate: serial('2026-10-01'), status: 'Planned' }),
    makeClosedNc({ id: 'C', raisedDate: serial('2026-09-01'), closedDate: serial('2026-10-11') }),
    makeClosedNc({ id: 'D', raisedDate: serial('2026-08-01'), closedDate: serial('2026-10-01') }),
    makeAction({ id: 'E', status: 'In progress', raisedDate: serial('2026-10-20') }),
  ]);
  return planReviewSheet(computeReview(register, { asOf: AS_OF }), {
    existingSheetNames: ['Register'],
    registerName: 'Register',
  });
}

/** A sheet name with an apostrophe, an ampersand and angle brackets (all allowed by Excel). */
export const HOSTILE_SHEET = "Q4 'review' & <co>";

/** Texts that exist only in the charts of {@link hostilePlan} (titles) or also in its cells. */
export const HOSTILE = {
  pieTitle: 'Share of <findings> & "quotes"',
  columnTitle: "Raised vs closed — R&D's view",
  lineTitle: 'Open actions over time',
  formulaCategory: '=SUM(A1:A2)',
  markupCategory: 'Ops <team> & co',
  uniqueCategory: 'Quarterzone',
} as const;

/**
 * One block per chart type. The pie's block has a zero slice; the column block a text gap ("—")
 * in a value cell and a category that looks like a formula; the line's categories are dates.
 */
export function hostilePlan(): SheetPlan {
  const b = new PlanBuilder();
  b.text(1, 1, 'Chart fixtures', 'title');
  b.row = 3;
  const pie = b.table(
    ['Kind', 'Count'],
    [
      [HOSTILE.markupCategory, 4],
      [HOSTILE.formulaCategory, 2],
      ['Empty slice', 0],
      [HOSTILE.uniqueCategory, 3],
    ],
    ['text', 'number'],
  );
  b.charts.push({
    type: 'pie',
    title: HOSTILE.pieTitle,
    data: { firstRow: pie.first, firstCol: 1, lastRow: pie.last, lastCol: 2 },
    anchor: { row: pie.first, col: 5, rows: 14, cols: 6 },
  });
  b.skip(12);
  const column = b.table(
    ['Month', 'Raised', 'Closed'],
    [
      ['2026-09', 5, 2],
      ['2026-10', 3, null],
      [HOSTILE.formulaCategory, 4, 6],
    ],
    ['text', 'number', 'number'],
  );
  b.charts.push({
    type: 'columnClustered',
    title: HOSTILE.columnTitle,
    data: { firstRow: column.first, firstCol: 1, lastRow: column.last, lastCol: 3 },
    anchor: { row: column.first, col: 5, rows: 16, cols: 8 },
  });
  b.skip(14);
  const line = b.table(
    ['Date', 'Open'],
    [
      [serial('2026-09-30'), 7],
      [serial('2026-10-31'), 5],
      [serial('2026-11-26'), 6],
    ],
    ['date', 'number'],
  );
  b.charts.push({
    type: 'line',
    title: HOSTILE.lineTitle,
    data: { firstRow: line.first, firstCol: 1, lastRow: line.last, lastCol: 2 },
    anchor: { row: line.first, col: 5, rows: 14, cols: 8 },
  });
  return {
    name: HOSTILE_SHEET,
    cells: b.cells,
    merges: b.merges,
    columnWidths: [18, 10, 10],
    charts: b.charts,
  };
}

/**
 * Edges: a block with its header row only, a chart without a title, a category holding a
 * character XML cannot carry, and a series of rates (percent cells).
 */
export function edgePlan(): SheetPlan {
  const b = new PlanBuilder();
  const empty = b.table(['Month', 'Raised'], [], ['text', 'number']);
  b.charts.push({
    type: 'columnClustered',
    title: 'Nothing yet',
    data: { firstRow: empty.first, firstCol: 1, lastRow: empty.last, lastCol: 2 },
    anchor: { row: 1, col: 4, rows: 10, cols: 5 },
  });
  b.skip();
  const odd = b.table(['Kind', 'Count'], [['bell\u0007 here', 2]], ['text', 'number']);
  b.charts.push({
    type: 'pie',
    title: '',
    data: { firstRow: odd.first, firstCol: 1, lastRow: odd.last, lastCol: 2 },
    anchor: { row: 12, col: 4, rows: 10, cols: 5 },
  });
  b.skip();
  const rates = b.table(
    ['Quarter', 'Closed on time'],
    [
      ['Q1', 0.5],
      ['Q2', 0.875],
    ],
    ['text', 'percent'],
  );
  b.charts.push({
    type: 'line',
    title: 'Closed on time',
    data: { firstRow: rates.first, firstCol: 1, lastRow: rates.last, lastCol: 2 },
    anchor: { row: 24, col: 4, rows: 10, cols: 5 },
  });
  return { name: 'Edges', cells: b.cells, merges: [], columnWidths: [12, 12], charts: b.charts };
}
