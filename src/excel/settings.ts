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

/**
 * Several registers in one workbook (issue 21): each register sheet's own mapping and words, and
 * whether it is included, under a key of its own. The single mapping above stays as it was — the
 * first included sheet's — so the command line (which reads `improvementPlan.config` and checks
 * its keys) and earlier versions of the add-in read the workbook as before.
 */
export const REGISTERS_KEY = 'improvementPlan.registers';

/** One register sheet as stored: its name, whether it is read with the others, and its mapping. */
export interface RegisterSheetSetting {
  sheetName: string;
  included: boolean;
  config: RegisterConfig;
}

interface StoredRegisters {
  version: 1;
  /** In the order the sheets are read: the first included one is the main register. */
  sheets: RegisterSheetSetting[];
}

function isSheetSetting(value: unknown): value is RegisterSheetSetting {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<RegisterSheetSetting>;
  return (
    typeof v.sheetName === 'string' &&
    v.sheetName !== '' &&
    typeof v.included === 'boolean' &&
    !!v.config &&
    typeof v.config === 'object'
  );
}

/** The per-sheet list as stored, or undefined when the workbook holds the single mapping only. */
function loadSheetList(): RegisterSheetSetting[] | undefined {
  const value = settings()?.get(REGISTERS_KEY) as unknown;
  if (!value || typeof value !== 'object') return undefined;
  const sheets = (value as Partial<StoredRegisters>).sheets;
  return Array.isArray(sheets) ? sheets.filter(isSheetSetting) : undefined;
}

const sameSheet = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Every register sheet stored in the workbook, in reading order. A workbook that holds only the
 * single mapping (saved before several registers, or by the command line's users) reads as one
 * included sheet with that mapping; one with no stored sheet reads as none.
 *
 * @example loadRegisterSheets().filter((s) => s.included).map((s) => s.sheetName)
 */
export function loadRegisterSheets(): RegisterSheetSetting[] {
  const single = loadConfig();
  const list = loadSheetList() ?? [];
  if (!single?.sheetName) return list;
  const i = list.findIndex((s) => sameSheet(s.sheetName, single.sheetName!));
  // The single mapping is the main register's and is always written with it: it wins.
  const main = { sheetName: single.sheetName, included: true, config: single };
  return i < 0 ? [main, ...list] : list.map((s, j) => (j === i ? { ...main, included: s.included } : s));
}

async function saveSheetList(list: RegisterSheetSetting[]): Promise<void> {
  const s = settings();
  if (!s) throw Object.assign(new Error('Document settings are not available'), { code: 'ApiNotFound' });
  const main = list.find((x) => x.included);
  if (main) s.set(CONFIG_KEY, { ...main.config, sheetName: main.sheetName });
  s.set(REGISTERS_KEY, { version: 1, sheets: list } satisfies StoredRegisters);
  await save(s);
}

/**
 * Stores one sheet's mapping. With a single register (no per-sheet list yet) this is the single
 * mapping, written as before; with several, the sheet's entry (and the single mapping when the
 * sheet is the main register).
 */
export async function saveSheetConfig(config: RegisterConfig): Promise<void> {
  const list = loadSheetList();
  if (!list || !config.sheetName) return saveConfig(config);
  const all = loadRegisterSheets();
  const i = all.findIndex((s) => sameSheet(s.sheetName, config.sheetName!));
  if (i < 0) all.push({ sheetName: config.sheetName, included: false, config });
  else all[i] = { ...all[i], config };
  await saveSheetList(all);
}

/**
 * Includes a register sheet in (or leaves it out of) validation, the workflow and the review.
 * `current` is what is read now when nothing is stored yet (the detected register). The last
 * included sheet cannot be left out: the caller says so to the user.
 *
 * @example await setSheetIncluded({ sheetName: 'CAPA log', headerRow: 2 }, true, [detected])
 */
export async function setSheetIncluded(
  config: RegisterConfig & { sheetName: string },
  included: boolean,
  current: readonly RegisterSheetSetting[],
): Promise<RegisterSheetSetting[]> {
  const stored = loadRegisterSheets();
  const all = stored.length > 0 ? stored : [...current];
  const i = all.findIndex((s) => sameSheet(s.sheetName, config.sheetName));
  if (i < 0) all.push({ sheetName: config.sheetName, included, config });
  else all[i] = { ...all[i], included };
  if (!all.some((s) => s.included)) throw new Error('At least one register sheet stays included');
  await saveSheetList(all);
  return all;
}
