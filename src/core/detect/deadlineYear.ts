import { cellAt, type Grid } from '../grid';
import { cellText } from '../text';
import { isoFromDay, parseDateCell, parseYearlessDate, type DateOrder } from '../dates';
import type { HeaderMapping } from '../mapping/headers';
import { dateColumnIndexes } from './dateOrder';

/** The year a register's deadlines without one ("Septiembre", "KW 12", "15.03.") are read in, and where it came from. */
export interface DeadlineYear {
  year: number;
  from: 'dates' | 'title';
  /** How many date cells were written without a year. */
  cells: number;
}

/** A year, a serial or an ISO date: text with a run of three digits has its year. */
const THREE_DIGITS = /\d{3}/;

/** Dated cells after which the year is settled. */
const DECIDED = 500;

/**
 * The year of a register whose date columns hold deadlines without one — an annual plan written
 * "Septiembre", "julio/noviembre", "KW 12": the year most of its full dates fall in, else a year
 * its title rows or sheet name give ("Plan de acción 2025", a "2025" band over the header).
 * Undefined when no date cell lacks its year, or nothing gives one (those cells stay unreadable).
 *
 * @example learnDeadlineYear({ values: [['Due'], ['March'], ['2025-05-15']] }, mapping, 1, 3, 'dmy', 'Plan') // { year: 2025, from: 'dates', cells: 1 }
 */
export function learnDeadlineYear(
  grid: Grid,
  mapping: HeaderMapping,
  from: number,
  to: number,
  order: DateOrder,
  sheetName: string,
): DeadlineYear | undefined {
  const cols = dateColumnIndexes(grid, mapping);
  if (cols.length === 0) return undefined;
  // First the cells without a year: text with no run of three digits (a date with its year has
  // one), read as a deadline in any year. Most registers have none, and the pass ends there.
  let cells = 0;
  for (let r = from; r < to; r++) {
    for (const c of cols) {
      const v = cellAt(grid, r, c);
      if (
        typeof v === 'string' &&
        v !== '' &&
        !THREE_DIGITS.test(v) &&
        parseYearlessDate(v, 2000, order).kind === 'date'
      )
        cells++;
    }
  }
  if (cells === 0) return undefined;
  // Then the years of the dates that have one, a few hundred of them.
  let dated = 0;
  const years = new Map<number, number>();
  for (let r = from; r < to && dated < DECIDED; r++) {
    for (const c of cols) {
      const v = cellAt(grid, r, c);
      if (v === null || v === undefined || v === '') continue;
      const parsed = parseDateCell(v, grid.numberFormats?.[r]?.[c] ?? 'General', order);
      if (parsed.kind !== 'date') continue;
      const year = Number(isoFromDay(parsed.day).slice(0, 4));
      years.set(year, (years.get(year) ?? 0) + 1);
      dated++;
    }
  }
  const fromDates = commonest(years);
  if (fromDates !== undefined) return { year: fromDates, from: 'dates', cells };
  const titled = new Map<number, number>();
  for (let r = 0; r < Math.min(from, grid.values.length); r++)
    for (const v of grid.values[r] ?? []) yearsIn(cellText(v ?? ''), titled);
  yearsIn(sheetName, titled);
  const fromTitle = commonest(titled);
  return fromTitle === undefined ? undefined : { year: fromTitle, from: 'title', cells };
}

/** Counts the plausible years (2000–2099) a title names: "Plan 2025", "2025", "FY 2025/26" (2025). */
function yearsIn(text: string, into: Map<number, number>): void {
  const m = /(?<!\d)(20\d{2})(?!\d)/.exec(text);
  if (m) into.set(Number(m[1]), (into.get(Number(m[1])) ?? 0) + 1);
}

/** The most frequent key; undefined when none or two tie for first. */
function commonest(counts: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  let tie = false;
  counts.forEach((count, key) => {
    if (count > bestCount) {
      best = key;
      bestCount = count;
      tie = false;
    } else if (count === bestCount) tie = true;
  });
  return tie ? undefined : best;
}
