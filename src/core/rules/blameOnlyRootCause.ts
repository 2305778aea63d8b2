import { isBlameOnly } from '../rootCause';
import { textOf } from '../register';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const blameOnlyRootCause: Rule = {
  code: 'blame-only-root-cause',
  severity: 'info',
  description: 'A root cause names something that can be fixed, not only a person.',
  checkAction(action, ctx) {
    const cause = textOf(action, 'rootCause');
    if (!cause || !isBlameOnly(cause)) return undefined;
    const shown = cause.length > 50 ? cause.slice(0, 49) + '…' : cause;
    return keyedFinding(
      this,
      ctx,
      action,
      'rootCause',
      'finding.blame-only-root-cause',
      { cause: shown },
      `${label(action)}: the root cause "${shown}" only names a person. Ask why it was possible (5 whys): which process, tool, training or control let it happen?`,
    );
  },
};
