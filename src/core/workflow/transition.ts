import type { CellValue } from '../grid';
import { dayFromIso, isoFromDay, type DayNumber } from '../dates';
import {
  FIELD_LABELS,
  FORWARD_PATH,
  isNc,
  isOpen,
  STATES,
  type ActionType,
  type EffectivenessResult,
  type FieldKey,
  type State,
} from '../model';
import { lookupWord } from '../mapping/vocabulary';
import { isMissing } from '../text';
import { gateFields } from './gates';

/** How a move came about (recorded in the history sheet). */
export type MoveVia = 'prompt' | 'sheet' | 'reconciliation' | 'remote' | 'pane';

export interface HistoryEntry {
  /** ISO timestamp. */
  timestamp: string;
  id: string;
  row: number;
  from: State | '';
  to: State;
  fieldsFilled: FieldKey[];
  comment: string;
  via: MoveVia;
  /** Whether the move met its gate (moves found in the sheet may not). */
  gateMet: boolean;
}

export interface TransitionSubject {
  id: string;
  row: number;
  type: ActionType | undefined;
  from: State | undefined;
  /** Current values of the row (mapped fields). */
  values: Partial<Record<FieldKey, CellValue>>;
}

/** Reads an effectiveness result from a cell's text ("Effective", "Yes", the register's own word). */
export type EffectivenessReader = (text: string) => EffectivenessResult | undefined;

const BUILT_IN_EFFECTIVENESS: EffectivenessReader = (text) => lookupWord('effectiveness', text);

export interface TransitionInput {
  /** Values the user supplies with the move (from the prompt). */
  fields?: Partial<Record<FieldKey, CellValue>>;
  /** Free comment; required to reopen, and used as the reason to cancel or close without action. */
  comment?: string;
  /** ISO timestamp of the move. */
  now: string;
  via: MoveVia;
  /** Canonical states the register uses; forward moves skip states it does not have. */
  statesInUse?: ReadonlySet<State>;
  /** Fields the register has columns for; gate fields without a column cannot block a move. */
  columns?: ReadonlySet<FieldKey>;
  /**
   * How the register reads effectiveness words (its vocabulary, the user's mapping included); the
   * built-in words when absent. The same reading as the validation rules', so they never disagree.
   */
  effectiveness?: EffectivenessReader;
  /**
   * Days from closing an NC as effective to its re-check (the target-date policy's `recheckDays`);
   * when absent or null, closing schedules no re-check.
   */
  recheckDays?: number | null;
  /** The user's local day, for a re-check date when the row has no closed date. */
  today?: number;
}

export type Effect =
  | { kind: 'update-cells'; row: number; fields: Partial<Record<FieldKey, CellValue>> }
  | { kind: 'append-history'; entry: HistoryEntry }
  /** Keep (or, with `date` null, drop) a re-check date for a register without a re-check column. */
  | { kind: 'schedule-recheck'; id: string; date: string | null };

export type TransitionResult =
  | { ok: true; next: Partial<Record<FieldKey, CellValue>>; effects: Effect[] }
  | { ok: false; reason: 'not-allowed'; message: string; allowed: State[] }
  | { ok: false; reason: 'gate'; message: string; missing: FieldKey[]; allowed: State[] };

function forwardSteps(from: State, statesInUse?: ReadonlySet<State>): State | undefined {
  const idx = FORWARD_PATH.indexOf(from);
  if (idx < 0) return undefined;
  for (let i = idx + 1; i < FORWARD_PATH.length; i++) {
    const s = FORWARD_PATH[i];
    if (!statesInUse || statesInUse.size === 0 || statesInUse.has(s) || s === 'closed') return s;
  }
  return undefined;
}

/**
 * The states an action may move to from `from` (DESIGN.md §3): one step forward (skipping
 * states the register does not use); analysis → closed for an NC when no action is needed;
 * implemented → planned when the action was not effective; any open state ↔ on hold; any open
 * state → cancelled; closed → analysis (reopen).
 *
 * @example allowedMoves({ type: 'minor-nc', from: 'implemented', values: {} }) // ['closed', 'on-hold', 'cancelled']
 */
export function allowedMoves(
  subject: Pick<TransitionSubject, 'type' | 'from' | 'values'>,
  statesInUse?: ReadonlySet<State>,
  effectiveness: EffectivenessReader = BUILT_IN_EFFECTIVENESS,
): State[] {
  const { from, type } = subject;
  if (from === undefined) return STATES.filter((s) => s !== 'closed');
  if (from === 'cancelled') return [];
  if (from === 'closed') return ['analysis'];
  const out = new Set<State>();
  if (from === 'on-hold') {
    for (const s of FORWARD_PATH) if (s !== 'closed' && (!statesInUse || statesInUse.has(s))) out.add(s);
    out.add('cancelled');
    return [...out];
  }
  const next = forwardSteps(from, statesInUse);
  if (next) out.add(next);
  if (from === 'analysis' && isNc(type)) out.add('closed');
  if (
    from === 'implemented' &&
    effectiveness(String(subject.values.effectivenessResult ?? '')) === 'not-effective'
  ) {
    out.add('planned');
  }
  if (isOpen(from)) {
    out.add('on-hold');
    out.add('cancelled');
  }
  return [...out];
}

function merged(subject: TransitionSubject, input: TransitionInput): Partial<Record<FieldKey, CellValue>> {
  return { ...subject.values, ...(input.fields ?? {}) };
}

/** Gate fields the move still lacks, given the row and the supplied values. */
export function missingForMove(
  subject: TransitionSubject,
  to: State,
  input: Pick<TransitionInput, 'fields' | 'comment' | 'columns' | 'effectiveness'>,
): FieldKey[] {
  const effectiveness = input.effectiveness ?? BUILT_IN_EFFECTIVENESS;
  const values = { ...subject.values, ...(input.fields ?? {}) };
  const missing: FieldKey[] = [];
  for (const field of gateFields(subject.type, to)) {
    if (input.columns && !input.columns.has(field) && field !== 'notes') continue;
    if (field === 'notes' && input.comment && input.comment.trim()) continue;
    if (field === 'effectivenessResult') {
      if (effectiveness(String(values.effectivenessResult ?? '')) !== 'effective') missing.push(field);
      continue;
    }
    if (isMissing(values[field])) missing.push(field);
  }
  return missing;
}

/**
 * Moves an action to another state. Pure: returns the next row values and the effects for the
 * caller (task pane, ribbon command, CLI) to carry out — cell updates and a history entry —
 * or why the move cannot be made.
 *
 * @example
 * transition({ id: 'NC-1', row: 5, type: 'minor-nc', from: 'implemented', values: {} }, 'closed',
 *   { now: '2026-11-26T10:00:00Z', via: 'prompt' }) // { ok: false, reason: 'gate', missing: ['rootCause', …] }
 */
export function transition(subject: TransitionSubject, to: State, input: TransitionInput): TransitionResult {
  const allowed = allowedMoves(subject, input.statesInUse, input.effectiveness);
  const from = subject.from;
  if (from === to) return { ok: true, next: merged(subject, input), effects: [] };
  if (!allowed.includes(to)) {
    return {
      ok: false,
      reason: 'not-allowed',
      allowed,
      message: notAllowedMessage(subject, to, allowed),
    };
  }
  const comment = (input.comment ?? '').trim();
  const extra: FieldKey[] = [];
  if (from === 'closed' && to === 'analysis' && !comment) {
    return {
      ok: false,
      reason: 'gate',
      missing: ['notes'],
      allowed,
      message: 'Reopening a closed action needs a comment saying why.',
    };
  }
  if (from === 'analysis' && to === 'closed' && isNc(subject.type) && !comment) {
    return {
      ok: false,
      reason: 'gate',
      missing: ['notes'],
      allowed,
      message:
        'Closing an NC straight from analysis needs a recorded reason why no corrective action is needed (clause 10.2 b).',
    };
  }
  // Closing straight from analysis, with a reason, skips the corrective-action gate fields.
  const skipGate = from === 'analysis' && to === 'closed';
  const missing = skipGate ? [] : missingForMove(subject, to, input);
  if (missing.length > 0) {
    return {
      ok: false,
      reason: 'gate',
      missing,
      allowed,
      message: `To move to ${to}, fill in: ${missing.map((f) => FIELD_LABELS[f]).join(', ')}.`,
    };
  }
  const updates: Partial<Record<FieldKey, CellValue>> = {};
  for (const [field, value] of Object.entries(input.fields ?? {}) as [FieldKey, CellValue][]) {
    if (input.columns && !input.columns.has(field)) continue;
    if (subject.values[field] !== value) updates[field] = value;
  }
  if (from === 'closed' && to === 'analysis' && (!input.columns || input.columns.has('closedDate'))) {
    updates.closedDate = '';
    extra.push('closedDate');
  }
  const recheck = recheckOnClose(subject, to, { ...subject.values, ...updates }, input);
  if (recheck?.kind === 'cell') updates.recheckDate = recheck.date;
  const next = { ...subject.values, ...updates };
  const fieldsFilled = (Object.keys(updates) as FieldKey[]).filter((f) => !extra.includes(f));
  const effects: Effect[] = [];
  if (recheck?.kind === 'stored')
    effects.push({ kind: 'schedule-recheck', id: subject.id, date: recheck.date });
  if (Object.keys(updates).length > 0)
    effects.push({ kind: 'update-cells', row: subject.row, fields: updates });
  effects.push({
    kind: 'append-history',
    entry: {
      timestamp: input.now,
      id: subject.id,
      row: subject.row,
      from: from ?? '',
      to,
      fieldsFilled,
      comment,
      via: input.via,
      gateMet: true,
    },
  });
  return { ok: true, next, effects };
}

function notAllowedMessage(subject: TransitionSubject, to: State, allowed: State[]): string {
  const from = subject.from ?? 'unknown';
  const options = allowed.length ? `Allowed next: ${allowed.join(', ')}.` : 'No further moves are allowed.';
  if (from === 'cancelled') return 'A cancelled action stays cancelled. Raise a new action instead.';
  if (to === 'closed' && from === 'analysis')
    return `Only an NC can be closed straight from analysis. ${options}`;
  if (to === 'planned' && from === 'implemented') {
    return `An implemented action goes back to planned only when its effectiveness result is not effective. ${options}`;
  }
  return `Moving from ${from} to ${to} skips workflow steps. ${options}`;
}

/** A date cell as a day (re-checks): a serial number or ISO text (what the pane writes); else undefined. */
export function cellDay(value: CellValue | undefined): DayNumber | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.floor(value);
  if (typeof value === 'string') return dayFromIso(value.trim().slice(0, 10));
  return undefined;
}

/** The UTC day of an ISO timestamp: the last resort when neither a closed date nor `today` is given. */
function dayOfTimestamp(iso: string): DayNumber | undefined {
  return dayFromIso(iso.slice(0, 10));
}

/**
 * The re-check a move to closed schedules, or undefined: only an NC (or an action of unknown type)
 * closed with an effective result, when the policy has re-check days. Counted from the closed date
 * the row will hold, else the user's day. A re-check date the row holds already is kept.
 *
 * @example recheckOnClose(subject, 'closed', { closedDate: '2026-11-30', … }, { recheckDays: 90, … }) // { kind: 'cell', date: '2027-02-28' }
 */
export function recheckOnClose(
  subject: TransitionSubject,
  to: string,
  next: Partial<Record<FieldKey, CellValue>>,
  input: Pick<TransitionInput, 'recheckDays' | 'today' | 'now' | 'columns' | 'effectiveness'>,
): { kind: 'cell' | 'stored'; date: string } | undefined {
  if (to !== 'closed' || subject.from === 'closed' || input.recheckDays == null) return undefined;
  if (subject.type === 'ofi' || subject.type === 'observation') return undefined;
  const read = input.effectiveness ?? ((text: string) => lookupWord('effectiveness', text));
  if (read(String(next.effectivenessResult ?? '')) !== 'effective') return undefined;
  const closed = cellDay(next.closedDate) ?? input.today ?? dayOfTimestamp(input.now);
  if (closed === undefined) return undefined;
  const date = isoFromDay(closed + input.recheckDays);
  if (!input.columns || input.columns.has('recheckDate')) {
    return cellDay(next.recheckDate) === undefined ? { kind: 'cell', date } : undefined;
  }
  return subject.id ? { kind: 'stored', date } : undefined;
}
