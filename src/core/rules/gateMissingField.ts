import type { Finding } from '../findings';
import { FIELD_LABELS, isNc, isOpen, type FieldKey } from '../model';
import { hasValue, type Action } from '../register';
import { cumulativeGateFields } from '../workflow/gates';
import { cellFinding, hasColumn, label, type Rule } from './rule';

/** Fields whose absence another rule already reports for this row, so it is not said twice. */
function coveredElsewhere(action: Action): Set<FieldKey> {
  const covered = new Set<FieldKey>();
  if (isOpen(action.state)) covered.add('owner').add('targetDate');
  if (action.state === 'closed') {
    covered.add('closedDate');
    if (isNc(action.type) || action.type === undefined)
      covered.add('rootCause').add('effectivenessResult').add('verifiedBy');
    else covered.add('remediation');
  }
  return covered;
}

export const gateMissingField: Rule = {
  code: 'gate-missing-field',
  severity: 'error',
  description:
    'A row holds the fields that the workflow requires for its current status (and the steps before it).',
  checkAction(action, ctx) {
    if (action.state === undefined || action.state === 'new') return undefined;
    const covered = coveredElsewhere(action);
    const out: Finding[] = [];
    for (const { field, state } of cumulativeGateFields(action.type, action.state, ctx.statesInUse)) {
      if (covered.has(field) || !hasColumn(ctx, field) || hasValue(action, field)) continue;
      const why = state === action.state ? `its status (${state})` : `the ${state} step it has passed`;
      const what =
        field === 'notes' && action.state === 'cancelled'
          ? 'a reason for cancelling (in Notes)'
          : FIELD_LABELS[field];
      out.push(
        cellFinding(
          this,
          ctx,
          action,
          field,
          `${label(action)} needs ${what} for ${why}. Fill it in, or move the action back.`,
        ),
      );
    }
    return out;
  },
};
