/**
 * Each kind of finding as what to do, counted: "12 NCs closed without a root cause". The rule
 * code stays as a detail. `one` / `many` name what the count counts; codes not listed here fall
 * back to the rule's description.
 */
const WORDS: Record<string, { one: string; many: string }> = {
  'not-a-register': { one: 'sheet that is not a register', many: 'sheets that are not registers' },
  'header-not-found': { one: 'header row not found', many: 'header rows not found' },
  'column-missing': {
    one: 'note on columns the workflow needs',
    many: 'notes on columns the workflow needs',
  },
  'missing-id': { one: 'action without an ID', many: 'actions without an ID' },
  'duplicate-id': { one: 'ID used twice', many: 'IDs used more than once' },
  'missing-owner': { one: 'open action without an owner', many: 'open actions without an owner' },
  'missing-target-date': {
    one: 'open action without a target date',
    many: 'open actions without a target date',
  },
  'missing-target-review-date': {
    one: 'open action without a target review date',
    many: 'open actions without a target review date',
  },
  'unknown-type': { one: 'type word not understood', many: 'type words not understood' },
  'unknown-status': { one: 'status word not understood', many: 'status words not understood' },
  'unknown-source': { one: 'source word not understood', many: 'source words not understood' },
  'invalid-date': { one: 'date cell that is not a date', many: 'date cells that are not dates' },
  'ambiguous-date': {
    one: 'date that could be day or month first',
    many: 'dates that could be day or month first',
  },
  'date-order': {
    one: 'action with dates in the wrong order',
    many: 'actions with dates in the wrong order',
  },
  'nc-closed-without-root-cause': {
    one: 'NC closed without a root cause',
    many: 'NCs closed without a root cause',
  },
  'nc-closed-without-effectiveness': {
    one: 'NC closed without an effectiveness check',
    many: 'NCs closed without an effectiveness check',
  },
  'ofi-closed-without-remediation': {
    one: 'OFI closed without its remediation',
    many: 'OFIs closed without their remediation',
  },
  'gate-missing-field': {
    one: 'action missing a field its status requires',
    many: 'actions missing a field their status requires',
  },
  'closed-without-date': {
    one: 'closed action without a closed date',
    many: 'closed actions without a closed date',
  },
  'closed-without-evidence': {
    one: 'closed action without evidence',
    many: 'closed actions without evidence',
  },
  overdue: { one: 'overdue action', many: 'overdue actions' },
  'review-overdue': { one: 'action past its review date', many: 'actions past their review date' },
  'status-is-overdue': { one: '“Overdue” used as a status', many: '“Overdue” used as a status' },
  'unknown-requirement': { one: 'requirement reference not found', many: 'requirement references not found' },
  'legacy-2013-requirement': {
    one: '2013 control reference to update',
    many: '2013 control references to update',
  },
  'verifier-is-owner': {
    one: 'effectiveness check done by the action owner',
    many: 'effectiveness checks done by the action owner',
  },
  'effectiveness-check-overdue': { one: 'effectiveness check overdue', many: 'effectiveness checks overdue' },
  'recurring-nc': { one: 'NC that resembles an earlier one', many: 'NCs that resemble earlier ones' },
  'target-beyond-policy': {
    one: 'target date later than the policy allows',
    many: 'target dates later than the policy allows',
  },
  'target-missing-suggested': {
    one: 'target date to set (suggested)',
    many: 'target dates to set (suggested)',
  },
  'duplicate-across-registers': {
    one: 'action in two registers',
    many: 'actions in two registers',
  },
  'blame-only-root-cause': {
    one: 'root cause that only names a person',
    many: 'root causes that only name a person',
  },
};

/**
 * A group of findings in words, with its count.
 *
 * @example groupTitle('nc-closed-without-root-cause', 12, '') // "12 NCs closed without a root cause"
 */
export function groupTitle(code: string, count: number, description: string): string {
  const words = WORDS[code];
  const n = count.toLocaleString();
  if (words) return `${n} ${count === 1 ? words.one : words.many}`;
  return `${n} × ${description || code}`;
}
