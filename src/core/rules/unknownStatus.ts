import { STATES } from '../model';
import { textOf } from '../register';
import { cellFinding, hasColumn, label, type Rule } from './rule';

export const unknownStatus: Rule = {
  code: 'unknown-status',
  severity: 'error',
  description: 'The status is a word mapped to a workflow state.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'status') || action.state !== undefined || action.statusIsOverdue) return undefined;
    const word = textOf(action, 'status');
    return cellFinding(
      this,
      ctx,
      action,
      'status',
      word
        ? `${label(action)}: status "${word}" is not recognised. Map "${word}" to one of ${STATES.join(', ')} in the mapping, or use the register's own status words.`
        : `${label(action)} has no status. Set its status (for example the register's word for new or open).`,
    );
  },
};
