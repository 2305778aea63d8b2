import { isoFromDay } from '../dates';
import { isOpen } from '../model';
import { dayOf } from '../register';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const reviewOverdue: Rule = {
  code: 'review-overdue',
  severity: 'warning',
  description: 'Open actions whose progress review date has passed.',
  checkAction(action, ctx) {
    const review = dayOf(action, 'targetReviewDate');
    if (!isOpen(action.state) || review === undefined || review >= ctx.asOf) return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'targetReviewDate',
      'finding.review-overdue',
      { review },
      `${label(action)}: its progress review was due on ${isoFromDay(review)}. Review it and set the next review date.`,
    );
  },
};
