import { checkPolicy, POLICY_SETTING_KEY, type RegisterConfig, type TargetDatePolicy } from '../core';

/**
 * The mapping and vocabulary live in the workbook's document settings, so every co-author (and
 * every device) reads the register the same way. Nothing is stored outside the workbook.
 */
const CONFIG_KEY = 'improvementPlan.config';

function settings(): Office.Settings | undefined {
  return typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
}

export function loadConfig(): RegisterConfig | undefined {
  const value = settings()?.get(CONFIG_KEY) as unknown;
  return value && typeof value === 'object' ? (value as RegisterConfig) : undefined;
}

/**
 * The target-date policy stored beside the mapping (the command line reads the same setting), laid
 * over the defaults; undefined when none is stored. Parts that are not right are left out.
 */
export function loadPolicy(): TargetDatePolicy | undefined {
  const value = settings()?.get(POLICY_SETTING_KEY) as unknown;
  return value === undefined || value === null ? undefined : checkPolicy(value).policy;
}

function save(s: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    s.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
    );
  });
}

export async function saveConfig(config: RegisterConfig): Promise<void> {
  const s = settings();
  if (!s) throw Object.assign(new Error('Document settings are not available'), { code: 'ApiNotFound' });
  s.set(CONFIG_KEY, config);
  await save(s);
}
