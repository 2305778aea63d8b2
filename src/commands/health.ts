import { cellText, dayOf, isNc, isOpen, textOf, type ActionType, type Finding, type Register } from '../core';

/** The kinds of item the Home view lists as needing action now, most urgent first. */
export const NEED_KINDS = [
  'overdue-nc',
  'nc-closed-without-root-cause',
  'nc-closed-without-effectiveness',
  'missing-owner',
  'overdue',
] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

/** One action needing attention: enough to name it and to select its cell. */
export interface NeedItem {
  row: number;
  /** Column letter of the cell to select (the finding's), '' for the whole row. */
  column: string;
  id: string;
  title: string;
  owner: string;
  type?: ActionType;
  /** Days past the target date (overdue kinds). */
  daysLate?: number;
  /** The item's sheet, when several registers are read together. */
  sheet?: string;
}

/** Facts of a row that has findings, for filtering findings by owner and naming their action. */
export interface RowFacts {
  id: string;
  title: string;
  owner: string;
  type?: ActionType;
}

/** The register's health at a glance, computed with a validation (DESIGN.md §3, §4). */
export interface RegisterHealth {
  actions: number;
  open: number;
  overdue: number;
  /** Implemented NCs whose effectiveness check date has passed without a result. */
  effectivenessDue: number;
  /** Per kind, every action needing it (the pane shows the first few). */
  needs: Record<NeedKind, NeedItem[]>;
  /** Facts of every row that has a finding, keyed by sheet row. */
  rows: Record<number, RowFacts>;
}

const FROM_CODE: Partial<Record<string, NeedKind>> = {
  'nc-closed-without-root-cause': 'nc-closed-without-root-cause',
  'nc-closed-without-effectiveness': 'nc-closed-without-effectiveness',
  'missing-owner': 'missing-owner',
};

/**
 * What needs the user now, from a register and its findings: overdue NCs (then other overdue
 * actions, most late first), closed NCs without root cause or effectiveness check, open actions
 * without owner. Each item points at the finding's cell.
 *
 * @example registerHealth(register, validateRegister(register, { asOf }).findings, asOf).needs['overdue-nc']
 */
export function registerHealth(
  register: Register,
  findings: readonly Finding[],
  asOf: number,
): RegisterHealth {
  const byRow = new Map(register.actions.map((a) => [a.row, a]));
  const needs = Object.fromEntries(NEED_KINDS.map((k) => [k, [] as NeedItem[]])) as Record<
    NeedKind,
    NeedItem[]
  >;
  const rows: Record<number, RowFacts> = {};
  let overdue = 0;
  let effectivenessDue = 0;
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.row === null) continue;
    const action = byRow.get(f.row);
    if (!action) continue;
    const facts = (rows[f.row] ??= {
      id: action.id,
      title: textOf(action, 'title') || cellText(action.values.description).slice(0, 120),
      owner: textOf(action, 'owner'),
      type: action.type,
    });
    if (f.code === 'effectiveness-check-overdue') effectivenessDue++;
    let kind = FROM_CODE[f.code];
    let daysLate: number | undefined;
    if (f.code === 'overdue') {
      overdue++;
      kind = isNc(action.type) ? 'overdue-nc' : 'overdue';
      const target = dayOf(action, 'targetDate');
      daysLate = target === undefined ? undefined : asOf - target;
    }
    if (!kind || seen.has(`${kind}:${f.row}`)) continue;
    seen.add(`${kind}:${f.row}`);
    needs[kind].push({ row: f.row, column: f.column, ...facts, daysLate });
  }
  for (const kind of ['overdue-nc', 'overdue'] as const)
    needs[kind].sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0) || a.row - b.row);
  return {
    actions: register.actions.length,
    open: register.actions.filter((a) => isOpen(a.state)).length,
    overdue,
    effectivenessDue,
    needs,
    rows,
  };
}
