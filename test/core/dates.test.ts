import fc from 'fast-check';
import {
  dayFromIso,
  dayFromLocalDate,
  dayFromSerial,
  isDateFormat,
  isoFromDay,
  parseDateCell,
  parseTextDate,
  serialFromDay,
} from '../../src/core';

/** A text date as ISO, or why it is not one. */
const iso = (t: string) => {
  const p = parseTextDate(t);
  return p.kind === 'date' ? isoFromDay(p.day) : p.kind;
};

describe('dates', () => {
  it('reads Excel serials in the 1900 system, including the fictitious 29 February 1900', () => {
    expect(isoFromDay((dayFromSerial(1) as { day: number }).day)).toBe('1900-01-01');
    expect(isoFromDay((dayFromSerial(59) as { day: number }).day)).toBe('1900-02-28');
    expect(dayFromSerial(60)).toMatchObject({ kind: 'invalid' });
    expect(isoFromDay((dayFromSerial(61) as { day: number }).day)).toBe('1900-03-01');
    expect(isoFromDay((dayFromSerial(46352) as { day: number }).day)).toBe('2026-11-26');
  });

  it('rejects negative and huge serials', () => {
    expect(dayFromSerial(-5).kind).toBe('invalid');
    expect(dayFromSerial(3_000_000).kind).toBe('invalid');
    expect(dayFromSerial(0).kind).toBe('invalid');
  });

  it('of milestones one after another with a semicolon, the last is the target', () => {
    expect(iso('09 Jun 2026 (MFA mandate); 09 Jul 2026 (centralised enforcement + SIEM)')).toBe('2026-07-09');
    expect(iso('2026-08-08; 2026-07-09')).toBe('2026-08-08');
  });

  it('reads Hungarian dates: the year first, each part closed by a dot', () => {
    expect(iso('2026.03.31.')).toBe('2026-03-31');
    expect(iso('2026. 03. 31.')).toBe('2026-03-31');
    expect(iso('2026. március 31.')).toBe('2026-03-31');
    expect(iso('2026. márc. 31.')).toBe('2026-03-31');
    expect(iso('2027. január 5.')).toBe('2027-01-05');
    expect(iso('2026.13.31.')).not.toMatch(/^\d{4}-/);
  });

  it('reads Indonesian and Malay month names', () => {
    expect(iso('15 Agu 2026')).toBe('2026-08-15');
    expect(iso('3 Okt 2026')).toBe('2026-10-03');
    expect(iso('22 Mei 2026')).toBe('2026-05-22');
    expect(iso('1 Des 2026')).toBe('2026-12-01');
    expect(iso('1 Ogos 2026')).toBe('2026-08-01');
    expect(iso('9 Mac 2026')).toBe('2026-03-09');
  });

  it('reads six text formats', () => {
    expect(iso('2026-03-14')).toBe('2026-03-14');
    expect(iso('2026-03-14T10:30:00Z')).toBe('2026-03-14');
    expect(iso('14.03.2026')).toBe('2026-03-14');
    expect(iso('14/03/2026')).toBe('2026-03-14');
    expect(iso('03/14/2026')).toBe('2026-03-14');
    expect(iso('14-Mar-2026')).toBe('2026-03-14');
    expect(iso('14 March 2026')).toBe('2026-03-14');
    expect(iso('March 14, 2026')).toBe('2026-03-14');
    expect(iso('2026/03/14')).toBe('2026-03-14');
    expect(iso('31/02/2026')).toBe('invalid');
    expect(iso('soon')).toBe('invalid');
  });

  it('a month without a day is a deadline by that month: its last day', () => {
    expect(iso('Apr-26')).toBe('2026-04-30');
    expect(iso("Feb '28")).toBe('2028-02-29');
    expect(iso('April 2026')).toBe('2026-04-30');
    expect(iso('Dezember 2026')).toBe('2026-12-31');
    expect(iso('04/2026')).toBe('2026-04-30');
    expect(iso('2024-01')).toBe('invalid');
    // A day without its year, a month number that is not one and a reference numbered by year
    // are not read as a month.
    expect(iso('April 26')).toBe('invalid');
    expect(iso('13/2026')).toBe('invalid');
  });

  it('a quarter or a half-year is a deadline by its last day', () => {
    expect(iso('Q3 2026')).toBe('2026-09-30');
    expect(iso('Q1-2026')).toBe('2026-03-31');
    expect(iso("Q4'26")).toBe('2026-12-31');
    expect(iso('2026-Q2')).toBe('2026-06-30');
    expect(iso('2026 Q4')).toBe('2026-12-31');
    expect(iso('3Q 2026')).toBe('2026-09-30');
    expect(iso('T2 2026')).toBe('2026-06-30');
    expect(iso('H1 2026')).toBe('2026-06-30');
    expect(iso('2026 H2')).toBe('2026-12-31');
    expect(iso('Q5 2026')).toBe('invalid');
    expect(iso('FY26 Q3')).toBe('invalid');
  });

  it('a time of day in words after a date does not move the day', () => {
    expect(iso('2025-10-27 morning')).toBe('2025-10-27');
    expect(iso('27/10/2025 EOD')).toBe('2025-10-27');
    expect(iso('31.03.2026, close of business')).toBe('2026-03-31');
    expect(iso('31.03.2026 Vormittag')).toBe('2026-03-31');
    expect(iso('Monday morning')).toBe('invalid');
  });

  it('a calendar week is a deadline by its last day, the Sunday of that ISO week', () => {
    expect(iso('KW 12/2026')).toBe('2026-03-22');
    expect(iso('KW12 2026')).toBe('2026-03-22');
    expect(iso('CW 1 2026')).toBe('2026-01-04');
    expect(iso('Week 53, 2026')).toBe('2027-01-03');
    expect(iso('wk 52-25')).toBe('2025-12-28');
    expect(iso('semana 10 2026')).toBe('2026-03-08');
    expect(iso('2026-W12')).toBe('2026-03-22');
    expect(iso('2025-W01')).toBe('2025-01-05');
    // 2027 has 52 weeks; week 0 is none; a number alone is no week.
    expect(iso('KW 53/2027')).toBe('invalid');
    expect(iso('KW 0/2026')).toBe('invalid');
    expect(iso('12/2026 KW')).toBe('invalid');
    // "week 2026" is no week 20 of 2026, nor "end of week" a date.
    expect(iso('week 2026')).toBe('invalid');
    expect(iso('end of week 2026')).toBe('invalid');
  });

  it('words before a deadline do not move it: by, end of, fin de, Ende, entro, até', () => {
    expect(iso('by 31/03/2026')).toBe('2026-03-31');
    expect(iso('Due 2026-01-15')).toBe('2026-01-15');
    expect(iso('end of June 2026')).toBe('2026-06-30');
    expect(iso('End of Q1 2026')).toBe('2026-03-31');
    expect(iso('end of 2026')).toBe('2026-12-31');
    expect(iso('fin de marzo de 2026')).toBe('2026-03-31');
    expect(iso('Ende März 2026')).toBe('2026-03-31');
    expect(iso('Bis 30.06.2026')).toBe('2026-06-30');
    expect(iso('entro giugno 2026')).toBe('2026-06-30');
    expect(iso('até 30/06/2026')).toBe('2026-06-30');
    // A bare year is a deadline only after an "end of" word; words with no date after them are none.
    expect(iso('by 2026')).toBe('invalid');
    expect(iso('by the team')).toBe('invalid');
    expect(iso('end')).toBe('invalid');
    expect(iso('before the audit')).toBe('invalid');
  });

  it('a day written as an ordinal is read: 1st March 2026, 31st of March 2026', () => {
    expect(iso('1st March 2026')).toBe('2026-03-01');
    expect(iso('31st of March 2026')).toBe('2026-03-31');
    expect(iso('22nd Feb 2026')).toBe('2026-02-22');
  });

  it('a note in brackets after a date is set aside; a note alone or a date inside a note is not a date', () => {
    expect(iso('09 Jun 2026 (MFA mandate)')).toBe('2026-06-09');
    expect(iso('2026-03-31 [revised]')).toBe('2026-03-31');
    expect(iso('31/03/2026 (was 28/02/2026)')).toBe('2026-03-31');
    expect(iso('(MFA mandate)')).toBe('invalid');
    expect(iso('after the audit (2026-03-31)')).toBe('invalid');
    expect(iso('31/02/2026 (typo)')).toBe('invalid');
    expect(iso('(04) 2022.01.06 - Submit final draft')).toBe('2022-01-06');
    expect(iso('2026-03-31: closed with the CAB')).toBe('2026-03-31');
    expect(iso('Q3 - review')).toBe('invalid');
  });

  it('of dated milestones on several lines, the last one is the target', () => {
    expect(iso('09 Jun 2026 (MFA mandate)\n09 Jul 2026 (centralised enforcement + SIEM)')).toBe('2026-07-09');
    expect(iso('(01) 2021.11.11 - Identify resource\n(02) Draft the plan\n(03) 2022.01.06 - Submit')).toBe(
      '2022-01-06',
    );
    // One dated line among notes is not a schedule.
    expect(iso('Agree the scope\nDraft the plan\n2026-03-31 (sign-off)')).toBe('invalid');
  });

  it('flags day/month ambiguity and honours the chosen order', () => {
    const dmy = parseTextDate('03/04/2026', 'dmy');
    const mdy = parseTextDate('03/04/2026', 'mdy');
    expect(dmy.kind === 'date' && isoFromDay(dmy.day)).toBe('2026-04-03');
    expect(dmy.kind === 'date' && dmy.ambiguous).toBeTruthy();
    expect(mdy.kind === 'date' && isoFromDay(mdy.day)).toBe('2026-03-04');
    const same = parseTextDate('04/04/2026');
    expect(same.kind === 'date' && same.ambiguous).toBeFalsy();
  });

  it('treats placeholders as empty and booleans as not dates', () => {
    expect(parseDateCell('TBD').kind).toBe('empty');
    expect(parseDateCell('').kind).toBe('empty');
    expect(parseDateCell(true).kind).toBe('invalid');
    expect(parseDateCell('#N/A').kind).toBe('invalid');
  });

  it('a bare number without a date format counts only in a plausible range', () => {
    expect(parseDateCell(46352, 'General').kind).toBe('date');
    expect(parseDateCell(5, 'General').kind).toBe('invalid');
    expect(parseDateCell(46352, 'dd/mm/yyyy').kind).toBe('date');
  });

  it("reads Excel's day zero and other dates before 1910 as placeholders for a missing date", () => {
    // 5 shown as a date is 1900-01-05: what an empty formula or an export's null shows, no deadline.
    expect(parseDateCell(5, 'dd/mm/yyyy')).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/placeholder/),
    });
    expect(parseDateCell('1900-12-30 (Sunday)').kind).toBe('invalid');
    expect(parseDateCell('30/12/1899').kind).toBe('invalid');
    expect(parseDateCell('1910-01-01').kind).toBe('date');
  });

  it('recognises date number formats, ignoring quoted literals', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('[$-409]d-mmm-yy;@')).toBe(true);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('"days"0')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });

  it('"today" is the local calendar date, at any hour, in this time zone', () => {
    const late = new Date(2026, 10, 26, 23, 59, 59);
    const early = new Date(2026, 10, 26, 0, 0, 1);
    expect(isoFromDay(dayFromLocalDate(late))).toBe('2026-11-26');
    expect(isoFromDay(dayFromLocalDate(early))).toBe('2026-11-26');
  });

  it('ISO, serial and day numbers round-trip for every real date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const parsed = dayFromSerial(serial);
        if (parsed.kind !== 'date') return false;
        const iso = isoFromDay(parsed.day);
        return dayFromIso(iso) === parsed.day && serialFromDay(parsed.day) === serial;
      }),
    );
  });

  it('never throws on arbitrary cell values (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.integer()), fc.string(), (v, fmt) => {
        parseDateCell(v, fmt);
        return true;
      }),
    );
  });
});
