import type { RegisterConfig } from '../core';

/**
 * The mapping and vocabulary live in the workbook's document settings, so every co-author (and
 * every device) reads the register the same way. Nothing is stored outside the workbook.
 */
const CONFIG_KEY = 'improvementPlan.config';
const HIGHLIGHT_KEY = 'improvementPlan.highlights';

function settings(): Office.Settings | undefined {
  return typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
}

export function loadConfig(): RegisterConfig | undefined {
  const value = settings()?.get(CONFIG_KEY) as unknown;
  return value && typeof value === 'object' ? (value as RegisterConfig) : undefined;
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

/** Ids of the conditional formats the add-in added to highlight findings (so they can be removed). */
export interface HighlightRecord {
  sheetName: string;
  ids: string[];
}

export function loadHighlights(): HighlightRecord | undefined {
  const value = settings()?.get(HIGHLIGHT_KEY) as unknown;
  return value && typeof value === 'object' ? (value as HighlightRecord) : undefined;
}

export async function saveHighlights(record: HighlightRecord | undefined): Promise<void> {
  const s = settings();
  if (!s) return;
  if (record) s.set(HIGHLIGHT_KEY, record);
  else s.remove(HIGHLIGHT_KEY);
  await save(s);
}
