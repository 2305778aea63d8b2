/**
 * Where each objective stands (9.3.2 d 4, "fulfilment of information security objectives"), and
 * what is missing for it to be SMART (clause 6.2: measurable, with what, who, when).
 */
import { isoFromDay, type DayNumber } from '../dates';
import type { Finding } from '../findings';
import type { CoreKey } from '../i18n/catalog';
import type { MessageValues } from '../i18n/format';
import {
  attachMeasurements,
  isObjectivesSheet,
  parseMeasurementsTable,
  parseObjectives,
  type Objective,
  type ObjectivesSheet,
} from './parse';

export type ObjectiveStatus = 'met' | 'on-track' | 'at-risk' | 'missed' | 'not-measured';

export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, string> = {
  met: 'Met',
  'on-track': 'On track',
  'at-risk': 'At risk',
  missed: 'Missed',
  'not-measured': 'Not measured',
};

/** Progress may lag the straight line from the first measurement to the target by this share. */
const LAG_ALLOWED = 0.1;
/** Cadence assumed when the measurements do not show one (monthly). */
const DEFAULT_CADENCE = 31;

function higherIsBetter(o: Objective): boolean {
  if (o.target?.comparator) return o.target.comparator === '>=';
  const start = o.baseline ?? o.measurements[0]?.value;
  return start === undefined || start <= o.target!.value;
}

function reached(o: Objective, value: number): boolean {
  return higherIsBetter(o) ? value >= o.target!.value : value <= o.target!.value;
}

/**
 * The status of an objective on a day: met (the latest measurement reaches the target), missed
 * (due date passed without reaching it), on track (progress keeps pace with a straight line from
 * the first measurement to the target by the due date, within 10 points), at risk otherwise;
 * not measured without a numeric target or a measurement.
 *
 * @example objectiveStatus(objective, dayFromIso('2026-11-26')!) // 'on-track'
 */
export function objectiveStatus(o: Objective, asOf: DayNumber): ObjectiveStatus {
  const ms = o.measurements.filter((m) => m.day <= asOf);
  if (!o.target || ms.length === 0) return 'not-measured';
  const latest = ms[ms.length - 1];
  if (reached(o, latest.value)) return 'met';
  if (o.dueDate !== undefined && o.dueDate < asOf) return 'missed';
  const startValue = o.baseline ?? ms[0].value;
  const startDay = ms[0].day;
  const sign = higherIsBetter(o) ? 1 : -1;
  if (o.dueDate === undefined || o.dueDate <= startDay || startValue === o.target.value) {
    // No line to keep pace with: moving towards the target is on track.
    const previous = ms.length > 1 ? ms[ms.length - 2].value : startValue;
    return sign * (latest.value - previous) > 0 ? 'on-track' : 'at-risk';
  }
  const elapsed = (latest.day - startDay) / (o.dueDate - startDay);
  const progress = (latest.value - startValue) / (o.target.value - startValue);
  if (ms.length === 1) return o.dueDate - asOf > DEFAULT_CADENCE ? 'on-track' : 'at-risk';
  return progress >= elapsed - LAG_ALLOWED ? 'on-track' : 'at-risk';
}

/** The usual days between measurements (the median gap), or monthly when it cannot be told. */
export function cadenceOf(sheet: ObjectivesSheet, o: Objective): number {
  const days =
    sheet.periodColumns.length >= 2
      ? sheet.periodColumns.map((p) => p.day)
      : o.measurements.map((m) => m.day);
  const gaps = days
    .slice(1)
    .map((d, i) => d - days[i])
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps.length === 0 ? DEFAULT_CADENCE : gaps[gaps.length >> 1];
}

function finding(
  code: string,
  severity: Finding['severity'],
  o: Objective,
  sheet: ObjectivesSheet,
  message: string,
  field: keyof ObjectivesSheet['columns'] | undefined,
  key: CoreKey,
  values: MessageValues,
): Finding & { sheet: string } {
  return {
    code,
    severity,
    row: o.row,
    column: field ? (sheet.columns[field]?.letter ?? '') : '',
    field: '',
    id: o.id,
    message,
    key,
    values,
    sheet: sheet.sheet,
  };
}

/**
 * SMART checks (clause 6.2 b, f–j: measurable, what, who, when) and the measurements' freshness:
 * `objective-missing-measure`, `objective-missing-target`, `objective-missing-owner`,
 * `objective-missing-due-date` (warnings), `objective-measurement-overdue` (warning: no
 * measurement for two of its periods), `objective-missed` (info: its due date passed unmet).
 *
 * @example validateObjectives(sheet, asOf).map((f) => f.code) // ['objective-missing-owner']
 */
export function validateObjectives(sheet: ObjectivesSheet, asOf: DayNumber): (Finding & { sheet: string })[] {
  const out: (Finding & { sheet: string })[] = [];
  for (const o of sheet.objectives) {
    const said = o.id || o.objective.slice(0, 40);
    const name = `Objective "${said}"`;
    if (!o.measure && !sheet.columns.measure && sheet.periodColumns.length === 0)
      out.push(
        finding(
          'objective-missing-measure',
          'warning',
          o,
          sheet,
          `${name} says nothing of how it is measured. Add a Measure (KPI) column (clause 6.2 b).`,
          undefined,
          'finding.objective-missing-measure.none',
          { name: said },
        ),
      );
    else if (!o.measure && sheet.columns.measure)
      out.push(
        finding(
          'objective-missing-measure',
          'warning',
          o,
          sheet,
          `${name} has no measure: say how it is measured (clause 6.2 b).`,
          'measure',
          'finding.objective-missing-measure',
          { name: said },
        ),
      );
    if (!o.target)
      out.push(
        finding(
          'objective-missing-target',
          'warning',
          o,
          sheet,
          o.targetText
            ? `${name}: the target "${o.targetText}" is not a number, so its fulfilment cannot be told. Write it as a value, such as 95% or ≤ 5.`
            : `${name} has no target value: without one, nobody can say whether it was met.`,
          'target',
          o.targetText ? 'finding.objective-missing-target.text' : 'finding.objective-missing-target',
          o.targetText ? { name: said, text: o.targetText } : { name: said },
        ),
      );
    if (!o.owner)
      out.push(
        finding(
          'objective-missing-owner',
          'warning',
          o,
          sheet,
          `${name} has no owner: name who is responsible (clause 6.2 h).`,
          'owner',
          'finding.objective-missing-owner',
          { name: said },
        ),
      );
    if (o.dueDate === undefined)
      out.push(
        finding(
          'objective-missing-due-date',
          'warning',
          o,
          sheet,
          o.dueText
            ? `${name}: "${o.dueText}" is not a date. Give the date it is to be achieved by (clause 6.2 i).`
            : `${name} has no due date: say when it will be achieved (clause 6.2 i).`,
          'dueDate',
          o.dueText ? 'finding.objective-missing-due-date.text' : 'finding.objective-missing-due-date',
          o.dueText ? { name: said, text: o.dueText } : { name: said },
        ),
      );
    const cadence = cadenceOf(sheet, o);
    const last = o.measurements.filter((m) => m.day <= asOf).pop();
    const started = sheet.periodColumns.length > 0 ? sheet.periodColumns[0].day : last?.day;
    if (started !== undefined && started < asOf) {
      const since = last?.day ?? started;
      if (asOf - since > 2 * cadence && (o.dueDate === undefined || since < o.dueDate)) {
        out.push(
          finding(
            'objective-measurement-overdue',
            'warning',
            o,
            sheet,
            last
              ? `${name} was last measured for ${isoFromDay(last.day)}; it is measured about every ${cadence} days, so newer figures are due. Record them.`
              : `${name} has no measurement yet, though the first period (${isoFromDay(started)}) has passed. Record it.`,
            undefined,
            last ? 'finding.objective-measurement-overdue' : 'finding.objective-measurement-overdue.none',
            last ? { name: said, latest: last.day, cadence } : { name: said, due: started },
          ),
        );
      }
    }
    if (objectiveStatus(o, asOf) === 'missed')
      out.push(
        finding(
          'objective-missed',
          'info',
          o,
          sheet,
          `${name} was due on ${isoFromDay(o.dueDate!)} and its latest measurement does not reach the target ${o.targetText}.`,
          'target',
          'finding.objective-missed',
          { name: said, due: o.dueDate!, goal: o.targetText },
        ),
      );
  }
  return out;
}

/** An objectives sheet as read beside the registers, with its measurements table's unmatched rows. */
export interface ObjectivesRead {
  objectives: ObjectivesSheet;
  /** The measurements table that gave measurements, when there is one. */
  measurementsSheet?: string;
  /** Rows of that table that name no objective. */
  orphanRows: readonly number[];
}

/**
 * The findings of every objectives sheet read beside the registers (SMART checks, measurements
 * late or missed) and of the measurement rows that name no objective: one list, in the pane and on
 * the command line alike.
 *
 * @example objectivesFindings([{ objectives, orphanRows: [7] }], asOf).map((f) => f.code)
 */
export function objectivesFindings(
  reads: readonly ObjectivesRead[],
  asOf: DayNumber,
): (Finding & { sheet: string })[] {
  const out: (Finding & { sheet: string })[] = [];
  for (const o of reads) {
    out.push(...validateObjectives(o.objectives, asOf));
    for (const row of o.orphanRows) {
      out.push({
        code: 'objective-measurement-unmatched',
        severity: 'info',
        row,
        column: '',
        field: '',
        id: '',
        message: `This measurement names no objective of "${o.objectives.sheet}": write the objective's ID or its words as they are there.`,
        sheet: o.measurementsSheet ?? o.objectives.sheet,
      });
    }
  }
  return out;
}

/**
 * The objectives sheets among `sheets` (the ones not read as registers), each with the
 * measurements of a measurements table among the others attached: what the pane and the command
 * line both read beside the registers.
 *
 * @example readObjectivesSheets([{ name: 'Objectives', grid }, { name: 'Measurements', grid: m }])
 */
export function readObjectivesSheets(
  sheets: readonly { name: string; grid: Parameters<typeof parseObjectives>[0] }[],
): (ObjectivesRead & { orphanRows: number[] })[] {
  const out: (ObjectivesRead & { orphanRows: number[] })[] = [];
  for (const s of sheets) {
    const o = parseObjectives(s.grid, s.name);
    if (isObjectivesSheet(o)) out.push({ objectives: o, orphanRows: [] });
  }
  if (out.length === 0) return out;
  for (const s of sheets) {
    if (out.some((f) => f.objectives.sheet === s.name)) continue;
    const table = parseMeasurementsTable(s.grid, s.name);
    if (!table) continue;
    for (const f of out) {
      f.orphanRows = attachMeasurements(f.objectives, table);
      f.measurementsSheet = s.name;
    }
  }
  return out;
}
