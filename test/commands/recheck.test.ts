import { createFollowThroughCommands } from '../../src/commands/followThrough';
import { createWorkflowCommands } from '../../src/commands/workflowCommands';
import {
  dayFromLocalDate,
  DEFAULT_POLICY,
  HISTORY_SHEET,
  isoFromDay,
  serialFromDay,
  type FieldKey,
} from '../../src/core';
import { DEFAULT_COLUMNS, makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';
import { install, workbookOf } from '../excel/harness';
import type { HostDouble } from '../host-double';

/** Noon on the as-of date of the core tests, local time. */
const NOW = () => new Date(2026, 10, 26, 12);
const WITH_COLUMN: FieldKey[] = [...DEFAULT_COLUMNS, 'effectivenessResult', 'verifiedBy', 'recheckDate'];

function cell(double: HostDouble, sheet: string, row: number, field: FieldKey, columns: FieldKey[]) {
  return double.workbook.sheet(sheet)?.cell(row - 1, columns.indexOf(field))?.v ?? '';
}

function historyRows(double: HostDouble): unknown[][] {
  const s = double.workbook.sheet(HISTORY_SHEET);
  if (!s) return [];
  const out: unknown[][] = [];
  for (let r = 1; r < 20; r++) {
    const row = Array.from({ length: 9 }, (_, c) => s.cell(r, c)?.v ?? '');
    if (row.every((v) => v === '')) break;
    out.push(row);
  }
  return out;
}

const implemented = makeAction({
  id: 'NC-1',
  status: 'Implemented',
  completionDate: serial('2026-10-01'),
  effectivenessResult: '',
  verifiedBy: '',
  closedDate: '',
});

describe('re-checks in Excel (host double)', () => {
  test('closing an NC as effective in the pane keeps its re-check in the workbook when the register has no column', async () => {
    const columns: FieldKey[] = [...DEFAULT_COLUMNS, 'effectivenessResult', 'verifiedBy'];
    const double = install(workbookOf({ Register: makeGrid([implemented], { columns }) }));
    const wf = createWorkflowCommands();
    expect(await wf.startWatching()).toMatchObject({ ok: true });
    const moved = await wf.moveAction(2, 'closed', {
      fields: { effectivenessResult: 'Effective', verifiedBy: 'Internal audit' },
    });
    expect(moved).toEqual({ ok: true, value: { missing: [] } });
    // The pane fills the closed date with the user's day; the re-check is the policy's 90 days later.
    const expected = isoFromDay(dayFromLocalDate(new Date()) + DEFAULT_POLICY.recheckDays!);
    expect(double.workbook.settings['improvementPlan.rechecks']).toEqual({ 'NC-1': expected });
  });

  test('with a Re-check date column the date is written into the row, as a date', async () => {
    const double = install(workbookOf({ Register: makeGrid([implemented], { columns: WITH_COLUMN }) }));
    const wf = createWorkflowCommands();
    await wf.startWatching();
    await wf.moveAction(2, 'closed', {
      fields: { effectivenessResult: 'Effective', verifiedBy: 'Internal audit', closedDate: '2026-11-30' },
    });
    expect(cell(double, 'Register', 2, 'recheckDate', WITH_COLUMN)).toBe(
      serialFromDay(dayFromLocalDate(new Date(2027, 1, 28))),
    );
    expect(double.workbook.settings['improvementPlan.rechecks']).toBeUndefined();
  });

  test('a late re-check is in the due-soon list; recording it effective drops it and logs it', async () => {
    const workbook = workbookOf({ Register: makeGrid([makeClosedNc({ id: 'NC-3' })]) });
    workbook.settings['improvementPlan.rechecks'] = { 'NC-3': '2026-11-20' };
    const double = install(workbook);
    const commands = createFollowThroughCommands(NOW);
    const due = await commands.dueSoon();
    expect(due.ok && due.value.owners.flatMap((o) => o.items.map((i) => [i.id, i.kind, i.days]))).toEqual([
      ['NC-3', 'recheck', -6],
    ]);
    const done = await commands.recordRecheck(2, 'effective', 'Sampled 10 leavers: all removed');
    expect(done).toEqual({ ok: true, value: { missing: [] } });
    expect(double.workbook.settings['improvementPlan.rechecks']).toEqual({});
    expect(historyRows(double)).toEqual([
      [
        expect.any(String),
        'NC-3',
        '2',
        'closed',
        'closed',
        '',
        'Re-check: effective. Sampled 10 leavers: all removed',
        'in the task pane',
        'yes',
      ],
    ]);
    const after = await commands.dueSoon();
    expect(after.ok && after.value.owners).toEqual([]);
  });

  test('a re-check found not effective reopens the NC with the reason; without one, nothing changes', async () => {
    const grid = makeGrid([makeClosedNc({ id: 'NC-3', recheckDate: serial('2026-11-20') })], {
      columns: WITH_COLUMN,
    });
    const double = install(workbookOf({ Register: grid }));
    const commands = createFollowThroughCommands(NOW);
    expect(await commands.recordRecheck(2, 'not-effective')).toMatchObject({
      ok: true,
      value: { missing: ['notes'] },
    });
    expect(cell(double, 'Register', 2, 'status', WITH_COLUMN)).toBe('Closed');
    const out = await commands.recordRecheck(2, 'not-effective', 'Two shared accounts found again');
    expect(out).toEqual({ ok: true, value: { missing: [] } });
    expect(cell(double, 'Register', 2, 'status', WITH_COLUMN)).toBe('Analysis');
    expect(cell(double, 'Register', 2, 'recheckDate', WITH_COLUMN)).toBe('');
    expect(cell(double, 'Register', 2, 'closedDate', WITH_COLUMN)).toBe('');
    expect(historyRows(double).map((r) => [r[3], r[4], r[6]])).toEqual([
      ['closed', 'analysis', 'Re-check: not effective. Two shared accounts found again'],
    ]);
    // An open action has no re-check to record.
    expect(await commands.recordRecheck(2, 'effective')).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
  });

  test('the policy is read and stored beside the mapping; a wrong one is refused and nothing is stored', async () => {
    const double = install(workbookOf({ Register: makeGrid([makeAction()]) }));
    const commands = createFollowThroughCommands(NOW);
    expect(commands.policy()).toEqual({ ok: true, value: { policy: DEFAULT_POLICY, stored: false } });
    const mine = {
      ...DEFAULT_POLICY,
      targetDays: { ...DEFAULT_POLICY.targetDays, 'major-nc': 60 },
      recheckDays: 30,
    };
    expect(await commands.savePolicy(mine)).toEqual({ ok: true, value: { problems: [] } });
    expect(double.workbook.settings['improvementPlan.policy']).toEqual(mine);
    expect(commands.policy()).toEqual({ ok: true, value: { policy: mine, stored: true } });
    const wrong = await commands.savePolicy({ ...mine, recheckDays: 0 });
    expect(wrong.ok && wrong.value.problems).toEqual([
      '"recheckDays" must be a whole number of days from 1 to 3650, or null for no limit',
    ]);
    expect(double.workbook.settings['improvementPlan.policy']).toEqual(mine);
    expect(await commands.savePolicy(null)).toEqual({ ok: true, value: { problems: [] } });
    expect(double.workbook.settings['improvementPlan.policy']).toBeUndefined();
    expect(commands.policy()).toEqual({ ok: true, value: { policy: DEFAULT_POLICY, stored: false } });
  });
});
