import { HISTORY_SHEET } from '../../src/core';
import { createWorkflowCommands } from '../../src/commands/workflowCommands';
import { SNAPSHOT_SHEET } from '../../src/excel/workflow/snapshotStore';
import type { PendingMove } from '../../src/commands/api';
import { installHostDouble, workbookFromGrid, type HostDouble } from '../host-double';
import { makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';

/** Column letters of the builder's default register (status is J). */
const STATUS = 'J';

let double: HostDouble;
afterEach(() => double?.uninstall());

function seed(
  actions = [
    makeAction({ id: 'NC-1', status: 'Implemented', completionDate: serial('2026-10-01') }),
    makeAction({ id: 'NC-2' }),
    makeClosedNc({ id: 'NC-3' }),
  ],
) {
  const grid = makeGrid(actions);
  double = installHostDouble(
    workbookFromGrid({ Register: { values: grid.values, numberFormats: grid.numberFormats } }),
  );
  return createWorkflowCommands();
}

function cell(sheet: string, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return double.workbook.sheet(sheet)?.cell(Number(m[2]) - 1, col)?.v ?? '';
}

async function started() {
  const wf = seed();
  const pending: PendingMove[][] = [];
  wf.onPendingMoves((m) => pending.push(m));
  const start = await wf.startWatching();
  expect(start).toMatchObject({ ok: true });
  return { wf, pending };
}

describe('status workflow in Excel', () => {
  it('closing a minor NC without a root cause opens the prompt (a pending local gate move)', async () => {
    const { wf } = await started();
    await double.edit('Register', `${STATUS}2`, 'Closed', { source: 'Local' });
    await wf.watcher.idle();
    const [move] = wf.watcher.pendingMoves;
    expect(move).toMatchObject({
      id: 'NC-1',
      fromWord: 'Implemented',
      toWord: 'Closed',
      origin: 'local',
      kind: 'gate',
    });
    expect(move.missing).toEqual(expect.arrayContaining(['effectivenessResult', 'verifiedBy']));
    // The prompt offers the register's own effectiveness words (NC-3's row says "Effective").
    expect(move.effectivenessWords).toEqual({ effective: 'Effective' });
  });

  it('Save writes the fields into the row and appends the history row; its own writes open nothing', async () => {
    const { wf } = await started();
    await double.edit('Register', `${STATUS}2`, 'Closed', { source: 'Local' });
    await wf.watcher.idle();
    const [move] = wf.watcher.pendingMoves;
    const saved = await wf.completeMove(move, {
      fields: {
        effectivenessResult: 'Effective',
        verifiedBy: 'Internal audit',
        closedDate: '2026-11-20',
        evidence: '=HYPERLINK("http://x")',
      },
      comment: 'Verified in the November audit',
    });
    expect(saved).toEqual({ ok: true, value: { missing: [] } });
    await double.flushEvents();
    await wf.watcher.idle();
    expect(cell('Register', 'Q2')).toBe('Effective');
    expect(cell('Register', 'R2')).toBe('Internal audit');
    expect(cell('Register', 'T2')).toBe(serial('2026-11-20'));
    expect(cell('Register', 'S2')).toBe('=HYPERLINK("http://x")');
    expect(double.workbook.sheet('Register')?.cell(1, 18)?.f).toBeFalsy();
    expect(cell('Register', `${STATUS}2`)).toBe('Closed');
    expect(cell(HISTORY_SHEET, 'B2')).toBe('NC-1');
    expect(cell(HISTORY_SHEET, 'E2')).toBe('closed');
    expect(cell(HISTORY_SHEET, 'H2')).toBe('in the prompt');
    expect(wf.watcher.pendingMoves).toEqual([]);
  });

  it('Cancel restores the previous status value exactly', async () => {
    const { wf } = await started();
    await double.edit('Register', `${STATUS}2`, 'Closed', { source: 'Local' });
    await wf.watcher.idle();
    const [move] = wf.watcher.pendingMoves;
    expect(await wf.cancelMove(move)).toEqual({ ok: true, value: undefined });
    await double.flushEvents();
    await wf.watcher.idle();
    expect(cell('Register', `${STATUS}2`)).toBe('Implemented');
    expect(wf.watcher.pendingMoves).toEqual([]);
  });

  it('a move the workflow does not allow is refused with its reason, not saved', async () => {
    const { wf } = await started();
    await double.edit('Register', `${STATUS}4`, 'In progress', { source: 'Local' });
    await wf.watcher.idle();
    const [move] = wf.watcher.pendingMoves;
    expect(move).toMatchObject({ id: 'NC-3', kind: 'not-allowed', allowed: ['analysis'] });
    const saved = await wf.completeMove(move, { fields: {} });
    expect(saved).toMatchObject({ ok: false, error: { code: 'not-allowed', retry: false } });
  });

  it('a Remote change opens no prompt but is listed when it breaks a gate', async () => {
    const { wf } = await started();
    await double.edit('Register', `${STATUS}3`, 'Closed', { source: 'Remote' });
    await wf.watcher.idle();
    expect(wf.watcher.pendingMoves).toEqual([expect.objectContaining({ id: 'NC-2', origin: 'remote' })]);
  });

  it('a paste of 500 status cells is handled in one pass with a bounded number of syncs', async () => {
    const actions = Array.from({ length: 500 }, (_, i) =>
      makeAction({ id: `NC-${i + 1}`, status: 'In progress' }),
    );
    const wf = seed(actions);
    await wf.startWatching();
    double.resetStats();
    await double.edit(
      'Register',
      `${STATUS}2:${STATUS}501`,
      Array.from({ length: 500 }, () => ['Closed']),
      { source: 'Local' },
    );
    await wf.watcher.idle();
    expect(wf.watcher.pendingMoves).toHaveLength(500);
    expect(wf.watcher.pendingMoves.every((m) => m.origin === 'local' && !m.single)).toBe(true);
    expect(double.stats.syncs).toBeLessThanOrEqual(6);
  });

  it('a status changed while the add-in was closed is found by reconciliation', async () => {
    const wf = seed();
    await wf.startWatching();
    await wf.watcher.stop();
    await double.edit('Register', `${STATUS}3`, 'Closed', { source: 'Local' });
    const again = createWorkflowCommands();
    const start = await again.startWatching();
    expect(start.ok && start.value.pending).toEqual([
      expect.objectContaining({ id: 'NC-2', origin: 'reconciliation', toWord: 'Closed' }),
    ]);
    expect(cell(HISTORY_SHEET, 'H2')).toBe('found later by reconciliation');
  });

  it('a status change appends one small cell to the snapshot; after a restart the move is still pending, logged once', async () => {
    const actions = Array.from({ length: 2_000 }, (_, i) =>
      makeAction({ id: `NC-${i + 1}`, status: 'In progress', title: `Finding ${i + 1} `.repeat(3) }),
    );
    const wf = seed(actions);
    await wf.startWatching();
    const stored = double.workbook.sheet(SNAPSHOT_SHEET)!;
    const cellsBefore = stored.cells.size;
    double.resetStats();
    await double.edit('Register', `${STATUS}3`, 'Closed', { source: 'Remote' });
    await wf.watcher.idle();
    expect(wf.watcher.pendingMoves).toEqual([expect.objectContaining({ id: 'NC-2', origin: 'remote' })]);
    // The whole snapshot of 2,000 rows is ≈ 60 KB; the change is one line in one new cell.
    expect(stored.cells.size).toBe(cellsBefore + 1);
    expect(Math.max(...double.stats.requests.map((r) => r.bytes))).toBeLessThan(2_000);
    await wf.watcher.stop();
    const again = createWorkflowCommands();
    const start = await again.startWatching();
    // The pending move is known from the appended line: listed again, not logged twice.
    expect(start.ok && start.value.pending).toEqual([
      expect.objectContaining({ id: 'NC-2', toWord: 'Closed', origin: 'reconciliation' }),
    ]);
    expect(cell(HISTORY_SHEET, 'A2')).not.toBe('');
    expect(cell(HISTORY_SHEET, 'A3')).toBe('');
  });

  it('a change that meets its gate is accepted and logged without a prompt', async () => {
    const { wf } = await started();
    await double.edit('Register', `${STATUS}3`, 'Implemented', { source: 'Local' });
    await wf.watcher.idle();
    // NC-2 has no completion date: the gate asks for it.
    expect(wf.watcher.pendingMoves.map((m) => m.id)).toEqual(['NC-2']);
    await double.edit('Register', 'P3', serial('2026-11-01'), { source: 'Local' });
    await double.edit('Register', `${STATUS}4`, 'Closed', { source: 'Local' });
    await wf.watcher.idle();
    expect(wf.watcher.pendingMoves.map((m) => m.id)).toEqual(['NC-2']);
  });

  it("the Action view shows the selected action, its allowed moves and its history; moving it writes the register's own word", async () => {
    const { wf } = await started();
    double.select('Register', 'B3');
    const view = await wf.selectedAction();
    expect(view.ok && view.value).toMatchObject({
      id: 'NC-2',
      state: 'in-progress',
      statusWord: 'In progress',
      allowed: ['implemented', 'on-hold', 'cancelled'],
    });
    const blocked = await wf.moveAction(3, 'implemented', { fields: {} });
    expect(blocked).toEqual({ ok: true, value: { missing: ['completionDate'] } });
    const moved = await wf.moveAction(3, 'implemented', { fields: { completionDate: '2026-11-25' } });
    expect(moved).toEqual({ ok: true, value: { missing: [] } });
    await double.flushEvents();
    await wf.watcher.idle();
    expect(cell('Register', `${STATUS}3`)).toBe('Implemented');
    expect(cell('Register', 'P3')).toBe(serial('2026-11-25'));
    expect(wf.watcher.pendingMoves).toEqual([]);
    const after = await wf.selectedAction();
    expect(after.ok && after.value?.history.map((h) => [h.from, h.to, h.via])).toEqual([
      ['in-progress', 'implemented', 'pane'],
    ]);
  });

  it('accepting a listed move as it is logs it as not meeting its gate', async () => {
    const { wf } = await started();
    await double.edit('Register', `${STATUS}3`, 'Closed', { source: 'Remote' });
    await wf.watcher.idle();
    const [move] = wf.watcher.pendingMoves;
    await wf.acknowledgeMove(move, 'Closed by the CISO in the meeting');
    expect(wf.watcher.pendingMoves).toEqual([]);
    expect(cell(HISTORY_SHEET, 'G3')).toBe('Closed by the CISO in the meeting');
    expect(cell(HISTORY_SHEET, 'I3')).toBe('no');
  });
});
