/**
 * The target-date policy: how many days at most may pass from the day an action is raised to its
 * target completion date, by type and by priority. Stored in the workbook beside the mapping (the
 * add-in's document settings, key {@link POLICY_SETTING_KEY}) and read from `--policy <file.json>`
 * on the command line (schemas/policy.schema.json). A partial policy is laid over the defaults.
 */
import { ACTION_TYPES, PRIORITIES, type ActionType, type Priority } from '../model';
import type { DayNumber } from '../dates';
import type { Action } from '../register';

/** The document-settings key the policy is stored under, beside the mapping's `improvementPlan.config`. */
export const POLICY_SETTING_KEY = 'improvementPlan.policy';

export interface TargetDatePolicy {
  /** Most days from raised to target date, per type; `null` sets no limit for that type. */
  targetDays: Record<ActionType, number | null>;
  /** Most days per priority; when an action has both, the stricter (smaller) limit applies. */
  priorityDays: Record<Priority, number | null>;
  /**
   * Days from closing an NC as effective to its re-check (clause 10.2 d/e: is the corrective action
   * still working?); `null` schedules no re-checks.
   */
  recheckDays: number | null;
}

/**
 * The defaults (README, "Target-date policy"): a major NC's corrective action within 90 days — what
 * certification bodies usually expect before they close a major finding; a minor (or unclassified)
 * NC within 180 days, which leaves time for the effectiveness check before the next surveillance
 * audit (at most 12 months away); observations and OFIs within a year. By priority: critical 30,
 * high 90, medium 180, low 365 days. A closed NC is checked again 90 days after it was closed as
 * effective: one quarter, long enough for the old cause to show again, before the next review.
 */
export const DEFAULT_POLICY: TargetDatePolicy = Object.freeze({
  targetDays: Object.freeze({ 'major-nc': 90, 'minor-nc': 180, nc: 180, observation: 365, ofi: 365 }),
  priorityDays: Object.freeze({ critical: 30, high: 90, medium: 180, low: 365 }),
  recheckDays: 90,
}) as TargetDatePolicy;

/** Most days a limit may be: ten years. */
export const MAX_POLICY_DAYS = 3650;

const TYPE_WORDS: Record<ActionType, string> = {
  'major-nc': 'a major NC',
  'minor-nc': 'a minor NC',
  nc: 'an NC',
  observation: 'an observation',
  ofi: 'an OFI',
};

export interface PolicyLimit {
  days: number;
  /** What the limit comes from, for messages: "a major NC", "priority high". */
  because: string;
}

/**
 * The limit that applies to an action: its type's, its priority's, or the smaller of both.
 * Undefined when neither has a limit (type and priority unknown, or set to no limit).
 *
 * @example policyLimit({ type: 'major-nc', priority: 'critical' }, DEFAULT_POLICY) // { days: 30, because: 'priority critical' }
 */
export function policyLimit(
  action: Pick<Action, 'type' | 'priority'>,
  policy: TargetDatePolicy = DEFAULT_POLICY,
): PolicyLimit | undefined {
  const byType = action.type ? policy.targetDays[action.type] : null;
  const byPriority = action.priority ? policy.priorityDays[action.priority] : null;
  const type = byType == null ? undefined : { days: byType, because: TYPE_WORDS[action.type!] };
  const priority =
    byPriority == null ? undefined : { days: byPriority, because: `priority ${action.priority}` };
  if (type && priority) return priority.days < type.days ? priority : type;
  return type ?? priority;
}

/**
 * The latest target date the policy allows for an action raised on `raised`.
 *
 * @example policyDate(dayFromIso('2026-01-31')!, { days: 30, because: '' }) // 2026-03-02
 */
export function policyDate(raised: DayNumber, limit: PolicyLimit): DayNumber {
  return raised + limit.days;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function days(v: unknown): v is number | null {
  return v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_POLICY_DAYS);
}

/**
 * Checks a policy from outside (a `--policy` file, or the workbook's stored setting) and lays it
 * over the defaults: the parts that are right, and a sentence for each part that is not.
 *
 * @example checkPolicy({ targetDays: { 'major-nc': 60 } }).policy.targetDays['major-nc'] // 60
 */
export function checkPolicy(value: unknown): { policy: TargetDatePolicy; problems: string[] } {
  const problems: string[] = [];
  const policy: TargetDatePolicy = {
    targetDays: { ...DEFAULT_POLICY.targetDays },
    priorityDays: { ...DEFAULT_POLICY.priorityDays },
    recheckDays: DEFAULT_POLICY.recheckDays,
  };
  if (!isObject(value)) {
    problems.push('it must be a JSON object (see schemas/policy.schema.json)');
    return { policy, problems };
  }
  const dayRule = `a whole number of days from 1 to ${MAX_POLICY_DAYS}, or null for no limit`;
  for (const key of Object.keys(value)) {
    if (!['$schema', 'targetDays', 'priorityDays', 'recheckDays'].includes(key))
      problems.push(`"${key}" is not a policy setting (settings: targetDays, priorityDays, recheckDays)`);
  }
  const table = <K extends string>(name: string, keys: readonly K[], into: Record<K, number | null>) => {
    const v = value[name];
    if (v === undefined) return;
    if (!isObject(v)) return void problems.push(`"${name}" must be an object of ${keys.join(', ')} → days`);
    for (const [key, n] of Object.entries(v)) {
      if (!(keys as readonly string[]).includes(key))
        problems.push(`"${name}": "${key}" is not one of ${keys.join(', ')}`);
      else if (!days(n)) problems.push(`"${name}.${key}" must be ${dayRule}`);
      else into[key as K] = n;
    }
  };
  table('targetDays', ACTION_TYPES, policy.targetDays);
  table('priorityDays', PRIORITIES, policy.priorityDays);
  if (value.recheckDays !== undefined) {
    if (days(value.recheckDays)) policy.recheckDays = value.recheckDays;
    else problems.push(`"recheckDays" must be ${dayRule}`);
  }
  return { policy, problems };
}

const TYPE_NAMES: Record<ActionType, string> = {
  'major-nc': 'major NC',
  'minor-nc': 'minor NC',
  nc: 'NC',
  observation: 'observation',
  ofi: 'OFI',
};

/**
 * The policy in a few sentences, for a register's guidance (the note on a new register's target
 * date header) and for people: the days per type and priority, and the re-check.
 *
 * @example describePolicy(DEFAULT_POLICY)[0] // 'Target-date policy: at most … major NC 90 days, …'
 */
export function describePolicy(policy: TargetDatePolicy): string[] {
  const days = (n: number | null) => (n === null ? 'no limit' : `${n} days`);
  return [
    `Target-date policy: at most this long from "Date raised" to "Target completion date": ${ACTION_TYPES.map((t) => `${TYPE_NAMES[t]} ${days(policy.targetDays[t])}`).join(', ')}.`,
    `By priority, when the stricter: ${PRIORITIES.map((p) => `${p} ${days(policy.priorityDays[p])}`).join(', ')}.`,
    policy.recheckDays === null
      ? 'No re-check is scheduled when an NC is closed as effective.'
      : `An NC closed as effective is checked again ${policy.recheckDays} days later ("Re-check date").`,
  ];
}
