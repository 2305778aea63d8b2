import type { CoreKey } from '../i18n/catalog';
import type { MessageValues } from '../i18n/format';
import type { Finding, Severity } from '../findings';
import type { FieldKey } from '../model';
import type { Action } from '../register';
import type { Rule, RuleContext } from './rule';
import { DEFAULT_POLICY, policyLimit } from '../followThrough/policy';

/**
 * A finding about one cell of one action, with its catalogue key and values so it can be said in
 * the user's language. `message` is the same text in English, put together here rather than by
 * the catalogue: a rule runs on every row, and formatting an ICU message costs about 4 µs where
 * a template string costs 0.07 µs (a million findings: 4 s against 0.1 s). The test in
 * test/core/i18n/findings.test.ts keeps the two English texts identical.
 */
export function keyedFinding(
  rule: Pick<Rule, 'code' | 'severity'>,
  ctx: RuleContext,
  action: Action,
  field: FieldKey | '',
  key: CoreKey,
  values: MessageValues | undefined,
  message: string,
): Finding {
  const column = field ? (ctx.register.mapping.columns[field]?.letter ?? '') : '';
  const severity: Severity = rule.severity;
  return values
    ? { code: rule.code, severity, row: action.row, column, field, id: action.id, message, key, values }
    : { code: rule.code, severity, row: action.row, column, field, id: action.id, message, key };
}

/**
 * What a target-date policy limit comes from, as values for the catalogue: the priority (its
 * limit's words start "priority …") or the type.
 */
export function policyBasis(
  action: Pick<Action, 'type' | 'priority'>,
  because: string,
): { basis: 'priority' | 'type'; kind: string } {
  return because.startsWith('priority ')
    ? { basis: 'priority', kind: String(action.priority) }
    : { basis: 'type', kind: String(action.type) };
}

/** A policy limit with what its findings' values say it comes from ({@link policyBasis}). */
export interface RowLimit {
  days: number;
  because: string;
  basis: 'priority' | 'type';
  kind: string;
}

/**
 * Limits by type and priority, per validation run: they depend only on those two and the run's
 * policy, and two rules ask on every open row (a limit object and a string per row otherwise).
 */
const limitsByRun = new WeakMap<RuleContext, Map<Action['type'], Map<Action['priority'], RowLimit | null>>>();

/**
 * The target-date policy's limit for the action ({@link policyLimit} with the run's policy) and its
 * basis; undefined when neither its type nor its priority has one. The same object for every row
 * of a type and priority: read it, do not change it.
 */
export function rowLimit(action: Pick<Action, 'type' | 'priority'>, ctx: RuleContext): RowLimit | undefined {
  let byType = limitsByRun.get(ctx);
  if (!byType) limitsByRun.set(ctx, (byType = new Map()));
  let byPriority = byType.get(action.type);
  if (!byPriority) byType.set(action.type, (byPriority = new Map()));
  let limit = byPriority.get(action.priority);
  if (limit === undefined) {
    const found = policyLimit(action, ctx.policy ?? DEFAULT_POLICY);
    limit = found
      ? { days: found.days, because: found.because, ...policyBasis(action, found.because) }
      : null;
    byPriority.set(action.priority, limit);
  }
  return limit ?? undefined;
}
