import { useCallback, useEffect, useState } from 'react';
import {
  ACTION_TYPES,
  MAX_POLICY_DAYS,
  PRIORITIES,
  type ActionType,
  type Priority,
  type TargetDatePolicy,
} from '../../../core';
import type { PaneTranslator } from '../../../core/i18n';
import { ENGLISH, useT } from '../../i18n';
import { useFollowThrough } from './followThroughContext';

/** One field of the policy form: a type's, a priority's, or the re-check's days. */
export type PolicyKey = `type:${ActionType}` | `priority:${Priority}` | 'recheck';

export const POLICY_KEYS: PolicyKey[] = [
  ...ACTION_TYPES.map((t) => `type:${t}` as const),
  ...PRIORITIES.map((p) => `priority:${p}` as const),
  'recheck',
];

const text = (n: number | null) => (n === null ? '' : String(n));

/** The policy as the form's texts (blank: no limit). */
export function policyTexts(policy: TargetDatePolicy): Record<PolicyKey, string> {
  const out = { recheck: text(policy.recheckDays) } as Record<PolicyKey, string>;
  for (const t of ACTION_TYPES) out[`type:${t}`] = text(policy.targetDays[t]);
  for (const p of PRIORITIES) out[`priority:${p}`] = text(policy.priorityDays[p]);
  return out;
}

/**
 * The form's texts as a policy, or the message of each field that is not a whole number of days
 * from 1 to the most a limit may be (blank is no limit).
 *
 * @example policyOf({ ...texts, 'type:major-nc': '60' }) // { policy: { targetDays: { 'major-nc': 60, … }, … } }
 */
export function policyOf(
  texts: Record<PolicyKey, string>,
  tr: PaneTranslator = ENGLISH,
): { policy: TargetDatePolicy } | { errors: Partial<Record<PolicyKey, string>> } {
  const errors: Partial<Record<PolicyKey, string>> = {};
  const days = (key: PolicyKey): number | null => {
    const t = texts[key].trim();
    if (t === '') return null;
    if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > MAX_POLICY_DAYS) {
      errors[key] = tr.t('policy.wholeDays', { max: MAX_POLICY_DAYS });
      return null;
    }
    return Number(t);
  };
  const policy: TargetDatePolicy = {
    targetDays: Object.fromEntries(
      ACTION_TYPES.map((t) => [t, days(`type:${t}`)]),
    ) as TargetDatePolicy['targetDays'],
    priorityDays: Object.fromEntries(
      PRIORITIES.map((p) => [p, days(`priority:${p}`)]),
    ) as TargetDatePolicy['priorityDays'],
    recheckDays: days('recheck'),
  };
  return Object.keys(errors).length > 0 ? { errors } : { policy };
}

/** State of the policy form: the stored policy (or the defaults), edits, and saving. */
export function usePolicy() {
  const commands = useFollowThrough();
  const t = useT();
  const [stored, setStored] = useState(false);
  const [texts, setTexts] = useState<Record<PolicyKey, string>>();
  const [errors, setErrors] = useState<Partial<Record<PolicyKey, string>>>({});
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string }>();
  const [saving, setSaving] = useState(false);

  const load = useCallback(() => {
    const out = commands.policy();
    if (!out.ok) return setMessage({ intent: 'error', text: out.error.message });
    setStored(out.value.stored);
    setTexts(policyTexts(out.value.policy));
  }, [commands]);
  useEffect(load, [load]);

  const store = useCallback(
    async (policy: TargetDatePolicy | null) => {
      setSaving(true);
      setMessage(undefined);
      try {
        const out = await commands.savePolicy(policy);
        if (!out.ok) return setMessage({ intent: 'error', text: out.error.message });
        if (out.value.problems.length > 0)
          return setMessage({
            intent: 'error',
            text: t.t('policy.notSaved', { problems: out.value.problems.join('; ') }),
          });
        load();
        setMessage({
          intent: 'success',
          text: t.t(policy === null ? 'policy.defaultsAgain' : 'policy.saved'),
        });
      } finally {
        setSaving(false);
      }
    },
    [commands, load, t],
  );

  const save = useCallback(() => {
    if (!texts) return;
    const checked = policyOf(texts, t);
    if ('errors' in checked) return setErrors(checked.errors);
    setErrors({});
    void store(checked.policy);
  }, [texts, store, t]);

  return {
    texts,
    errors,
    stored,
    saving,
    message,
    setText: (key: PolicyKey, value: string) => setTexts((t) => t && { ...t, [key]: value }),
    save,
    reset: () => void store(null),
  };
}
