/** Fixture builders for workflow tests: pending moves judged by the real core, rows, history. */
import type { PendingMove } from '../../src/commands/api';
import {
  cellText,
  TEMPLATE_STATUS_WORDS,
  transition,
  type ActionType,
  type CellValue,
  type FieldKey,
  type HistoryEntry,
  type MoveVia,
  type State,
} from '../../src/core';
import { HEADERS } from './fixtures';

type Values = Partial<Record<FieldKey, CellValue>>;

/** The columns of the fixture register (test/taskpane/fixtures.ts). */
export const FIXTURE_COLUMNS = Object.keys(HEADERS) as FieldKey[];
export const NOW = '2026-11-26T10:00:00.000Z';

export interface MoveSpec {
  id?: string;
  row?: number;
  type?: ActionType;
  from?: State;
  to?: State;
  fromWord?: string;
  toWord?: string;
  values?: Values;
  columns?: FieldKey[];
  origin?: PendingMove['origin'];
  single?: boolean;
  effectivenessWords?: PendingMove['effectivenessWords'];
}

/**
 * Fixture builder: a pending move as the watcher reports it, judged by the real core. Default: a
 * minor NC moved by the user from Implemented to Closed with no root cause yet.
 */
export function makeMove(spec: MoveSpec = {}): PendingMove {
  const { id = 'NC-3', row = 6, type = 'minor-nc', from = 'implemented', to = 'closed' } = spec;
  const values: Values = { id, owner: 'Ana', correctiveAction: 'Quarterly reviews', ...spec.values };
  const columns = spec.columns ?? FIXTURE_COLUMNS;
  const verdict = transition({ id, row, type, from, values }, to, {
    now: NOW,
    via: 'sheet',
    columns: new Set(columns),
    comment: cellText(values.notes),
  });
  if (verdict.ok) throw new Error(`makeMove: ${from} → ${to} meets its gate, so it would not be pending`);
  const fromWord = spec.fromWord ?? TEMPLATE_STATUS_WORDS[from];
  const toWord = spec.toWord ?? TEMPLATE_STATUS_WORDS[to];
  return {
    key: `id:${id}`,
    id,
    row,
    sheetName: 'NC register',
    fromWord,
    toWord,
    from,
    to,
    type,
    kind: verdict.reason,
    missing: verdict.reason === 'gate' ? verdict.missing : [],
    allowed: verdict.allowed,
    message: verdict.message,
    values: { ...values, status: toWord },
    columns,
    origin: spec.origin ?? 'local',
    single: spec.single ?? (spec.origin ?? 'local') === 'local',
    ...(spec.effectivenessWords ? { effectivenessWords: spec.effectivenessWords } : {}),
  };
}

/** A register row for the Action view. */
export interface FakeRow {
  id: string;
  row: number;
  type?: ActionType;
  state?: State;
  statusWord: string;
  values: Values;
  columns: FieldKey[];
}

/** Fixture builder: an open minor NC in analysis, in the fixture register's columns. */
export function makeRow(overrides: Partial<FakeRow> = {}): FakeRow {
  const state = overrides.state ?? 'analysis';
  return {
    id: 'NC-1',
    row: 4,
    type: 'minor-nc',
    statusWord: TEMPLATE_STATUS_WORDS[state],
    values: { id: 'NC-1', owner: 'Ana', targetDate: '2027-01-31' },
    columns: FIXTURE_COLUMNS,
    ...overrides,
    state,
  };
}

/** Fixture builder: a history entry. */
export function entry(
  id: string,
  row: number,
  from: State | undefined,
  to: State,
  comment = '',
  via: MoveVia = 'pane',
  fieldsFilled: FieldKey[] = [],
): HistoryEntry {
  return { timestamp: NOW, id, row, from: from ?? '', to, fieldsFilled, comment, via, gateMet: true };
}
