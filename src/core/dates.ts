import type { CellValue } from './grid';
import { boundedMemo } from './memo';
import { isErrorValue, isMissing, oneTypo } from './text';

/**
 * Dates in the core are *day numbers*: whole days since 1899-12-30, which equals the Excel
 * serial for every date from 1900-03-01 on. Working in whole days with UTC arithmetic keeps the
 * engine free of time-zone bugs: a date in a register is a calendar date, not an instant.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL = 2_958_465;

export type DateOrder = 'dmy' | 'mdy';

export type DateParse =
  | { kind: 'empty' }
  | { kind: 'date'; day: DayNumber; ambiguous?: { alternative: DayNumber } }
  | { kind: 'invalid'; reason: string };

/** Day number for a calendar date. */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY);
}

/**
 * "Today" as a day number, read in the *local* time zone of the machine or browser — the date
 * the user sees on their calendar.
 *
 * @example dayFromLocalDate(new Date(2026, 10, 26, 23, 59)) === dayFromIso('2026-11-26')
 */
export function dayFromLocalDate(date: Date): DayNumber {
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * ISO `yyyy-mm-dd` for a day number. Memoised (bounded): review lists and messages ask for the
 * same few thousand dates tens of thousands of times.
 */
export function isoFromDay(day: DayNumber): string {
  return isoMemo(day);
}

function civilIso(day: DayNumber): string {
  // Civil date from days (H. Hinnant's algorithm): no Date object per call (review lists call it per row).
  const z = Math.floor(day) - 25_569 + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (!(y >= 1000 && y <= 9999)) return new Date(EPOCH_MS + day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
const isoMemo = boundedMemo(civilIso, 65_536);

/**
 * Day number for a strict ISO `yyyy-mm-dd`; `undefined` when it is not a real date.
 *
 * @example dayFromIso('2026-02-30') // undefined
 */
export function dayFromIso(text: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function validYmd(y: number, mo: number, d: number): DayNumber | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return undefined;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return dayFromYmd(y, mo, d);
}

/**
 * Excel 1900-system serial → day number. Excel believes 1900 was a leap year (a Lotus 1-2-3
 * compatibility bug): serial 60 is the fictitious 29 February 1900, and serials 1–59 are one day
 * off from the real calendar.
 */
export function dayFromSerial(serial: number): DateParse {
  if (!Number.isFinite(serial)) return { kind: 'invalid', reason: 'is not a number' };
  const whole = Math.floor(serial);
  if (whole < 1) return { kind: 'invalid', reason: `serial ${serial} is before 1 January 1900` };
  if (whole > MAX_SERIAL) return { kind: 'invalid', reason: `serial ${serial} is after 31 December 9999` };
  if (whole === 60) {
    return { kind: 'invalid', reason: "serial 60 is Excel's fictitious 29 February 1900" };
  }
  return dateOn(whole < 60 ? whole + 1 : whole);
}

/** The one "empty" result (results are never changed, so they can be shared). */
const EMPTY: DateParse = Object.freeze({ kind: 'empty' });

/**
 * The shared, frozen "date" result for a day: a register has a few thousand distinct dates in
 * hundreds of thousands of date cells, and each result outlives the read. Kept in blocks of 1,024
 * days indexed by the day itself (no hashing on the hot path), bounded: past 65,536 days cached
 * the blocks are dropped and filled again.
 */
function dateOn(day: DayNumber): DateParse {
  const block = dayBlocks[day >>> 10] ?? newDayBlock(day);
  return block[day & 1023] ?? (block[day & 1023] = newDate(day));
}
const dayBlocks: (DateParse[] | undefined)[] = [];
let daysCached = 0;
function newDayBlock(day: DayNumber): DateParse[] {
  if (daysCached >= 65_536) {
    dayBlocks.length = 0;
    daysCached = 0;
  }
  return (dayBlocks[day >>> 10] = new Array<DateParse>(1024));
}
function newDate(day: DayNumber): DateParse {
  daysCached++;
  return Object.freeze({ kind: 'date', day });
}

/** Excel serial for a day number (inverse of {@link dayFromSerial} for real dates). */
export function serialFromDay(day: DayNumber): number {
  return day <= 60 ? day - 1 : day;
}

/** True when an Excel number format displays a date (d, m with d or y, y), ignoring literals. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  return readsAsDate(format);
}

/** By format text: a register has a few formats on thousands of cells. */
const readsAsDate = boundedMemo((format: string): boolean => {
  const stripped = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dy]/i.test(stripped) || /m{3,}/i.test(stripped);
}, 1024);

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  ene: 1,
  enero: 1,
  feb: 2,
  february: 2,
  febrero: 2,
  mar: 3,
  march: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  abr: 4,
  abril: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  junio: 6,
  jul: 7,
  july: 7,
  julio: 7,
  aug: 8,
  august: 8,
  ago: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septiembre: 9,
  oct: 10,
  october: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  dic: 12,
  diciembre: 12,
  // German, French, Italian, Portuguese and Dutch names (accents folded before the look-up).
  januar: 1,
  janvier: 1,
  gennaio: 1,
  janeiro: 1,
  januari: 1,
  februar: 2,
  fevrier: 2,
  fev: 2,
  febbraio: 2,
  fevereiro: 2,
  februari: 2,
  marz: 3,
  mars: 3,
  marco: 3,
  maart: 3,
  avril: 4,
  avr: 4,
  aprile: 4,
  mai: 5,
  maggio: 5,
  maio: 5,
  mei: 5,
  juni: 6,
  juin: 6,
  giugno: 6,
  junho: 6,
  juli: 7,
  juillet: 7,
  luglio: 7,
  julho: 7,
  aout: 8,
  augustus: 8,
  septembre: 9,
  settembre: 9,
  setembro: 9,
  set: 9,
  oktober: 10,
  octobre: 10,
  ottobre: 10,
  outubro: 10,
  okt: 10,
  out: 10,
  novembre: 11,
  novembro: 11,
  dezember: 12,
  dez: 12,
  decembre: 12,
  dicembre: 12,
  dezembro: 12,
  // Hungarian (accents folded): "2026. március 31.", "márc. 31".
  marcius: 3,
  marc: 3,
  aprilis: 4,
  majus: 5,
  maj: 5,
  junius: 6,
  julius: 7,
  augusztus: 8,
  szeptember: 9,
  szept: 9,
  // Indonesian and Malay ("15 Agu 2026", "3 Okt 2026", "1 Ogos 2026"): the rest are spelt as above.
  maret: 3,
  mac: 3,
  agu: 8,
  agt: 8,
  agustus: 8,
  ogos: 8,
  julai: 7,
  peb: 2,
  nop: 11,
  des: 12,
  desember: 12,
  disember: 12,
};

/** The month a name means ("Mar", "marzo"); undefined for any other word, "constructor" included. */
function monthNumber(name: string): number | undefined {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}

function year4(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/**
 * Reads a text date. Accepted: ISO `2026-03-14` (optionally with a time), `2026/03/14`,
 * `14.03.2026` (day first, as written in Germany and the Netherlands), `14/03/2026` or
 * `03/14/2026` (slash or dash; day/month order decided by which part exceeds 12, else by
 * `order`, and then flagged as ambiguous), `14-Mar-2026`, `14/Mar/26` (Jira), `14 March 2026`,
 * `March 14, 2026`; a month alone (`Apr-26`, `April 2026`, `04/2026`) reads as its last day; a
 * note after a date (`09 Jun 2026 (MFA mandate)`, `2022.01.06 - Submit draft`) is set aside, and
 * of dated milestones on several lines (or after one another with ";") the last is the target.
 *
 * @example parseTextDate('03/04/2026', 'dmy') // { kind: 'date', day: …3 April…, ambiguous: {…4 March…} }
 */
export function parseTextDate(text: string, order: DateOrder = 'dmy'): DateParse {
  return order === 'mdy' ? textDateMdy(text) : textDateDmy(text);
}

/**
 * By text and order: a register types the same dates on many rows, and the results are never
 * changed (they are shared like {@link dateOn}'s).
 */
const textDateDmy = boundedMemo((text: string) => readTextDate(text, 'dmy'), 16_384);
const textDateMdy = boundedMemo((text: string) => readTextDate(text, 'mdy'), 16_384);

function readTextDate(text: string, order: DateOrder): DateParse {
  if (text.includes('\n') || text.includes(';')) {
    const milestones = latestMilestone(text, order);
    if (milestones) return milestones;
  }
  // A question mark after a date ("4/2015?") marks it as a guess: the date is still the deadline.
  const t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(?<=\d)\s*\?+$/, '');
  if (t === '') return EMPTY;
  // Chinese and Japanese `2026年3月14日`; Russian `14.03.2026 г.`.
  const cjk = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t);
  if (cjk) return fromParts(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]), t);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4}) ?г\.?$/.exec(t);
  if (ru) return fromParts(Number(ru[3]), Number(ru[2]), Number(ru[1]), t);
  const noTime = t.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[ap]\.?m\.?)?(Z|[+-]\d{2}:?\d{2})?$/i, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(noTime);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), t);
  // Hungarian: the year first, each part closed by a dot ("2026.03.31.", "2026. 03. 31.",
  // "2026. március 31.").
  m =
    /^(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.$/.exec(noTime) ?? /^(\d{4})\. (\d{1,2})\. (\d{1,2})$/.exec(noTime);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), t);
  m = /^(\d{4})\. ?([\p{L}]+)\.? (\d{1,2})\.?$/u.exec(noTime);
  if (m && monthNumber(m[2])) return fromParts(Number(m[1]), monthNumber(m[2])!, Number(m[3]), t);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(noTime);
  if (m) return fromParts(year4(m[3]), Number(m[2]), Number(m[1]), t);
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(noTime);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = year4(m[3]);
    if (a > 12 && b <= 12) return fromParts(y, b, a, t);
    if (b > 12 && a <= 12) return fromParts(y, a, b, t);
    const first = order === 'dmy' ? fromParts(y, b, a, t) : fromParts(y, a, b, t);
    if (a === b || first.kind !== 'date') return first;
    const other = order === 'dmy' ? fromParts(y, a, b, t) : fromParts(y, b, a, t);
    return other.kind === 'date' ? { ...first, ambiguous: { alternative: other.day } } : first;
  }
  m = /^(\d{1,2})(?:\.|st|nd|rd|th)?(?:[- /]|\sof\s)([\p{L}]+)\.?[- ,/]+(\d{2}|\d{4})$/iu.exec(noTime);
  if (m && monthNumber(m[2])) return fromParts(year4(m[3]), monthNumber(m[2])!, Number(m[1]), t);
  m = /^([a-z]+)\.? (\d{1,2})(st|nd|rd|th)?,? (\d{4})$/i.exec(noTime);
  if (m && monthNumber(m[1])) return fromParts(Number(m[4]), monthNumber(m[1])!, Number(m[2]), t);
  m = /^(\d{1,2}) de ([\p{L}]+) de (\d{4})$/iu.exec(noTime);
  if (m && monthNumber(m[2])) return fromParts(Number(m[3]), monthNumber(m[2])!, Number(m[1]), t);
  const month = monthOnly(noTime);
  if (month) return fromParts(month.year, month.month, daysInMonth(month.year, month.month), t);
  const period = periodEnd(noTime);
  if (period) return fromParts(period.year, period.month, daysInMonth(period.year, period.month), t);
  const week = weekEnd(noTime);
  if (week !== undefined) return dateOn(week);
  const deadline = afterDeadlineWords(noTime);
  if (deadline !== undefined) {
    if (/^\d{4}$/.test(deadline.rest) && deadline.end) return fromParts(Number(deadline.rest), 12, 31, t);
    const date = readTextDate(deadline.rest, order);
    if (date.kind === 'date') return date;
  }
  // A date with a note is a short text: a long one (32,767 characters of brackets) is no date, and
  // peeling its notes one by one would cost a pass over it per note.
  const noted = t.length <= NOTED_DATE_MAX ? dateBeforeNote(t, order) : undefined;
  if (noted) return noted;
  return { kind: 'invalid', reason: `"${t.length > 30 ? t.slice(0, 29) + '…' : t}" is not a date` };
}

/**
 * A deadline written without its year — "Septiembre", "end of March", "15 March", "15.03.",
 * "KW 12", "Q3", "julio/noviembre" or "Oct-Nov" (the last month named) — read in `year`, the year the register's
 * own dates or title give (see {@link learnDeadlineYear}). Invalid for a text that has a year of
 * its own or is no such deadline.
 *
 * @example parseYearlessDate('Septiembre', 2025, 'dmy') // { kind: 'date', day: …2025-09-30… }
 */
export function parseYearlessDate(text: string, year: number, order: DateOrder): DateParse {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '' || t.length > YEARLESS_MAX || /\d{3}/.test(t)) return NOT_YEARLESS;
  // Two deadlines in one cell ("julio/noviembre", "June & December"): the action ends with the last.
  const parts = t.split(/\s*(?:\/|&|,|[-–]|\s+(?:and|y|e|et|und|en)\s+)\s*/i).filter((p) => p !== '');
  if (parts.length > 1 && parts.every((p) => /^\p{L}+\.?$/u.test(p))) {
    const last = parseYearlessDate(parts[parts.length - 1], year, order);
    if (last.kind === 'date') return last;
  }
  // "Anual", "year-end": by the end of the plan's year.
  const folded = t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (YEAR_LONG.test(folded)) return dateOn(dayFromYmd(year, 12, 31));
  // A month name mistyped by one letter ("Nobiembre"), where a deadline without a year is written.
  if (/^\p{L}{6,}$/u.test(folded) && monthNumber(folded) === undefined) {
    const month = Object.keys(MONTHS).find((name) => name.length >= 6 && oneTypo(folded, name));
    if (month) return readTextDate(`${month} ${year}`, order);
  }
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\.?$/.exec(t);
  const withYear = numeric
    ? `${numeric[1]}${numeric[2]}${numeric[3]}${numeric[2]}${year}`
    : /^\d{1,2}\.? de \p{L}+$/iu.test(t)
      ? `${t} de ${year}`
      : `${t} ${year}`;
  // The text must need the year: "Done" or "5" with a year after it is still no date.
  const read = readTextDate(withYear, order);
  return read.kind === 'date' && /\p{L}|[/.-]/u.test(t) ? read : NOT_YEARLESS;
}

/** Within the plan's year, by its end: "anual", "annual", "year-end", "todo el año", "ganzjährig". */
const YEAR_LONG =
  /^(anual|annual|yearly|year[ -]?end|end of (the )?year|all year|todo el ano|durante el ano|fin de ano|fin del ano|annuel|annuelle|fin d ?annee|annuale|fine anno|jahrlich|ganzjahrig|jahresende|jaarlijks|anual(mente)?)\.?$/;

/** Longest text read as a deadline without a year ("end of September" in a few languages). */
const YEARLESS_MAX = 40;
const NOT_YEARLESS: DateParse = { kind: 'invalid', reason: 'no deadline without a year' };

/** A date followed by a time of day in words: "morning", "EOD", "close of business", "mañana" (tarde, Vormittag…). */
const TIME_OF_DAY =
  /^(.*\d)[\s,]+(?:in the |by |at )?(morning|afternoon|evening|night|noon|midday|eod|cob|eob|end of (?:the )?day|close of business|manana|tarde|noche|mediodia|vormittag|nachmittag|abend|matin|apres-midi|soir|mattina|pomeriggio|sera|ochtend|middag|avond|manha)\.?$/i;

/** Longest text read as a date followed by notes ("09 Jun 2026 (MFA mandate, as the board asked)"). */
const NOTED_DATE_MAX = 300;

/**
 * A date with a note after it, in brackets or after a dash or colon, and perhaps a milestone's
 * number before it: "09 Jun 2026 (MFA mandate)", "2026-03-31 [revised]", "(04) 2022.01.06 -
 * Submit final draft". Undefined when what precedes the note is not a date.
 */
function dateBeforeNote(t: string, order: DateOrder): DateParse | undefined {
  const text = t.replace(/^\(\d{1,3}\)\s*/, '');
  // A time of day after the date ("2025-10-27 morning", "31/03/2026 EOD") does not move the day.
  const timeOfDay = TIME_OF_DAY.exec(text);
  if (timeOfDay) {
    const date = readTextDate(timeOfDay[1], order);
    if (date.kind === 'date') return date;
  }
  const bracket = /^(.*[^\s([])\s*[([][^()[\]]*[)\]]$/.exec(text);
  const dash = /^(.*?\S)\s*(?:\s[-–]|:)\s*\p{L}/u.exec(text);
  for (const before of [bracket?.[1], dash?.[1], text === t ? undefined : text]) {
    if (before === undefined) continue;
    const date = readTextDate(before, order);
    if (date.kind === 'date') return date;
  }
  return undefined;
}

/**
 * A cell of dated milestones, one per line ("09 Jun 2026 (MFA mandate)⏎09 Jul 2026 (SIEM)"): the
 * action is done when the last is, so its target is the latest date. Undefined unless at least
 * half of the lines, and two of them, are dated.
 */
function latestMilestone(text: string, order: DateOrder): DateParse | undefined {
  // One per line, or one after another with a semicolon ("09 Jun 2026 (MFA); 09 Jul 2026 (SIEM)").
  const lines = text
    .split(/\r?\n|;/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 2) return undefined;
  let latest: DateParse | undefined;
  let dated = 0;
  for (const line of lines) {
    const date = readTextDate(line, order);
    if (date.kind !== 'date') continue;
    dated++;
    if (latest?.kind !== 'date' || date.day > latest.day) latest = date;
  }
  return dated >= 2 && dated * 2 >= lines.length ? latest : undefined;
}

/**
 * A month without a day — Excel's "mmm-yy" (`Apr-26`), `April 2026`, `04/2026` — as
 * its year and month. A register writes a deadline that way ("by April 2026"), so the month is
 * read as its last day.
 */
function monthOnly(text: string): { year: number; month: number } | undefined {
  // "April 26" is a day without its year; "Apr-26" and "Apr '26" are Excel's month and year.
  let m = /^([\p{L}]+)\.?[- /,]+(\d{4})$/iu.exec(text) ?? /^([\p{L}]+)\.?(?:-| ?')(\d{2})$/iu.exec(text);
  if (m && monthNumber(m[1])) return { year: year4(m[2]), month: monthNumber(m[1])! };
  // Not "2024-01": numbered like that, it is more often an audit's or a finding's reference.
  m = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (!m) return undefined;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? { year: Number(m[2]), month } : undefined;
}

/**
 * A quarter or a half-year as a deadline — "Q3 2026", "2026-Q3", "Q3'26", "3Q 2026", "T3 2026"
 * (trimestre), "K3 2026" (kwartaal), "H1 2026" — as the year and month it ends in.
 */
function periodEnd(text: string): { year: number; month: number } | undefined {
  let m =
    /^(?:[QTK]|quarter ?)([1-4])[\s\-/.']*(\d{4}|\d{2})$/i.exec(text) ??
    /^([1-4])Q[\s\-/.']*(\d{4}|\d{2})$/i.exec(text);
  if (m) return { year: year4(m[2]), month: Number(m[1]) * 3 };
  m = /^(\d{4})[\s\-/.]*[QTK]([1-4])$/i.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]) * 3 };
  m = /^H([12])[\s\-/.']*(\d{4}|\d{2})$/i.exec(text);
  if (m) return { year: year4(m[2]), month: Number(m[1]) * 6 };
  m = /^(\d{4})[\s\-/.]*H([12])$/i.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]) * 6 };
  return undefined;
}

/**
 * A calendar week as a deadline — "KW 12/2026" (Kalenderwoche), "CW12 2026", "week 12, 2026",
 * "wk 12-26", "semana 12 2026", "2026-W12" (ISO 8601) — as the last day (Sunday)
 * of that ISO week. Undefined for a week the year does not have.
 */
function weekEnd(text: string): DayNumber | undefined {
  const m =
    /^(?:KW|CW|WK|week|semaine|semana|settimana|uke|vecka|uge|tydzie[nń])\.?\s*(\d{1,2})[\s\-/.,']+(\d{4}|\d{2})$/i.exec(
      text,
    );
  const iso = m ? undefined : /^(\d{4})[\s\-/.]*W(\d{1,2})$/i.exec(text);
  const year = m ? year4(m[2]) : iso ? Number(iso[1]) : undefined;
  const week = m ? Number(m[1]) : iso ? Number(iso[2]) : undefined;
  if (year === undefined || week === undefined || week < 1) return undefined;
  // Week 1 holds the year's first Thursday, so 4 January; weeks start on Monday.
  const mondayOfWeek1 = dayFromYmd(year, 1, 4) - ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7);
  const sunday = mondayOfWeek1 + 7 * (week - 1) + 6;
  // A year has 53 weeks only when its week 53's Thursday still falls in it.
  return inYear(sunday - 3, year) ? sunday : undefined;
}

/** Whether the day falls in the year (a week's Thursday decides which year the week is in). */
function inYear(day: DayNumber, year: number): boolean {
  return day >= dayFromYmd(year, 1, 1) && day <= dayFromYmd(year, 12, 31);
}

/**
 * Words before a deadline that do not move it, in the register's languages: "by 31/03/2026",
 * "end of March 2026", "end of Q1 2026", "fin de marzo de 2026", "Ende März 2026", "entro
 * giugno 2026", "até 30/06/2026". `end` says an "end of" word was among them, so a bare year
 * after it ("end of 2026") is that year's last day.
 */
function afterDeadlineWords(text: string): { rest: string; end: boolean } | undefined {
  const by =
    /^(?:by|before|until|till|due|due by|no later than|not later than|latest|bis|bis zum|bis spätestens|spätestens|entro(?: il)?|antes de|hasta|hasta el|até|ate|avant(?: le)?|d'ici|d’ici|voor|uiterlijk|tot)\s+/i;
  const end =
    /^(?:(?:the\s+)?end\s+of(?:\s+the)?|end|eom|eoy|fin(?:al(?:es)?)?\s+de(?:l)?|fin|ende|fine|fim\s+de|final\s+de|eind|einde)\s+/i;
  let rest = text;
  const b = by.exec(rest);
  if (b) rest = rest.slice(b[0].length);
  const e = end.exec(rest);
  if (e) rest = rest.slice(e[0].length);
  if (!b && !e) return undefined;
  rest = rest.replace(/^(?:de\s+|of\s+)/i, '').replace(/\s+de\s+(\d{4})$/i, ' $1');
  return rest === '' || rest === text ? undefined : { rest, end: !!e };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromParts(y: number, mo: number, d: number, original: string): DateParse {
  const day = validYmd(y, mo, d);
  return day === undefined
    ? { kind: 'invalid', reason: `"${original}" is not a real calendar date` }
    : dateOn(day);
}

/** Plausible range for a bare number in a date column that has no date format (1950–2100). */
const PLAUSIBLE_MIN = dayFromYmd(1950, 1, 1);
const PLAUSIBLE_MAX = dayFromYmd(2100, 12, 31);

/**
 * Reads a date cell as Office.js or a file reader delivers it: a serial number (with or without
 * a date number format), text, a boolean (never a date), an error value or a placeholder.
 *
 * @example parseDateCell(46352, 'yyyy-mm-dd') // { kind: 'date', day: 46352 } (2026-11-26)
 */
export function parseDateCell(value: CellValue, numberFormat?: string, order: DateOrder = 'dmy'): DateParse {
  const parsed = readDateCell(value, numberFormat, order);
  // Excel's day zero shown as a date (1899-12-30, 1900-01-00, "1900-12-30 (Sunday)"): the cell an
  // export or a formula fills when there is no date. No deadline is that old.
  return parsed.kind === 'date' && parsed.day < PLACEHOLDER_BEFORE
    ? { kind: 'invalid', reason: `${isoFromDay(parsed.day)} is a placeholder for a missing date, not a date` }
    : parsed;
}

/** Dates before 1910 in a register are placeholders for a missing one. */
const PLACEHOLDER_BEFORE = dayFromYmd(1910, 1, 1);

function readDateCell(value: CellValue, numberFormat: string | undefined, order: DateOrder): DateParse {
  if (typeof value === 'boolean')
    return { kind: 'invalid', reason: `${value ? 'TRUE' : 'FALSE'} is not a date` };
  if (typeof value === 'number') {
    const parsed = dayFromSerial(value);
    if (parsed.kind !== 'date' || isDateFormat(numberFormat)) return parsed;
    if (parsed.day < PLAUSIBLE_MIN || parsed.day > PLAUSIBLE_MAX) {
      return { kind: 'invalid', reason: `the number ${value} is not a date` };
    }
    return parsed;
  }
  const t = value.trim();
  if (t === '') return EMPTY;
  if (isErrorValue(t)) return { kind: 'invalid', reason: `the cell shows the error ${t}` };
  if (isMissing(t)) return EMPTY;
  if (/^-?\d+(\.\d+)?$/.test(t)) return readDateCell(Number(t), numberFormat, order);
  return parseTextDate(t, order);
}
