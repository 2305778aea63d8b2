import { dayFromYmd, parseDateCell, type DayNumber } from '../dates';
import type { CellValue } from '../grid';
import { normalizeWords } from '../text';

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['jan', 'january', 'januar', 'gennaio', 'enero', 'janvier', 'janeiro', 'jänner', 'janner'],
  ['feb', 'february', 'februar', 'febbraio', 'febrero', 'fevrier', 'fevereiro'],
  ['mar', 'march', 'marz', 'maerz', 'marzo', 'mars', 'marco'],
  ['apr', 'april', 'aprile', 'abril', 'avril'],
  ['may', 'mai', 'maggio', 'mayo', 'maio'],
  ['jun', 'june', 'juni', 'giugno', 'junio', 'juin', 'junho'],
  ['jul', 'july', 'juli', 'luglio', 'julio', 'juillet', 'julho'],
  ['aug', 'august', 'agosto', 'aout'],
  ['sep', 'sept', 'september', 'settembre', 'septiembre', 'septembre', 'setembro'],
  ['oct', 'october', 'oktober', 'ottobre', 'octubre', 'octobre', 'outubro', 'okt'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dezember', 'dicembre', 'diciembre', 'decembre', 'dezembro', 'dez'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[normalizeWords(n)] = i + 1)));

/** The last day of a month (the day a monthly figure is known). */
function monthEnd(year: number, month: number): DayNumber {
  return dayFromYmd(year, month + 1, 1) - 1;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

/**
 * The day a measurement column stands for, from its header: a date cell, an ISO or written date,
 * or a period — "2026-03", "03/2026", "Mar 2026", "März 26", "Q1 2026", "2026 Q1" — read as the
 * last day of the period (when its figure is known). Undefined for any other header.
 *
 * @example periodDay('Q1 2026') // the day number of 2026-03-31
 */
export function periodDay(header: CellValue, format?: string): DayNumber | undefined {
  if (typeof header === 'number') {
    const d = parseDateCell(header, format);
    return d.kind === 'date' && header > 20000 ? d.day : undefined;
  }
  if (typeof header !== 'string') return undefined;
  const t = header.trim();
  if (!t || t.length > 24) return undefined;
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12) return monthEnd(+m[1], +m[2]);
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m && +m[1] >= 1 && +m[1] <= 12) return monthEnd(+m[2], +m[1]);
  const n = normalizeWords(t);
  m = /^(?:q([1-4]) (\d{2}|\d{4})|(\d{4}) q([1-4]))$/.exec(n);
  if (m) {
    const q = +(m[1] ?? m[4]);
    return monthEnd(fullYear(+(m[2] ?? m[3])), q * 3);
  }
  m = /^([a-z]+) (\d{2}|\d{4})$/.exec(n);
  if (m && MONTHS[m[1]] !== undefined) return monthEnd(fullYear(+m[2]), MONTHS[m[1]]);
  if (/^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(t)) {
    const d = parseDateCell(t);
    return d.kind === 'date' ? d.day : undefined;
  }
  return undefined;
}

/**
 * A measured or target value: a number cell, or text such as "95%", "≥ 95 %", "< 5", "3 days".
 * Percent text is read as a share (95% → 0.95), as a percent-formatted cell holds it.
 *
 * @example readValue('≥ 95%') // { value: 0.95, comparator: '>=' }
 */
export function readValue(cell: CellValue): { value: number; comparator?: '>=' | '<=' } | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : undefined;
  if (typeof cell !== 'string') return undefined;
  const t = cell.trim().replace(/\u00a0/g, ' ');
  const m =
    /^(≥|>=|>|≤|<=|<|at least|min\.?|minimum|no more than|at most|max\.?|maximum|under|below|over|above)?\s*([-+]?\d+(?:[.,]\d+)?)\s*(%)?/i.exec(
      t,
    );
  if (!m) return undefined;
  let value = Number(m[2].replace(',', '.'));
  if (m[3]) value /= 100;
  const word = (m[1] ?? '').toLowerCase();
  const comparator = /^(≥|>=|>|at least|min|minimum|over|above)/.test(word)
    ? '>='
    : /^(≤|<=|<|no more than|at most|max|maximum|under|below)/.test(word)
      ? '<='
      : undefined;
  return comparator ? { value, comparator } : { value };
}
