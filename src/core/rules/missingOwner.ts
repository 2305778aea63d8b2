import { isOpen } from '../model';
import { hasValue } from '../register';
import { cellFinding, hasColumn, label, type Rule } from './rule';

export const missingOwner: Rule = {
  code: 'missing-owner',
  severity: 'error',
  description: 'Every open action has an owner.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'owner') || !isOpen(action.state) || hasValue(action, 'owner')) return undefined;
    return cellFinding(
      this,
      ctx,
      action,
      'owner',
      `${label(action)} is open but has no owner. Name the person accountable for it.`,
    );
  },
};
