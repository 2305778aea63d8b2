import { isNc } from '../model';
import { hasValue } from '../register';
import { hasColumn, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const ofiClosedWithoutRemediation: Rule = {
  code: 'ofi-closed-without-remediation',
  severity: 'error',
  description: 'A closed OFI or observation records the remediation that was implemented.',
  checkAction(action, ctx) {
    if (action.state !== 'closed' || action.type === undefined || isNc(action.type)) return undefined;
    if (!hasColumn(ctx, 'remediation') || hasValue(action, 'remediation')) return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'remediation',
      'finding.ofi-closed-without-remediation',
      { kind: action.type === 'ofi' ? 'ofi' : 'observation' },
      `${label(action)} is a closed ${action.type === 'ofi' ? 'OFI' : 'observation'} with no implemented remediation recorded. Describe what was done, or reopen it.`,
    );
  },
};
