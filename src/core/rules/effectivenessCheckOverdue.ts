import { isoFromDay } from '../dates';
import { effectivenessCheckDaysLate } from '../followThrough/effectivenessChecks';
import { dayOf } from '../register';
import { cellFinding, label, type Rule } from './rule';

export const effectivenessCheckOverdue: Rule = {
  code: 'effectiveness-check-overdue',
  severity: 'warning',
  description:
    'An implemented NC whose effectiveness-check date has passed has its result recorded (clause 10.2 d).',
  checkAction(action, ctx) {
    const late = effectivenessCheckDaysLate(ctx.register, action, ctx.asOf);
    if (late === undefined) return undefined;
    const due = isoFromDay(dayOf(action, 'effectivenessDueDate')!);
    return cellFinding(
      this,
      ctx,
      action,
      'effectivenessDueDate',
      `${label(action)} was implemented, but its effectiveness check is ${late} day${late === 1 ? '' : 's'} late (due ${due}) and no result is recorded. Check whether the corrective action worked and record the result (clause 10.2 d), or agree a new check date.`,
    );
  },
};
