import type { DayNumber } from '../dates';
import type { Finding, Severity } from '../findings';
import { DATE_FIELDS, type FieldKey, type State } from '../model';
import type { Action, Register } from '../register';
import type { TargetDatePolicy } from '../followThrough/policy';
import type { RecheckStore } from '../followThrough/rechecks';

export interface RuleContext {
  register: Register;
  /** The as-of date (today unless the user chose another). */
  asOf: DayNumber;
  /** Canonical states that the register's status vocabulary uses. */
  statesInUse: ReadonlySet<State>;
  /** The target-date policy (the defaults when the workbook and the options give none). */
  policy?: TargetDatePolicy;
  /** Re-check dates kept outside the register (a register without a re-check column). */
  rechecks?: RecheckStore;
}

/**
 * One validation rule (DESIGN.md §4): a stable code, a default severity and a check. Register
 * rules look at the whole sheet once; action rules look at one row at a time.
 */
export interface Rule {
  code: string;
  severity: Severity;
  /** What the rule checks, in a sentence (shown in the pane's rule list). */
  description: string;
  checkRegister?(ctx: RuleContext): Finding[];
  checkAction?(action: Action, ctx: RuleContext): Finding[] | Finding | undefined;
}

/** A finding about one cell of one action. */
export function cellFinding(
  rule: Pick<Rule, 'code' | 'severity'>,
  ctx: RuleContext,
  action: Action,
  field: FieldKey | '',
  message: string,
  severity: Severity = rule.severity,
): Finding {
  const column = field ? (ctx.register.mapping.columns[field]?.letter ?? '') : '';
  return { code: rule.code, severity, row: action.row, column, field, id: action.id, message };
}

/** Has the register a column for this field? */
export function hasColumn(ctx: RuleContext, field: FieldKey): boolean {
  return ctx.register.mapping.columns[field] !== undefined;
}

/** "NC-12 (row 14)" — how messages name an action. */
export function label(action: Action): string {
  return action.id ? `${action.id} (row ${action.row})` : `Row ${action.row}`;
}

/** Each date field's place in {@link DATE_FIELDS}, the order the date rules report a row's dates in. */
const DATE_PLACE: Readonly<Record<string, number | undefined>> = Object.fromEntries(
  DATE_FIELDS.map((field, i) => [field, i]),
);

/** True for a {@link DATE_FIELDS} member (a date rule's for-in over a row's dates skips any other key). */
export function isDateField(field: string): field is FieldKey {
  return DATE_PLACE[field] !== undefined;
}

/** A row's date findings in {@link DATE_FIELDS} order, as a loop over it made them. In place. */
export function inDateOrder(findings: Finding[]): Finding[] {
  if (findings.length > 1) findings.sort((a, b) => DATE_PLACE[a.field]! - DATE_PLACE[b.field]!);
  return findings;
}
