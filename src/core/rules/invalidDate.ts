import type { Finding } from '../findings';
import { DATE_FIELDS, FIELD_LABELS } from '../model';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const invalidDate: Rule = {
  code: 'invalid-date',
  severity: 'error',
  description: 'Date columns hold dates.',
  checkAction(action, ctx) {
    let out: Finding[] | undefined; // allocated only for a row with a finding
    for (const field of DATE_FIELDS) {
      const d = action.dates[field];
      if (d?.kind !== 'invalid') continue;
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          field,
          'finding.invalid-date',
          { reason: d.reason },
          `${label(action)}: ${FIELD_LABELS[field]} — ${d.reason}. Enter a real date (for example 2026-03-31).`,
        ),
      );
    }
    return out;
  },
};
