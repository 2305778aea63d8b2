/**
 * Figures honest about the data: what the register's findings say about it, which rows could
 * not be read, which fields have no column — and, per figure, what it cannot count because of
 * that ("5 closed, date unknown" rather than "Closed in the period 0").
 */
import type { Finding } from '../findings';
import { FIELD_LABELS, type FieldKey } from '../model';
import type { Register } from '../register';
import { formatPercent } from './words';

export interface FindingCount {
  code: string;
  /** The kind in words ("Duplicate ID"). */
  label: string;
  count: number;
}

/** What the block counts of a finding (a caller may keep only this of a million findings). */
export type CountedFinding = Pick<Finding, 'code' | 'severity' | 'row'>;

export interface DataQuality {
  errors: FindingCount[];
  warnings: FindingCount[];
  infos: number;
  /** Rows whose status, type or a date could not be read (each counted once per kind). */
  rowsNotRead: { what: string; rows: number }[];
  /** Fields the review uses that the register has no column for (in our labels). */
  fieldsWithoutColumn: string[];
  /** How states were read when there is no status column. */
  statesFrom?: string;
}

/** Fields the review's figures rest on. */
const REVIEW_FIELDS: readonly FieldKey[] = [
  'id',
  'type',
  'status',
  'source',
  'owner',
  'raisedDate',
  'targetDate',
  'closedDate',
  'completionDate',
  'rootCause',
  'effectivenessResult',
  'requirement',
  'causeCategory',
];

const UPPER = new Set(['nc', 'ncs', 'id', 'ofi', 'rca']);

/** "duplicate-id" → "Duplicate ID", "nc-closed-without-root-cause" → "NC closed without root cause". */
export function codeLabel(code: string): string {
  const words = code.split('-').map((w) => (UPPER.has(w) ? w.toUpperCase() : w));
  if (words[0] === words[0].toLowerCase()) words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ');
}

function counted(by: ReadonlyMap<string, number>): FindingCount[] {
  return [...by]
    .map(([code, count]) => ({ code, label: codeLabel(code), count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/**
 * The data-quality block the summary opens with.
 *
 * @example dataQuality(register, findings).errors // [{ code: 'duplicate-id', label: 'Duplicate ID', count: 1 }]
 */
export function dataQuality(
  register: Register,
  findings: readonly CountedFinding[],
  /** Rows whose status could not be read, when the caller counted them in its own pass. */
  statusRowsCounted?: number,
): DataQuality {
  // One pass over the findings (tens of thousands on a big register) for every count.
  const errors = new Map<string, number>();
  const warnings = new Map<string, number>();
  let infos = 0;
  const typeRows = new Set<number>();
  const dateRows = new Set<number>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.severity === 'error') errors.set(f.code, (errors.get(f.code) ?? 0) + 1);
    else if (f.severity === 'warning') warnings.set(f.code, (warnings.get(f.code) ?? 0) + 1);
    else if (f.severity === 'info') infos++;
    if (f.row === null) continue;
    if (f.code === 'unknown-type') typeRows.add(f.row);
    else if (f.code === 'invalid-date') dateRows.add(f.row);
  }
  let statusRows = statusRowsCounted ?? 0;
  if (statusRowsCounted === undefined)
    for (const a of register.actions) if (a.state === undefined && !a.statusIsOverdue) statusRows++;
  const rowsNotRead = [
    { what: 'status not readable', rows: statusRows },
    { what: 'type not readable', rows: typeRows.size },
    { what: 'a date that is not a date', rows: dateRows.size },
  ].filter((r) => r.rows > 0);
  const columns = register.mapping.columns;
  return {
    errors: counted(errors),
    warnings: counted(warnings),
    infos,
    rowsNotRead: register.mapping.columns.status ? rowsNotRead : rowsNotRead.slice(1),
    fieldsWithoutColumn: REVIEW_FIELDS.filter((f) => !columns[f]).map((f) => FIELD_LABELS[f]),
    ...(register.stateFromDates
      ? {
          statesFrom:
            'No Status column: each action is open or closed by its dates (closed when it has a closed or completion date).',
        }
      : register.defaultState
        ? {
            statesFrom: `No Status column: every row is read as ${register.defaultState.state} (${register.defaultState.reason}).`,
          }
        : {}),
  };
}

export type FigureKey =
  | 'total'
  | 'open'
  | 'overdue'
  | 'raisedInPeriod'
  | 'closedInPeriod'
  | 'medianDaysToClose'
  | 'effectivenessRate';

export interface FigureNote {
  /** True when the figure cannot be given at all (shown as "Unknown", never as 0). */
  unknown: boolean;
  note: string;
}

export type FigureNotes = Partial<Record<FigureKey, FigureNote>>;

/** Per figure: what it cannot count, and why. */
export function figureNotes(
  register: Register,
  counts: { closedDateUnknown: number; raisedDateUnknown: number; unknownStatus: number },
  ncClosedInPeriod: number,
): FigureNotes {
  const has = (f: FieldKey) => register.mapping.columns[f] !== undefined;
  const notes: FigureNotes = {};
  const total = register.actions.length;
  if (!has('id')) notes.total = { unknown: false, note: 'rows counted; the register has no ID column' };
  if (!has('status') && register.stateFromDates)
    notes.open = { unknown: false, note: 'read from the dates: the register has no Status column' };
  else if (!has('status') && register.defaultState)
    notes.open = { unknown: false, note: `no Status column: ${register.defaultState.reason}` };
  else if (counts.unknownStatus > 0)
    notes.open = {
      unknown: false,
      note: `includes ${counts.unknownStatus} whose status could not be read`,
    };
  if (!has('targetDate'))
    notes.overdue = register.overdueColumn
      ? {
          unknown: false,
          note: `from the register's own "${register.overdueColumn.header}" column: it has no Target date column`,
        }
      : { unknown: true, note: 'the register has no Target date column' };
  const noRaised = !has('raisedDate');
  if (noRaised) notes.raisedInPeriod = { unknown: true, note: 'the register has no Date raised column' };
  else if (counts.raisedDateUnknown > 0)
    notes.raisedInPeriod = { unknown: false, note: `${counts.raisedDateUnknown} raised, date unknown` };
  const noClosed = !has('closedDate') && !has('completionDate');
  if (counts.closedDateUnknown > 0 || noClosed) {
    const n = counts.closedDateUnknown;
    notes.closedInPeriod = {
      unknown: noClosed,
      note: `${n} closed, date unknown${noClosed ? ' (no Date closed column)' : ''}`,
    };
  }
  if (noRaised || noClosed)
    notes.medianDaysToClose = {
      unknown: true,
      note: `the register has no ${noRaised ? 'Date raised' : 'Date closed'} column`,
    };
  if (!has('type') && !register.defaultType)
    notes.effectivenessRate = {
      unknown: true,
      note: 'the register has no Type column: NCs cannot be told from other actions',
    };
  else if (!has('effectivenessResult'))
    notes.effectivenessRate = { unknown: true, note: 'the register has no Effectiveness result column' };
  else if (ncClosedInPeriod === 0)
    notes.effectivenessRate = { unknown: true, note: 'no NC closed in the period' };
  if (total === 0) for (const k of Object.keys(notes) as FigureKey[]) notes[k]!.unknown = true;
  return notes;
}

/** One key figure as both the sheet and the pane show it. */
export interface KeyFigure {
  key: FigureKey;
  label: string;
  /** The number (a share 0–1 for the rate); null when unknown. */
  value: number | null;
  /** The value in words, with its caveat: "146 (5 closed, date unknown)", "Unknown — no Target date column". */
  text: string;
  note?: string;
}

/**
 * The key figures with their caveats, in the order the summary shows them.
 *
 * @example keyFigures(figures).find((f) => f.key === 'overdue')?.text // 'Unknown — the register has no Target date column'
 */
export function keyFigures(f: {
  total: number;
  open: number;
  overdue: number;
  raisedInPeriod: number;
  closedInPeriod: number;
  medianDaysToClose: number | null;
  effectivenessRate: number | null;
  notes: FigureNotes;
}): KeyFigure[] {
  const items: [FigureKey, string, number | null, (v: number) => string][] = [
    ['total', 'Actions in the register', f.total, String],
    ['open', 'Open', f.open, String],
    ['overdue', 'Overdue', f.overdue, String],
    ['raisedInPeriod', 'Raised in the period', f.raisedInPeriod, String],
    ['closedInPeriod', 'Closed in the period', f.closedInPeriod, String],
    ['medianDaysToClose', 'Median days to close', f.medianDaysToClose, String],
    ['effectivenessRate', 'Effectiveness (NCs closed)', f.effectivenessRate, formatPercent],
  ];
  return items.map(([key, label, raw, show]) => {
    const n = f.notes[key];
    const value = n?.unknown ? null : raw;
    const text =
      value === null
        ? n
          ? `Unknown — ${n.note}`
          : 'None closed in the period'
        : n
          ? `${show(value)} (${n.note})`
          : show(value);
    return { key, label, value, text, ...(n ? { note: n.note } : {}) };
  });
}
