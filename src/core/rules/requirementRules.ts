import type { Finding } from '../findings';
import { parseRequirements, type ParsedReference } from '../requirements';
import type { Action } from '../register';
import { cellText, isMissing } from '../text';
import { hasColumn, label, type Rule, type RuleContext } from './rule';
import { keyedFinding } from './keyed';

/**
 * Parsed references per validation run: two rules read every cell, and registers repeat
 * references. Text cells by the cell (a missing one, "n/a", as no references: asked once per
 * distinct cell, not per row and rule), other cells by their text.
 */
const parsedByRun = new WeakMap<
  RuleContext,
  { byCell: Map<string, readonly ParsedReference[]>; byText: Map<string, readonly ParsedReference[]> }
>();

const NO_REFERENCES: readonly ParsedReference[] = [];

function references(action: Action, ctx: RuleContext): readonly ParsedReference[] {
  if (!hasColumn(ctx, 'requirement')) return NO_REFERENCES;
  const v = action.values.requirement;
  if (v === undefined || v === null) return NO_REFERENCES;
  let cache = parsedByRun.get(ctx);
  if (!cache) parsedByRun.set(ctx, (cache = { byCell: new Map(), byText: new Map() }));
  if (typeof v === 'string') {
    let refs = cache.byCell.get(v);
    if (!refs) cache.byCell.set(v, (refs = isMissing(v) ? NO_REFERENCES : parseRequirements(v)));
    return refs;
  }
  if (isMissing(v)) return NO_REFERENCES;
  const text = cellText(v);
  let refs = cache.byText.get(text);
  if (!refs) cache.byText.set(text, (refs = parseRequirements(text)));
  return refs;
}

export const unknownRequirement: Rule = {
  code: 'unknown-requirement',
  severity: 'warning',
  description:
    'Requirement references are ISO/IEC 27001:2022 clauses (4.1–10.2) or Annex A controls (A.5.1–A.8.34).',
  checkAction(action, ctx) {
    let out: Finding[] | undefined; // allocated only for a row with a finding
    const refs = references(action, ctx);
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (ref.kind !== 'unknown') continue;
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          'requirement',
          'finding.unknown-requirement',
          { ref: ref.text },
          `${label(action)}: "${ref.text}" is not an ISO/IEC 27001:2022 clause or Annex A control. Use a clause such as 9.2 or a control such as A.5.15.`,
        ),
      );
    }
    return out;
  },
};

export const legacy2013Requirement: Rule = {
  code: 'legacy-2013-requirement',
  severity: 'info',
  description: 'ISO/IEC 27001:2013 control references, with the 2022 controls that replace them.',
  checkAction(action, ctx) {
    let out: Finding[] | undefined; // allocated only for a row with a finding
    const refs = references(action, ctx);
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (ref.kind !== 'legacy-2013') continue;
      const to = ref.mapsTo.length ? ref.mapsTo.join(', ') : 'no single 2022 control';
      (out ??= []).push(
        keyedFinding(
          this,
          ctx,
          action,
          'requirement',
          'finding.legacy-2013-requirement',
          ref.mapsTo.length ? { ref: ref.id, mapped: 'yes', to } : { ref: ref.id, mapped: 'no' },
          `${label(action)}: ${ref.id} is an ISO/IEC 27001:2013 control; in the 2022 edition it is ${to}. Update the reference at the next revision.`,
        ),
      );
    }
    return out;
  },
};
