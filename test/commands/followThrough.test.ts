import ICAL from 'ical.js';
import { createExcelCommands } from '../../src/commands/commandList';
import { createFollowThroughCommands } from '../../src/commands/followThrough';
import type { FieldKey } from '../../src/core';
import { AS_OF_ISO, DEFAULT_COLUMNS, makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';
import { allValues, install, workbookOf } from '../excel/harness';

const COLUMNS: FieldKey[] = [...DEFAULT_COLUMNS, 'effectivenessDueDate'];
/** Noon on the as-of date of the core tests, local time. */
const NOW = () => new Date(2026, 10, 26, 12);

function register() {
  return makeGrid(
    [
      makeAction({
        id: 'NC-1',
        owner: 'dana@example.org',
        targetDate: serial('2026-10-17'),
        targetReviewDate: '',
      }),
      makeAction({
        id: 'NC-2',
        status: 'Implemented',
        completionDate: serial('2026-08-20'),
        targetReviewDate: serial('2026-12-01'),
        effectivenessDueDate: serial('2026-11-16'),
      }),
      makeClosedNc({ id: 'NC-3', rootCause: '', verifiedBy: '' }),
    ],
    { columns: COLUMNS },
  );
}

describe('the follow-through commands against Excel (host double)', () => {
  test('due soon reads the register in Excel and lists its dates by owner', async () => {
    install(workbookOf({ Register: register() }));
    const out = await createFollowThroughCommands(NOW).dueSoon({ within: 14, escalateAfter: 30 });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.sheetName).toBe('Register');
    expect(
      out.value.owners.map((o) => [o.owner, o.items.map((i) => `${i.id} ${i.kind} ${i.state}`)]),
    ).toEqual([
      ['dana@example.org', ['NC-1 target escalate']],
      ['Dana Reyes', ['NC-2 effectiveness-check overdue', 'NC-2 review due-soon']],
    ]);
  });

  test('the calendar file reads back, the owner with an e-mail address as attendee', async () => {
    install(workbookOf({ Register: register() }));
    const out = await createFollowThroughCommands(NOW).calendar({ alarmDays: 2 });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.fileName).toMatch(/\.ics$/);
    const events = new ICAL.Component(ICAL.parse(out.value.text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(out.value.events);
    expect(events.map((e) => new ICAL.Event(e).uid.split('.').slice(0, 2).join('.'))).toEqual([
      'NC-1.target',
      'NC-2.effectiveness-check',
      'NC-2.review',
    ]);
    expect(events[0].getFirstPropertyValue('attendee')).toBe('mailto:dana@example.org');
  });

  test('the evidence sheet is a new dated sheet; the register is not touched', async () => {
    const double = install(workbookOf({ Register: register() }));
    const before = allValues(double, 'Register');
    const commands = createFollowThroughCommands(NOW);
    const first = await commands.evidenceSheet();
    const second = await commands.evidenceSheet();
    expect(first).toMatchObject({
      ok: true,
      value: { sheetName: 'Evidence 10.2 2026-11-26', counts: { ncs: 3, withGaps: 2 } },
    });
    expect(second).toMatchObject({ ok: true, value: { sheetName: 'Evidence 10.2 2026-11-26-2' } });
    expect(allValues(double, 'Register')).toEqual(before);
    const cells = [...allValues(double, 'Evidence 10.2 2026-11-26').values()].map(String);
    expect(cells).toContain('(b) no root cause\n(d) no verifier');
  });

  test('validate in the pane uses the target-date policy stored in the workbook, as the command line does', async () => {
    const grid = makeGrid([
      makeAction({
        id: 'NC-9',
        type: 'Major NC',
        raisedDate: serial('2026-09-01'),
        targetDate: serial('2026-11-20'),
      }),
    ]);
    const beyond = async () => {
      const out = await createExcelCommands().validate({ asOf: AS_OF_ISO, highlight: false });
      if (!out.ok) throw new Error(out.error.message);
      return out.value.findings.filter((f) => f.code === 'target-beyond-policy').map((f) => f.id);
    };
    install(workbookOf({ Register: grid }));
    expect(await beyond()).toEqual([]); // 80 days: within the default 90 for a major NC
    // As Office keeps it: in the workbook's document settings, read when the add-in starts.
    const workbook = workbookOf({ Register: grid });
    workbook.settings['improvementPlan.policy'] = { targetDays: { 'major-nc': 60 } };
    install(workbook);
    expect(await beyond()).toEqual(['NC-9']);
  });

  test('a workbook without a register: one user-facing error', async () => {
    install(workbookOf({ Notes: [['Nothing to see'], ['here']] }));
    const out = await createFollowThroughCommands(NOW).dueSoon();
    expect(out).toMatchObject({ ok: false, error: { code: 'no-register' } });
  });
});
