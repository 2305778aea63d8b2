import { isOpen } from '../model';
import { hasColumn, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const missingTargetReviewDate: Rule = {
  code: 'missing-target-review-date',
  severity: 'warning',
  description: 'Every open action has a next progress review date.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'targetReviewDate') || !isOpen(action.state)) return undefined;
    if (action.dates.targetReviewDate?.kind !== 'empty') return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'targetReviewDate',
      'finding.missing-target-review-date',
      undefined,
      `${label(action)} is open but has no target review date. Set the date of its next progress review.`,
    );
  },
};
