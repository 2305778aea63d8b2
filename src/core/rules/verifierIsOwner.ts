import { normalizeWords } from '../text';
import { textOf } from '../register';
import { cellFinding, label, type Rule } from './rule';

export const verifierIsOwner: Rule = {
  code: 'verifier-is-owner',
  severity: 'info',
  description: 'Effectiveness is best verified by someone other than the action owner.',
  checkAction(action, ctx) {
    // Most rows are not verified yet: the owner's name is only normalised when there is a verifier.
    const verifier = normalizeWords(textOf(action, 'verifiedBy'));
    if (!verifier) return undefined;
    const owner = normalizeWords(textOf(action, 'owner'));
    if (!owner || owner !== verifier) return undefined;
    return cellFinding(
      this,
      ctx,
      action,
      'verifiedBy',
      `${label(action)} was verified by its own owner. An independent check (another person, or internal audit) is stronger evidence.`,
    );
  },
};
