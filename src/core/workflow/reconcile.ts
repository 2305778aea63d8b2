import type { FieldKey, State } from '../model';
import { resolveWord } from '../mapping/vocabulary';
import { cellText, normalizeWords } from '../text';
import { readEffectiveness, type Action, type Register } from '../register';
import { statesInUse } from '../validate';
import { transition, type MoveVia, type TransitionInput, type TransitionResult } from './transition';

/**
 * The status column as last seen by the add-in: action key → the status text as typed and the
 * state it meant then (the word may no longer be in the register's vocabulary). The key is the
 * action id, or `row:N` for rows without one.
 */
export type StatusSnapshot = Record<
  string,
  { w: string; s?: State; /** The word seen while the move is pending (already logged). */ p?: string }
>;

export function actionKey(action: Pick<Action, 'id' | 'row'>): string {
  return action.id ? `id:${action.id}` : `row:${action.row}`;
}

/** A snapshot of the register's status column. */
export function snapshotOf(register: Register): StatusSnapshot {
  const out: StatusSnapshot = {};
  for (const a of register.actions)
    out[actionKey(a)] = a.state
      ? { w: cellText(a.values.status), s: a.state }
      : { w: cellText(a.values.status) };
  return out;
}

export interface DetectedMove {
  key: string;
  id: string;
  row: number;
  /** The status words before and after, as typed. */
  fromWord: string;
  toWord: string;
  from: State | undefined;
  to: State | undefined;
  /** The workflow's verdict on the move, judged with the row's current values. */
  verdict: TransitionResult;
}

function stateOf(register: Register, word: string): State | undefined {
  const s = word ? resolveWord(register.vocabularies.status, word) : undefined;
  return s === 'overdue' ? undefined : s;
}

/** Judges one status change of one action (the status cell already holds `toWord`). */
export function judgeMove(
  register: Register,
  action: Action,
  before: { w: string; s?: State },
  via: MoveVia,
  now: string,
  /** The policy's re-check days and the user's day, for a move to closed that schedules a re-check. */
  recheck?: Pick<TransitionInput, 'recheckDays' | 'today'>,
): DetectedMove {
  const toWord = cellText(action.values.status);
  const fromWord = before.w;
  const from = before.s ?? stateOf(register, fromWord);
  const to = stateOf(register, toWord);
  const columns = new Set(Object.keys(register.mapping.columns) as FieldKey[]);
  const verdict: TransitionResult =
    to === undefined
      ? {
          ok: false,
          reason: 'not-allowed',
          allowed: [],
          message: `"${toWord}" is not a status the register knows. Map it in the Register tab, or choose a known status.`,
        }
      : transition({ id: action.id, row: action.row, type: action.type, from, values: action.values }, to, {
          now,
          via,
          statesInUse: statesInUse(register),
          columns,
          comment: cellText(action.values.notes),
          effectiveness: (text) => readEffectiveness(register, text),
          ...recheck,
        });
  return { key: actionKey(action), id: action.id, row: action.row, fromWord, toWord, from, to, verdict };
}

/**
 * Compares the status column with the last snapshot and judges every change against the
 * workflow — the moves made while the add-in was not watching (dropdowns that raise no event,
 * edits in another client, pastes). Rows new since the snapshot are not moves.
 *
 * @example reconcile(previousSnapshot, register, { via: 'reconciliation', now }).filter((m) => !m.verdict.ok)
 */
export function reconcile(
  previous: StatusSnapshot,
  register: Register,
  options: { via: MoveVia; now: string; rows?: ReadonlySet<number> },
): DetectedMove[] {
  const moves: DetectedMove[] = [];
  for (const action of register.actions) {
    if (options.rows && !options.rows.has(action.row)) continue;
    const before = previous[actionKey(action)];
    if (before === undefined) continue;
    if (normalizeWords(before.w) === normalizeWords(cellText(action.values.status))) continue;
    moves.push(judgeMove(register, action, before, options.via, options.now));
  }
  return moves;
}
