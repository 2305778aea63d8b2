import { hasValue } from '../register';
import { hasColumn, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const closedWithoutEvidence: Rule = {
  code: 'closed-without-evidence',
  severity: 'warning',
  description: 'A closed action links to its evidence.',
  checkAction(action, ctx) {
    if (action.state !== 'closed' || !hasColumn(ctx, 'evidence') || hasValue(action, 'evidence'))
      return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'evidence',
      'finding.closed-without-evidence',
      undefined,
      `${label(action)} is closed without evidence. Add a link or document reference an auditor can check.`,
    );
  },
};
