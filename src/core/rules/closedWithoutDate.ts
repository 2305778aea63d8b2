import { hasColumn, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const closedWithoutDate: Rule = {
  code: 'closed-without-date',
  severity: 'warning',
  description: 'A closed action records the date it was closed.',
  checkAction(action, ctx) {
    if (action.state !== 'closed' || !hasColumn(ctx, 'closedDate')) return undefined;
    if (action.dates.closedDate?.kind !== 'empty') return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'closedDate',
      'finding.closed-without-date',
      undefined,
      `${label(action)} is closed but has no closed date. Record when it was closed.`,
    );
  },
};
