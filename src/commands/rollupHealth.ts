/**
 * The Home view's health over several included registers (issue 21): each register's own health
 * (rows are rows of its own sheet), merged — every item keeps its sheet, so selecting it goes
 * there — with the totals of the roll-up, where an action in two registers counts once.
 */
import { isOpen, type Finding } from '../core';
import type { Rollup, RollupFinding } from '../core/rollup';
import { NEED_KINDS, registerHealth, type RegisterHealth } from './health';

/**
 * @example rollupHealth(rollup, validateRollup(rollup, { asOf }), asOf).needs['overdue-nc'][0].sheet
 */
export function rollupHealth(
  rollup: Rollup,
  findings: readonly RollupFinding[],
  asOf: number,
): RegisterHealth {
  // A copy counted in an earlier register is neither counted nor listed again here.
  const dropped = new Set(
    rollup.duplicates.map((d) => `${d.dropped.file}\u0000${d.dropped.sheet}\u0000${d.dropped.row}`),
  );
  const parts = rollup.inputs.map((input) => {
    const own: Finding[] = findings.filter(
      (f) =>
        f.sheet === input.sheet &&
        f.file === input.file &&
        !dropped.has(`${f.file}\u0000${f.sheet}\u0000${f.row}`),
    );
    return { sheet: input.sheet, health: registerHealth(input.register, own, asOf) };
  });
  const needs = Object.fromEntries(
    NEED_KINDS.map((kind) => [
      kind,
      parts.flatMap((p) => p.health.needs[kind].map((item) => ({ ...item, sheet: p.sheet }))),
    ]),
  ) as RegisterHealth['needs'];
  for (const kind of ['overdue-nc', 'overdue'] as const)
    needs[kind].sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0));
  // Row facts by row: the main register's win where two sheets share a row number.
  const rows: RegisterHealth['rows'] = {};
  for (const p of [...parts].reverse()) Object.assign(rows, p.health.rows);
  const actions = rollup.register.actions;
  return {
    actions: actions.length,
    open: actions.filter((a) => isOpen(a.state)).length,
    overdue: parts.reduce((n, p) => n + p.health.overdue, 0),
    effectivenessDue: parts.reduce((n, p) => n + p.health.effectivenessDue, 0),
    needs,
    rows,
  };
}
