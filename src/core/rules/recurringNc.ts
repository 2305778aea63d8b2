import type { Finding } from '../findings';
import { describeLink, findRecurrences, sharedOf, type RecurrenceLink } from '../review/recurrence';
import { label, type Rule } from './rule';
import { keyedFinding } from './keyed';

/**
 * 10.2 b 3: an NC similar to one raised in the 12 months before it (same requirement, very similar
 * title, or same cause category in the same requirement area — see review/recurrence.ts).
 */
export const recurringNc: Rule = {
  code: 'recurring-nc',
  severity: 'info',
  description:
    'NCs sharing a requirement, a very similar title, or a cause category in the same area within 12 months may be one problem recurring (clause 10.2 b 3).',
  checkRegister(ctx) {
    const out: Finding[] = [];
    for (const [action, links] of findRecurrences(ctx.register).links) {
      const field = links.some((l) => l.reasons.includes('requirement')) ? 'requirement' : 'title';
      const described = links.map(describeLink).join('; ');
      out.push(
        keyedFinding(
          this,
          ctx,
          action,
          ctx.register.mapping.columns[field] ? field : '',
          'finding.recurring-nc',
          { linkData: linkData(links) },
          `${label(action)} may recur an earlier NC raised within 12 months: ${described}. Check whether the earlier corrective action removed the cause, and whether similar NCs could occur elsewhere (clause 10.2 b 3).`,
        ),
      );
    }
    return out;
  },
};

/**
 * The links as data for the finding's message in other languages (findings.ts puts them into
 * words): per link its earlier NC's id or row, its reasons and what is shared, in fields the
 * separators \u0001 (field) and \u0002 (link) cannot occur in.
 */
function linkData(links: readonly RecurrenceLink[]): string {
  let out = '';
  for (let i = 0; i < links.length; i++) {
    const l = links[i];
    const { reqs, causes } = sharedOf(l);
    out += `${i > 0 ? '\u0002' : ''}${l.earlier.id}\u0001${l.earlier.row}\u0001${l.reasons.join(',')}\u0001${reqs}\u0001${causes}`;
  }
  return out;
}
