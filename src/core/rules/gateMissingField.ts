import type { Finding } from '../findings';
import { FIELD_LABELS, isNc, isOpen, type FieldKey, type State } from '../model';
import { hasValue, type Action } from '../register';
import { cumulativeGateFields } from '../workflow/gates';
import { hasColumn, label, type Rule, type RuleContext } from './rule';
import { keyedFinding } from './keyed';

/** True when another rule already reports the absence of this field for this row, so it is not said twice. */
function coveredElsewhere(action: Action, field: FieldKey): boolean {
  if (isOpen(action.state) && (field === 'owner' || field === 'targetDate')) return true;
  if (action.state !== 'closed') return false;
  if (field === 'closedDate') return true;
  return isNc(action.type) || action.type === undefined
    ? field === 'rootCause' || field === 'effectivenessResult' || field === 'verifiedBy'
    : field === 'remediation';
}

/** A gate field to check on a row of one type and state, with what its finding says. */
interface GateCheck {
  field: FieldKey;
  state: State;
  /** The finding's key values and message parts: they depend only on the type, state and field. */
  values: { cancel: 'yes' | 'no'; passed: 'yes' | 'no'; state: State };
  what: string;
  why: string;
}

/**
 * The gate fields to check by type and state, per validation run: they depend only on those two
 * (and on the register's states and columns), and a register has tens of thousands of rows in a
 * few dozen pairs. Fields without a column and fields another rule reports are left out here, so
 * a row costs one value test per field that can be missing.
 */
const gatesByRun = new WeakMap<RuleContext, Map<Action['type'], Map<State, GateCheck[]>>>();

function gatesOf(action: Action & { state: State }, ctx: RuleContext): GateCheck[] {
  let byType = gatesByRun.get(ctx);
  if (!byType) gatesByRun.set(ctx, (byType = new Map()));
  let byState = byType.get(action.type);
  if (!byState) byType.set(action.type, (byState = new Map()));
  let gates = byState.get(action.state);
  if (!gates) byState.set(action.state, (gates = checksFor(action, ctx)));
  return gates;
}

function checksFor(action: Action & { state: State }, ctx: RuleContext): GateCheck[] {
  const checks: GateCheck[] = [];
  for (const { field, state } of cumulativeGateFields(action.type, action.state, ctx.statesInUse)) {
    if (!hasColumn(ctx, field) || coveredElsewhere(action, field)) continue;
    const cancel = field === 'notes' && action.state === 'cancelled';
    checks.push({
      field,
      state,
      values: { cancel: cancel ? 'yes' : 'no', passed: state === action.state ? 'no' : 'yes', state },
      what: cancel ? 'a reason for cancelling (in Notes)' : FIELD_LABELS[field],
      why: state === action.state ? `its status (${state})` : `the ${state} step it has passed`,
    });
  }
  return checks;
}

export const gateMissingField: Rule = {
  code: 'gate-missing-field',
  severity: 'error',
  description:
    'A row holds the fields that the workflow requires for its current status (and the steps before it).',
  checkAction(action, ctx) {
    if (action.state === undefined || action.state === 'new') return undefined;
    let out: Finding[] | undefined; // allocated only for a row with a finding
    for (const { field, values, what, why } of gatesOf(action as Action & { state: State }, ctx)) {
      if (hasValue(action, field)) continue;
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          field,
          'finding.gate-missing-field',
          { ...values },
          `${label(action)} needs ${what} for ${why}. Fill it in, or move the action back.`,
        ),
      );
    }
    return out;
  },
};
