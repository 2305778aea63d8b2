import {
  BLOCK_COLUMN,
  computeReview,
  dayFromIso,
  planReviewSheet,
  readReviewSheet,
  type CellValue,
  type Grid,
  type SheetPlan,
} from '../../src/core';
import { makeAction, makeClosedNc, registerOf, serial } from './builders';

/** The sheet a writer makes of a plan, as a reader gives it back (values and number formats). */
function gridOf(plan: SheetPlan): Grid {
  const rows = Math.max(...plan.cells.map((c) => c.row));
  const cols = Math.max(...plan.cells.map((c) => c.col));
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(''));
  const numberFormats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const c of plan.cells) {
    values[c.row - 1][c.col - 1] = c.value;
    if (c.kind === 'date') numberFormats[c.row - 1][c.col - 1] = 'yyyy-mm-dd';
  }
  return { values, numberFormats };
}

/** Types a decision into the decisions table, as the meeting would. */
function typeDecision(grid: Grid, plan: SheetPlan, index: number, cells: CellValue[]): void {
  const header = plan.cells.find((c) => c.value === 'Decision' && c.style === 'header')!;
  const row = header.row + index; // 1-based sheet row of the body's row `index` (1 = first)
  cells.forEach((v, i) => (grid.values[row - 1][[0, 3, 4, 5][i]] = v));
  if (typeof cells[2] === 'number') grid.numberFormats![row - 1][4] = 'yyyy-mm-dd';
}

function texts(plan: SheetPlan): string[] {
  return plan.cells.filter((c) => c.col < BLOCK_COLUMN).map((c) => String(c.value));
}

describe('follow-up of the previous review (9.3.2 a)', () => {
  // The register as it stood at the two earlier reviews, and as it stands now.
  const atFirst = registerOf([
    makeAction({ id: 'NC-001', raisedDate: serial('2026-01-05'), targetDate: serial('2026-02-01') }),
  ]);
  const atSecond = registerOf([
    makeAction({ id: 'NC-001', raisedDate: serial('2026-01-05'), targetDate: serial('2026-04-30') }),
    makeAction({ id: 'NC-002', raisedDate: serial('2026-03-01'), targetDate: serial('2026-06-30') }),
    makeAction({ id: 'NC-003', raisedDate: serial('2026-03-10'), targetDate: serial('2026-09-30') }),
    makeAction({ id: 'MR-001', type: 'OFI', source: 'Management review', raisedDate: serial('2026-05-26') }),
  ]);
  const now = registerOf([
    makeClosedNc({
      id: 'NC-001',
      raisedDate: serial('2026-01-05'),
      targetDate: serial('2026-04-30'),
      closedDate: serial('2026-07-01'),
    }),
    makeAction({ id: 'NC-002', raisedDate: serial('2026-03-01'), targetDate: serial('2026-06-30') }),
    // Moved from 2026-09-30 to 2026-12-31 since the last review: it slipped 92 days.
    makeAction({ id: 'NC-003', raisedDate: serial('2026-03-10'), targetDate: serial('2026-12-31') }),
    makeAction({
      id: 'MR-001',
      type: 'OFI',
      source: 'Management review',
      raisedDate: serial('2026-05-26'),
      status: 'Planned',
    }),
    makeAction({ id: 'NC-004', raisedDate: serial('2026-08-15'), targetDate: serial('2027-02-01') }),
  ]);

  const first = planReviewSheet(computeReview(atFirst, { asOf: dayFromIso('2026-02-26')! }), {
    existingSheetNames: ['Register'],
  });
  const firstGrid = gridOf(first);
  const secondFigures = computeReview(atSecond, {
    asOf: dayFromIso('2026-05-26')!,
    earlierReviews: [{ name: first.name, grid: firstGrid }],
  });
  const second = planReviewSheet(secondFigures, { existingSheetNames: ['Register', first.name] });
  const secondGrid = gridOf(second);
  typeDecision(secondGrid, second, 1, [
    'Buy a password manager',
    'Dana Reyes',
    serial('2026-09-30'),
    'MR-001',
  ]);
  typeDecision(secondGrid, second, 2, ['Review the supplier list', 'Ana Morales', serial('2026-06-30'), '']);
  const earlier = [
    { name: first.name, grid: firstGrid },
    { name: second.name, grid: secondGrid },
  ];
  const figures = computeReview(now, { asOf: dayFromIso('2026-11-26')!, earlierReviews: earlier });
  const plan = planReviewSheet(figures, { existingSheetNames: ['Register', first.name, second.name] });

  it('reads the hidden block back: date, period, figures, open actions with their target dates', () => {
    const back = readReviewSheet(second.name, secondGrid)!;
    expect(back.asOf).toBe('2026-05-26');
    expect(back.period).toEqual({ from: '2026-02-27', to: '2026-05-26' });
    expect(back.figures).toMatchObject({ open: 4, overdue: 1 });
    expect(back.actions.map((a) => [a.id, a.targetDate, a.overdue])).toEqual([
      ['NC-001', '2026-04-30', true],
      ['NC-002', '2026-06-30', false],
      ['NC-003', '2026-09-30', false],
      ['MR-001', '2027-01-31', false],
    ]);
    expect(back.decisionRows.map((d) => d.decision)).toEqual([
      'Buy a password manager',
      'Review the supplier list',
    ]);
  });

  it('the second review followed up the first, and its period started the day after it', () => {
    expect(secondFigures.followUp?.asOf).toBe('2026-02-26');
    expect(secondFigures.period.from).toBe('2026-02-27');
  });

  it('follows up the latest earlier review: its decisions now, raised and closed since, slipped, overdue then and now', () => {
    const fu = figures.followUp!;
    expect(fu.sheet).toBe(second.name);
    expect(figures.period).toEqual({ from: '2026-05-27', to: '2026-11-26' });
    expect(fu.decisions.map((d) => [d.decision, d.actionId, d.now])).toEqual([
      ['Buy a password manager', 'MR-001', 'Planned'],
      ['Review the supplier list', '', 'Due date passed; no action ID recorded — check it in the meeting'],
    ]);
    expect(fu).toMatchObject({ raisedSince: 1, closedSince: 1, openThen: 4, openNow: 4 });
    expect(fu.slipped.map((s) => [s.id, s.then, s.now, s.days])).toEqual([
      ['NC-003', '2026-09-30', '2026-12-31', 92],
    ]);
    // NC-001 was overdue then and is closed now; NC-002 has become overdue since.
    expect(fu).toMatchObject({ overdueThen: 1, overdueThenResolved: 1, stillOverdue: 0, overdueNow: 1 });
  });

  it('the new sheet starts its 9.3.2 sections with "Since the last review (date)" and has a meeting block and sign-off', () => {
    const t = texts(plan);
    const since = t.findIndex((x) => x.startsWith('(a) Since the last review (2026-05-26'));
    expect(since).toBeGreaterThan(0);
    expect(t.findIndex((x) => x.startsWith('(b)'))).toBeGreaterThan(since);
    expect(t).toEqual(expect.arrayContaining(['Meeting', 'Date of the meeting', 'Chair', 'Attendees']));
    expect(t.some((x) => x.startsWith('Sign-off'))).toBe(true);
    expect(t).toEqual(expect.arrayContaining(['Buy a password manager', 'Planned', 'NC-003']));
  });

  it('keeps its block in hidden columns as text cells, never formulas', () => {
    const block = plan.cells.filter((c) => c.col >= BLOCK_COLUMN);
    expect(block.length).toBeGreaterThan(10);
    expect(block.every((c) => c.kind === 'text')).toBe(true);
    expect(plan.hiddenColumns).toEqual(expect.arrayContaining([BLOCK_COLUMN, BLOCK_COLUMN + 5]));
    expect(plan.print!.area.lastCol).toBeLessThan(BLOCK_COLUMN);
  });

  it('a sheet the user made, without our block, is not taken for a review', () => {
    expect(readReviewSheet('Management review notes', { values: [['Notes'], ['We met']] })).toBeUndefined();
    const f = computeReview(now, {
      asOf: dayFromIso('2026-11-26')!,
      earlierReviews: [{ name: 'Management review notes', grid: { values: [['Notes']] } }],
    });
    expect(f.followUp).toBeUndefined();
    expect(f.period.from).toBe('2025-11-27');
  });

  it('decisions survive rows inserted above the table in the meeting', () => {
    const shifted: Grid = {
      values: [[''], ['inserted'], ...secondGrid.values],
      numberFormats: [['General'], ['General'], ...secondGrid.numberFormats!],
    };
    // The block moved down too; it is found by its marker.
    expect(readReviewSheet(second.name, shifted)?.decisionRows.map((d) => d.actionId)).toEqual([
      'MR-001',
      '',
    ]);
  });
});

describe('the command line follows up the review sheet it wrote before', () => {
  it('review of a copy that holds an earlier review follows it up, the period starting the day after it', async () => {
    const { json, removeDir, runCli, SAMPLE_XLSX, tempDir } = await import('../cli/cliHarness');
    const path = await import('node:path');
    const dir = await tempDir();
    try {
      const first = path.join(dir, 'first.xlsx');
      const second = path.join(dir, 'second.xlsx');
      expect((await runCli(['review', SAMPLE_XLSX, '--as-of', '2026-05-26', '--out', first])).code).toBe(0);
      const figures = json<{ period: { from: string }; followUp?: { sheet: string; openThen: number } }>(
        await runCli(['review', first, '--as-of', '2026-11-26', '--out', second, '--json']),
      );
      expect(figures.period.from).toBe('2026-05-27');
      expect(figures.followUp).toMatchObject({ sheet: 'Management Review 2026-05-26' });
      expect(figures.followUp!.openThen).toBeGreaterThan(0);
    } finally {
      await removeDir(dir);
    }
  }, 60_000);
});
