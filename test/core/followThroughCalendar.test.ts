import ICAL from 'ical.js';
import { escapeText, foldLine, ownerAddresses, writeCalendar, type FieldKey } from '../../src/core';
import { DEFAULT_COLUMNS, makeAction, makeClosedNc, registerOf, serial } from './builders';

const COLUMNS: FieldKey[] = [...DEFAULT_COLUMNS, 'effectivenessDueDate'];
const OPTIONS = {
  registerKey: 'plan.xlsx#Improvement plan',
  registerName: 'plan.xlsx, sheet "Improvement plan"',
  now: new Date(Date.UTC(2026, 10, 26, 9, 30)),
};

const LONG_TITLE =
  'Übersicht der Zugriffsrechte; Prüfung, Freigabe und Entzug — 访问权限审查未执行 — with a backslash \\ and a "quote"';

function register(overrides: Parameters<typeof makeAction>[0] = {}) {
  return registerOf(
    [
      makeAction({
        id: 'NC-1',
        title: LONG_TITLE,
        owner: 'Dana Reyes <dana.reyes@example.org>',
        targetReviewDate: serial('2026-12-15'),
        targetDate: serial('2027-01-31'),
        notes: 'line one\nline two',
        ...overrides,
      }),
      makeAction({ id: 'NC-2', owner: 'Ali Khan', targetDate: serial('2026-11-30'), targetReviewDate: '' }),
      makeAction({
        id: 'NC-3',
        status: 'Implemented',
        completionDate: serial('2026-10-01'),
        targetDate: serial('2026-10-15'),
        targetReviewDate: '',
        effectivenessDueDate: serial('2027-01-05'),
      }),
      makeClosedNc({ id: 'NC-4', targetDate: serial('2026-12-01') }),
    ],
    { columns: COLUMNS },
  );
}

/** The calendar as Mozilla's ical.js reads it. */
function read(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((c) => ({ event: new ICAL.Event(c), component: c }));
}

describe('the calendar export (RFC 5545)', () => {
  const { text, events } = writeCalendar(register(), OPTIONS);

  it("one event per open action's target date, progress review and awaited effectiveness check", () => {
    const read1 = read(text);
    expect(read1.map(({ event }) => [event.summary.slice(0, 24), event.startDate.toString()])).toEqual([
      ['Due: NC-2 Access reviews', '2026-11-30'],
      ['Progress review: NC-1 Üb', '2026-12-15'],
      ['Effectiveness check: NC-', '2027-01-05'],
      ['Due: NC-1 Übersicht der ', '2027-01-31'],
    ]);
    for (const { event } of read1) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
    expect(events).toHaveLength(4);
  });

  it('titles keep their commas, semicolons, backslashes, quotes and every script through the reader', () => {
    const ev = read(text).find(({ event }) => event.uid.startsWith('NC-1.target'))!.event;
    expect(ev.summary).toBe(`Due: NC-1 ${LONG_TITLE}`);
    expect(ev.description.split('\n')).toEqual([
      `NC-1 ${LONG_TITLE}`,
      'Target date: 2027-01-31',
      'Owner: Dana Reyes <dana.reyes@example.org>',
      'Status: In progress',
      'Type: Minor NC',
      'Register: plan.xlsx, sheet "Improvement plan", row 2',
    ]);
  });

  it('lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    // Unfolded, each physical line holds whole characters: decoding gives no replacement character.
    for (const line of physical) expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\ufffd');
  });

  it('folds a line of multi-byte characters at a character boundary', () => {
    const line = 'SUMMARY:' + '访'.repeat(40);
    const folded = foldLine(line);
    const parts = folded.slice(0, -2).split('\r\n ');
    expect(parts.join('')).toBe(line);
    expect(Buffer.byteLength(parts[0])).toBe(74); // 8 + 22 × 3: a 23rd would make 77
    for (const p of parts.slice(1)) expect(Buffer.byteLength(p) + 1).toBeLessThanOrEqual(75);
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\r\ne\u0007')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('the owner with an e-mail address is organizer and attendee; an owner without one is not', () => {
    const nc1 = read(text).find(({ event }) => event.uid.startsWith('NC-1.target'))!;
    const attendees = nc1.component.getAllProperties('attendee');
    expect(attendees.map((a) => [a.getFirstValue(), a.getParameter('cn')])).toEqual([
      ['mailto:dana.reyes@example.org', 'Dana Reyes'],
    ]);
    expect(nc1.component.getFirstPropertyValue('organizer')).toBe('mailto:dana.reyes@example.org');
    const nc2 = read(text).find(({ event }) => event.uid.startsWith('NC-2'))!;
    expect(nc2.component.getAllProperties('attendee')).toHaveLength(0);
    expect(ownerAddresses('a@x.org; b@y.org').map((a) => a.email)).toEqual(['a@x.org', 'b@y.org']);
  });

  it('each event has a reminder the given number of days before', () => {
    for (const { component } of read(text)) {
      const alarm = component.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P3D');
    }
    const week = read(writeCalendar(register(), { ...OPTIONS, alarmDays: 7 }).text);
    expect(String(week[0].component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe(
      '-P7D',
    );
    const none = read(writeCalendar(register(), { ...OPTIONS, alarmDays: null }).text);
    expect(none[0].component.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('a second export, later and with changed dates, has the same UIDs and a higher sequence', () => {
    const later = writeCalendar(register({ targetDate: serial('2027-02-28'), title: 'Renamed' }), {
      ...OPTIONS,
      now: new Date(Date.UTC(2026, 11, 3, 9, 30)),
    });
    const first = read(text);
    const second = read(later.text);
    expect(second.map(({ event }) => event.uid).sort()).toEqual(first.map(({ event }) => event.uid).sort());
    expect(new Set(first.map(({ event }) => event.uid)).size).toBe(4);
    expect(second[0].event.sequence).toBeGreaterThan(first[0].event.sequence);
    expect(second.find(({ event }) => event.uid.startsWith('NC-1.target'))!.event.startDate.toString()).toBe(
      '2027-02-28',
    );
  });

  it('UIDs differ between registers and between two rows sharing an id', () => {
    const other = writeCalendar(register(), { ...OPTIONS, registerKey: 'other.xlsx#Register' });
    const uids = new Set(events.map((e) => e.uid));
    expect(other.events.some((e) => uids.has(e.uid))).toBe(false);
    const twins = registerOf(
      [
        makeAction({ id: 'NC 9/1', targetReviewDate: '' }),
        makeAction({ id: 'NC 9/1', targetReviewDate: '' }),
      ],
      { columns: COLUMNS },
    );
    const out = writeCalendar(twins, OPTIONS).events.map((e) => e.uid.split('.')[0]);
    expect(out).toEqual(['row-2', 'row-3']);
    const single = registerOf([makeAction({ id: 'NC 9/1', targetReviewDate: '' })], { columns: COLUMNS });
    expect(writeCalendar(single, OPTIONS).events[0].uid).toMatch(
      /^NC_209_2f1\.target\.[0-9a-f]{8}@improvement-plan$/,
    );
  });
});
