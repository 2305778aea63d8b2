import { RULES, validateGrid, type FieldKey } from '../../src/core';
import { AS_OF, DEFAULT_COLUMNS, findingsOf, makeAction, makeClosedNc, makeGrid, serial } from './builders';

/** Every column but the ones named. */
function without(...fields: FieldKey[]): FieldKey[] {
  return DEFAULT_COLUMNS.filter((f) => !fields.includes(f));
}

describe('validation rules', () => {
  it('a clean register has no errors or warnings', () => {
    const report = findingsOf('', []);
    expect(report).toEqual([]);
    const all = validateGrid(makeGrid([makeAction(), makeClosedNc({ id: 'NC-002' })]), { asOf: AS_OF });
    expect(all.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('header-not-found: a sheet without a register header gets one clear error', () => {
    const report = validateGrid(
      { values: [['Quarterly budget'], ['Item', 'Cost'], ['Laptops', 1200]] },
      { asOf: AS_OF },
    );
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ code: 'header-not-found', severity: 'error', row: null });
    expect(report.findings[0].message).toMatch(/header row/);
  });

  it('column-missing: a register without an owner column gets one warning naming the header row, never an error', () => {
    const found = findingsOf('column-missing', [makeAction()], { columns: without('owner') });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', row: 1, field: 'owner' });
    expect(found[0].message).toMatch(/Owner/);
  });

  it('column-missing: no Type column is one info note, and the exit code does not depend on it', () => {
    const found = findingsOf('column-missing', [makeAction()], { columns: without('type') });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', field: 'type' });
    expect(found[0].message).toMatch(/unknown type/);
  });

  it('column-missing: a gate column that is absent is one note naming the states, not one per row', () => {
    const found = findingsOf('column-missing', [makeAction(), makeAction({ id: 'NC-002' })], {
      columns: without('verifiedBy'),
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', field: 'verifiedBy' });
    expect(found[0].message).toMatch(/closed/);
  });

  it('missing-id: a row without a reference', () => {
    const [f] = findingsOf('missing-id', [makeAction({ id: '' })]);
    expect(f).toMatchObject({ severity: 'error', row: 2, column: 'A', field: 'id' });
  });

  it('duplicate-id: the second use of an id is reported with the first row', () => {
    const found = findingsOf('duplicate-id', [makeAction(), makeAction({ id: 'nc-001' })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ row: 3, id: 'nc-001' });
    expect(found[0].message).toMatch(/row 2/);
  });

  it('missing-owner: an open action with "TBD" as owner', () => {
    const [f] = findingsOf('missing-owner', [makeAction({ owner: 'TBD' })]);
    expect(f).toMatchObject({ severity: 'error', field: 'owner', column: 'F', id: 'NC-001' });
  });

  it('missing-owner is not reported for a closed action', () => {
    expect(findingsOf('missing-owner', [makeClosedNc({ owner: '' })])).toEqual([]);
  });

  it('missing-target-date: an open action without a target date', () => {
    const [f] = findingsOf('missing-target-date', [makeAction({ targetDate: '' })]);
    expect(f).toMatchObject({ severity: 'error', field: 'targetDate', column: 'I' });
  });

  it('missing-target-review-date: warning when the column exists', () => {
    expect(findingsOf('missing-target-review-date', [makeAction({ targetReviewDate: '' })])).toHaveLength(1);
    expect(
      findingsOf('missing-target-review-date', [makeAction()], { columns: without('targetReviewDate') }),
    ).toEqual([]);
  });

  it('unknown-type and unknown-status: words that map to nothing', () => {
    // Beside a known type: a column of no NC or OFI word at all is read as no type column.
    expect(
      findingsOf('unknown-type', [
        makeAction({ type: 'Banana' }),
        makeAction({ id: 'NC-2', type: 'Minor' }),
      ])[0].message,
    ).toMatch(/"Banana"/);
    expect(findingsOf('unknown-status', [makeAction({ status: 'Zebra crossing' })])[0]).toMatchObject({
      severity: 'error',
      field: 'status',
    });
  });

  it('unknown-source: a warning for an unmapped source word', () => {
    expect(findingsOf('unknown-source', [makeAction({ source: 'Gut feeling' })])[0]).toMatchObject({
      severity: 'warning',
    });
    expect(findingsOf('unknown-source', [makeAction({ source: '' })])).toEqual([]);
  });

  it('invalid-date: text, booleans, errors and serial 60 in date columns', () => {
    const found = findingsOf('invalid-date', [
      makeAction({ targetDate: 'next week' }),
      makeAction({ id: 'NC-2', raisedDate: true }),
      makeAction({ id: 'NC-3', targetReviewDate: '#REF!' }),
      makeAction({ id: 'NC-4', completionDate: 60 }),
    ]);
    expect(found.map((f) => f.field)).toEqual([
      'targetDate',
      'raisedDate',
      'targetReviewDate',
      'completionDate',
    ]);
    expect(found[3].message).toMatch(/fictitious 29 February 1900/);
  });

  it('ambiguous-date: 03/04/2026 is read day-first and flagged', () => {
    const [f] = findingsOf('ambiguous-date', [makeAction({ targetDate: '03/04/2027' })]);
    expect(f.message).toMatch(/2027-04-03 or 2027-03-04/);
    expect(findingsOf('ambiguous-date', [makeAction({ targetDate: '23/04/2027' })])).toEqual([]);
  });

  it('date-order: raised after target, closed before raised, closed in the future', () => {
    const found = findingsOf('date-order', [
      makeAction({ raisedDate: serial('2026-09-01'), targetDate: serial('2026-08-01') }),
      makeClosedNc({ id: 'NC-2', closedDate: serial('2026-08-01') }),
      makeClosedNc({ id: 'NC-3', closedDate: serial('2026-12-24') }),
    ]);
    expect(found.map((f) => [f.row, f.field])).toEqual([
      [2, 'targetDate'],
      [3, 'closedDate'],
      [4, 'closedDate'],
    ]);
  });

  it('nc-closed-without-root-cause: "Not yet analyzed" is not a root cause', () => {
    const [f] = findingsOf('nc-closed-without-root-cause', [makeClosedNc({ rootCause: 'Not yet analyzed' })]);
    expect(f.message).toMatch(/says only "Not yet analyzed"/);
    expect(
      findingsOf('nc-closed-without-root-cause', [
        makeClosedNc({ type: 'OFI', rootCause: '', remediation: 'Done x' }),
      ]),
    ).toEqual([]);
  });

  it('nc-closed-without-effectiveness: result not effective, and no verifier', () => {
    const found = findingsOf('nc-closed-without-effectiveness', [
      makeClosedNc({ effectivenessResult: 'Partially effective', verifiedBy: '' }),
    ]);
    expect(found.map((f) => f.field)).toEqual(['effectivenessResult', 'verifiedBy']);
  });

  it('ofi-closed-without-remediation: a closed OFI must say what was implemented', () => {
    const [f] = findingsOf('ofi-closed-without-remediation', [
      makeClosedNc({ type: 'OFI', remediation: '-' }),
    ]);
    expect(f).toMatchObject({ field: 'remediation', severity: 'error' });
  });

  it('gate-missing-field: an NC in progress without correction, root cause or corrective action', () => {
    // The register also uses "Planned", so an action in progress has passed that step.
    const found = findingsOf('gate-missing-field', [
      makeAction({ correction: '', rootCause: 'pending', correctiveAction: '' }),
      makeAction({ id: 'NC-2', status: 'Planned' }),
    ]);
    expect(found.map((f) => f.field)).toEqual(['correction', 'rootCause', 'correctiveAction']);
  });

  it('gate-missing-field: skipped states of a small vocabulary are not required', () => {
    // Only Open / In progress / Closed: no "planned" step, so its fields are not demanded.
    const found = findingsOf('gate-missing-field', [
      makeAction({ status: 'Open', id: 'A' }),
      makeAction({ status: 'In progress', id: 'B', correction: '', similarElsewhere: '' }),
      makeClosedNc({ id: 'C' }),
    ]);
    expect(found).toEqual([]);
  });

  it('gate-missing-field: a cancelled action needs a reason', () => {
    expect(
      findingsOf('gate-missing-field', [makeAction({ status: 'Cancelled', notes: '' })])[0].message,
    ).toMatch(/reason/);
  });

  it('closed-without-date and closed-without-evidence are warnings', () => {
    expect(findingsOf('closed-without-date', [makeClosedNc({ closedDate: '' })])[0].severity).toBe('warning');
    expect(findingsOf('closed-without-evidence', [makeClosedNc({ evidence: 'N/A' })])[0].severity).toBe(
      'warning',
    );
  });

  it('overdue: an open action past its target date; closed actions are never overdue', () => {
    const found = findingsOf('overdue', [
      makeAction({ targetDate: serial('2026-11-20') }),
      makeClosedNc({ id: 'X', targetDate: serial('2026-01-01') }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/6 days overdue/);
  });

  it('overdue: an action implemented on time is not late while it waits for its effectiveness check', () => {
    const implemented = makeAction({
      status: 'Implemented',
      targetDate: serial('2026-11-20'),
      completionDate: serial('2026-11-18'),
    });
    expect(findingsOf('overdue', [implemented])).toEqual([]);
  });

  it('review-overdue: the progress review date has passed', () => {
    expect(
      findingsOf('review-overdue', [makeAction({ targetReviewDate: serial('2026-11-25') })]),
    ).toHaveLength(1);
  });

  it('status-is-overdue: "Overdue" as a status is a warning and the row still counts as open', () => {
    const found = findingsOf('status-is-overdue', [makeAction({ status: 'Overdue' })]);
    expect(found[0].severity).toBe('warning');
    expect(findingsOf('unknown-status', [makeAction({ status: 'Overdue' })])).toEqual([]);
    expect(findingsOf('missing-owner', [makeAction({ status: 'Overdue', owner: '' })])).toHaveLength(1);
  });

  it('unknown-requirement and legacy-2013-requirement', () => {
    expect(findingsOf('unknown-requirement', [makeAction({ requirement: 'A.5.99' })])[0].message).toMatch(
      /A\.5\.99/,
    );
    const [legacy] = findingsOf('legacy-2013-requirement', [makeAction({ requirement: 'A.12.6.1' })]);
    expect(legacy).toMatchObject({ severity: 'info' });
    expect(legacy.message).toMatch(/A\.8\.8/);
  });

  it('verifier-is-owner: info when the owner verified their own action', () => {
    expect(findingsOf('verifier-is-owner', [makeClosedNc({ verifiedBy: ' dana reyes ' })])[0].severity).toBe(
      'info',
    );
  });

  it('blame-only-root-cause: "Human error" gets a gentle hint, a systemic cause does not', () => {
    expect(findingsOf('blame-only-root-cause', [makeAction({ rootCause: 'Human error' })])[0].severity).toBe(
      'info',
    );
    expect(
      findingsOf('blame-only-root-cause', [
        makeAction({ rootCause: 'Human error due to lack of a checklist' }),
      ]),
    ).toEqual([]);
  });

  it('every rule in the registry has a stable code and a description', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
    expect(codes).toHaveLength(30);
  });
});
