import { hasValue } from '../register';
import { hasColumn, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const missingId: Rule = {
  code: 'missing-id',
  severity: 'error',
  description: 'Every action needs a reference.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'id') || hasValue(action, 'id')) return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'id',
      'finding.missing-id',
      undefined,
      `Row ${action.row} has no action reference. Give it a unique ID that has never been used before.`,
    );
  },
};
