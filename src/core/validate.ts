import type { DayNumber } from './dates';
import { countFindings, sortFindings, type Finding, type Severity } from './findings';
import type { State } from './model';
import { parseRegister, type Register, type RegisterConfig } from './register';
import { headerNotFound, RULES, type Rule, type RuleContext } from './rules';
import type { Grid } from './grid';
import type { TargetDatePolicy } from './followThrough/policy';
import type { RecheckStore } from './followThrough/rechecks';

export interface ValidationReport {
  findings: Finding[];
  counts: Record<Severity, number>;
  /** The parsed register, when a header was found. */
  register?: Register;
}

/** Canonical states the register's status words map to. */
export function statesInUse(register: Register): Set<State> {
  const states = new Set<State>();
  for (const v of Object.values(register.vocabularies.status.map)) if (v !== 'overdue') states.add(v);
  return states;
}

/**
 * The finding, its message flattened. A message put together from pieces is a tree of strings in
 * V8 (about 300 bytes for 120 characters); converting it to a number flattens it in place, so a
 * million findings keep their text, not their trees (issue 16: ~230 MB at 1,000,000 rows).
 */
function flatMessage(finding: Finding): Finding {
  Number(finding.message);
  return finding;
}

/**
 * Runs every rule over a parsed register. Deterministic: the same register and as-of date give
 * the same findings in the same order.
 *
 * @example validateRegister(register, { asOf: dayFromIso('2026-11-26')! }).counts.error
 */
export function validateRegister(
  register: Register,
  options: { asOf: DayNumber; rules?: readonly Rule[]; policy?: TargetDatePolicy; rechecks?: RecheckStore },
): ValidationReport {
  const rules = options.rules ?? RULES;
  const ctx: RuleContext = {
    register,
    asOf: options.asOf,
    statesInUse: statesInUse(register),
    policy: options.policy,
    rechecks: options.rechecks,
  };
  const findings: Finding[] = [];
  // One element at a time: a spread of a rule's findings (tens of thousands on a big register)
  // passes each as an argument and overflows the stack.
  // Indexed loops over the big lists here and in the rules: an iterator's result object per element
  // is allocated wherever the loop runs before the optimiser has it (a call per round, a long loop).
  for (const rule of rules) {
    if (!rule.checkRegister) continue;
    const out = rule.checkRegister(ctx);
    for (let i = 0; i < out.length; i++) findings.push(out[i]);
  }
  // One pass over the rows for every row rule; a rule returns nothing for a row without findings.
  const actionRules = rules.filter((r) => r.checkAction);
  const actions = register.actions;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    for (let k = 0; k < actionRules.length; k++) {
      const out = actionRules[k].checkAction!(action, ctx);
      if (out === undefined) continue;
      if (Array.isArray(out)) for (let f = 0; f < out.length; f++) findings.push(flatMessage(out[f]));
      else findings.push(flatMessage(out));
    }
  }
  sortFindings(findings);
  return { findings, counts: countFindings(findings), register };
}

/**
 * Reads and validates a grid in one step. A sheet without a recognisable header gives a single
 * `header-not-found` finding.
 *
 * @example validateGrid({ values: [['ID', 'Type', 'Status', 'Owner', 'Due date']] }, { asOf }).counts
 */
export function validateGrid(
  grid: Grid,
  options: { asOf: DayNumber; config?: RegisterConfig; sheetName?: string; policy?: TargetDatePolicy },
): ValidationReport {
  const parsed = parseRegister(grid, options.config, options.sheetName);
  if (!parsed.ok) {
    const findings = [headerNotFound.finding(parsed.message)];
    return { findings, counts: countFindings(findings) };
  }
  return validateRegister(parsed.value, { asOf: options.asOf, policy: options.policy });
}
