import {
  computeReview,
  jaccard,
  planReviewSheet,
  titleWords,
  validateRegister,
  type SheetPlan,
} from '../../src/core';
import { AS_OF, makeAction, makeClosedNc, registerOf, serial } from './builders';

function recurring(register: ReturnType<typeof registerOf>) {
  return validateRegister(register, { asOf: AS_OF }).findings.filter((f) => f.code === 'recurring-nc');
}

describe('recurring nonconformities (10.2 b 3)', () => {
  it('titles are compared as sets of words without stop-words, numbers or plurals', () => {
    expect(titleWords('Leavers keep access after their last day (London office)')).toEqual([
      'leaver',
      'keep',
      'access',
      'last',
      'day',
      'london',
      'office',
    ]);
    expect(titleWords('Backups of the 2 servers not tested')).toEqual(['backup', 'server', 'tested']);
    expect(
      jaccard(
        titleWords('Backups not tested for the data platform'),
        titleWords('Backup not tested: data platform'),
      ),
    ).toBe(1);
  });

  it('an NC with the same control as one raised 5 months earlier is flagged, with the earlier id', () => {
    const found = recurring(
      registerOf([
        makeAction({
          id: 'NC-1',
          title: 'Leavers keep access',
          requirement: 'A.5.18',
          raisedDate: serial('2026-03-01'),
        }),
        makeAction({
          id: 'NC-2',
          title: 'Privileged rights not reviewed',
          requirement: 'Annex A 5.18',
          raisedDate: serial('2026-08-01'),
        }),
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', id: 'NC-2', field: 'requirement' });
    expect(found[0].message).toMatch(/NC-1 \(same requirement A\.5\.18\)/);
  });

  it('a very similar title counts; a 2013 reference counts as the 2022 control it maps to', () => {
    const found = recurring(
      registerOf([
        makeAction({
          id: 'NC-1',
          title: 'Backups not tested for the data platform',
          requirement: '',
          raisedDate: serial('2026-01-10'),
        }),
        makeAction({
          id: 'NC-2',
          title: 'Backup not tested (data platform)',
          requirement: '',
          raisedDate: serial('2026-06-10'),
        }),
        makeAction({
          id: 'NC-3',
          title: 'Vulnerability not patched',
          requirement: 'A.12.6.1',
          raisedDate: serial('2026-02-01'),
        }),
        makeAction({
          id: 'NC-4',
          title: 'Web server missing updates',
          requirement: 'A.8.8',
          raisedDate: serial('2026-04-01'),
        }),
      ]),
    );
    expect(found.map((f) => f.id)).toEqual(['NC-2', 'NC-4']);
    expect(found[0].message).toMatch(/NC-1 \(similar title\)/);
    expect(found[1].message).toMatch(/NC-3 \(same requirement A\.8\.8\)/);
  });

  it('not flagged: more than 12 months apart, OFIs, a shared cause category alone, a dissimilar title', () => {
    expect(
      recurring(
        registerOf(
          [
            makeAction({ id: 'NC-1', requirement: 'A.5.18', raisedDate: serial('2025-01-10') }),
            makeAction({ id: 'NC-2', requirement: 'A.5.18', raisedDate: serial('2026-02-10') }),
            makeAction({ id: 'OFI-1', type: 'OFI', requirement: 'A.8.8', raisedDate: serial('2026-03-01') }),
            makeAction({ id: 'OFI-2', type: 'OFI', requirement: 'A.8.8', raisedDate: serial('2026-04-01') }),
            makeAction({
              id: 'NC-3',
              title: 'Visitors not escorted',
              requirement: 'A.7.2',
              causeCategory: 'Process',
              raisedDate: serial('2026-05-01'),
            }),
            makeAction({
              id: 'NC-4',
              title: 'Supplier contract lacks clauses',
              requirement: 'A.5.20',
              causeCategory: 'Process',
              raisedDate: serial('2026-06-01'),
            }),
          ],
          {
            columns: [
              'id',
              'title',
              'type',
              'requirement',
              'causeCategory',
              'owner',
              'raisedDate',
              'targetDate',
              'status',
            ],
          },
        ),
      ),
    ).toEqual([]);
  });

  it("NCs raised the same day (one audit's findings) are not recurrences of each other", () => {
    const sameDay = Array.from({ length: 50 }, (_, i) =>
      makeAction({ id: `NC-${i}`, requirement: 'A.5.18', raisedDate: serial('2026-03-01') }),
    );
    expect(recurring(registerOf(sameDay))).toEqual([]);
    const later = recurring(
      registerOf([
        ...sameDay,
        makeAction({ id: 'NC-50', requirement: 'A.5.18', raisedDate: serial('2026-04-01') }),
      ]),
    );
    expect(later.map((f) => f.id)).toEqual(['NC-50']);
  });

  it('the same cause category in the same requirement area counts', () => {
    const register = registerOf(
      [
        makeAction({
          id: 'NC-1',
          title: 'Visitors not escorted',
          requirement: 'A.7.2',
          causeCategory: 'Process',
          raisedDate: serial('2026-05-01'),
        }),
        makeAction({
          id: 'NC-2',
          title: 'Clear desk not followed',
          requirement: 'A.7.7',
          causeCategory: 'process',
          raisedDate: serial('2026-06-01'),
        }),
      ],
      {
        columns: [
          'id',
          'title',
          'type',
          'requirement',
          'causeCategory',
          'owner',
          'raisedDate',
          'targetDate',
          'status',
        ],
      },
    );
    const [f] = recurring(register);
    expect(f.message).toMatch(/same cause category process \(A\.7\)/);
  });

  it('the summary shows the recurrence rate and the recurring groups', () => {
    const register = registerOf([
      makeAction({ id: 'NC-1', requirement: 'A.5.18', raisedDate: serial('2026-02-01') }),
      makeAction({
        id: 'NC-2',
        title: 'Leavers keep access',
        requirement: 'A.5.18',
        raisedDate: serial('2026-05-01'),
      }),
      makeClosedNc({
        id: 'NC-3',
        title: 'Clock drift on servers',
        requirement: 'A.8.17',
        raisedDate: serial('2026-06-01'),
      }),
      makeAction({
        id: 'NC-4',
        title: 'Firewall rules not reviewed',
        requirement: 'A.8.20',
        raisedDate: serial('2026-07-01'),
      }),
    ]);
    const figures = computeReview(register, { asOf: AS_OF });
    expect(figures.recurrence).toMatchObject({ ncsRaisedInPeriod: 4, recurring: 1, rate: 0.25 });
    expect(figures.recurrence.groups).toEqual([{ ids: ['NC-1', 'NC-2'], rows: [2, 3], because: ['A.5.18'] }]);
    const plan: SheetPlan = planReviewSheet(figures, { existingSheetNames: [] });
    const texts = plan.cells.map((c) => String(c.value));
    expect(texts.some((t) => t.startsWith('1 of 4 NCs raised in the period (25.0%)'))).toBe(true);
    expect(texts).toContain('NC-1, NC-2');
  });
});
