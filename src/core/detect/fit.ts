import { DATE_FIELDS, type FieldKey } from '../model';
import type { VocabularyKind } from '../mapping/vocabulary';
import type { ColumnProfile } from './profile';

/**
 * How well a column's cells fit a field: a factor on the header's score. `0` rules the column out
 * ("Target_Assets" holding asset names is no target date, "Source Framework" holding "NIST 800-53"
 * is no source); above 1 the cells confirm the header. A column with too few filled cells in the
 * sample says nothing (factor 1): completion dates are blank in a young register.
 */
export interface Fit {
  factor: number;
  /** Why, in a few words, for `--explain` and the pane's "Why this column?". */
  reason: string;
}

/** Filled cells a sample needs before the cells count as evidence. */
export const MIN_EVIDENCE = 3;

const VOCAB_OF: Partial<Record<FieldKey, VocabularyKind>> = {
  status: 'status',
  type: 'type',
  source: 'source',
  priority: 'priority',
  effectivenessResult: 'effectiveness',
};

/** Text fields written in words: a column of codes is none of them (a requirement or a reference is). */
const PROSE_FIELDS: readonly FieldKey[] = [
  'title',
  'description',
  'correction',
  'rootCause',
  'correctiveAction',
  'remediation',
];

const TEXT_FIELDS: readonly FieldKey[] = [...PROSE_FIELDS, 'notes', 'evidence', 'sourceRef', 'requirement'];

const pct = (share: number) => `${Math.round(share * 100)} %`;

/**
 * The content factor of one column for one field. `exactHeader` is true when the whole header is
 * one of the field's names ("Status", "Target date"): such a column keeps the field even when its
 * cells disagree (they are then reported, for the user to fix or map).
 *
 * @example fieldFit('targetDate', profileOf(['Server A', 'Laptop'])).factor // 0
 */
export function fieldFit(field: FieldKey, p: ColumnProfile, exactHeader = false): Fit {
  const fit = contentFit(field, p, exactHeader);
  // A header that is the field's own name keeps its column: its cells are then reported one by one.
  // Not a text field holding codes ("Ação": A0001, A0002): those are another sheet's IDs.
  return fit.factor === 0 && exactHeader && fit !== CODES
    ? { factor: 0.4, reason: `the header names it, but ${fit.reason}` }
    : fit;
}

function contentFit(field: FieldKey, p: ColumnProfile, exactHeader: boolean): Fit {
  if (p.filled < MIN_EVIDENCE) return { factor: 1, reason: 'too few filled cells to judge' };
  if (DATE_FIELDS.includes(field)) {
    if (p.dates >= 0.8) return { factor: 1.2, reason: `${pct(p.dates)} of the cells are dates` };
    if (p.dates >= 0.5) return { factor: 1, reason: `${pct(p.dates)} of the cells are dates` };
    // "Target date" says what the column is for: its bad cells are then reported as invalid dates.
    if (exactHeader)
      return {
        factor: 0.5,
        reason: `the header names the field, but only ${pct(p.dates)} of the cells are dates`,
      };
    return { factor: 0, reason: `only ${pct(p.dates)} of the cells are dates` };
  }
  const kind = VOCAB_OF[field];
  if (kind) {
    if (p.dates > 0.5 || p.numbers > 0.5) return { factor: 0, reason: 'the cells are dates or numbers' };
    const hits = p.hits[kind];
    if (hits >= 0.6) return { factor: 1.3, reason: `${pct(hits)} of the cells are known ${kind} words` };
    if (hits >= 0.2) return { factor: 0.8, reason: `${pct(hits)} of the cells are known ${kind} words` };
    if (exactHeader && p.distinct <= 25)
      return { factor: 0.5, reason: `the header says ${kind}, but its words are not known ones` };
    return { factor: 0, reason: `only ${pct(hits)} of the cells are ${kind} words` };
  }
  if (field === 'owner') {
    if (p.dates > 0.5 || p.numbers > 0.5) return { factor: 0, reason: 'the cells are dates or numbers' };
    if (p.meanLength > 60) return { factor: 0, reason: 'the cells are long texts, not names' };
    if (p.hits.status > 0.6) return { factor: 0, reason: 'the cells are status words' };
    if (p.emails > 0.5) return { factor: 1.3, reason: 'the cells are e-mail addresses' };
    return { factor: 1.1, reason: 'short texts such as names or teams' };
  }
  if (field === 'id') {
    if (p.dates > 0.5) return { factor: 0, reason: 'the cells are dates' };
    if (p.meanLength > 40) return { factor: 0, reason: 'the cells are long texts' };
    if (p.uniqueRatio >= 0.9) return { factor: 1.2, reason: 'the cells are short and unique' };
    if (p.uniqueRatio < 0.5) return { factor: 0.3, reason: 'the cells repeat' };
    return { factor: 1, reason: 'short cells' };
  }
  if (TEXT_FIELDS.includes(field)) {
    if (p.dates > 0.7) return { factor: 0, reason: 'the cells are dates' };
    if (p.numbers > 0.7) return { factor: 0, reason: 'the cells are numbers' };
    if (p.meanLength >= 25) return { factor: 1.1, reason: 'free text' };
    // "Item" holding CA-001, CA-003: the IDs of actions listed again, not their titles.
    if (
      PROSE_FIELDS.includes(field) &&
      p.meanLength < 12 &&
      p.values.length > 0 &&
      codeShare(p.values) >= 0.8
    )
      return CODES;
    // "Issue Status" holding Open / Closed is no issue's title, whatever its header's first word.
    if (p.hits.status > 0.6 && p.distinctRatio < 0.5)
      return { factor: 0.2, reason: 'the cells are status words, not free text' };
    if (p.meanLength < 12 && p.distinctRatio < 0.3)
      return { factor: 0.6, reason: 'a few short words repeat, not free text' };
  }
  return { factor: 1, reason: 'no content rule for this field' };
}

/** A text field's cells that are codes: no title, description or action. */
const CODES: Fit = Object.freeze({ factor: 0, reason: 'the cells are codes, not free text' });

/** "CA-001", "NC 12", "A5.1", "AX014105": a letter prefix, then a number. */
const CODE = /^[\p{L}]{0,8}[-_./ ]?\d[\p{L}\d./-]*$/u;

/** Share of the distinct texts that are codes rather than words. */
function codeShare(values: readonly string[]): number {
  let n = 0;
  for (const v of values) if (CODE.test(v.trim())) n++;
  return n / values.length;
}
