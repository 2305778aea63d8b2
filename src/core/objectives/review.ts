import { dayFromIso, isoFromDay, serialFromDay, type DayNumber } from '../dates';
import type { PlanBuilder, PlanCell } from '../review/sheetPlan';
import type { ObjectivesSheet } from './parse';
import { OBJECTIVE_STATUS_LABELS, objectiveStatus, type ObjectiveStatus } from './status';

export interface ObjectiveLine {
  sheet: string;
  row: number;
  id: string;
  objective: string;
  measure: string;
  owner: string;
  /** The target as written. */
  target: string;
  /** The target as a number (a share for percentages), when it is one. */
  targetValue: number | null;
  dueDate: string;
  latest: number | null;
  latestDate: string;
  status: ObjectiveStatus;
  /** Measurements up to the as-of date, oldest first. */
  trend: { date: string; value: number }[];
}

/** The objectives part of the review (9.3.2 d 4): where each objective stands, and its trend. */
export interface ObjectivesReview {
  sheets: string[];
  counts: Record<ObjectiveStatus, number>;
  objectives: ObjectiveLine[];
}

/**
 * Summarises objectives sheets for the management review.
 *
 * @example reviewObjectives([sheet], asOf).counts['on-track']
 */
export function reviewObjectives(sheets: readonly ObjectivesSheet[], asOf: DayNumber): ObjectivesReview {
  const counts: Record<ObjectiveStatus, number> = {
    met: 0,
    'on-track': 0,
    'at-risk': 0,
    missed: 0,
    'not-measured': 0,
  };
  const objectives: ObjectiveLine[] = [];
  for (const s of sheets) {
    for (const o of s.objectives) {
      const status = objectiveStatus(o, asOf);
      counts[status]++;
      const trend = o.measurements
        .filter((m) => m.day <= asOf)
        .map((m) => ({ date: isoFromDay(m.day), value: m.value }));
      const last = trend[trend.length - 1];
      objectives.push({
        sheet: s.sheet,
        row: o.row,
        id: o.id,
        objective: o.objective,
        measure: o.measure,
        owner: o.owner,
        target: o.targetText,
        targetValue: o.target?.value ?? null,
        dueDate: o.dueDate === undefined ? '' : isoFromDay(o.dueDate),
        latest: last?.value ?? null,
        latestDate: last?.date ?? '',
        status,
        trend,
      });
    }
  }
  return { sheets: sheets.map((s) => s.sheet), counts, objectives };
}

/** Worst first: missed, at risk, not measured, on track, met. */
const ORDER: ObjectiveStatus[] = ['missed', 'at-risk', 'not-measured', 'on-track', 'met'];

/** Objectives given a trend chart on the sheet (the rest are in the table). */
export const CHARTED_OBJECTIVES = 6;

function dateValue(iso: string): number | string {
  const day = dayFromIso(iso);
  return day === undefined ? iso : serialFromDay(day);
}

/**
 * The objectives section of the review sheet: one table (status first), then a small trend chart
 * per objective beside its measurements and target. `line` writes a line of text across the
 * printed width; `lastCol` is the last printed column.
 */
export function planObjectivesSection(
  b: PlanBuilder,
  review: ObjectivesReview,
  options: { line: (text: string, style?: PlanCell['style']) => void; lastCol: number; limit: number },
): void {
  const { line, lastCol } = options;
  const c = review.counts;
  line(
    `${review.objectives.length} objectives (sheet ${review.sheets.map((s) => `"${s}"`).join(', ')}): ` +
      ORDER.filter((s) => c[s] > 0)
        .map((s) => `${c[s]} ${OBJECTIVE_STATUS_LABELS[s].toLowerCase()}`)
        .join(', ') +
      '.',
  );
  if (review.objectives.length === 0) return;
  const ranked = [...review.objectives].sort(
    (x, y) => ORDER.indexOf(x.status) - ORDER.indexOf(y.status) || x.row - y.row,
  );
  const shown = ranked.slice(0, options.limit);
  const t = b.table(
    ['Objective', 'Status', 'Measure', 'Target', 'Latest', 'Measured', 'Owner', 'Due date'],
    shown.map((o) => [
      o.id ? `${o.id} ${o.objective}` : o.objective,
      OBJECTIVE_STATUS_LABELS[o.status],
      o.measure,
      o.target,
      o.latest,
      o.latestDate ? dateValue(o.latestDate) : '',
      o.owner,
      o.dueDate ? dateValue(o.dueDate) : '',
    ]),
    ['text', 'text', 'text', 'text', 'number', 'date', 'text', 'date'],
  );
  for (let r = t.first + 1; r <= t.last; r++) {
    const cell = b.cells.find((x) => x.row === r && x.col === 1);
    if (cell) cell.wrap = true;
  }
  if (review.objectives.length > shown.length)
    line(
      `${shown.length} of ${review.objectives.length} objectives shown (worst first). The objectives sheet holds them all.`,
      'note',
    );
  const charted = shown.filter((o) => o.trend.length >= 2).slice(0, CHARTED_OBJECTIVES);
  for (const o of charted) {
    b.skip();
    const top = b.row;
    const withTarget = o.targetValue !== null;
    const data = b.table(
      ['Period', 'Measured', ...(withTarget ? ['Target'] : [])],
      o.trend.map((m) => [m.date, m.value, ...(withTarget ? [o.targetValue] : [])]),
      ['text', 'number', 'number'],
    );
    const rows = Math.max(8, data.last - data.first + 1);
    b.charts.push({
      type: 'line',
      title: `${o.id ? `${o.id}: ` : ''}${o.objective}`.slice(0, 80),
      data: { firstRow: data.first, firstCol: 1, lastRow: data.last, lastCol: withTarget ? 3 : 2 },
      anchor: { row: top, col: 4, rows, cols: lastCol - 3 },
    });
    b.row = Math.max(b.row, top + rows);
  }
}
