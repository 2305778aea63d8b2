/**
 * The improvement plan as an iCalendar file (RFC 5545): one all-day event per open action's target
 * date, progress review and effectiveness check, and each closed NC's re-check, with a reminder some days before and the owner,
 * when the owner cell holds an e-mail address, as organizer and attendee. Each event's UID comes
 * from the register's identity, the action's id and what the date is for — never from the date
 * or the time of export — so importing a later export updates the events instead of adding copies.
 *
 * Pure: returns the text (CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character); the command line and the pane write or download it.
 */
import { isoFromDay, type DayNumber } from '../dates';
import { dayOf, textOf, type Action, type Register } from '../register';
import { commitments, DUE_KIND_LABEL, type DueKind } from './due';
import type { RecheckStore } from './rechecks';

export interface CalendarOptions {
  /** What identifies the register across exports: its file name and sheet, e.g. `plan.xlsx#Register`. */
  registerKey: string;
  /** How descriptions name the register: `plan.xlsx, sheet "Register"`. */
  registerName: string;
  /** When the file is made (DTSTAMP, LAST-MODIFIED and the SEQUENCE of every event). */
  now: Date;
  /** Days before each date the reminder goes off (default 3; 0 on the day; null for none). */
  alarmDays?: number | null;
  /** Re-check dates kept outside the register (for a register without a re-check column). */
  rechecks?: RecheckStore;
}

export interface CalendarEvent {
  uid: string;
  kind: DueKind;
  id: string;
  row: number;
  day: DayNumber;
  summary: string;
  description: string;
  /** Owner e-mail addresses, with the name the owner cell gives them ('' when none). */
  attendees: { email: string; name: string }[];
}

const SUMMARY_PREFIX: Record<DueKind, string> = {
  target: 'Due',
  review: 'Progress review',
  'effectiveness-check': 'Effectiveness check',
  recheck: 'Re-check',
};

/** Most octets of a content line before it is folded (RFC 5545 §3.1). */
export const FOLD_OCTETS = 75;

const EMAIL = /[^\s<>()[\],;:"']+@[^\s<>()[\],;:"']+\.[A-Za-z]{2,}/g;

/**
 * FNV-1a over the UTF-16 code units, as 8 hex digits: a short, stable tag for the register in UIDs.
 *
 * @example registerTag('plan.xlsx#Register') // '5a1f…' (always the same for the same text)
 */
export function registerTag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** An id as UID text: letters, digits, `.`, `-` kept; anything else as `_` and its code point. */
function uidPart(text: string): string {
  return Array.from(text, (c) => (/[A-Za-z0-9.-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join(
    '',
  );
}

/** The owner cell's e-mail addresses, each with the name beside it ("Dana Reyes <dana@x.org>"). */
export function ownerAddresses(owner: string): { email: string; name: string }[] {
  const emails = owner.match(EMAIL) ?? [];
  if (emails.length === 0) return [];
  const name =
    emails.length === 1
      ? owner
          .replace(emails[0], '')
          .replace(/mailto:|[<>()[\]"]/gi, '')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
  return [...new Set(emails)].map((email) => ({ email, name }));
}

/**
 * The events of a register: one per open action's target date (unless the work is done and only
 * its effectiveness check is left), progress review and awaited effectiveness check.
 *
 * @example calendarEvents(register, options).map((e) => e.uid) // ['NC-001.target.5a1f0c2e@improvement-plan', …]
 */
export function calendarEvents(register: Register, options: CalendarOptions): CalendarEvent[] {
  const tag = registerTag(options.registerKey);
  const idCount = new Map<string, number>();
  for (const a of register.actions) if (a.id) idCount.set(a.id, (idCount.get(a.id) ?? 0) + 1);
  // An id used on two rows would give two actions one UID: those are told apart by their row.
  const keyOf = (a: Action) => (a.id && idCount.get(a.id) === 1 ? uidPart(a.id) : `row-${a.row}`);
  const events: CalendarEvent[] = [];
  for (const action of register.actions) {
    const title = textOf(action, 'title') || textOf(action, 'description');
    const name = [action.id, title].filter(Boolean).join(' ') || `Row ${action.row}`;
    const owner = textOf(action, 'owner');
    for (const [kind, day] of commitments(register, action, options.rechecks)) {
      const lines = [
        `${name}`,
        `${DUE_KIND_LABEL[kind][0].toUpperCase()}${DUE_KIND_LABEL[kind].slice(1)}: ${isoFromDay(day)}`,
        ...(owner ? [`Owner: ${owner}`] : []),
        ...(textOf(action, 'status') ? [`Status: ${textOf(action, 'status')}`] : []),
        ...(textOf(action, 'type') ? [`Type: ${textOf(action, 'type')}`] : []),
        ...(kind !== 'target' && dayOf(action, 'targetDate') !== undefined
          ? [`Target completion date: ${isoFromDay(dayOf(action, 'targetDate')!)}`]
          : []),
        `Register: ${options.registerName}, row ${action.row}`,
      ];
      events.push({
        uid: `${keyOf(action)}.${kind}.${tag}@improvement-plan`,
        kind,
        id: action.id,
        row: action.row,
        day,
        summary: `${SUMMARY_PREFIX[kind]}: ${name}`,
        description: lines.join('\n'),
        attendees: ownerAddresses(owner),
      });
    }
  }
  return events.sort((a, b) => a.day - b.day || a.row - b.row);
}

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other
 * control characters, which TEXT may not hold, are left out.
 *
 * @example escapeText('a,b;c\\d\ne') // 'a\\,b\\;c\\\\d\\ne'
 */
export function escapeText(text: string): string {
  return withoutControls(text.replace(/\r\n?/g, '\n'), '\t\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** The text without control characters (C0 and DEL), except those in `keep`. */
function withoutControls(text: string, keep: string): string {
  let out = '';
  for (const c of text) {
    const n = c.charCodeAt(0);
    if ((n >= 0x20 && n !== 0x7f) || keep.includes(c)) out += c;
  }
  return out;
}

/** A parameter value (CN): quoted when it holds `:` `;` `,`; double quotes and controls left out. */
function paramValue(text: string): string {
  const clean = withoutControls(text, '').replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): CRLF and a space before each continuation,
 * never inside a UTF-8 character. Returns the line with its CRLF.
 *
 * @example foldLine('DESCRIPTION:' + 'x'.repeat(100)).split('\r\n ').length // 2
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (used + n > FOLD_OCTETS) {
      out += '\r\n ';
      used = 1; // the space that starts the continuation counts
    }
    out += ch;
    used += n;
  }
  return out + '\r\n';
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function dateValue(day: DayNumber): string {
  return isoFromDay(day).replace(/-/g, '');
}

/** Minutes since 2020-01-01 UTC at `now`: grows with every later export, so a re-import is newer. */
function sequenceAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
}

/**
 * The register's dates as an iCalendar file.
 *
 * @example writeCalendar(register, { registerKey: 'plan.xlsx#Register', registerName: 'plan.xlsx', now: new Date() }).text
 */
export function writeCalendar(
  register: Register,
  options: CalendarOptions,
): { text: string; events: CalendarEvent[] } {
  const events = calendarEvents(register, options);
  const alarmDays = options.alarmDays === undefined ? 3 : options.alarmDays;
  const now = stamp(options.now);
  const sequence = sequenceAt(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Improvement Plan//ISO 27001 improvement plan//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(`Improvement plan — ${options.registerName}`)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${now}`,
      `LAST-MODIFIED:${now}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${dateValue(e.day)}`,
      `DTEND;VALUE=DATE:${dateValue(e.day + 1)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'CATEGORIES:Improvement plan',
      'TRANSP:TRANSPARENT',
    );
    if (e.attendees.length > 0) {
      // Attendees make a group-scheduled event, which names an organizer (§3.8.4.3): the owner.
      const first = e.attendees[0];
      lines.push(`ORGANIZER${first.name ? `;CN=${paramValue(first.name)}` : ''}:mailto:${first.email}`);
      for (const a of e.attendees)
        lines.push(
          `ATTENDEE${a.name ? `;CN=${paramValue(a.name)}` : ''};ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${a.email}`,
        );
    }
    if (alarmDays !== null) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${alarmDays === 0 ? 'PT0S' : `-P${alarmDays}D`}`,
        `DESCRIPTION:${escapeText(e.summary)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(foldLine).join(''), events };
}
