import { isoFromDay } from '../dates';
import type { Finding } from '../findings';
import { FIELD_LABELS, type FieldKey } from '../model';
import { cellText } from '../text';
import { inDateOrder, isDateField, label, type Rule } from './rule';
import { keyedFinding } from './keyed';

export const ambiguousDate: Rule = {
  code: 'ambiguous-date',
  severity: 'warning',
  description: 'Text dates whose day and month could be swapped (03/04/2026).',
  checkAction(action, ctx) {
    let out: Finding[] | undefined; // allocated only for a row with a finding
    // Over the row's dates by slot, then in DATE_FIELDS order (as invalid-date).
    const dates = action.dates;
    for (const field in dates) {
      const d = dates[field as FieldKey];
      if (d?.kind !== 'date' || !d.ambiguous || !isDateField(field)) continue;
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          field,
          'finding.ambiguous-date',
          {
            text: cellText(action.values[field]),
            read: d.day,
            other: d.ambiguous.alternative,
          },
          `${label(action)}: ${FIELD_LABELS[field]} "${cellText(action.values[field])}" could be ${isoFromDay(d.day)} or ${isoFromDay(d.ambiguous.alternative)}; it was read as ${isoFromDay(d.day)}. Enter it as a real date cell or as yyyy-mm-dd.`,
        ),
      );
    }
    return out && inDateOrder(out);
  },
};
