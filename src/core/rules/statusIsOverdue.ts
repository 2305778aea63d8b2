import { textOf } from '../register';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const statusIsOverdue: Rule = {
  code: 'status-is-overdue',
  severity: 'warning',
  description: '"Overdue" is computed from the target date; it is not a status.',
  checkAction(action, ctx) {
    if (!action.statusIsOverdue) return undefined;
    const word = textOf(action, 'status');
    return keyedFinding(
      this,
      ctx,
      action,
      'status',
      'finding.status-is-overdue',
      { word },
      `${label(action)}: "${word}" is used as a status. Overdue is worked out from the target date; set the real status (for example in progress). The row is counted as open.`,
    );
  },
};
