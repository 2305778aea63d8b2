import { hasValue } from '../register';
import { cellFinding, hasColumn, type Rule } from './rule';

export const missingId: Rule = {
  code: 'missing-id',
  severity: 'error',
  description: 'Every action needs a reference.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'id') || hasValue(action, 'id')) return undefined;
    return cellFinding(
      this,
      ctx,
      action,
      'id',
      `Row ${action.row} has no action reference. Give it a unique ID that has never been used before.`,
    );
  },
};
