import {
  allowedMoves,
  cumulativeGateFields,
  gateFields,
  transition,
  type TransitionSubject,
} from '../../src/core';

const NOW = '2026-11-26T10:00:00.000Z';

function nc(overrides: Partial<TransitionSubject> = {}): TransitionSubject {
  return {
    id: 'NC-7',
    row: 9,
    type: 'minor-nc',
    from: 'implemented',
    values: { owner: 'Ana' },
    ...overrides,
  };
}

describe('workflow', () => {
  it('gates follow clause 10.2 for NCs and ask only for the remediation for OFIs', () => {
    expect(gateFields('minor-nc', 'closed')).toEqual([
      'rootCause',
      'correctiveAction',
      'effectivenessResult',
      'verifiedBy',
      'closedDate',
    ]);
    expect(gateFields('ofi', 'closed')).toEqual(['remediation', 'closedDate']);
    expect(gateFields('major-nc', 'planned')).toEqual(['correction', 'rootCause', 'similarElsewhere']);
    expect(gateFields('observation', 'planned')).toEqual([]);
    expect(gateFields(undefined, 'closed')).toContain('rootCause');
  });

  it('closing a minor NC without a root cause lists what is missing', () => {
    const r = transition(nc(), 'closed', { now: NOW, via: 'sheet' });
    expect(r).toMatchObject({ ok: false, reason: 'gate' });
    expect(r.ok === false && r.reason === 'gate' && r.missing).toEqual([
      'rootCause',
      'correctiveAction',
      'effectivenessResult',
      'verifiedBy',
      'closedDate',
    ]);
  });

  it('closing with the prompt values returns the cell updates and a history entry', () => {
    const fields = {
      rootCause: 'No review step',
      correctiveAction: 'Add review',
      effectivenessResult: 'Effective',
      verifiedBy: 'Auditor',
      closedDate: 46352,
    };
    const r = transition(nc(), 'closed', { now: NOW, via: 'prompt', fields, comment: 'checked in audit' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.effects[0]).toEqual({ kind: 'update-cells', row: 9, fields });
    expect(r.effects[1]).toMatchObject({
      kind: 'append-history',
      entry: { id: 'NC-7', from: 'implemented', to: 'closed', via: 'prompt', comment: 'checked in audit' },
    });
    expect(r.next.rootCause).toBe('No review step');
  });

  it('"partially effective" does not meet the closing gate', () => {
    const r = transition(
      nc({
        values: {
          rootCause: 'No review step',
          correctiveAction: 'Add review',
          effectivenessResult: 'Partially effective',
          verifiedBy: 'Auditor',
          closedDate: 46000,
        },
      }),
      'closed',
      { now: NOW, via: 'prompt' },
    );
    expect(r.ok === false && r.reason === 'gate' && r.missing).toEqual(['effectivenessResult']);
  });

  it('skipping steps is not allowed and the allowed moves are offered', () => {
    const r = transition(nc({ from: 'new' }), 'implemented', { now: NOW, via: 'sheet' });
    expect(r).toMatchObject({
      ok: false,
      reason: 'not-allowed',
      allowed: ['analysis', 'on-hold', 'cancelled'],
    });
  });

  it('a small vocabulary moves forward over the states it does not have', () => {
    const inUse = new Set(['new', 'in-progress', 'closed'] as const);
    expect(allowedMoves(nc({ from: 'new' }), inUse)).toEqual(['in-progress', 'on-hold', 'cancelled']);
  });

  it('an NC may close straight from analysis only with a reason', () => {
    expect(transition(nc({ from: 'analysis' }), 'closed', { now: NOW, via: 'pane' })).toMatchObject({
      ok: false,
      missing: ['notes'],
    });
    expect(
      transition(nc({ from: 'analysis' }), 'closed', {
        now: NOW,
        via: 'pane',
        comment: 'No action needed: false positive',
      }).ok,
    ).toBe(true);
    expect(allowedMoves(nc({ from: 'analysis', type: 'ofi' }))).not.toContain('closed');
  });

  it('implemented goes back to planned only when not effective', () => {
    expect(allowedMoves(nc())).not.toContain('planned');
    expect(allowedMoves(nc({ values: { effectivenessResult: 'Not effective' } }))).toContain('planned');
  });

  it('reopening needs a comment and clears the closed date', () => {
    expect(transition(nc({ from: 'closed' }), 'analysis', { now: NOW, via: 'pane' })).toMatchObject({
      ok: false,
      missing: ['notes'],
    });
    const r = transition(nc({ from: 'closed', values: { owner: 'Ana', closedDate: 46000 } }), 'analysis', {
      now: NOW,
      via: 'pane',
      comment: 'Recurred',
    });
    expect(r.ok && r.effects[0]).toEqual({ kind: 'update-cells', row: 9, fields: { closedDate: '' } });
  });

  it('cancelling needs a reason; on hold and back is allowed', () => {
    expect(transition(nc({ from: 'planned' }), 'cancelled', { now: NOW, via: 'pane' }).ok).toBe(false);
    expect(
      transition(nc({ from: 'planned' }), 'cancelled', {
        now: NOW,
        via: 'pane',
        comment: 'Duplicate of NC-3',
      }).ok,
    ).toBe(true);
    expect(allowedMoves(nc({ from: 'planned' }))).toContain('on-hold');
    expect(allowedMoves(nc({ from: 'on-hold' }))).toContain('planned');
    expect(allowedMoves(nc({ from: 'cancelled' }))).toEqual([]);
  });

  it('gate fields without a column cannot block a move', () => {
    const columns = new Set(['rootCause', 'correctiveAction', 'closedDate'] as const);
    const r = transition(nc({ values: { rootCause: 'a', correctiveAction: 'b' } }), 'closed', {
      now: NOW,
      via: 'prompt',
      columns,
      fields: { closedDate: 46352 },
    });
    expect(r.ok).toBe(true);
  });

  it('cumulative gates include the steps already passed', () => {
    expect(cumulativeGateFields('minor-nc', 'in-progress').map((g) => g.field)).toEqual([
      'owner',
      'correction',
      'rootCause',
      'similarElsewhere',
      'correctiveAction',
      'targetDate',
    ]);
  });
});
