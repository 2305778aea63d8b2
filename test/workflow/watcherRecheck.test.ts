import { createWorkflowCommands } from '../../src/commands/workflowCommands';
import { installHostDouble, workbookFromGrid, type HostDouble } from '../host-double';
import { makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';

/** Column letter of the builder's default register's status (J). */
const STATUS = 'J';

let double: HostDouble;
afterEach(() => double?.uninstall());

/** NC-1 and NC-2 implemented with everything closing needs, closed on 2026-11-30. */
async function started() {
  const ready = (id: string) =>
    makeAction({
      id,
      status: 'Implemented',
      completionDate: serial('2026-10-01'),
      effectivenessResult: 'Effective',
      verifiedBy: 'Internal audit',
      evidence: 'DOC-1',
      closedDate: serial('2026-11-30'),
    });
  // NC-3 closed already: the register's own word for closed is "Closed".
  const grid = makeGrid([ready('NC-1'), ready('NC-2'), makeClosedNc({ id: 'NC-3' })]);
  double = installHostDouble(
    workbookFromGrid({ Register: { values: grid.values, numberFormats: grid.numberFormats } }),
  );
  const wf = createWorkflowCommands();
  expect(await wf.startWatching()).toMatchObject({ ok: true });
  return wf;
}

describe('a status typed as Closed in the sheet schedules the re-check', () => {
  it('the user’s own accepted move keeps the re-check 90 days after the closed date, across the month end', async () => {
    const wf = await started();
    await double.edit('Register', `${STATUS}2`, 'Closed', { source: 'Local' });
    await wf.watcher.idle();
    expect(wf.watcher.pendingMoves).toEqual([]);
    expect(double.workbook.settings['improvementPlan.rechecks']).toEqual({ 'NC-1': '2027-02-28' });
  });

  it('a co-author’s move is logged, but its re-check is left to the co-author’s own add-in', async () => {
    const wf = await started();
    await double.edit('Register', `${STATUS}3`, 'Closed', { source: 'Remote' });
    await wf.watcher.idle();
    expect(double.workbook.settings['improvementPlan.rechecks']).toBeUndefined();
  });
});
