import {
  mappingToStore,
  type FieldKey,
  type Grid,
  type HeaderMapping,
  type MappedColumn,
  type Register,
  type RegisterConfig,
} from '../core';

/**
 * The main register's header detection, kept in the document settings beside the user's mapping
 * so the next read skips it (issue 22): the header row, every detected column and the header
 * row's texts. It is a cache, never the user's choice: `improvementPlan.config` keeps only what
 * the user set, the columns read from the cache are shown as detected, and the cache is used only
 * for the user mapping it was detected with and while the header row reads as it did (else the
 * header is detected again, as without it). The command line does not read it.
 */
export const DETECTION_CACHE_KEY = 'improvementPlan.detectedMapping';

export interface DetectionCache {
  version: 1;
  /** The user's stored mapping it was detected with, as JSON: another mapping does not use it. */
  for: string;
  /** What the read uses instead of the header detection ({@link mappingToStore}). */
  read: Required<Pick<RegisterConfig, 'headerRow' | 'fields' | 'headers'>>;
  /** The mapping as detected: how each column was found, shown in the mapping editor. */
  mapping: HeaderMapping;
}

function settings(): Office.Settings | undefined {
  return typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
}

const keyOf = (config: RegisterConfig) => JSON.stringify(config);

function isCache(value: unknown): value is DetectionCache {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<DetectionCache>;
  return (
    v.version === 1 &&
    typeof v.for === 'string' &&
    !!v.read &&
    typeof v.read.headerRow === 'number' &&
    Array.isArray(v.read.headers) &&
    !!v.read.fields &&
    !!v.mapping &&
    typeof v.mapping.headerRow === 'number' &&
    !!v.mapping.columns
  );
}

/** The cache for this stored mapping, if one is stored and was detected with it. */
export function loadDetectionCache(stored: RegisterConfig | undefined): DetectionCache | undefined {
  if (!stored) return undefined;
  const value = settings()?.get(DETECTION_CACHE_KEY) as unknown;
  return isCache(value) && value.for === keyOf(stored) ? value : undefined;
}

/**
 * The config that reads the register from the cache: the user's, with the detected header row,
 * every detected column (the user's own columns as they set them) and the header texts. The read
 * falls back to `stored` when the header row no longer reads so (`detected` of readRegister).
 */
export function cachedReadConfig(stored: RegisterConfig, cache: DetectionCache): RegisterConfig {
  return {
    ...stored,
    headerRow: cache.read.headerRow,
    fields: { ...cache.read.fields, ...stored.fields },
    headers: cache.read.headers,
  };
}

/**
 * The register as the detection showed it when it was read from the cache: every column the user
 * did not set carries its detected confidence, reason and runner-up again (read from the cache,
 * each column was an override), and the mapping's unmapped, duplicate and ruled-out columns are
 * the detection's. Unchanged when the header was detected (the cache was not used) or a column
 * differs from the cached one.
 */
export function asDetected(register: Register, stored: RegisterConfig, cache: DetectionCache): Register {
  const read = register.mapping;
  const detected = cache.mapping;
  if (read.headerRow !== detected.headerRow) return register;
  const user = new Set(Object.keys(stored.fields ?? {}));
  const fields = Object.keys(read.columns) as FieldKey[];
  if (fields.length !== Object.keys(detected.columns).length) return register;
  const columns: Partial<Record<FieldKey, MappedColumn>> = {};
  for (const field of fields) {
    const now = read.columns[field]!;
    const then = detected.columns[field];
    if (!then || then.column !== now.column) return register;
    if (user.has(field)) columns[field] = now;
    else if (now.confidence !== 'override')
      return register; // detected on this read: already right
    else columns[field] = then;
  }
  return { ...register, mapping: { ...detected, columns, badOverrides: read.badOverrides } };
}

/**
 * The cache of a detection read with the user's stored mapping, or undefined when that mapping
 * would not read the register the same way as stored overrides (a revised date column, a status
 * column read as yes/no states: {@link mappingToStore} leaves the header texts out).
 */
export function detectionCacheOf(
  grid: Grid,
  register: Register,
  stored: RegisterConfig,
): DetectionCache | undefined {
  const { headerRow, fields, headers } = mappingToStore(grid, register);
  if (!headers) return undefined;
  return { version: 1, for: keyOf(stored), read: { headerRow, fields, headers }, mapping: register.mapping };
}

/** Stores the cache in the document settings (one save of the settings). */
export async function saveDetectionCache(cache: DetectionCache): Promise<void> {
  const s = settings();
  if (!s) return;
  s.set(DETECTION_CACHE_KEY, cache);
  await new Promise<void>((resolve, reject) =>
    s.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
    ),
  );
}
