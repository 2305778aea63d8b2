import { isOpen } from '../model';
import { hasColumn, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const missingTargetDate: Rule = {
  code: 'missing-target-date',
  severity: 'error',
  description: 'Every open action has a target completion date.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'targetDate') || !isOpen(action.state)) return undefined;
    if (action.dates.targetDate?.kind !== 'empty') return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'targetDate',
      'finding.missing-target-date',
      undefined,
      `${label(action)} is open but has no target completion date. Agree a date with the owner.`,
    );
  },
};
