import {
  checkPolicy,
  DEFAULT_POLICY,
  effectivenessChecksOverdue,
  policyLimit,
  validateRegister,
  type FieldKey,
  type TargetDatePolicy,
} from '../../src/core';
import { AS_OF, DEFAULT_COLUMNS, makeAction, registerOf, serial, type ActionSpec } from './builders';

const COLUMNS: FieldKey[] = [...DEFAULT_COLUMNS, 'priority', 'effectivenessDueDate'];

function findings(code: string, actions: ActionSpec[], policy?: TargetDatePolicy, columns = COLUMNS) {
  const register = registerOf(actions, { columns });
  return validateRegister(register, { asOf: AS_OF, policy }).findings.filter((f) => f.code === code);
}

/** An implemented NC waiting for its effectiveness check. */
function implemented(overrides: ActionSpec = {}): ActionSpec {
  return makeAction({
    status: 'Implemented',
    completionDate: serial('2026-06-01'),
    effectivenessDueDate: serial('2026-09-01'),
    ...overrides,
  });
}

describe('effectiveness-check-overdue (10.2 d)', () => {
  it('an implemented NC whose check date passed with no result is a warning with the days late', () => {
    const [f, ...rest] = findings('effectiveness-check-overdue', [implemented()]);
    expect(rest).toHaveLength(0);
    expect(f.severity).toBe('warning');
    expect(f.field).toBe('effectivenessDueDate');
    expect(f.message).toContain('86 days late (due 2026-09-01)');
  });

  it('says one day, not one days', () => {
    const [f] = findings('effectiveness-check-overdue', [
      implemented({ effectivenessDueDate: serial('2026-11-25') }),
    ]);
    expect(f.message).toContain('1 day late');
  });

  it('is quiet when a result is recorded, the date is today or later, or the action is not implemented', () => {
    expect(
      findings('effectiveness-check-overdue', [
        implemented({ id: 'A', effectivenessResult: 'Not effective' }),
        implemented({ id: 'B', effectivenessDueDate: serial('2026-11-26') }),
        implemented({ id: 'C', status: 'In progress' }),
        implemented({ id: 'D', type: 'OFI', remediation: 'x' }),
        implemented({ id: 'E', effectivenessDueDate: '' }),
      ]),
    ).toEqual([]);
  });

  it('counts an action of unknown type: a date for its check was set', () => {
    expect(findings('effectiveness-check-overdue', [implemented({ type: '' })])).toHaveLength(1);
  });

  it('lists the late checks, most days late first', () => {
    const register = registerOf(
      [
        implemented({ id: 'NC-1', title: 'One', effectivenessDueDate: serial('2026-11-01') }),
        implemented({ id: 'NC-2', title: 'Two', effectivenessDueDate: serial('2026-03-26') }),
        implemented({ id: 'NC-3', effectivenessResult: 'Effective' }),
      ],
      { columns: COLUMNS },
    );
    const list = effectivenessChecksOverdue(register, AS_OF);
    expect(list.map((l) => [l.id, l.dueDate, l.daysLate])).toEqual([
      ['NC-2', '2026-03-26', 245],
      ['NC-1', '2026-11-01', 25],
    ]);
    expect(list[0]).toMatchObject({ title: 'Two', owner: 'Dana Reyes', statusText: 'Implemented' });
  });
});

describe('target-date policy', () => {
  it('defaults: major NC 90 days, minor and unclassified NC 180, observation and OFI 365', () => {
    expect(DEFAULT_POLICY.targetDays).toEqual({
      'major-nc': 90,
      'minor-nc': 180,
      nc: 180,
      observation: 365,
      ofi: 365,
    });
    expect(policyLimit({ type: 'major-nc' })).toEqual({ days: 90, because: 'a major NC' });
    expect(policyLimit({ type: 'ofi' })).toEqual({ days: 365, because: 'an OFI' });
    expect(policyLimit({})).toBeUndefined();
  });

  it('a priority limit applies when it is stricter than the type limit, and alone when there is no type', () => {
    expect(policyLimit({ type: 'major-nc', priority: 'critical' })).toEqual({
      days: 30,
      because: 'priority critical',
    });
    expect(policyLimit({ type: 'major-nc', priority: 'low' })).toEqual({ days: 90, because: 'a major NC' });
    expect(policyLimit({ priority: 'high' })).toEqual({ days: 90, because: 'priority high' });
  });

  it.each([
    ['Major NC', '2026-06-01', '2026-08-30', 0], // 90 days: within
    ['Major NC', '2026-06-01', '2026-08-31', 1], // 91 days
    ['Minor NC', '2026-06-01', '2026-11-28', 0], // 180
    ['Minor NC', '2026-06-01', '2026-11-29', 1],
    ['Observation', '2026-01-01', '2027-01-01', 0], // 365
    ['Observation', '2026-01-01', '2027-01-02', 1],
    ['OFI', '2026-01-01', '2027-01-02', 1],
  ])('%s raised %s with target %s: %d finding(s)', (type, raised, target, n) => {
    const out = findings('target-beyond-policy', [
      makeAction({ type, raisedDate: serial(raised), targetDate: serial(target), remediation: 'x' }),
    ]);
    expect(out).toHaveLength(n);
    if (n) {
      expect(out[0].severity).toBe('warning');
      expect(out[0].field).toBe('targetDate');
    }
  });

  it('names the limit, what it comes from and the latest allowed date', () => {
    const [f] = findings('target-beyond-policy', [
      makeAction({ type: 'Major NC', raisedDate: serial('2026-01-31'), targetDate: serial('2026-06-30') }),
    ]);
    expect(f.message).toContain('150 days after it was raised (2026-01-31)');
    expect(f.message).toContain('allows 90 days for a major NC, so 2026-05-01 at the latest');
  });

  it('a priority column makes the limit stricter', () => {
    const [f] = findings('target-beyond-policy', [
      makeAction({
        priority: 'Critical',
        raisedDate: serial('2026-10-01'),
        targetDate: serial('2026-11-15'),
      }),
    ]);
    expect(f.message).toContain('30 days for priority critical');
  });

  it('closed actions, implemented work and rows without a raised date are left alone', () => {
    expect(
      findings('target-beyond-policy', [
        makeAction({
          id: 'A',
          type: 'Major NC',
          status: 'Cancelled',
          notes: 'dup',
          targetDate: serial('2027-12-01'),
        }),
        makeAction({
          id: 'B',
          type: 'Major NC',
          status: 'Implemented',
          completionDate: serial('2026-10-01'),
          targetDate: serial('2027-12-01'),
        }),
        makeAction({ id: 'C', type: 'Major NC', raisedDate: '', targetDate: serial('2027-12-01') }),
      ]),
    ).toEqual([]);
  });

  it('a policy of its own replaces the defaults; null means no limit', () => {
    const { policy, problems } = checkPolicy({ targetDays: { 'minor-nc': 30, 'major-nc': null } });
    expect(problems).toEqual([]);
    const actions = [
      makeAction({ id: 'A', raisedDate: serial('2026-09-01'), targetDate: serial('2026-10-15') }),
      makeAction({
        id: 'B',
        type: 'Major NC',
        raisedDate: serial('2026-01-01'),
        targetDate: serial('2027-12-01'),
      }),
    ];
    expect(findings('target-beyond-policy', actions, policy).map((f) => f.id)).toEqual(['A']);
    expect(findings('target-beyond-policy', actions).map((f) => f.id)).toEqual(['B']);
  });

  it('target-missing-suggested gives the policy date as info, and says when it has passed', () => {
    const out = findings('target-missing-suggested', [
      makeAction({ id: 'A', type: 'Major NC', raisedDate: serial('2026-10-01'), targetDate: '' }),
      makeAction({ id: 'B', type: 'Minor NC', raisedDate: serial('2026-01-15'), targetDate: '' }),
      makeAction({ id: 'C', type: '', raisedDate: serial('2026-01-15'), targetDate: '' }),
      makeAction({ id: 'D', type: 'Major NC', raisedDate: '', targetDate: '' }),
    ]);
    expect(out.map((f) => [f.id, f.severity])).toEqual([
      ['A', 'info'],
      ['B', 'info'],
    ]);
    expect(out[0].message).toContain('suggests 2026-12-30 as its target (90 days for a major NC');
    expect(out[0].message).not.toContain('passed');
    expect(out[1].message).toContain('suggests 2026-07-14');
    expect(out[1].message).toContain('That date has passed already');
  });

  it('checkPolicy names every wrong part and keeps the right ones', () => {
    const { policy, problems } = checkPolicy({
      targetDays: { 'major-nc': 0, ofi: 200, bug: 3 },
      priorityDays: 'fast',
      recheckDays: 0,
      extra: true,
    });
    expect(policy.targetDays.ofi).toBe(200);
    expect(policy.targetDays['major-nc']).toBe(90);
    expect(problems).toEqual([
      '"extra" is not a policy setting (settings: targetDays, priorityDays, recheckDays)',
      '"targetDays.major-nc" must be a whole number of days from 1 to 3650, or null for no limit',
      '"targetDays": "bug" is not one of major-nc, minor-nc, nc, observation, ofi',
      '"priorityDays" must be an object of critical, high, medium, low → days',
      '"recheckDays" must be a whole number of days from 1 to 3650, or null for no limit',
    ]);
    expect(policy.recheckDays).toBe(90);
    expect(checkPolicy([]).problems).toHaveLength(1);
  });
});
