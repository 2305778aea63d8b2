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

type GateFields = ReturnType<typeof cumulativeGateFields>;

/**
 * The gate fields by type and state, per validation run: they depend only on those two (and
 * the register's states), and a register has tens of thousands of rows in a few dozen pairs.
 */
const gatesByRun = new WeakMap<RuleContext, Map<Action['type'], Map<State, GateFields>>>();

function gatesOf(action: Action & { state: State }, ctx: RuleContext): GateFields {
  let byType = gatesByRun.get(ctx);
  if (!byType) gatesByRun.set(ctx, (byType = new Map()));
  let byState = byType.get(action.type);
  if (!byState) byType.set(action.type, (byState = new Map()));
  let gates = byState.get(action.state);
  if (!gates)
    byState.set(action.state, (gates = cumulativeGateFields(action.type, action.state, ctx.statesInUse)));
  return gates;
}

export const gateMissingField: Rule = {
  code: 'gate-missing-field',
  severity: 'error',
  description:
    'A row holds the fields that the workflow requires for its current status (and the steps before it).',
  checkAction(action, ctx) {
    if (action.state === undefined || action.state === 'new') return undefined;
    const out: Finding[] = [];
    for (const { field, state } of gatesOf(action as Action & { state: State }, ctx)) {
      if (!hasColumn(ctx, field) || hasValue(action, field) || coveredElsewhere(action, field)) continue;
      const why = state === action.state ? `its status (${state})` : `the ${state} step it has passed`;
      const what =
        field === 'notes' && action.state === 'cancelled'
          ? 'a reason for cancelling (in Notes)'
          : FIELD_LABELS[field];
      out.push(
        keyedFinding(
          this,
          ctx,
          action,
          field,
          'finding.gate-missing-field',
          {
            cancel: field === 'notes' && action.state === 'cancelled' ? 'yes' : 'no',
            passed: state === action.state ? 'no' : 'yes',
            state,
          },
          `${label(action)} needs ${what} for ${why}. Fill it in, or move the action back.`,
        ),
      );
    }
    return out;
  },
};
