import { isoFromDay } from '../dates';
import { policyDate } from '../followThrough/policy';
import { isOpen } from '../model';
import { countsLate, dayOf } from '../register';
import { label, type Rule } from './rule';
import { keyedFinding, rowLimit } from './keyed';

export const targetBeyondPolicy: Rule = {
  code: 'target-beyond-policy',
  severity: 'warning',
  description:
    "An open action's target date is no later than the target-date policy allows for its type or priority.",
  checkAction(action, ctx) {
    if (!isOpen(action.state) || !countsLate(action)) return undefined;
    const limit = rowLimit(action, ctx);
    const raised = dayOf(action, 'raisedDate');
    const target = dayOf(action, 'targetDate');
    if (!limit || raised === undefined || target === undefined || target < raised) return undefined;
    const latest = policyDate(raised, limit);
    if (target <= latest) return undefined;
    const days = target - raised;
    return keyedFinding(
      this,
      ctx,
      action,
      'targetDate',
      'finding.target-beyond-policy',
      { target, days, raised, limit: limit.days, latest, basis: limit.basis, kind: limit.kind },
      `${label(action)}: its target date ${isoFromDay(target)} is ${days} day${days === 1 ? '' : 's'} after it was raised (${isoFromDay(raised)}); the target-date policy allows ${limit.days} day${limit.days === 1 ? '' : 's'} for ${limit.because}, so ${isoFromDay(latest)} at the latest. Bring the target forward, or record why it needs longer.`,
    );
  },
};
