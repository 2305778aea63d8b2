import { normalizeWords } from '../text';
import { boundedMemo } from '../memo';
import { textOf } from '../register';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

/** Names repeat on every row: each distinct one is normalised once. */
const nameWords = boundedMemo(normalizeWords, 4096);

export const verifierIsOwner: Rule = {
  code: 'verifier-is-owner',
  severity: 'info',
  description: 'Effectiveness is best verified by someone other than the action owner.',
  checkAction(action, ctx) {
    // Most rows are not verified yet: the owner's name is only normalised when there is a verifier.
    const verifier = nameWords(textOf(action, 'verifiedBy'));
    if (!verifier) return undefined;
    const owner = nameWords(textOf(action, 'owner'));
    if (!owner || owner !== verifier) return undefined;
    return keyedFinding(
      this,
      ctx,
      action,
      'verifiedBy',
      'finding.verifier-is-owner',
      undefined,
      `${label(action)} was verified by its own owner. An independent check (another person, or internal audit) is stronger evidence.`,
    );
  },
};
