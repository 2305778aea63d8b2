import { isoFromDay } from '../dates';
import { effectivenessCheckDaysLate } from '../followThrough/effectivenessChecks';
import { dayOf } from '../register';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const effectivenessCheckOverdue: Rule = {
  code: 'effectiveness-check-overdue',
  severity: 'warning',
  description:
    'An implemented NC whose effectiveness-check date has passed has its result recorded (clause 10.2 d).',
  checkAction(action, ctx) {
    const late = effectivenessCheckDaysLate(ctx.register, action, ctx.asOf);
    if (late === undefined) return undefined;
    const dueDay = dayOf(action, 'effectivenessDueDate')!;
    const due = isoFromDay(dueDay);
    return keyedFinding(
      this,
      ctx,
      action,
      'effectivenessDueDate',
      'finding.effectiveness-check-overdue',
      { late, due: dueDay },
      `${label(action)} was implemented, but its effectiveness check is ${late} day${late === 1 ? '' : 's'} late (due ${due}) and no result is recorded. Check whether the corrective action worked and record the result (clause 10.2 d), or agree a new check date.`,
    );
  },
};
