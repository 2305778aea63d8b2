import { isoFromDay } from '../dates';
import { isOpen } from '../model';
import { countsLate, dayOf } from '../register';
import { cellFinding, label, type Rule } from './rule';

export const overdue: Rule = {
  code: 'overdue',
  severity: 'warning',
  description: 'Open actions whose target completion date has passed.',
  checkAction(action, ctx) {
    const target = dayOf(action, 'targetDate');
    if (!isOpen(action.state) || target === undefined || target >= ctx.asOf) return undefined;
    if (!countsLate(action)) return undefined;
    const days = ctx.asOf - target;
    return cellFinding(
      this,
      ctx,
      action,
      'targetDate',
      `${label(action)} is ${days} day${days === 1 ? '' : 's'} overdue (target ${isoFromDay(target)}). Chase the owner, or agree and record a new target date.`,
    );
  },
};
