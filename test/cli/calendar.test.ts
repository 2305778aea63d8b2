import ICAL from 'ical.js';
import fs from 'fs';
import path from 'path';
import { json, removeDir, runCli, sha256, SAMPLE_XLSX, STACK_TRACE, tempDir } from './cliHarness';
import { writeCsv, writeXlsx } from './dueRegister';

let dir: string;
let xlsx: string;
beforeAll(async () => {
  dir = await tempDir();
  xlsx = await writeXlsx(dir);
});
afterAll(() => removeDir(dir));

function events(file: string) {
  const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
  return root.getAllSubcomponents('vevent').map((c) => ({ component: c, event: new ICAL.Event(c) }));
}

describe('improvement-plan calendar', () => {
  it('--lang de: the summary line in German (the events’ own text is still English)', async () => {
    const out = path.join(dir, 'plan-de.ics');
    const run = await runCli(['calendar', xlsx, '--out', out, '--lang', 'de']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `${out} geschrieben: 5 Termine — 3 Zieltermine, 1 Fortschrittsprüfung, 1 Wirksamkeitsprüfung (2 mit dem Verantwortlichen als Teilnehmer).`,
    );
    expect(events(out)).toHaveLength(5);
  });

  it('writes the open actions’ dates as events an independent reader reads back, the input untouched', async () => {
    const before = await sha256(xlsx);
    const out = path.join(dir, 'plan.ics');
    const run = await runCli(['calendar', xlsx, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Wrote ${out}: 5 events — 3 target dates, 1 progress review, 1 effectiveness check (2 with the owner as attendee).`,
    );
    expect(await sha256(xlsx)).toBe(before);
    const read = events(out);
    expect(
      read.map(({ event }) => [event.uid.split('.').slice(0, 2).join('.'), event.startDate.toString()]),
    ).toEqual([
      ['NC-1.target', '2026-10-17'],
      ['NC-2.effectiveness-check', '2026-11-16'],
      ['NC-1.review', '2026-12-01'],
      ['OFI-3.target', '2026-12-06'],
      ['NC-5.target', '2027-01-15'],
    ]);
    const nc1 = read.find(({ event }) => event.uid.startsWith('NC-1.target'))!;
    expect(nc1.event.summary).toBe('Due: NC-1 Access reviews, quarterly; not done');
    expect(nc1.component.getFirstProperty('attendee')!.getFirstValue()).toBe('mailto:dana@example.org');
    expect(String(nc1.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe(
      '-P3D',
    );
    expect(nc1.event.description).toContain('Register: plan.xlsx, sheet "Improvement plan", row 2');
  });

  it('a second export (--force) keeps every UID, so a calendar updates instead of duplicating', async () => {
    const first = path.join(dir, 'again.ics');
    expect((await runCli(['calendar', xlsx, '--out', first])).code).toBe(0);
    const uids = events(first).map(({ event }) => event.uid);
    const again = await runCli(['calendar', xlsx, '--out', first, '--force', '--alarm-days', '7']);
    expect(again.code).toBe(0);
    const second = events(first);
    expect(second.map(({ event }) => event.uid)).toEqual(uids);
    expect(String(second[0].component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe(
      '-P7D',
    );
    // The same register as CSV is another file: other UIDs.
    const csv = await writeCsv(dir);
    const fromCsv = path.join(dir, 'csv.ics');
    expect((await runCli(['calendar', csv, '--out', fromCsv, '--alarm-days', 'none'])).code).toBe(0);
    const csvEvents = events(fromCsv);
    expect(csvEvents.some(({ event }) => uids.includes(event.uid))).toBe(false);
    expect(csvEvents[0].component.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('never replaces a file without --force, never writes the input, and wants .ics', async () => {
    const existing = path.join(dir, 'existing.ics');
    fs.writeFileSync(existing, 'mine');
    const kept = await runCli(['calendar', xlsx, '--out', existing]);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('already exists and was left as it is');
    expect(fs.readFileSync(existing, 'utf8')).toBe('mine');
    const wrong = await runCli(['calendar', xlsx, '--out', path.join(dir, 'plan.txt')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('must end in .ics');
    const none = await runCli(['calendar', xlsx]);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe(
      'calendar needs --out <file.ics>: the file to write the events to.',
    );
    const bad = await runCli(['calendar', xlsx, '--out', path.join(dir, 'x.ics'), '--alarm-days', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      '--alarm-days must be a whole number of days from 0 to 365, not "soon", or none.',
    );
    for (const r of [kept, wrong, none, bad]) expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('the sample register: --json says what was written, and every event reads back', async () => {
    const out = path.join(dir, 'sample.ics');
    const run = await runCli(['calendar', SAMPLE_XLSX, '--out', out, '--json']);
    expect(run.code).toBe(0);
    const summary = json<{ events: number; target: number; review: number }>(run);
    const read = events(out);
    expect(read).toHaveLength(summary.events);
    expect(new Set(read.map(({ event }) => event.uid)).size).toBe(summary.events);
    for (const line of fs.readFileSync(out, 'utf8').split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
