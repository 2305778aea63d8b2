import { isOpen } from '../model';
import { hasValue } from '../register';
import { hasColumn, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const missingOwner: Rule = {
  code: 'missing-owner',
  severity: 'error',
  description: 'Every open action has an owner.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'owner') || !isOpen(action.state) || hasValue(action, 'owner')) return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'owner',
      'finding.missing-owner',
      undefined,
      `${label(action)} is open but has no owner. Name the person accountable for it.`,
    );
  },
};
