/**
 * The workflow guard watches every included register sheet (issue 21): a status change on the
 * second included sheet opens the gate prompt as one on the main register does, Save and Cancel
 * write on that sheet with its own mapping, and each sheet's snapshot is kept in a column of its
 * own — against the host double, with the sheets included through the real command list.
 */
import { HISTORY_SHEET } from '../../src/core';
import { createExcelCommands } from '../../src/commands/commandList';
import { createWorkflowCommands } from '../../src/commands/workflowCommands';
import { SNAPSHOT_SHEET } from '../../src/excel/workflow/snapshotStore';
import { installHostDouble, workbookFromGrid, type HostDouble } from '../host-double';
import { makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';

/** Status is column J of the builder's register. */
const STATUS = 'J';
const MAIN = 'Audit findings';
const SECOND = 'CAPA actions';

let double: HostDouble;
afterEach(() => double?.uninstall());

function cell(sheet: string, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return double.workbook.sheet(sheet)?.cell(Number(m[2]) - 1, col)?.v ?? '';
}

function sheetOf(prefix: string) {
  const grid = makeGrid([
    makeAction({ id: `${prefix}-1`, status: 'Implemented', completionDate: serial('2026-10-01') }),
    makeAction({ id: `${prefix}-2` }),
    makeClosedNc({ id: `${prefix}-3` }),
  ]);
  return { values: grid.values, numberFormats: grid.numberFormats };
}

/** Two register sheets, both included (the first the main one), the guard started. */
async function watchingBoth() {
  double = installHostDouble(workbookFromGrid({ [MAIN]: sheetOf('AF'), [SECOND]: sheetOf('CA') }));
  const commands = createExcelCommands();
  for (const name of [MAIN, SECOND]) {
    const included = await commands.includeRegister!(name, true);
    if (!included.ok) throw new Error(included.error.message);
  }
  const wf = createWorkflowCommands();
  const started = await wf.startWatching();
  expect(started).toMatchObject({ ok: true, value: { sheetName: MAIN, pending: [] } });
  expect(wf.watcher.watchers.map((w) => w.sheetName)).toEqual([MAIN, SECOND]);
  return wf;
}

describe('the workflow guard over several included registers', () => {
  it('closing an NC on the second sheet without a root cause opens the prompt, as on the first', async () => {
    const wf = await watchingBoth();
    await double.edit(MAIN, `${STATUS}2`, 'Closed', { source: 'Local' });
    await double.edit(SECOND, `${STATUS}2`, 'Closed', { source: 'Local' });
    await wf.watcher.idle();
    const moves = wf.watcher.pendingMoves;
    expect(moves.map((m) => [m.sheetName, m.id, m.kind, m.origin, m.single])).toEqual([
      [MAIN, 'AF-1', 'gate', 'local', true],
      [SECOND, 'CA-1', 'gate', 'local', true],
    ]);
    const [first, second] = moves;
    expect(second.missing).toEqual(first.missing);
    expect(second.missing).toEqual(expect.arrayContaining(['effectivenessResult', 'verifiedBy']));
  });

  it('Save writes the fields on the move’s own sheet; its own writes open nothing', async () => {
    const wf = await watchingBoth();
    await double.edit(SECOND, `${STATUS}2`, 'Closed', { source: 'Local' });
    await wf.watcher.idle();
    const [move] = wf.watcher.pendingMoves;
    const saved = await wf.completeMove(move, {
      fields: { effectivenessResult: 'Effective', verifiedBy: 'Internal audit', closedDate: '2026-11-20' },
    });
    expect(saved).toEqual({ ok: true, value: { missing: [] } });
    await double.flushEvents();
    await wf.watcher.idle();
    expect(cell(SECOND, 'Q2')).toBe('Effective');
    expect(cell(SECOND, 'R2')).toBe('Internal audit');
    expect(cell(MAIN, 'Q2')).toBe(''); // the main register is untouched
    expect(cell(HISTORY_SHEET, 'B2')).toBe('CA-1');
    expect(wf.watcher.pendingMoves).toEqual([]);
  });

  it('Cancel restores the previous status on the second sheet', async () => {
    const wf = await watchingBoth();
    await double.edit(SECOND, `${STATUS}2`, 'Closed', { source: 'Local' });
    await wf.watcher.idle();
    const [move] = wf.watcher.pendingMoves;
    expect(await wf.cancelMove(move)).toEqual({ ok: true, value: undefined });
    await double.flushEvents();
    await wf.watcher.idle();
    expect(cell(SECOND, `${STATUS}2`)).toBe('Implemented');
    expect(cell(MAIN, `${STATUS}2`)).toBe('Implemented');
    expect(wf.watcher.pendingMoves).toEqual([]);
  });

  it('each sheet’s snapshot has a column of its own; a change made while closed is found at the next start', async () => {
    const wf = await watchingBoth();
    expect(String(cell(SNAPSHOT_SHEET, 'A1'))).toMatch(new RegExp(`^v1\\t${MAIN}\\n`));
    expect(String(cell(SNAPSHOT_SHEET, 'B1'))).toMatch(new RegExp(`^v1\\t${SECOND}\\n`));
    await wf.watcher.stop();
    // Edited with the add-in closed: no handler sees it.
    await double.edit(SECOND, `${STATUS}3`, 'Closed', { source: 'Remote' });
    const again = createWorkflowCommands();
    const started = await again.startWatching();
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value.pending.map((m) => [m.sheetName, m.id, m.origin])).toEqual([
      [SECOND, 'CA-2', 'reconciliation'],
    ]);
  });
});
