import type { Finding } from '../findings';
import { hasValue } from '../register';
import { type Rule } from './rule';
import { keyedFinding } from './keyed';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  severity: 'error',
  description: 'Action references are unique and never reused.',
  checkRegister(ctx) {
    const firstRow = new Map<string, number>();
    const out: Finding[] = [];
    for (const action of ctx.register.actions) {
      if (!hasValue(action, 'id')) continue;
      const key = action.id.toLowerCase();
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, action.row);
      else
        out.push(
          keyedFinding(
            this,
            ctx,
            action,
            'id',
            'finding.duplicate-id',
            { first: String(first) },
            `ID "${action.id}" is already used on row ${first}. Give this action a new, unused ID.`,
          ),
        );
    }
    return out;
  },
};
