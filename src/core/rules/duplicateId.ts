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
    const actions = ctx.register.actions;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      if (!hasValue(action, 'id')) continue;
      const key = idKey(action.id);
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

/**
 * The ID as IDs are compared, case folded: two IDs are the same when their lower-case forms are.
 * An ASCII ID is folded to upper case, so the usual "NC-0042" is its own key (no copy per row).
 */
function idKey(id: string): string {
  let lower = false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c > 127) {
      const folded = id.toLowerCase();
      // Lower-cased to ASCII ("\u212A" is "k"): the ASCII key; otherwise it can equal no ASCII key.
      return isAscii(folded) ? folded.toUpperCase() : folded;
    }
    if (c >= 97 && c <= 122) lower = true;
  }
  return lower ? id.toUpperCase() : id;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
