import type { Finding } from '../findings';
import { describeShared, findRecurrences, sharedOf } from '../review/recurrence';
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
    // forEach: no [key, value] pair per entry, as a for-of over the Map makes.
    findRecurrences(ctx.register).links.forEach((links, action) => {
      // One pass over the links for the field, the English words and the catalogue data: what
      // each link shares is split once (21,000 NCs recur on the 50,000-row benchmark register).
      let requirement = false;
      let described = '';
      let data = '';
      for (let i = 0; i < links.length; i++) {
        const l = links[i];
        if (!requirement && l.reasons.includes('requirement')) requirement = true;
        const { reqs, causes } = sharedOf(l);
        described += i > 0 ? `; ${describeShared(l, reqs, causes)}` : describeShared(l, reqs, causes);
        // The catalogue's data (findings.ts says it in other languages): per link the earlier NC's
        // id, row, reasons, shared requirements and causes, separated by \u0001, links by \u0002.
        data += `${i > 0 ? '\u0002' : ''}${l.earlier.id}\u0001${l.earlier.row}\u0001${l.reasons.join(',')}\u0001${reqs}\u0001${causes}`;
      }
      const field = requirement ? 'requirement' : 'title';
      out.push(
        keyedFinding(
          this,
          ctx,
          action,
          ctx.register.mapping.columns[field] ? field : '',
          'finding.recurring-nc',
          { linkData: data },
          `${label(action)} may recur an earlier NC raised within 12 months: ${described}. Check whether the earlier corrective action removed the cause, and whether similar NCs could occur elsewhere (clause 10.2 b 3).`,
        ),
      );
    });
    return out;
  },
};
