/**
 * Re-checks as workflow moves (ISO/IEC 27001:2022 10.2 d, e). Closing an NC as effective schedules
 * a re-check (the policy's days after the closed date): in the register's re-check column when it
 * has one, else as a `schedule-recheck` effect the caller keeps in the workbook's settings.
 * Recording the re-check's result is a move like the others, logged in the history sheet:
 * effective — the re-check is done and its date cleared; not effective — the NC is reopened
 * (closed → analysis) with the reason.
 */
import type { CellValue } from '../grid';
import type { FieldKey } from '../model';
import {
  cellDay,
  transition,
  type Effect,
  type TransitionInput,
  type TransitionResult,
  type TransitionSubject,
} from './transition';

export type RecheckResult = 'effective' | 'not-effective';

/**
 * Records a closed NC's re-check. Effective: the re-check date is cleared (in the row, or the kept
 * one dropped) and the history says so; the NC stays closed. Not effective: the NC is reopened
 * (closed → analysis, its closed date cleared) — which needs the reason, as every reopening does.
 *
 * @example recordRecheck(subject, 'not-effective', { now, via: 'pane', comment: 'Phishing clicks rose again' })
 */
export function recordRecheck(
  subject: TransitionSubject,
  result: RecheckResult,
  input: TransitionInput,
): TransitionResult {
  if (subject.from !== 'closed') {
    return {
      ok: false,
      reason: 'not-allowed',
      allowed: [],
      message: 'Only a closed action has a re-check to record.',
    };
  }
  const hasColumn = !input.columns || input.columns.has('recheckDate');
  const clearRecheck: Effect[] = hasColumn
    ? []
    : subject.id
      ? [{ kind: 'schedule-recheck', id: subject.id, date: null }]
      : [];
  const comment = (input.comment ?? '').trim();
  if (result === 'not-effective') {
    if (!comment) {
      return {
        ok: false,
        reason: 'gate',
        missing: ['notes'],
        allowed: ['analysis'],
        message: 'A re-check that found the corrective action not effective reopens the NC: say why.',
      };
    }
    const reopened = transition(subject, 'analysis', {
      ...input,
      comment: `Re-check: not effective. ${comment}`,
      fields: { ...(input.fields ?? {}), ...(hasColumn ? { recheckDate: '' } : {}) },
    });
    if (!reopened.ok) return reopened;
    return { ...reopened, effects: [...reopened.effects, ...clearRecheck] };
  }
  const updates: Partial<Record<FieldKey, CellValue>> =
    hasColumn && cellDay(subject.values.recheckDate) !== undefined ? { recheckDate: '' } : {};
  const effects: Effect[] = [];
  if (Object.keys(updates).length > 0)
    effects.push({ kind: 'update-cells', row: subject.row, fields: updates });
  effects.push(...clearRecheck, {
    kind: 'append-history',
    entry: {
      timestamp: input.now,
      id: subject.id,
      row: subject.row,
      from: 'closed',
      to: 'closed',
      fieldsFilled: [],
      comment: comment ? `Re-check: effective. ${comment}` : 'Re-check: effective.',
      via: input.via,
      gateMet: true,
    },
  });
  return { ok: true, next: { ...subject.values, ...updates }, effects };
}

/** Kept here too: the re-check a close schedules lives beside the move in transition.ts. */
export { recheckOnClose } from './transition';
