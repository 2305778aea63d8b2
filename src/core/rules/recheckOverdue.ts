import { isoFromDay } from '../dates';
import { recheckDay } from '../followThrough/rechecks';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const recheckOverdue: Rule = {
  code: 'recheck-overdue',
  severity: 'warning',
  description:
    "A closed NC's re-check (is the corrective action still effective?) is recorded by its re-check date (clause 10.2 d, e).",
  checkAction(action, ctx) {
    const due = recheckDay(ctx.register, action, ctx.rechecks);
    if (due === undefined || due >= ctx.asOf) return undefined;
    const late = ctx.asOf - due;
    return keyedFinding(
      this,
      ctx,
      action,
      ctx.register.mapping.columns.recheckDate ? 'recheckDate' : '',
      'finding.recheck-overdue',
      { late, due },
      `${label(action)} was closed as effective, but its re-check is ${late} day${late === 1 ? '' : 's'} late (due ${isoFromDay(due)}). Check whether the corrective action still works and record the re-check result: effective, or not effective to reopen it (clause 10.2 d, e).`,
    );
  },
};
