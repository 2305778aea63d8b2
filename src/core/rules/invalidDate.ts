import type { Finding } from '../findings';
import { FIELD_LABELS, type FieldKey } from '../model';
import { inDateOrder, isDateField, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const invalidDate: Rule = {
  code: 'invalid-date',
  severity: 'error',
  description: 'Date columns hold dates.',
  checkAction(action, ctx) {
    let out: Finding[] | undefined; // allocated only for a row with a finding
    // A for-in over the row's dates (one shape for every row) reads each by its slot, where a
    // loop over DATE_FIELDS looks each name up; the findings are then put in DATE_FIELDS order.
    const dates = action.dates;
    for (const field in dates) {
      const d = dates[field as FieldKey];
      if (d?.kind !== 'invalid' || !isDateField(field)) continue;
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
    return out && inDateOrder(out);
  },
};
