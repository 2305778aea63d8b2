import { textOf } from '../register';
import { cellFinding, label, type Rule } from './rule';

export const statusIsOverdue: Rule = {
  code: 'status-is-overdue',
  severity: 'warning',
  description: '"Overdue" is computed from the target date; it is not a status.',
  checkAction(action, ctx) {
    if (!action.statusIsOverdue) return undefined;
    return cellFinding(
      this,
      ctx,
      action,
      'status',
      `${label(action)}: "${textOf(action, 'status')}" is used as a status. Overdue is worked out from the target date; set the real status (for example in progress). The row is counted as open.`,
    );
  },
};
