/**
 * The findings as the command line shows them: one per row and problem (a late action whose
 * progress review is also late is one line, not two), in the command line's own words (never a
 * button of the pane), filtered by `--min-severity`, and grouped by what to do about them.
 */
import { countFindings, SEVERITY_ORDER, type Finding, type Severity } from '../core/findings';
import { RULES } from '../core/rules';
import { EN, type CoreKey, type CoreTranslator } from '../core/i18n/catalog';

/** What to do, per finding code: the heading of its group (in English; the catalogue's `cli.todo.<code>` says it in every language). */
const TODO: Record<string, string> = {
  'missing-id': 'Give each action an ID',
  'duplicate-id': 'Give each action its own ID',
  'missing-owner': 'Name an owner for each open action',
  'missing-target-date': 'Set a target completion date on each open action',
  'missing-target-review-date': 'Set a next review date on each open action',
  'unknown-status': 'Map or correct the status words',
  'unknown-type': 'Map or correct the type words',
  'unknown-source': 'Map or correct the source words',
  'invalid-date': 'Correct the cells that are not dates',
  'not-calculated': 'Open the file in Excel and save it, so its formulas have values',
  'ambiguous-date': 'Write ambiguous dates as yyyy-mm-dd or as date cells',
  'date-order': 'Correct dates that are out of order',
  'nc-closed-without-root-cause': 'Record the root cause of closed NCs, or reopen them (10.2 b)',
  'nc-closed-without-effectiveness': 'Record an effective, verified effectiveness check, or reopen (10.2 d)',
  'ofi-closed-without-remediation': 'Record the remediation of closed OFIs',
  'gate-missing-field': 'Fill the fields the current status requires',
  'closed-without-date': 'Record the date closed',
  'closed-without-evidence': 'Link the evidence of closed actions',
  overdue: 'Chase the owners of overdue actions, or agree new target dates',
  'review-overdue': 'Review the actions whose progress review is due',
  'status-is-overdue': 'Replace "Overdue" as a status with the real state',
  'unknown-requirement': 'Correct requirement references that are not in ISO/IEC 27001:2022',
  'legacy-2013-requirement': 'Update 2013 control references to the 2022 ones',
  'verifier-is-owner': 'Have someone other than the owner verify effectiveness',
  'effectiveness-check-overdue': 'Check the effectiveness of implemented NCs now due',
  'recurring-nc': 'Look at NCs that recur',
  'target-beyond-policy': 'Bring target dates within the target-date policy, or record why not',
  'target-missing-suggested': 'Set the target dates the policy suggests',
  'blame-only-root-cause': 'Find the cause behind root causes that only blame a person',
  'column-missing': 'Map or add the missing columns',
  'duplicate-across-registers': 'Keep each action in one register (the copies were counted once)',
  'objective-missing-measure': 'Say how each objective is measured (6.2 b)',
  'objective-missing-target': 'Set a target value for each objective',
  'objective-missing-owner': 'Name who is responsible for each objective (6.2 h)',
  'objective-missing-due-date': 'Set when each objective is to be met (6.2 i)',
  'objective-measurement-overdue': 'Record the measurements of objectives now due (6.2 e)',
  'objective-missed': 'Review the objectives whose due date passed unmet',
};

/** The heading of a group: what to do, from the catalogue or the rule's own description. */
export function todoOf(code: string, t: CoreTranslator = EN): string {
  if (TODO[code] !== undefined) return t.lang === 'en' ? TODO[code] : t.t(`cli.todo.${code}` as CoreKey);
  return RULES.find((r) => r.code === code)?.description.replace(/\.$/, '') ?? code;
}

/** The pane's "Set up / repair register" button, said in the command line's terms. */
function cliWords(message: string): string {
  return message
    .replace(
      /Map an existing column to the field, or add the columns \("Set up \/ repair register" in the add-in adds them all at once\)\./,
      'Map an existing column with --map field="Header" (or "fields" in --config plan.json), or add the columns to the sheet; improvement-plan init shows every column.',
    )
    .replace(/\s*\("Set up \/ repair register"[^)]*\)/g, '');
}

/**
 * One finding per row and problem: `overdue` and `review-overdue` on the same row become one
 * finding (the overdue one, which says the review is late too), and repeats of the same code, row
 * and field are dropped. Messages never name a control only the pane has.
 *
 * @example mergeFindings([overdueRow14, reviewOverdueRow14]).length // 1
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const overdueRows = new Set(findings.filter((f) => f.code === 'overdue').map((f) => f.row));
  const reviewLate = new Map<number | null, Finding>();
  for (const f of findings)
    if (f.code === 'review-overdue' && overdueRows.has(f.row)) reviewLate.set(f.row, f);
  // Repeats share a row. Findings sorted by row (as validateRegister gives them) keep a set for
  // the current row only, not a key per finding of a million rows; others keep one set.
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i++)
    sorted = (findings[i - 1].row ?? 0) <= (findings[i].row ?? 0);
  let seen = new Set<string>();
  let seenRow = 0;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.code === 'review-overdue' && reviewLate.has(f.row)) continue;
    if (sorted && (f.row ?? 0) !== seenRow) {
      seen = new Set<string>();
      seenRow = f.row ?? 0;
    }
    const key = `${f.code}\u0000${f.row}\u0000${f.field}\u0000${f.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let message = cliWords(f.message);
    const review = f.code === 'overdue' ? reviewLate.get(f.row) : undefined;
    if (review) {
      const due = /due on (\d{4}-\d{2}-\d{2})/.exec(review.message)?.[1];
      message += ` Its progress review is overdue too${due ? ` (due ${due})` : ''}.`;
      // Other languages add the same sentence from the catalogue (findingText.ts).
      out.push({ ...f, message, values: { ...f.values, reviewDue: due ?? 'none' } });
      continue;
    }
    out.push(message === f.message ? f : { ...f, message });
  }
  return out;
}

/** The findings at or above `min`. */
export function atLeast(findings: readonly Finding[], min: Severity): Finding[] {
  return findings.filter((f) => SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[min]);
}

/** Whether the run fails (exit 1) under `--fail-on`. */
export function fails(counts: Record<Severity, number>, failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  return (['error', 'warning', 'info'] as const).some(
    (s) => SEVERITY_ORDER[s] <= SEVERITY_ORDER[failOn] && counts[s] > 0,
  );
}

export interface FindingGroup {
  code: string;
  severity: Severity;
  /** What to do about them, as a heading. */
  todo: string;
  findings: Finding[];
}

/**
 * Findings grouped by code, worst first: errors, then warnings, then info; within a severity the
 * larger groups first.
 */
export function groupFindings(findings: readonly Finding[], t: CoreTranslator = EN): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity} ${f.code}`;
    let g = groups.get(key);
    if (!g)
      groups.set(key, (g = { code: f.code, severity: f.severity, todo: todoOf(f.code, t), findings: [] }));
    g.findings.push(f);
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.findings.length - a.findings.length ||
      a.code.localeCompare(b.code),
  );
}

/**
 * Sheet rows as short ranges: "4–9, 12". Runs of three or more become a range.
 *
 * @example compactRows([4, 5, 6, 7, 8, 9, 12]) // '4–9, 12'
 */
export function compactRows(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** "rows 4–9, 12" / "row 5" / "" for findings about the whole register. */
export function rowsText(findings: readonly Finding[], t: CoreTranslator = EN): string {
  const rows = findings.map((f) => f.row).filter((r): r is number => r !== null);
  if (rows.length === 0) return '';
  return t.t('cli.rows', { count: new Set(rows).size, rows: compactRows(rows) });
}

export { countFindings };
