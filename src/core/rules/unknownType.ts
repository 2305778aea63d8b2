import { ACTION_TYPES } from '../model';
import { textOf } from '../register';
import { cellFinding, hasColumn, label, type Rule } from './rule';

export const unknownType: Rule = {
  code: 'unknown-type',
  severity: 'error',
  description: 'The type is one the add-in understands (major NC, minor NC, NC, observation, OFI).',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'type') || action.type !== undefined) return undefined;
    const word = textOf(action, 'type');
    return cellFinding(
      this,
      ctx,
      action,
      'type',
      word
        ? `${label(action)}: type "${word}" is not recognised. Use one of ${ACTION_TYPES.join(', ')}, or map "${word}" to one of them in the mapping.`
        : `${label(action)} has no type. Say whether it is a major NC, minor NC, observation or OFI.`,
    );
  },
};
