import {
  checkPolicy,
  checkRecheckStore,
  dayFromLocalDate,
  DEFAULT_POLICY,
  POLICY_SETTING_KEY,
  RECHECKS_SETTING_KEY,
  type DayNumber,
  type Effect,
  type RecheckStore,
  type TargetDatePolicy,
} from '../../core';

/**
 * The follow-through settings kept in the workbook's document settings, beside the mapping: the
 * target-date policy (`improvementPlan.policy`) and the re-check dates of a register without a
 * re-check column (`improvementPlan.rechecks`). The command line reads both from the saved file.
 */
function settings(): Office.Settings | undefined {
  return typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
}

function save(s: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    s.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
    );
  });
}

function required(): Office.Settings {
  const s = settings();
  if (!s) throw Object.assign(new Error('Document settings are not available'), { code: 'ApiNotFound' });
  return s;
}

/** The stored policy laid over the defaults (the defaults when none is stored), and whether one is. */
export function storedPolicy(): { policy: TargetDatePolicy; stored: boolean } {
  const value = settings()?.get(POLICY_SETTING_KEY) as unknown;
  if (value === undefined || value === null) return { policy: DEFAULT_POLICY, stored: false };
  return { policy: checkPolicy(value).policy, stored: true };
}

/**
 * Stores a policy after checking it; the problems when it is not right (nothing is stored then).
 * `null` removes the stored policy: the defaults apply again.
 */
export async function savePolicy(policy: TargetDatePolicy | null): Promise<string[]> {
  const s = required();
  if (policy === null) {
    s.remove(POLICY_SETTING_KEY);
  } else {
    const checked = checkPolicy(policy);
    if (checked.problems.length > 0) return checked.problems;
    s.set(POLICY_SETTING_KEY, checked.policy);
  }
  await save(s);
  return [];
}

/** The re-check dates kept for a register without a re-check column. */
export function loadRechecks(): RecheckStore {
  return checkRecheckStore(settings()?.get(RECHECKS_SETTING_KEY));
}

/** What a move needs to schedule a re-check: the policy's days and the user's local day. */
export function recheckInput(now = new Date()): { recheckDays: number | null; today: DayNumber } {
  return { recheckDays: storedPolicy().policy.recheckDays, today: dayFromLocalDate(now) };
}

/**
 * Carries out the `schedule-recheck` effects of a move: keeps or drops re-check dates in the
 * document settings, in one save. Nothing is saved when the move has none.
 */
export async function keepRechecks(effects: readonly Effect[]): Promise<void> {
  const changes = effects.flatMap((e) => (e.kind === 'schedule-recheck' ? [e] : []));
  if (changes.length === 0) return;
  const s = required();
  const kept: Record<string, string> = { ...loadRechecks() };
  for (const { id, date } of changes) {
    if (date === null) delete kept[id];
    else kept[id] = date;
  }
  s.set(RECHECKS_SETTING_KEY, kept);
  await save(s);
}
