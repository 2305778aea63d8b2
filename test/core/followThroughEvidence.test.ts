import { evidenceView, planEvidenceSheet, type FieldKey } from '../../src/core';
import { AS_OF, DEFAULT_COLUMNS, makeAction, makeClosedNc, registerOf, serial } from './builders';

const COLUMNS: FieldKey[] = [...DEFAULT_COLUMNS, 'rcaMethod', 'effectivenessDueDate'];

function view(actions: Parameters<typeof registerOf>[0], columns = COLUMNS) {
  return evidenceView(registerOf(actions, { columns }), AS_OF);
}

describe('the 10.2 evidence view', () => {
  it('a closed NC with everything recorded has a complete trail, each step filled', () => {
    const [nc] = view([makeClosedNc({ rcaMethod: '5 whys' })]).ncs;
    expect(nc.gaps).toEqual([]);
    expect(nc.steps.f.text).toBe(
      'Access reviews not performed\nRequirement: A.5.18\nRaised: 2026-09-01\nSource: Internal audit',
    );
    expect(nc.steps.a.text).toBe('Removed leavers accounts found in the audit sample');
    expect(nc.steps.b.text).toContain('Method: 5 whys');
    expect(nc.steps.b.text).toContain('Similar elsewhere: No');
    expect(nc.steps.c.text).toContain('Completed: 2026-10-01');
    expect(nc.steps.d.text).toBe('Result: Effective\nVerified by: Internal audit');
    expect(nc.steps.g.text).toBe('Closed: 2026-11-01\nEvidence: https://intranet/isms/evidence/NC-001');
  });

  it('marks what is missing for the stage reached, and nothing still ahead', () => {
    const out = view([
      makeClosedNc({ id: 'C', rootCause: 'TBD', verifiedBy: '', evidence: '' }),
      makeAction({ id: 'P', status: 'Planned', correction: '', correctiveAction: '' }),
      makeAction({
        id: 'N',
        status: 'New',
        correction: '',
        rootCause: '',
        similarElsewhere: '',
        correctiveAction: '',
      }),
    ]);
    const [closed, planned, fresh] = out.ncs;
    expect(closed.gaps).toEqual(['(b) no root cause', '(d) no verifier', '(g) no evidence']);
    expect(planned.gaps).toEqual(['(a) no correction recorded']);
    expect(planned.steps.c.notYet).toBe(true);
    expect(planned.steps.d.notYet).toBe(true);
    expect(fresh.gaps).toEqual([]);
    expect(out.counts).toEqual({ ncs: 3, complete: 1, withGaps: 2 });
  });

  it('a late effectiveness check is a gap before the NC closes; a closed NC not effective says so', () => {
    const [late, partial] = view([
      makeAction({
        id: 'L',
        status: 'Implemented',
        completionDate: serial('2026-08-01'),
        effectivenessDueDate: serial('2026-11-01'),
      }),
      makeClosedNc({ id: 'X', effectivenessResult: 'Partially effective' }),
    ]).ncs;
    expect(late.gaps).toEqual(['(d) check 25 days late, no result']);
    expect(partial.gaps).toEqual(['(d) closed as partially-effective']);
  });

  it('a field without a column is a gap that names the missing column', () => {
    const columns = COLUMNS.filter((c) => c !== 'similarElsewhere' && c !== 'verifiedBy');
    const [nc] = view([makeClosedNc()], columns).ncs;
    expect(nc.gaps).toEqual([
      '(b) no answer to "could it occur elsewhere?" (no Could it occur elsewhere? column)',
      '(d) no verifier (no Verified by column)',
    ]);
  });

  it('OFIs, observations and cancelled actions are left out', () => {
    const out = view([
      makeAction({ id: 'O', type: 'OFI' }),
      makeAction({ id: 'B', type: 'Observation' }),
      makeAction({ id: 'X', status: 'Cancelled', notes: 'duplicate' }),
      makeAction({ id: 'K' }),
    ]);
    expect(out.ncs.map((n) => n.id)).toEqual(['K']);
  });

  it('the sheet: dated, a row per NC, gaps highlighted, the header row repeated on every printed page', () => {
    const v = view([makeClosedNc({ id: 'C', rootCause: '' }), makeAction({ id: 'P', status: 'Planned' })]);
    const plan = planEvidenceSheet(v, {
      existingSheetNames: ['Evidence 10.2 2026-11-26'],
      registerName: 'plan.xlsx',
    });
    expect(plan.name).toBe('Evidence 10.2 2026-11-26-2');
    const headers = plan.cells.filter((c) => c.row === 5).map((c) => c.value);
    expect(headers).toEqual([
      'ID',
      'Status',
      '(f) Nonconformity',
      '(a) Reaction and correction',
      '(b) Root cause, method, similar elsewhere',
      '(c) Corrective action',
      '(d) Effectiveness check',
      '(e) Changes to the ISMS',
      '(g) Results and evidence',
      'Gaps',
    ]);
    const cell = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);
    expect(cell(6, 1)!.value).toBe('C');
    expect(cell(6, 5)).toMatchObject({ style: 'prompt' });
    expect(String(cell(6, 5)!.value)).toContain('GAP: no root cause');
    expect(cell(6, 10)).toMatchObject({ value: '(b) no root cause', style: 'prompt' });
    expect(cell(7, 7)).toMatchObject({ value: 'not yet', style: 'note' });
    expect(cell(7, 10)!.value).toBe('None');
    expect(plan.print).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: { first: 5, last: 5 },
    });
    expect(plan.freezeRows).toBe(5);
    // Wrapped rows are tall enough for their lines.
    expect(plan.rowHeights!.find((h) => h.row === 6)!.height).toBeGreaterThan(15);
    expect(String(cell(3, 1)!.value)).toContain(
      '2 nonconformities: 1 with a complete trail for the stage reached, 1 with gaps.',
    );
  });
});
