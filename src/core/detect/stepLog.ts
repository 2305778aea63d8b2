/**
 * Workflow-system exports that write one row per workflow step, not per action: a CAPA system's
 * "all steps" report repeats the CAPA number, title, status, owner and due date on every step
 * row (Step ID, sign-off date, modified date differ). Read as rows, 430 CAPAs become 12,919
 * actions and 12,489 duplicate-ID errors; the register's owner counts distinct IDs.
 *
 * The rows are one action's steps only when the evidence is strong: an ID column whose values
 * repeat on most rows, and rows of the same ID that agree on the action's own words — its
 * status and its title (or description / corrective action when there is no title). A register
 * with a few duplicated IDs, or rows sharing an audit number with different findings, is left
 * alone (duplicate IDs stay a finding there).
 */
import type { CellValue } from '../grid';
import type { FieldKey } from '../model';
import { cellText, normalizeWords } from '../text';

/** What the merge reads of an action: its ID and its cells (an `Action` of the register). */
export interface StepRow {
  id: string;
  values: Partial<Record<FieldKey, CellValue>>;
}

export interface StepLog {
  /** Rows read before merging. */
  rows: number;
  /** Actions after merging: one per ID (its last row in the sheet). */
  actions: number;
  reason: string;
}

/**
 * A column of milestones ("Planned milestones", "Hito", "Meilenstein"): a POA&M kept with one row
 * per milestone repeats the item's ID, weakness and status on each.
 */
const MILESTONE_HEADER =
  /\b(?:milestones?|hitos?|meilensteine?|jalons?|marcos?|traguardi|traguardo|mijlpalen|mijlpaal)\b/;

/** Fields that name the action itself: rows of one action's steps agree on them. */
const ACTION_WORDS: readonly FieldKey[] = ['title', 'description', 'correctiveAction'];

const MIN_ROWS = 20;
/** Distinct IDs at most this share of the rows with an ID. */
const MAX_DISTINCT_SHARE = 0.5;
/** Repeated IDs whose rows agree on status and the action's words, at least this share. */
const MIN_AGREEMENT = 0.9;

/**
 * The actions with each repeated ID merged into one (its last row: the latest step), or
 * `undefined` when the rows are not one action's steps.
 *
 * @example collapseStepLog(actions, ['status', 'title'])?.log.actions // 430
 */
export function collapseStepLog<A extends StepRow>(
  actions: readonly A[],
  mapped: readonly FieldKey[],
  otherHeaders: readonly string[] = [],
): { actions: A[]; log: StepLog } | undefined {
  if (!mapped.includes('id') || !mapped.includes('status')) return undefined;
  const words = ACTION_WORDS.find((f) => mapped.includes(f));
  if (!words) return undefined;
  // A sheet with a milestone column says it has one row per milestone: every repeated ID must
  // agree, however few the rows. Without one, only a log of many repeats is a step log.
  const perMilestone = otherHeaders.some((h) => MILESTONE_HEADER.test(normalizeWords(h)));
  // Most registers have one row per ID: counted first, without grouping, and left as they are.
  let withId = 0;
  for (const a of actions) if (a.id) withId++;
  if (!perMilestone && withId < MIN_ROWS) return undefined;
  // The count stops once the distinct IDs are more than the share allows: a register of unique
  // IDs hashes half of them, not all.
  if (!perMilestone) {
    const distinct = new Set<string>();
    for (const a of actions) {
      if (!a.id) continue;
      distinct.add(a.id);
      if (distinct.size > withId * MAX_DISTINCT_SHARE) return undefined;
    }
  }
  const groups = new Map<string, A[]>();
  for (const a of actions) {
    if (!a.id) continue;
    const list = groups.get(a.id);
    if (list) list.push(a);
    else groups.set(a.id, [a]);
  }
  let repeated = 0;
  let agreeing = 0;
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    repeated++;
    // The same word whatever its case or spacing ("in_progress", "IN_PROGRESS ").
    const status = normalizeWords(cellText(list[0]!.values.status));
    const text = cellText(list[0]!.values[words]).trim();
    if (
      text &&
      list.every(
        (a) =>
          normalizeWords(cellText(a.values.status)) === status && cellText(a.values[words]).trim() === text,
      )
    )
      agreeing++;
  }
  if (repeated === 0 || agreeing < repeated * (perMilestone ? 1 : MIN_AGREEMENT)) return undefined;
  // One action per ID, at the place of its last row (the latest step); rows without an ID stay.
  const last = new Map<string, A>();
  for (const list of groups.values()) last.set(list[0]!.id, list[list.length - 1]!);
  const out = actions.filter((a) => !a.id || last.get(a.id) === a);
  return {
    actions: out,
    log: {
      rows: actions.length,
      actions: out.length,
      reason: `${actions.length.toLocaleString('en-GB')} rows are ${out.length.toLocaleString('en-GB')} actions: each ID repeats on one row per ${perMilestone ? 'milestone' : 'step'} with the same status and ${words === 'correctiveAction' ? 'corrective action' : words}, so each ID is read once, from its last row`,
    },
  };
}
