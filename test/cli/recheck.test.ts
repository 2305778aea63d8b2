import ICAL from 'ical.js';
import fs from 'fs';
import path from 'path';
import { json, removeDir, runCli, STACK_TRACE, tempDir } from './cliHarness';
import { HEADERS, ROWS, writeCsv, writeXlsx } from './dueRegister';
import { withAddinSettings } from './webExtension';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

/** NC-4 (closed as effective on 2026-03-25) with a re-check date, in a "Recheck due" column. */
async function withColumn(due: string): Promise<string> {
  const rows = ROWS.map((r) => [...r, r[0] === 'NC-4' ? due : '']);
  const csv = path.join(dir, `recheck-${due}.csv`);
  const cell = (t: string) => (/[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  fs.writeFileSync(csv, [[...HEADERS, 'Recheck due'], ...rows].map((r) => r.map(cell).join(',')).join('\n'));
  return csv;
}

describe('re-checks on the command line', () => {
  it('a re-check date in the register’s column is due, late, a finding and an event', async () => {
    const csv = await withColumn('2026-11-20');
    const due = await runCli(['due', csv, '--as-of', '2026-11-26', '--json']);
    const items = json<{ owners: { owner: string; items: { id: string; kind: string; days: number }[] }[] }>(
      due,
    ).owners.flatMap((o) => o.items.map((i) => [o.owner, i.id, i.kind, i.days]));
    expect(items).toContainEqual(['Eva Novak', 'NC-4', 'recheck', -6]);
    const text = await runCli(['due', csv, '--as-of', '2026-11-26']);
    expect(text.stdout).toMatch(
      /OVERDUE +2026-11-20 {2}6 days late +re-check +NC-4 — Visitor log incomplete/,
    );

    const validate = await runCli(['validate', csv, '--as-of', '2026-11-26', '--json']);
    const late = json<{ findings: { code: string; id: string; severity: string; message: string }[] }>(
      validate,
    ).findings.filter((f) => f.code === 'recheck-overdue');
    expect(late).toMatchObject([{ id: 'NC-4', severity: 'warning' }]);
    expect(late[0].message).toContain('6 days late (due 2026-11-20)');

    const review = await runCli(['review', csv, '--as-of', '2026-11-26', '--json']);
    const figures = json<{ summary: { rechecksOverdue: { id: string; daysLate: number }[] } }>(review);
    expect(JSON.stringify(figures)).toContain('"rechecksOverdue":[{"id":"NC-4"');

    const out = path.join(dir, 'rechecks.ics');
    const cal = await runCli(['calendar', csv, '--out', out]);
    expect(cal.code).toBe(0);
    expect(cal.stdout).toContain('1 re-check');
    const root = new ICAL.Component(ICAL.parse(fs.readFileSync(out, 'utf8')));
    const recheck = root
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c))
      .find((e) => e.uid.startsWith('NC-4.recheck.'));
    expect(recheck?.summary).toBe('Re-check: NC-4 Visitor log incomplete');
    expect(recheck?.startDate.toString()).toBe('2026-11-20');
    expect(cal.stderr).not.toMatch(STACK_TRACE);
  });

  it('without a column, the re-check dates the add-in keeps in the workbook are read', async () => {
    const plain = await writeXlsx(dir, ROWS, 'kept-plain.xlsx');
    const kept = path.join(dir, 'kept.xlsx');
    fs.writeFileSync(
      kept,
      await withAddinSettings(fs.readFileSync(plain), {
        'improvementPlan.rechecks': { 'NC-4': '2026-12-01', 'NC-9': 'not a date' },
      }),
    );
    const due = await runCli(['due', kept, '--as-of', '2026-11-26']);
    expect(due.stdout).toMatch(/due +2026-12-01 {2}in 5 days +re-check +NC-4/);
    const later = await runCli(['validate', kept, '--as-of', '2026-12-31', '--json']);
    const ids = json<{ findings: { code: string; id: string }[] }>(later)
      .findings.filter((f) => f.code === 'recheck-overdue')
      .map((f) => f.id);
    expect(ids).toEqual(['NC-4']);
    // The CSV of the same register has no kept dates: nothing to re-check.
    const csv = await writeCsv(dir, ROWS, 'kept.csv');
    expect((await runCli(['due', csv, '--as-of', '2026-11-26'])).stdout).not.toContain('re-check');
  });
});
