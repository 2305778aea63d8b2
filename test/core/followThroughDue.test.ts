import { dayFromIso, dueList, type FieldKey } from '../../src/core';
import { AS_OF, DEFAULT_COLUMNS, makeAction, makeClosedNc, registerOf, serial } from './builders';

const COLUMNS: FieldKey[] = [...DEFAULT_COLUMNS, 'effectivenessDueDate'];

describe('the due-soon list', () => {
  const register = registerOf(
    [
      // Dana: a target in 5 days, a review 40 days late (escalate), a target 10 days late.
      makeAction({
        id: 'NC-1',
        owner: 'Dana Reyes',
        targetDate: serial('2026-12-01'),
        targetReviewDate: serial('2026-10-17'),
      }),
      makeAction({ id: 'NC-2', owner: 'Dana Reyes', targetDate: serial('2026-11-16'), targetReviewDate: '' }),
      // Ali: a target 20 days ahead (not due yet), a review today.
      makeAction({
        id: 'NC-3',
        owner: 'Ali Khan',
        targetDate: serial('2026-12-16'),
        targetReviewDate: serial('2026-11-26'),
      }),
      // An implemented NC: its target no longer binds; its effectiveness check is 3 days ahead.
      makeAction({
        id: 'NC-4',
        owner: 'Ali Khan',
        status: 'Implemented',
        completionDate: serial('2026-09-01'),
        targetDate: serial('2026-09-15'),
        targetReviewDate: '',
        effectivenessDueDate: serial('2026-11-29'),
      }),
      // No owner, a target 2 days late.
      makeAction({ id: 'NC-5', owner: '', targetDate: serial('2026-11-24'), targetReviewDate: '' }),
      // Closed: never listed.
      makeClosedNc({ id: 'NC-6', targetDate: serial('2026-11-01'), targetReviewDate: serial('2026-11-01') }),
    ],
    { columns: COLUMNS },
  );

  it('lists target, review and effectiveness-check dates within N days or passed, grouped by owner', () => {
    const list = dueList(register, { asOf: AS_OF, within: 14, escalateAfter: 30 });
    expect(list.owners.map((o) => o.owner)).toEqual(['Dana Reyes', 'Ali Khan', '']);
    expect(list.owners[0].items.map((i) => [i.id, i.kind, i.date, i.days, i.state])).toEqual([
      ['NC-1', 'review', '2026-10-17', -40, 'escalate'],
      ['NC-2', 'target', '2026-11-16', -10, 'overdue'],
      ['NC-1', 'target', '2026-12-01', 5, 'due-soon'],
    ]);
    expect(list.owners[1].items.map((i) => [i.id, i.kind, i.days])).toEqual([
      ['NC-3', 'review', 0],
      ['NC-4', 'effectiveness-check', 3],
    ]);
    expect(list.owners[2].items.map((i) => [i.id, i.state])).toEqual([['NC-5', 'overdue']]);
    expect(list.counts).toEqual({ 'due-soon': 3, overdue: 2, escalate: 1 });
  });

  it('a wider window takes in later dates; a longer escalation threshold escalates less', () => {
    const list = dueList(register, { asOf: AS_OF, within: 30, escalateAfter: 60 });
    expect(list.counts).toEqual({ 'due-soon': 4, overdue: 3, escalate: 0 });
  });

  it('owners are ordered by their most urgent date when none escalates', () => {
    const list = dueList(register, { asOf: AS_OF, within: 14, escalateAfter: 60 });
    expect(list.owners.map((o) => o.owner)).toEqual(['Dana Reyes', 'Ali Khan', '']);
  });

  it.each([
    ['2026-01-31', '2026-02-28', 28],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2], // a leap year
    ['2026-12-31', '2027-01-01', 1],
  ])('days are counted in calendar days across month ends: %s to %s is %d', (asOf, target, days) => {
    const r = registerOf([makeAction({ targetDate: serial(target), targetReviewDate: '' })], {
      columns: COLUMNS,
    });
    const list = dueList(r, { asOf: dayFromIso(asOf)!, within: 31 });
    expect(list.owners[0].items[0].days).toBe(days);
    expect(list.owners[0].items[0].date).toBe(target);
  });
});
