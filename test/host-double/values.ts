/**
 * How Excel turns what is written into a cell, and how it prints a cell: the "typed-in"
 * conversions that make `range.values = [['0012']]` store the number 12, `'=x'` a formula,
 * `'TRUE'` a boolean and `'2026-03-04'` a date serial — unless the cell is text-formatted (`@`)
 * or the string starts with an apostrophe.
 */
export type CellValue = string | number | boolean;

export const ERROR_VALUES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
];

/**
 * What `values` returns for a formula the double cannot compute (anything but a constant).
 * Deliberately not a real Excel error, so no adapter code can mistake it for one.
 */
export const UNCOMPUTED_FORMULA_VALUE = '#UNCOMPUTED!';

export interface Entry {
  value: CellValue;
  formula?: string;
  error?: boolean;
  quotePrefix?: boolean;
  /** Number format Excel applies when it recognises a date / percentage / thousands. */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)?(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?\d+(\.\d+)?)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function isTextFormat(numberFormat: string | undefined): boolean {
  return numberFormat === '@';
}

/** Excel serial (1900 date system, with its phantom 29 Feb 1900) for a calendar date, or null. */
export function dateSerial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  const serial = Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
  return serial <= 60 ? serial - 1 : serial;
}

/** Calendar parts of a serial (time of day from the fraction). */
export function serialParts(serial: number): {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  ss: number;
  dow: number;
} {
  const whole = Math.floor(serial);
  const fracSeconds = Math.round((serial - whole) * 86400);
  const adjusted = whole < 61 ? whole + 1 : whole;
  const date = new Date(Date.UTC(1899, 11, 30) + adjusted * 86400000);
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    hh: Math.floor(fracSeconds / 3600),
    mi: Math.floor((fracSeconds % 3600) / 60),
    ss: fracSeconds % 60,
    dow: date.getUTCDay(),
  };
}

function constantFormulaValue(formula: string): CellValue {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body) && /\d/.test(body)) return Number(body.replace(/,/g, ''));
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return str[1].replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === 'TRUE';
  return UNCOMPUTED_FORMULA_VALUE;
}

export function formulaEntry(formula: string): Entry {
  return { value: constantFormulaValue(formula), formula };
}

/**
 * What Excel stores when `input` is written through `values` / `formulas` or typed by a user,
 * into a cell whose number format is `numberFormat`.
 */
export function typedEntry(input: CellValue, numberFormat: string | undefined): Entry {
  if (typeof input !== 'string') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (isTextFormat(numberFormat)) return { value: input };
  if (input.length > 1 && input.startsWith('=')) return formulaEntry(input);
  const trimmed = input.trim();
  if (trimmed === '') return { value: input };
  if (NUMBER.test(trimmed) && /\d/.test(trimmed)) {
    const value = Number(trimmed.replace(/,/g, ''));
    return trimmed.includes(',') ? { value, impliedFormat: '#,##0' } : { value };
  }
  // A leading +, - or @ starts a formula in Excel ("- buy milk" becomes =- buy milk → #NAME?).
  if (input.length > 1 && /^[+\-@]/.test(input)) return formulaEntry(`=${input}`);
  const pct = PERCENT.exec(trimmed);
  if (pct) return { value: Number(pct[1]) / 100, impliedFormat: pct[2] ? '0.00%' : '0%' };
  if (/^(TRUE|FALSE)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  if (ERROR_VALUES.includes(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), error: true };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, impliedFormat: 'yyyy-mm-dd' };
  }
  const us = US_DATE.exec(trimmed);
  if (us) {
    const serial = dateSerial(Number(us[3]), Number(us[1]), Number(us[2]));
    if (serial !== null) return { value: serial, impliedFormat: 'm/d/yyyy' };
  }
  return { value: input };
}

export function valueType(value: CellValue | undefined, error?: boolean): string {
  if (value === undefined || value === '') return 'Empty';
  if (error) return 'Error';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Double';
  return 'String';
}

function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = String(Number(n.toPrecision(10)));
  return s.includes('e')
    ? n
        .toExponential(5)
        .replace(/\.?0+e/, 'E')
        .replace('E+', 'E+')
    : s;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || /h|s/i.test(bare);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function formatDate(serial: number, fmt: string): string {
  const p = serialParts(serial);
  const tokens = fmt.match(/"[^"]*"|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|\\.|./gi) ?? [];
  let afterHour = false;
  return tokens
    .map((tok) => {
      const t = tok.toLowerCase();
      if (tok.startsWith('"')) return tok.slice(1, -1);
      if (tok.startsWith('\\')) return tok.slice(1);
      if (t === 'yyyy') return String(p.y);
      if (t === 'yy') return pad(p.y % 100);
      if (t === 'mmmm') return MONTHS[p.m - 1];
      if (t === 'mmm') return MONTHS[p.m - 1].slice(0, 3);
      if (t === 'mm' || t === 'm') {
        const v = afterHour ? p.mi : p.m;
        return t === 'mm' ? pad(v) : String(v);
      }
      if (t === 'dddd') return DAYS[p.dow];
      if (t === 'ddd') return DAYS[p.dow].slice(0, 3);
      if (t === 'dd') return pad(p.d);
      if (t === 'd') return String(p.d);
      if (t === 'hh' || t === 'h') {
        afterHour = true;
        const h12 = /am\/pm/i.test(fmt) ? ((p.hh + 11) % 12) + 1 : p.hh;
        return t === 'hh' ? pad(h12) : String(h12);
      }
      if (t === 'ss' || t === 's') return t === 'ss' ? pad(p.ss) : String(p.ss);
      if (t === 'am/pm') return p.hh < 12 ? 'AM' : 'PM';
      return tok;
    })
    .join('');
}

function formatNumber(n: number, fmt: string): string {
  const section = fmt.split(';')[n < 0 && fmt.includes(';') ? 1 : 0] ?? fmt;
  const percent = section.includes('%');
  const value = Math.abs(percent ? n * 100 : n);
  const decimals = /\.([0#]+)/.exec(section)?.[1].length ?? 0;
  let text = value.toFixed(decimals);
  if (/#,##0|0,0/.test(section)) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
  }
  const sign = n < 0 && !fmt.includes(';') ? '-' : '';
  return `${sign}${text}${percent ? '%' : ''}`;
}

/** `Range.text` for one cell: the value as displayed with its number format (common formats only). */
export function displayText(value: CellValue | undefined, numberFormat: string | undefined): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = numberFormat ?? 'General';
  if (fmt === 'General' || fmt === '@' || fmt === '') return generalNumber(value);
  if (isDateFormat(fmt)) return value < 0 ? '#'.repeat(11) : formatDate(value, fmt);
  if (/^[#0,.%;\-()]+$/.test(fmt.replace(/"[^"]*"/g, ''))) return formatNumber(value, fmt);
  return generalNumber(value);
}
