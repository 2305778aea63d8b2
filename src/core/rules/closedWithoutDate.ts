import { cellFinding, hasColumn, label, type Rule } from './rule';

export const closedWithoutDate: Rule = {
  code: 'closed-without-date',
  severity: 'warning',
  description: 'A closed action records the date it was closed.',
  checkAction(action, ctx) {
    if (action.state !== 'closed' || !hasColumn(ctx, 'closedDate')) return undefined;
    if (action.dates.closedDate?.kind !== 'empty') return undefined;
    return cellFinding(
      this,
      ctx,
      action,
      'closedDate',
      `${label(action)} is closed but has no closed date. Record when it was closed.`,
    );
  },
};
