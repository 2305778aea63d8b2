/**
 * Reading a sheet of information-security objectives (ISO/IEC 27001:2022 clause 6.2): objective,
 * measure, target value, owner, due date — and the measurements, either as dated columns
 * (one per month or quarter) or as a separate table of objective, date and value.
 */
import { parseDateCell, type DayNumber } from '../dates';
import { cellAt, columnLetter, formatAt, type CellValue, type Grid } from '../grid';
import { cellText, isMissing, normalizeWords } from '../text';
import { periodDay, readValue } from './periods';

export type ObjectiveField = 'id' | 'objective' | 'measure' | 'baseline' | 'target' | 'owner' | 'dueDate';

/** Header words per field, tried in this order (a "Target date" is a due date, not a target). */
const FIELD_WORDS: readonly [ObjectiveField, readonly string[]][] = [
  [
    'dueDate',
    [
      'due date',
      'due',
      'deadline',
      'target date',
      'by when',
      'when',
      'achieve by',
      'timeframe',
      'scadenza',
      'termin',
      'fecha limite',
      'echeance',
      'data obiettivo',
      'zieldatum',
      'faellig',
      'fallig',
    ],
  ],
  [
    'baseline',
    [
      'baseline',
      'start value',
      'starting point',
      'current value',
      'valore iniziale',
      'ausgangswert',
      'linea base',
    ],
  ],
  [
    'target',
    [
      'target',
      'target value',
      'goal value',
      'target level',
      'valore obiettivo',
      'target kpi',
      'zielwert',
      'sollwert',
      'meta',
      'valor objetivo',
      'cible',
      'valeur cible',
    ],
  ],
  [
    'measure',
    [
      'measure',
      'measurement',
      'metric',
      'kpi',
      'indicator',
      'how measured',
      'how will it be measured',
      'how results will be evaluated',
      'measured by',
      'misura',
      'indicatore',
      'kennzahl',
      'messgrosse',
      'indicador',
      'indicateur',
    ],
  ],
  ['owner', ['owner', 'responsible', 'accountable', 'who', 'responsabile', 'verantwortlich', 'responsable']],
  [
    'objective',
    [
      'objective',
      'objectives',
      'security objective',
      'is objective',
      'isms objective',
      'goal',
      'obiettivo',
      'ziel',
      'sicherheitsziel',
      'objetivo',
      'objectif',
    ],
  ],
  ['id', ['id', 'ref', 'no', 'nr', 'n', '#', 'number', 'objective id']],
];

const MEASUREMENT_TABLE_WORDS = {
  key: [
    'objective',
    'objective id',
    'kpi',
    'id',
    'ref',
    'obiettivo',
    'ziel',
    'objetivo',
    'objectif',
    'measure',
    'metric',
  ],
  date: [
    'date',
    'period',
    'month',
    'quarter',
    'measured on',
    'data',
    'datum',
    'periodo',
    'mese',
    'monat',
    'fecha',
    'mois',
  ],
  value: [
    'value',
    'actual',
    'result',
    'measured value',
    'measurement',
    'valore',
    'wert',
    'istwert',
    'valor',
    'valeur',
    'risultato',
  ],
};

export interface Measurement {
  day: DayNumber;
  value: number;
  /** Where it was read: the column header or the table row. */
  where: string;
}

export interface Objective {
  /** 1-based sheet row. */
  row: number;
  id: string;
  objective: string;
  measure: string;
  owner: string;
  /** The target as written ("≥ 95%"), and read. */
  targetText: string;
  target?: { value: number; comparator?: '>=' | '<=' };
  baseline?: number;
  dueDate?: DayNumber;
  /** The due date cell as written, when it is not a date. */
  dueText: string;
  measurements: Measurement[];
}

export interface ObjectivesSheet {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<ObjectiveField, { column: number; letter: string; header: string }>>;
  /** The dated measurement columns, in sheet order. */
  periodColumns: { column: number; letter: string; header: string; day: DayNumber }[];
  objectives: Objective[];
}

const HEADER_SCAN_ROWS = 20;

function fieldOf(header: string): ObjectiveField | undefined {
  const n = normalizeWords(header);
  if (!n) return undefined;
  for (const [field, words] of FIELD_WORDS) {
    if (words.some((w) => n === w)) return field;
  }
  // Longer headers ("Measure / KPI", "Target value (%)") by their leading words.
  for (const [field, words] of FIELD_WORDS) {
    if (field === 'id') continue;
    if (words.some((w) => w.length >= 3 && (n.startsWith(`${w} `) || n.endsWith(` ${w}`)))) return field;
  }
  return undefined;
}

interface HeaderGuess {
  index: number;
  columns: ObjectivesSheet['columns'];
  periods: ObjectivesSheet['periodColumns'];
}

function guessHeader(grid: Grid, index: number): HeaderGuess | undefined {
  const row = grid.values[index] ?? [];
  const firstColumn = grid.firstColumn ?? 1;
  const columns: ObjectivesSheet['columns'] = {};
  const periods: ObjectivesSheet['periodColumns'] = [];
  row.forEach((v, c) => {
    const column = c + firstColumn;
    const letter = columnLetter(column);
    const day = periodDay(v, formatAt(grid, index, c));
    if (day !== undefined) return void periods.push({ column, letter, header: cellText(v), day });
    const field = fieldOf(cellText(v));
    if (field && !columns[field]) columns[field] = { column, letter, header: cellText(v).trim() };
  });
  return columns.objective ? { index, columns, periods } : undefined;
}

/**
 * Finds the header of an objectives sheet: a row naming the objective and at least two of its
 * measure, target, owner and due date (or dated measurement columns).
 *
 * @example findObjectivesHeader({ values: [['Objective', 'KPI', 'Target', 'Owner', 'Due date']] })?.index // 0
 */
export function findObjectivesHeader(grid: Grid): HeaderGuess | undefined {
  const rows = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const g = guessHeader(grid, r);
    if (!g) continue;
    const c = g.columns;
    const known = [c.measure, c.target, c.owner, c.dueDate].filter(Boolean).length;
    if (known >= 2 || (known >= 1 && g.periods.length >= 2)) return g;
  }
  return undefined;
}

/**
 * Reads an objectives sheet, or undefined when the sheet does not look like one.
 *
 * @example parseObjectives({ values: [['Objective', 'KPI', 'Target', 'Owner', 'Due date', 'Jan 2026'], ['Patch in time', '% patched in 14 days', '95%', 'Ana', '2026-12-31', 0.9]] }, 'Objectives')?.objectives[0].measurements.length // 1
 */
export function parseObjectives(grid: Grid, sheet: string): ObjectivesSheet | undefined {
  const header = findObjectivesHeader(grid);
  if (!header) return undefined;
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const idx = (f: ObjectiveField) => (header.columns[f] ? header.columns[f]!.column - firstColumn : -1);
  const text = (r: number, f: ObjectiveField) => {
    const i = idx(f);
    const v = i < 0 ? '' : cellAt(grid, r, i);
    return isMissing(v) ? '' : cellText(v).trim();
  };
  const objectives: Objective[] = [];
  let blankRun = 0;
  for (let r = header.index + 1; r < grid.values.length; r++) {
    const objective = text(r, 'objective');
    if (!objective) {
      // A few blank rows end the table (notes or a legend may follow).
      if (++blankRun >= 3) break;
      continue;
    }
    blankRun = 0;
    const due = idx('dueDate') < 0 ? undefined : cellAt(grid, r, idx('dueDate'));
    const dueParse = due === undefined ? undefined : parseDateCell(due, formatAt(grid, r, idx('dueDate')));
    const targetCell = idx('target') < 0 ? '' : cellAt(grid, r, idx('target'));
    const baselineCell = idx('baseline') < 0 ? '' : cellAt(grid, r, idx('baseline'));
    const measurements: Measurement[] = [];
    for (const p of header.periods) {
      const v = readValue(cellAt(grid, r, p.column - firstColumn));
      if (v) measurements.push({ day: p.day, value: v.value, where: p.header || p.letter });
    }
    objectives.push({
      row: r + firstRow,
      id: text(r, 'id'),
      objective,
      measure: text(r, 'measure'),
      owner: text(r, 'owner'),
      targetText: isMissing(targetCell) ? '' : cellText(targetCell).trim(),
      target: readValue(targetCell as CellValue),
      baseline: readValue(baselineCell as CellValue)?.value,
      dueDate: dueParse?.kind === 'date' ? dueParse.day : undefined,
      dueText: due === undefined || isMissing(due) ? '' : cellText(due).trim(),
      measurements: measurements.sort((a, b) => a.day - b.day),
    });
  }
  return {
    sheet,
    headerRow: header.index + firstRow,
    columns: header.columns,
    periodColumns: header.periods,
    objectives,
  };
}

/** A table of measurements (objective, date, value), one row per measurement. */
export interface MeasurementsTable {
  sheet: string;
  rows: { key: string; day: DayNumber; value: number; row: number }[];
}

function matchColumn(row: readonly CellValue[], words: readonly string[], taken: Set<number>): number {
  for (const w of words) {
    const i = row.findIndex((v, c) => !taken.has(c) && normalizeWords(cellText(v)) === w);
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * Reads a measurements table: a header naming the objective (or its id), a date and a value.
 *
 * @example parseMeasurementsTable({ values: [['Objective', 'Date', 'Value'], ['O-1', '2026-01-31', 0.9]] }, 'Measurements')?.rows.length // 1
 */
export function parseMeasurementsTable(grid: Grid, sheet: string): MeasurementsTable | undefined {
  const rows = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r] ?? [];
    const taken = new Set<number>();
    const date = matchColumn(row, MEASUREMENT_TABLE_WORDS.date, taken);
    if (date < 0) continue;
    taken.add(date);
    const value = matchColumn(row, MEASUREMENT_TABLE_WORDS.value, taken);
    if (value < 0) continue;
    taken.add(value);
    const key = matchColumn(row, MEASUREMENT_TABLE_WORDS.key, taken);
    if (key < 0) continue;
    const out: MeasurementsTable['rows'] = [];
    for (let i = r + 1; i < grid.values.length; i++) {
      const k = cellText(cellAt(grid, i, key)).trim();
      const d = periodDay(cellAt(grid, i, date), formatAt(grid, i, date));
      const v = readValue(cellAt(grid, i, value));
      if (k && d !== undefined && v)
        out.push({ key: k, day: d, value: v.value, row: i + (grid.firstRow ?? 1) });
    }
    return out.length > 0 ? { sheet, rows: out } : undefined;
  }
  return undefined;
}

/**
 * Adds a measurements table's rows to the objectives they name (by id, else by the objective's
 * words). Returns the table rows that name no objective.
 */
export function attachMeasurements(sheet: ObjectivesSheet, table: MeasurementsTable): number[] {
  const byKey = new Map<string, Objective>();
  for (const o of sheet.objectives) {
    if (o.id) byKey.set(normalizeWords(o.id), o);
    byKey.set(normalizeWords(o.objective), o);
    if (o.measure) byKey.set(normalizeWords(o.measure), o);
  }
  const orphans: number[] = [];
  for (const m of table.rows) {
    const o = byKey.get(normalizeWords(m.key));
    if (!o) orphans.push(m.row);
    else o.measurements.push({ day: m.day, value: m.value, where: `"${table.sheet}" row ${m.row}` });
  }
  for (const o of sheet.objectives) o.measurements.sort((a, b) => a.day - b.day);
  return orphans;
}

/**
 * True when a parsed sheet is an objectives sheet worth reviewing: objectives, how each is
 * measured or its target, and who or when (or dated measurement columns). The pane and the
 * command line judge a workbook's sheets with this one test.
 *
 * @example isObjectivesSheet(parseObjectives(grid, 'Objectives 2026'))
 */
export function isObjectivesSheet(o: ObjectivesSheet | undefined): o is ObjectivesSheet {
  if (!o || o.objectives.length === 0) return false;
  const c = o.columns;
  return Boolean((c.measure || c.target) && (c.owner || c.dueDate || o.periodColumns.length >= 2));
}
