import { isoFromDay } from '../dates';
import { policyDate } from '../followThrough/policy';
import { isOpen } from '../model';
import { dayOf } from '../register';
import { hasColumn, label, type Rule } from './rule';
import { keyedFinding, rowLimit } from './keyed';

export const targetMissingSuggested: Rule = {
  code: 'target-missing-suggested',
  severity: 'info',
  description: 'For an open action without a target date, the date the target-date policy suggests.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'targetDate') || !isOpen(action.state)) return undefined;
    if (action.dates.targetDate?.kind !== 'empty') return undefined;
    const limit = rowLimit(action, ctx);
    const raised = dayOf(action, 'raisedDate');
    if (!limit || raised === undefined) return undefined;
    const suggested = policyDate(raised, limit);
    const passed =
      suggested < ctx.asOf ? ' That date has passed already: agree a date with the owner soon.' : '';
    return keyedFinding(
      this,
      ctx,
      action,
      'targetDate',
      'finding.target-missing-suggested',
      {
        suggested,
        limit: limit.days,
        raised,
        passed: passed ? 'yes' : 'no',
        basis: limit.basis,
        kind: limit.kind,
      },
      `${label(action)}: the target-date policy suggests ${isoFromDay(suggested)} as its target (${limit.days} day${limit.days === 1 ? '' : 's'} for ${limit.because}, from ${isoFromDay(raised)} when it was raised).${passed}`,
    );
  },
};
