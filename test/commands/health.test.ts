import { createExcelCommands } from '../../src/commands/commandList';
import { AS_OF_ISO, makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';
import { install, workbookOf } from '../excel/harness';

/** A register with one of each thing the Home view lists, and one action that needs nothing. */
function register() {
  return makeGrid([
    makeAction({ id: 'NC-OK' }),
    makeAction({ id: 'NC-LATE', targetDate: serial('2026-10-01') }),
    makeAction({ id: 'NC-LATER', targetDate: serial('2026-09-15') }),
    makeAction({ id: 'OFI-LATE', type: 'OFI', targetDate: serial('2026-10-20') }),
    makeAction({ id: 'NC-NOBODY', owner: '' }),
    makeClosedNc({ id: 'NC-NO-RCA', rootCause: '' }),
    makeClosedNc({ id: 'NC-NO-CHECK', effectivenessResult: '', verifiedBy: '' }),
  ]);
}

describe('validating gives the register’s health for the Home view', () => {
  test('counts actions and open ones, and lists each kind of action needing attention now', async () => {
    install(workbookOf({ Register: register() }));
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO, highlight: false });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const health = outcome.value.health!;
    expect(health.actions).toBe(7);
    expect(health.open).toBe(5);
    const ids = (kind: keyof typeof health.needs) => health.needs[kind].map((n) => n.id);
    // Most late first.
    expect(ids('overdue-nc')).toEqual(['NC-LATER', 'NC-LATE']);
    expect(ids('overdue')).toEqual(['OFI-LATE']);
    expect(health.overdue).toBe(3);
    expect(ids('missing-owner')).toEqual(['NC-NOBODY']);
    expect(ids('nc-closed-without-root-cause')).toEqual(['NC-NO-RCA']);
    expect(ids('nc-closed-without-effectiveness')).toEqual(['NC-NO-CHECK']);
    const late = health.needs['overdue-nc'][0];
    expect(late).toMatchObject({ title: 'Access reviews not performed', owner: 'Dana Reyes' });
    expect(late.daysLate).toBeGreaterThan(0);
    // Each item points at its row in the sheet, as the findings do.
    const rowOf = (id: string) => outcome.value.findings.find((f) => f.id === id)!.row;
    expect(late.row).toBe(rowOf('NC-LATER'));
    expect(health.rows[late.row]).toMatchObject({ id: 'NC-LATER', owner: 'Dana Reyes' });
  });
});
