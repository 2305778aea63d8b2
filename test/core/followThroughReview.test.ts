import { computeReview, planReviewSheet, type FieldKey } from '../../src/core';
import { AS_OF, DEFAULT_COLUMNS, makeAction, registerOf, serial } from './builders';

const COLUMNS: FieldKey[] = [...DEFAULT_COLUMNS, 'effectivenessDueDate'];

function implemented(id: string, due: string) {
  return makeAction({
    id,
    title: `Fix ${id}`,
    status: 'Implemented',
    completionDate: serial('2026-05-01'),
    effectivenessDueDate: serial(due),
  });
}

describe('the review summary lists late effectiveness checks (10.2 d)', () => {
  it('the figures carry them and the sheet shows them under their own heading, most days late first', () => {
    const register = registerOf(
      [implemented('NC-1', '2026-11-20'), implemented('NC-2', '2026-03-26'), makeAction({ id: 'NC-3' })],
      { columns: COLUMNS },
    );
    const figures = computeReview(register, { asOf: AS_OF });
    expect(figures.effectivenessChecksOverdue.map((l) => [l.id, l.daysLate])).toEqual([
      ['NC-2', 245],
      ['NC-1', 6],
    ]);
    const plan = planReviewSheet(figures, { existingSheetNames: [] });
    const heading = plan.cells.find((c) => String(c.value).startsWith('(d1) Effectiveness checks overdue'));
    expect(heading).toBeDefined();
    const at = (row: number) => plan.cells.filter((c) => c.row === row && c.col <= 8).map((c) => c.value);
    expect(at(heading!.row + 1)).toEqual(['ID', 'Row', 'Title', 'Owner', 'Check due', 'Days late']);
    expect(at(heading!.row + 2)).toEqual(['NC-2', 3, 'Fix NC-2', 'Dana Reyes', serial('2026-03-26'), 245]);
    expect(at(heading!.row + 3)[0]).toBe('NC-1');
  });

  it('a long list shows the worst items and says how many more there are', () => {
    const late = Array.from({ length: 12 }, (_, i) => implemented(`NC-${i + 1}`, '2026-10-01'));
    const figures = computeReview(registerOf(late, { columns: COLUMNS }), { asOf: AS_OF });
    const plan = planReviewSheet(figures, { existingSheetNames: [], listLimit: 10 });
    expect(plan.cells.some((c) => String(c.value).startsWith('5 of 12 late effectiveness checks'))).toBe(
      true,
    );
  });

  it('a register with none adds no section', () => {
    const figures = computeReview(registerOf([makeAction()], { columns: COLUMNS }), { asOf: AS_OF });
    expect(figures.effectivenessChecksOverdue).toEqual([]);
    const plan = planReviewSheet(figures, { existingSheetNames: [] });
    expect(plan.cells.some((c) => String(c.value).includes('Effectiveness checks overdue'))).toBe(false);
  });
});
