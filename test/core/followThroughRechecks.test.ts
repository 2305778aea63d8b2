import {
  calendarEvents,
  checkPolicy,
  checkRecheckStore,
  dayFromIso,
  dayFromLocalDate,
  DEFAULT_POLICY,
  dueList,
  computeReview,
  evidenceView,
  isoFromDay,
  mapHeaderRow,
  planReviewSheet,
  recheckDateAfter,
  recordRecheck,
  rechecksOverdue,
  transition,
  validateRegister,
  type FieldKey,
  type TransitionSubject,
} from '../../src/core';
import { reviewRollup, rollUp, validateRollup } from '../../src/core/rollup/rollup';
import { AS_OF, DEFAULT_COLUMNS, makeClosedNc, registerOf, serial } from './builders';

function fieldOf(header: string): string | undefined {
  return Object.values(mapHeaderRow([header], 1).columns)[0]?.field;
}

const WITH_COLUMN: FieldKey[] = [...DEFAULT_COLUMNS, 'recheckDate'];
const day = (iso: string) => dayFromIso(iso)!;

function closingNc(values: TransitionSubject['values'] = {}): TransitionSubject {
  return {
    id: 'NC-7',
    row: 9,
    type: 'minor-nc',
    from: 'implemented',
    values: {
      owner: 'Ana',
      rootCause: 'No review step',
      correctiveAction: 'Added a review step',
      effectivenessResult: 'Effective',
      verifiedBy: 'Internal audit',
      ...values,
    },
  };
}

describe('re-checks', () => {
  it('a register names its re-check column in the words registers use', () => {
    for (const header of ['Re-check date', 'Recheck due', 'Re-check', 'Next re-check'])
      expect(fieldOf(header)).toBe('recheckDate');
    // The effectiveness columns keep theirs.
    expect(fieldOf('Effectiveness check due')).toBe('effectivenessDueDate');
    expect(fieldOf('Effectiveness result')).toBe('effectivenessResult');
  });

  it('the policy re-checks 90 days after closing, and a policy file may change or turn that off', () => {
    expect(DEFAULT_POLICY.recheckDays).toBe(90);
    expect(checkPolicy({ recheckDays: 30 }).policy.recheckDays).toBe(30);
    expect(checkPolicy({ recheckDays: null }).policy.recheckDays).toBeNull();
    expect(checkPolicy({ recheckDays: 0 }).problems).toEqual([
      '"recheckDays" must be a whole number of days from 1 to 3650, or null for no limit',
    ]);
  });

  it('re-check dates cross month ends and leap days as calendar days', () => {
    const at = (closed: string, days: number) =>
      isoFromDay(recheckDateAfter(day(closed), { recheckDays: days })!);
    expect(at('2026-11-30', 90)).toBe('2027-02-28');
    expect(at('2027-12-01', 90)).toBe('2028-02-29'); // 2028 is a leap year
    expect(at('2026-01-31', 30)).toBe('2026-03-02');
    expect(at('2026-12-31', 1)).toBe('2027-01-01');
    expect(recheckDateAfter(day('2026-12-31'), { recheckDays: null })).toBeUndefined();
  });

  it('closing an NC as effective writes the re-check date into the register’s column, from its closed date', () => {
    const r = transition(closingNc(), 'closed', {
      now: '2026-11-30T23:30:00.000Z',
      via: 'pane',
      fields: { closedDate: '2026-11-30' },
      recheckDays: 90,
      columns: new Set([...WITH_COLUMN, 'rootCause', 'correctiveAction', 'verifiedBy'] as FieldKey[]),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cells = r.effects.find((e) => e.kind === 'update-cells');
    expect(cells).toMatchObject({ fields: { closedDate: '2026-11-30', recheckDate: '2027-02-28' } });
    const history = r.effects.find((e) => e.kind === 'append-history');
    expect(history?.kind === 'append-history' && history.entry.fieldsFilled).toContain('recheckDate');
  });

  it('without a re-check column the date is kept outside the register; without a closed date, from the user’s day', () => {
    // 10:30 on 1 December in Auckland is still 30 November in UTC: the user's day counts, not the instant's.
    const now = new Date('2026-11-30T21:30:00.000Z');
    const r = transition(closingNc(), 'closed', {
      now: now.toISOString(),
      via: 'sheet',
      recheckDays: 90,
      today: day('2026-12-01'),
      columns: new Set([
        'status',
        'rootCause',
        'correctiveAction',
        'effectivenessResult',
        'verifiedBy',
      ] as FieldKey[]),
    });
    expect(r.ok && r.effects.filter((e) => e.kind === 'schedule-recheck')).toEqual([
      { kind: 'schedule-recheck', id: 'NC-7', date: '2027-03-01' },
    ]);
    // The local day of the machine running the test is what `today` is made from.
    expect(isoFromDay(dayFromLocalDate(new Date(2026, 11, 1, 0, 5)))).toBe('2026-12-01');
  });

  it('no re-check for an OFI, a result other than effective, or a policy without re-checks', () => {
    const base = {
      now: '2026-11-30T10:00:00.000Z',
      via: 'pane' as const,
      fields: { closedDate: '2026-11-30' },
    };
    const ofi = transition({ ...closingNc({ remediation: 'Done' }), type: 'ofi' }, 'closed', {
      ...base,
      recheckDays: 90,
    });
    const none = transition(closingNc(), 'closed', { ...base, recheckDays: null });
    for (const r of [ofi, none]) {
      expect(r.ok).toBe(true);
      expect(
        r.ok &&
          r.effects.some(
            (e) => e.kind === 'schedule-recheck' || (e.kind === 'update-cells' && 'recheckDate' in e.fields),
          ),
      ).toBe(false);
    }
  });

  it('a re-check due or late is listed in the due-soon list, the calendar and the findings, with the days late', () => {
    const register = registerOf(
      [
        makeClosedNc({ id: 'NC-1', owner: 'Dana', recheckDate: serial('2026-11-20') }),
        makeClosedNc({ id: 'NC-2', owner: 'Dana', recheckDate: serial('2026-12-03') }),
        makeClosedNc({ id: 'NC-3', owner: 'Dana', recheckDate: '' }),
      ],
      { columns: WITH_COLUMN },
    );
    const due = dueList(register, { asOf: AS_OF, within: 14 });
    expect(due.owners[0].items.map((i) => [i.id, i.kind, i.days])).toEqual([
      ['NC-1', 'recheck', -6],
      ['NC-2', 'recheck', 7],
    ]);
    const findings = validateRegister(register, { asOf: AS_OF }).findings.filter(
      (f) => f.code === 'recheck-overdue',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'NC-1', severity: 'warning', field: 'recheckDate' });
    expect(findings[0].message).toContain('6 days late (due 2026-11-20)');
    const events = calendarEvents(register, {
      registerKey: 'p.xlsx#R',
      registerName: 'p.xlsx',
      now: new Date(),
    });
    expect(events.map((e) => e.uid.split('.').slice(0, 2).join('.'))).toEqual([
      'NC-1.recheck',
      'NC-2.recheck',
    ]);
    expect(events[0].summary).toBe('Re-check: NC-1 Access reviews not performed');
  });

  it('without a column, the kept dates are what is listed; dates that are not dates are dropped', () => {
    const register = registerOf([makeClosedNc({ id: 'NC-1' }), makeClosedNc({ id: 'NC-2' })]);
    const stored = checkRecheckStore({ 'NC-1': '2026-10-31', 'NC-2': '31/12/2026', '': '2026-01-01' });
    expect(stored).toEqual({ 'NC-1': '2026-10-31' });
    expect(rechecksOverdue(register, AS_OF, stored)).toMatchObject([
      { id: 'NC-1', dueDate: '2026-10-31', daysLate: 26 },
    ]);
    const f = validateRegister(register, { asOf: AS_OF, rechecks: stored }).findings.filter(
      (x) => x.code === 'recheck-overdue',
    );
    expect(f.map((x) => [x.id, x.field])).toEqual([['NC-1', '']]);
    expect(dueList(register, { asOf: AS_OF, rechecks: stored }).counts).toEqual({
      'due-soon': 0,
      overdue: 1,
      escalate: 0,
    });
  });

  it('the kept dates count when several registers are read as one (validation and the review pack)', () => {
    const a = registerOf([makeClosedNc({ id: 'NC-1' })]);
    const b = registerOf([
      makeClosedNc({ id: 'NC-9', title: 'Visitor log not kept at reception', owner: 'Bo' }),
    ]);
    const stored = checkRecheckStore({ 'NC-1': '2026-10-31', 'NC-9': '2026-11-02' });
    const rollup = rollUp([
      { file: 'plan.xlsx', sheet: 'Audit', register: a },
      { file: 'plan.xlsx', sheet: 'Incidents', register: b },
    ]);
    const late = validateRollup(rollup, { asOf: AS_OF, rechecks: stored }).filter(
      (x) => x.code === 'recheck-overdue',
    );
    expect(late.map((x) => [x.sheet, x.id])).toEqual([
      ['Audit', 'NC-1'],
      ['Incidents', 'NC-9'],
    ]);
    const figures = reviewRollup(rollup, { asOf: AS_OF, rechecks: stored });
    expect(figures.rechecksOverdue.map((l) => l.id)).toEqual(['NC-1', 'NC-9']);
    // Without the kept dates, nothing is late: the test above would fail if the store were dropped.
    expect(reviewRollup(rollup, { asOf: AS_OF }).rechecksOverdue).toEqual([]);
    const sheet = planReviewSheet(figures, { existingSheetNames: [], registers: figures.registers });
    const texts = sheet.cells.map((c) => String(c.value));
    expect(texts.some((x) => x.startsWith('(d1) Re-checks overdue'))).toBe(true);
  });

  it('a re-check found effective clears the date and is logged; not effective reopens the NC with the reason', () => {
    const closed: TransitionSubject = {
      ...closingNc({ closedDate: serial('2026-08-01'), recheckDate: serial('2026-10-30') }),
      from: 'closed',
    };
    const columns = new Set([...WITH_COLUMN] as FieldKey[]);
    const now = '2026-11-26T09:00:00.000Z';
    const ok = recordRecheck(closed, 'effective', { now, via: 'pane', columns });
    expect(ok.ok && ok.effects).toEqual([
      { kind: 'update-cells', row: 9, fields: { recheckDate: '' } },
      {
        kind: 'append-history',
        entry: expect.objectContaining({ from: 'closed', to: 'closed', comment: 'Re-check: effective.' }),
      },
    ]);
    const noReason = recordRecheck(closed, 'not-effective', { now, via: 'pane', columns });
    expect(noReason).toMatchObject({ ok: false, reason: 'gate', missing: ['notes'] });
    const reopened = recordRecheck(closed, 'not-effective', {
      now,
      via: 'pane',
      columns,
      comment: 'Two more shared accounts found',
    });
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.effects[0]).toEqual({
      kind: 'update-cells',
      row: 9,
      fields: { recheckDate: '', closedDate: '' },
    });
    expect(reopened.effects[1]).toMatchObject({
      kind: 'append-history',
      entry: {
        from: 'closed',
        to: 'analysis',
        comment: 'Re-check: not effective. Two more shared accounts found',
      },
    });
    // Without a column the kept date is dropped instead.
    const kept = recordRecheck(
      { ...closed, values: { ...closed.values, recheckDate: undefined } },
      'effective',
      {
        now,
        via: 'pane',
        columns: new Set(DEFAULT_COLUMNS),
      },
    );
    expect(kept.ok && kept.effects[0]).toEqual({ kind: 'schedule-recheck', id: 'NC-7', date: null });
    expect(recordRecheck({ ...closed, from: 'implemented' }, 'effective', { now, via: 'pane' }).ok).toBe(
      false,
    );
  });

  it('the review summary lists late re-checks under their own heading, most days late first', () => {
    const register = registerOf([
      makeClosedNc({ id: 'NC-1', title: 'Fix NC-1' }),
      makeClosedNc({ id: 'NC-2' }),
    ]);
    const figures = computeReview(register, {
      asOf: AS_OF,
      rechecks: { 'NC-1': '2026-11-25', 'NC-2': '2026-12-25' },
    });
    expect(figures.rechecksOverdue.map((l) => [l.id, l.daysLate])).toEqual([['NC-1', 1]]);
    expect(figures.quality).toBeDefined();
    const plan = planReviewSheet(figures, { existingSheetNames: [] });
    const heading = plan.cells.find((c) => String(c.value).startsWith('(d1) Re-checks overdue'));
    expect(heading).toBeDefined();
    const at = (row: number) => plan.cells.filter((c) => c.row === row && c.col <= 8).map((c) => c.value);
    expect(at(heading!.row + 1)).toEqual(['ID', 'Row', 'Title', 'Owner', 'Re-check due', 'Days late']);
    expect(at(heading!.row + 2)).toEqual(['NC-1', 2, 'Fix NC-1', 'Dana Reyes', serial('2026-11-25'), 1]);
  });

  it('the evidence view shows the re-check date in (d), and a late one as a gap', () => {
    const register = registerOf([makeClosedNc({ id: 'NC-1' }), makeClosedNc({ id: 'NC-2' })]);
    const view = evidenceView(register, AS_OF, { 'NC-1': '2026-11-16', 'NC-2': '2027-01-30' });
    expect(view.ncs[0].steps.d.text).toContain('Re-check due: 2026-11-16');
    expect(view.ncs[0].gaps).toContain('(d) re-check 10 days late, no result');
    expect(view.ncs[1].steps.d.text).toContain('Re-check due: 2027-01-30');
    expect(view.ncs[1].gaps.some((g) => g.includes('re-check'))).toBe(false);
  });
});
