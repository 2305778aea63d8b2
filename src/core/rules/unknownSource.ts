import { SOURCES } from '../model';
import { textOf } from '../register';
import { cellFinding, hasColumn, label, type Rule } from './rule';

export const unknownSource: Rule = {
  code: 'unknown-source',
  severity: 'warning',
  description:
    'The source (audit, incident, risk assessment, …) is recognised, so the review summary can count it.',
  checkAction(action, ctx) {
    if (!hasColumn(ctx, 'source') || action.source !== undefined) return undefined;
    const word = textOf(action, 'source');
    if (!word) return undefined;
    return cellFinding(
      this,
      ctx,
      action,
      'source',
      `${label(action)}: source "${word}" is not recognised, so the review summary counts it as unknown. Map it to one of ${SOURCES.join(', ')}.`,
    );
  },
};
