import { isNc } from '../model';
import { effectivenessOf, hasValue, textOf } from '../register';
import { hasColumn, label, type Rule } from './rule';
import { keyedFinding } from './keyed';
import type { Finding } from '../findings';

export const ncClosedWithoutEffectiveness: Rule = {
  code: 'nc-closed-without-effectiveness',
  severity: 'error',
  description: 'A closed NC records an effective effectiveness check and who verified it (clause 10.2 d).',
  checkAction(action, ctx) {
    if (action.state !== 'closed' || !isNc(action.type)) return undefined;
    let out: Finding[] | undefined; // allocated only for a row with a finding
    if (hasColumn(ctx, 'effectivenessResult')) {
      const result = effectivenessOf(ctx.register, action);
      if (result !== 'effective') {
        const word = textOf(action, 'effectivenessResult');
        (out ??= []).push(
          keyedFinding(
            this,
            ctx,
            action,
            'effectivenessResult',
            word
              ? 'finding.nc-closed-without-effectiveness.result'
              : 'finding.nc-closed-without-effectiveness.none',
            word ? { word } : undefined,
            word
              ? `${label(action)} is a closed NC but its effectiveness result is "${word}", not effective. Close it only once the action is verified effective (clause 10.2 d), or reopen it.`
              : `${label(action)} is a closed NC with no effectiveness result. Record whether the corrective action was effective (clause 10.2 d).`,
          ),
        );
      }
    }
    if (hasColumn(ctx, 'verifiedBy') && !hasValue(action, 'verifiedBy')) {
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          'verifiedBy',
          'finding.nc-closed-without-effectiveness.verifier',
          undefined,
          `${label(action)} is a closed NC but nobody is recorded as having verified its effectiveness. Name the verifier.`,
        ),
      );
    }
    return out;
  },
};
