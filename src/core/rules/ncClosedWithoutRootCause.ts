import { isNc } from '../model';
import { hasValue, textOf } from '../register';
import { cellText } from '../text';
import { hasColumn, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const ncClosedWithoutRootCause: Rule = {
  code: 'nc-closed-without-root-cause',
  severity: 'error',
  description: 'A closed NC records its root cause (ISO 27001 clause 10.2 b).',
  checkAction(action, ctx) {
    if (
      action.state !== 'closed' ||
      !isNc(action.type) ||
      !hasColumn(ctx, 'rootCause') ||
      hasValue(action, 'rootCause')
    ) {
      return undefined;
    }
    const raw = cellText(action.values.rootCause);
    const said = raw && !textOf(action, 'rootCause');
    const what = said ? `says only "${raw}"` : 'is empty';
    return keyedFinding(
      this,
      ctx,
      action,
      'rootCause',
      'finding.nc-closed-without-root-cause',
      said ? { said: 'yes', raw } : { said: 'no' },
      `${label(action)} is a closed NC but its root cause ${what}. Record the cause found (clause 10.2 b), or reopen the action.`,
    );
  },
};
