import {
  computeReview,
  dayFromIso,
  planMissingColumns,
  planReviewSheet,
  uniqueSheetName,
} from '../../src/core';
import { AS_OF, makeAction, makeClosedNc, registerOf, serial } from './builders';

describe('management review figures', () => {
  const register = registerOf([
    makeAction({ id: 'A', raisedDate: serial('2026-11-10'), targetDate: serial('2026-11-20') }),
    makeAction({
      id: 'B',
      type: 'OFI',
      source: 'Management review',
      raisedDate: serial('2026-06-01'),
      status: 'Planned',
    }),
    makeClosedNc({ id: 'C', raisedDate: serial('2026-09-01'), closedDate: serial('2026-09-11') }),
    makeClosedNc({
      id: 'D',
      raisedDate: serial('2026-09-01'),
      closedDate: serial('2026-10-01'),
      effectivenessResult: 'Not effective',
    }),
    makeAction({ id: 'E', status: 'Overdue', source: 'Risk assessment', raisedDate: serial('2025-01-01') }),
    makeAction({ id: 'F', status: 'Wibble' }),
  ]);
  const f = computeReview(register, { asOf: AS_OF });

  it('counts totals, open, overdue and the period', () => {
    expect(f.period).toEqual({ from: '2025-11-27', to: '2026-11-26' });
    expect(f).toMatchObject({ total: 6, open: 4, overdue: 1, closedInPeriod: 2, raisedInPeriod: 5 });
  });

  it('counts rows whose words map to no state under unknown', () => {
    expect(f.byStatus.unknown).toBe(2);
    expect(f.byStatus.closed).toBe(2);
    expect(f.bySource['management-review']).toBe(1);
  });

  it('computes ageing, median days to close and the effectiveness rate', () => {
    expect(f.ageing).toEqual({ '0-30': 1, '31-60': 0, '61-90': 1, '90+': 2 });
    expect(f.medianDaysToClose).toBe(20);
    expect(f.effectivenessRate).toBe(0.5);
  });

  it('lists overdue actions, closed NCs with root causes, and the 9.3.2 sections', () => {
    expect(f.overdueList.map((l) => [l.id, l.daysOverdue])).toEqual([['A', 6]]);
    expect(f.ncsClosedInPeriod.map((l) => l.id)).toEqual(['C', 'D']);
    expect(f.ncsClosedInPeriod[0].rootCause).toMatch(/calendar/);
    expect(f.managementReviewActions.map((l) => l.id)).toEqual(['B']);
    expect(f.riskTreatmentOpen.map((l) => l.id)).toEqual(['E']);
    expect(f.openOfis.map((l) => l.id)).toEqual(['B']);
  });

  it('has a monthly trend covering the period', () => {
    expect(f.monthly).toHaveLength(13);
    expect(f.monthly.find((m) => m.month === '2026-09')).toEqual({ month: '2026-09', raised: 3, closed: 1 });
  });

  it('honours a chosen period', () => {
    const q = computeReview(register, {
      asOf: AS_OF,
      from: dayFromIso('2026-10-01'),
      to: dayFromIso('2026-10-31'),
    });
    expect(q.closedInPeriod).toBe(1);
    expect(q.monthly.map((m) => m.month)).toEqual(['2026-10']);
  });
});

describe('review sheet plan', () => {
  const register = registerOf([makeAction(), makeClosedNc({ id: 'NC-2' })]);
  const figures = computeReview(register, { asOf: AS_OF });

  it('is named after the as-of date and never collides with an existing sheet', () => {
    expect(planReviewSheet(figures, { existingSheetNames: ['Register'] }).name).toBe(
      'Management Review 2026-11-26',
    );
    expect(planReviewSheet(figures, { existingSheetNames: ['MANAGEMENT REVIEW 2026-11-26'] }).name).toBe(
      'Management Review 2026-11-26-2',
    );
    expect(
      uniqueSheetName('Management Review 2026-11-26', [
        'Management Review 2026-11-26',
        'Management Review 2026-11-26-2',
      ]),
    ).toBe('Management Review 2026-11-26-3');
    expect(uniqueSheetName('x'.repeat(40), ['x'.repeat(31)])).toHaveLength(31);
  });

  it('has the 9.3.2 sections, the decisions table and two charts', () => {
    const plan = planReviewSheet(figures, { existingSheetNames: [] });
    const texts = plan.cells.filter((c) => c.kind === 'text').map((c) => String(c.value));
    for (const s of ['(a)', '(b)', '(c)', '(d1)', '(d2)', '(d3)', '(d4)', '(e)', '(f)', '(g)'])
      expect(texts.some((t) => t.startsWith(s))).toBe(true);
    expect(texts.some((t) => t.startsWith('Decisions and actions (clause 9.3.3)'))).toBe(true);
    expect(plan.charts.map((c) => c.type)).toEqual(['pie', 'columnClustered']);
    const openRow = plan.cells.find((c) => c.value === 'Open' && c.col === 1)!;
    expect(plan.cells.find((c) => c.row === openRow.row && c.col === 2)?.value).toBe(figures.open);
  });

  it('writes user text as text cells', () => {
    const evil = registerOf([
      makeAction({ title: '=HYPERLINK("http://x")', targetDate: serial('2026-01-01') }),
    ]);
    const plan = planReviewSheet(computeReview(evil, { asOf: AS_OF }), { existingSheetNames: [] });
    const cell = plan.cells.find((c) => c.value === '=HYPERLINK("http://x")');
    expect(cell?.kind).toBe('text');
  });
});

describe('repairing a register', () => {
  it('offers the missing workflow columns to the right of the last header, in canonical words', () => {
    const register = registerOf([makeAction()], {
      columns: ['id', 'title', 'type', 'owner', 'targetDate', 'status'],
    });
    const plan = planMissingColumns(register, 6);
    expect(plan.headerRow).toBe(1);
    expect(plan.columns[0]).toEqual({ field: 'targetReviewDate', header: 'Target review date', letter: 'G' });
    expect(plan.columns.map((c) => c.field)).toContain('rootCause');
    expect(plan.columns.map((c) => c.field)).not.toContain('owner');
  });
});
