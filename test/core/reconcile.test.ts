import { historyRows, reconcile, snapshotOf, validateRegister } from '../../src/core';
import { makeAction, makeClosedNc, registerOf } from './builders';

const NOW = '2026-11-26T09:00:00.000Z';

describe('reconciliation of the status column', () => {
  const before = registerOf([
    makeAction({ id: 'A', status: 'Implemented', completionDate: 46000 }),
    makeAction({ id: 'B' }),
    makeAction({ id: 'C' }),
  ]);
  const snapshot = snapshotOf(before);

  it('a status changed while the add-in was closed is found and judged against the gates', () => {
    const after = registerOf([
      makeAction({ id: 'A', status: 'Closed', completionDate: 46000 }),
      makeAction({ id: 'B' }),
      makeAction({ id: 'C' }),
      makeAction({ id: 'D', status: 'Closed' }),
    ]);
    const moves = reconcile(snapshot, after, { via: 'reconciliation', now: NOW });
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({
      id: 'A',
      fromWord: 'Implemented',
      toWord: 'Closed',
      from: 'implemented',
      to: 'closed',
    });
    expect(moves[0].verdict).toMatchObject({ ok: false, reason: 'gate' });
  });

  it('a change that meets its gate is accepted with a history entry', () => {
    const after = registerOf([
      makeClosedNc({ id: 'A', status: 'Closed' }),
      makeAction({ id: 'B' }),
      makeAction({ id: 'C' }),
    ]);
    const [move] = reconcile(snapshot, after, { via: 'remote', now: NOW });
    expect(move.verdict.ok).toBe(true);
    const entry = move.verdict.ok ? move.verdict.effects.find((e) => e.kind === 'append-history') : undefined;
    expect(entry && entry.kind === 'append-history' && historyRows([entry.entry])[0]).toEqual([
      NOW,
      'A',
      '2',
      'implemented',
      'closed',
      '',
      '',
      'by a co-author (remote)',
      'yes',
    ]);
  });

  it("the closing gate reads the effectiveness result in the register's own words, as validation does", () => {
    // The organisation writes "Verified OK" and has mapped it to effective in the Register tab.
    const config = { vocabulary: { effectiveness: { 'Verified OK': 'effective' as const } } };
    const closed = (result: string) =>
      registerOf(
        [makeClosedNc({ id: 'A', status: 'Closed', effectivenessResult: result }), makeAction({ id: 'B' })],
        {},
        config,
      );
    const [mapped] = reconcile(snapshot, closed('Verified OK'), { via: 'remote', now: NOW });
    expect(mapped.verdict).toMatchObject({ ok: true });
    expect(
      validateRegister(closed('Verified OK'), { asOf: 46352 }).findings.filter(
        (f) => f.code === 'nc-closed-without-effectiveness',
      ),
    ).toEqual([]);
    // A word that means nothing to the register still blocks the move.
    const [unknown] = reconcile(snapshot, closed('Looked at it'), { via: 'remote', now: NOW });
    expect(unknown.verdict).toMatchObject({ ok: false, reason: 'gate', missing: ['effectivenessResult'] });
  });

  it('a move backwards is not allowed; a step forward without its gate field is a gate problem', () => {
    const after = registerOf([
      makeAction({ id: 'A', status: 'Implemented', completionDate: 46000 }),
      makeAction({ id: 'B', status: 'New' }),
      makeAction({ id: 'C', status: 'Implemented' }),
    ]);
    const moves = reconcile(snapshot, after, { via: 'reconciliation', now: NOW });
    expect(moves.map((m) => [m.id, m.verdict.ok ? 'ok' : m.verdict.reason])).toEqual([
      ['B', 'not-allowed'],
      ['C', 'gate'],
    ]);
  });

  it('case and spacing changes are not moves', () => {
    const after = registerOf([
      makeAction({ id: 'A', status: ' implemented ', completionDate: 46000 }),
      makeAction({ id: 'B' }),
      makeAction({ id: 'C' }),
    ]);
    expect(reconcile(snapshot, after, { via: 'reconciliation', now: NOW })).toEqual([]);
  });
});
