import {
  computeReview,
  formatPercent,
  keyFigures,
  PERCENT_DECIMALS,
  PLAN_FORMATS,
  planReviewSheet,
  type SheetPlan,
} from '../../src/core';
import { AS_OF, makeAction, makeClosedNc, registerOf, serial } from './builders';

function texts(plan: SheetPlan): string[] {
  return plan.cells.filter((c) => c.col <= 8).map((c) => String(c.value));
}

describe('figures honest about the data', () => {
  it('a register with no ID, Type or Status column does not report bare counts as if they were known', () => {
    // 15 rows of title, owner and target date only, all past their target.
    const register = registerOf(
      Array.from({ length: 15 }, (_, i) =>
        makeAction({ title: `Finding ${i + 1} about backups`, targetDate: serial('2026-06-30') }),
      ),
      { columns: ['title', 'owner', 'targetDate'] },
    );
    const figures = computeReview(register, { asOf: AS_OF });
    const key = Object.fromEntries(keyFigures(figures).map((k) => [k.key, k.text]));
    expect(key.open).toBe('15 (read from the dates: the register has no Status column)');
    expect(key.total).toBe('15 (rows counted; the register has no ID column)');
    expect(key.raisedInPeriod).toBe('Unknown — the register has no Date raised column');
    expect(key.effectivenessRate).toBe(
      'Unknown — the register has no Type column: NCs cannot be told from other actions',
    );
    const plan = planReviewSheet(figures, { existingSheetNames: [] });
    const t = texts(plan);
    expect(t.some((x) => x.startsWith('Fields without a column: ID, Type, Status, Source'))).toBe(true);
    expect(t.some((x) => x.startsWith('No Status column: each action is open or closed by its dates'))).toBe(
      true,
    );
    // The data-quality block comes before the key figures.
    const quality = plan.cells.find((c) => c.value === 'Data quality — what these figures rest on')!;
    const keyFiguresRow = plan.cells.find((c) => c.value === 'Key figures')!;
    expect(quality.row).toBeLessThan(keyFiguresRow.row);
  });

  it('closed actions without a closed date are "N closed, date unknown", not 0 in the period', () => {
    const register = registerOf(
      Array.from({ length: 5 }, (_, i) =>
        makeClosedNc({ id: `NC-${i}`, closedDate: '', completionDate: '' }),
      ),
    );
    const figures = computeReview(register, { asOf: AS_OF });
    expect(figures.closedDateUnknown).toBe(5);
    const closed = keyFigures(figures).find((k) => k.key === 'closedInPeriod')!;
    expect(closed.text).toBe('0 (5 closed, date unknown)');
    const t = texts(planReviewSheet(figures, { existingSheetNames: [] }));
    expect(t).toContain('5 closed, date unknown');
  });

  it('the data-quality block counts errors and warnings by kind', () => {
    const register = registerOf([
      makeAction({ id: 'NC-1', owner: '' }),
      makeAction({ id: 'NC-1', targetDate: serial('2026-10-01') }),
    ]);
    const figures = computeReview(register, { asOf: AS_OF });
    expect(figures.quality.errors).toEqual([
      { code: 'duplicate-id', label: 'Duplicate ID', count: 1 },
      { code: 'missing-owner', label: 'Missing owner', count: 1 },
    ]);
    const t = texts(planReviewSheet(figures, { existingSheetNames: [] }));
    expect(t).toContain('Errors (2): Duplicate ID 1, Missing owner 1.');
  });

  it("states, types and sources are printed in the register's words, never as keys", () => {
    const register = registerOf([
      makeAction({ status: 'Ongoing', type: 'Minor', source: 'IA' }),
      makeAction({
        id: 'NC-2',
        status: 'In progress',
        type: 'OFI',
        source: 'Internal audit',
        targetDate: serial('2026-01-01'),
      }),
    ]);
    const figures = computeReview(register, { asOf: AS_OF });
    const t = texts(planReviewSheet(figures, { existingSheetNames: [] }));
    expect(figures.words.status['in-progress']).toBe('Ongoing / In progress');
    expect(t).toEqual(expect.arrayContaining(['Ongoing / In progress', 'Minor', 'OFI']));
    for (const key of ['in-progress', 'minor-nc', 'internal-audit', 'ofi']) expect(t).not.toContain(key);
  });

  it('percentages have one precision in the pane and on the sheet', () => {
    expect(formatPercent(0.9857)).toBe('98.6%');
    expect(PLAN_FORMATS.percent).toBe(`0.${'0'.repeat(PERCENT_DECIMALS)}%`);
  });
});

describe('the command line says what its figures rest on', () => {
  it('review of a register with no ID, Type or Status column does not print bare "Open 15, Overdue 15"', async () => {
    const { removeDir, runCli, tempDir } = await import('../cli/cliHarness');
    const fs = await import('node:fs/promises');
    const path = await import('node:path');
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'actions.csv');
      const rows = Array.from(
        { length: 15 },
        (_, i) => `Backups not tested at site ${i + 1},Dana Reyes,2026-06-30`,
      );
      await fs.writeFile(file, ['Title,Owner,Due date', ...rows].join('\n'));
      const run = await runCli(['review', file, '--as-of', '2026-11-26']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Open\s+15 \(read from the dates: the register has no Status column\)/);
      expect(run.stdout).toMatch(/Raised in the period\s+Unknown — the register has no Date raised column/);
      expect(run.stdout).not.toMatch(/Open\s+15\n/);
    } finally {
      await removeDir(dir);
    }
  });
});
