/**
 * The register configuration from its three places, lowest first: the mapping the Excel add-in
 * stored in the workbook, a `--config plan.json` file, and the command-line options. One shape
 * for all three — the core's {@link RegisterConfig}, described by schemas/plan-config.schema.json —
 * so the pane, the file and the flags say the same things in the same words.
 */
import { promises as fs } from 'fs';
import { ACTION_TYPES } from '../core/model';
import { presetNames } from '../core/detect/presets';
import type { RegisterConfig } from '../core/register';
import { canonicalWord, fieldKey, VOCABULARY_KINDS, type VocabularyOption } from './argMaps';
import { failure, type Outcome } from './runtime';

/** Most bytes a config file may have: a real one is a few kilobytes. */
export const MAX_CONFIG_BYTES = 1_000_000;

const KEYS = [
  '$schema',
  'sheetName',
  'headerRow',
  'rows',
  'preset',
  'fields',
  'vocabulary',
  'dateOrder',
  'defaultType',
];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function rowNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1_048_576;
}

type Check = { config: RegisterConfig; problems: string[] };

function checkFields(v: unknown, out: Check): void {
  if (!isObject(v))
    return void out.problems.push('"fields" must be an object of field → header text or column letter');
  const fields: NonNullable<RegisterConfig['fields']> = {};
  for (const [key, target] of Object.entries(v)) {
    const field = fieldKey(key);
    if (!field) out.problems.push(`"fields": "${key}" is not a field`);
    else if (typeof target !== 'string' || target.trim() === '') {
      out.problems.push(`"fields.${key}" must be a header text or a column letter`);
    } else fields[field] = target;
  }
  if (Object.keys(fields).length > 0) out.config.fields = fields;
}

function checkVocabulary(v: unknown, out: Check): void {
  if (!isObject(v)) return void out.problems.push('"vocabulary" must be an object of kind → { word: value }');
  const vocabulary: Record<string, Record<string, string>> = {};
  for (const [kind, words] of Object.entries(v)) {
    if (!(VOCABULARY_KINDS as readonly string[]).includes(kind)) {
      out.problems.push(`"vocabulary": "${kind}" is not one of ${VOCABULARY_KINDS.join(', ')}`);
      continue;
    }
    if (!isObject(words)) {
      out.problems.push(`"vocabulary.${kind}" must be an object of your word → value`);
      continue;
    }
    // Keyed by the user's own words: no prototype, so "__proto__" is kept like any word.
    const map = Object.create(null) as Record<string, string>;
    for (const [word, value] of Object.entries(words)) {
      const canonical =
        typeof value === 'string' ? canonicalWord(kind as VocabularyOption, value) : undefined;
      if (canonical === undefined)
        out.problems.push(`"vocabulary.${kind}.${word}": "${String(value)}" is not a ${kind}`);
      else map[word] = canonical;
    }
    if (Object.keys(map).length > 0) vocabulary[kind] = map;
  }
  if (Object.keys(vocabulary).length > 0) out.config.vocabulary = vocabulary as RegisterConfig['vocabulary'];
}

function checkRows(v: unknown, out: Check): void {
  const first = isObject(v) ? v.first : undefined;
  const last = isObject(v) ? v.last : undefined;
  const ok =
    isObject(v) &&
    (first === undefined || rowNumber(first)) &&
    (last === undefined || rowNumber(last)) &&
    (first === undefined || last === undefined || first <= last);
  if (!ok)
    return void out.problems.push(
      '"rows" must be { "first": n, "last": n } with sheet row numbers, first ≤ last',
    );
  const rows: NonNullable<RegisterConfig['rows']> = {};
  if (first !== undefined) rows.first = first;
  if (last !== undefined) rows.last = last;
  out.config.rows = rows;
}

/**
 * Checks a configuration from outside (a file, or the settings stored in a workbook): the parts that
 * are right, and a sentence for each part that is not.
 *
 * @example checkConfig({ headerRow: 3, fields: { owner: 'Responsible' } }).problems // []
 */
export function checkConfig(value: unknown): Check {
  const out: Check = { config: {}, problems: [] };
  if (!isObject(value)) {
    out.problems.push('it must be a JSON object (see schemas/plan-config.schema.json)');
    return out;
  }
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key))
      out.problems.push(`"${key}" is not a setting (settings: ${KEYS.slice(1).join(', ')})`);
  }
  const v = value;
  if (v.sheetName !== undefined) {
    if (typeof v.sheetName === 'string' && v.sheetName.trim() !== '') out.config.sheetName = v.sheetName;
    else out.problems.push('"sheetName" must be the name of a sheet');
  }
  if (v.headerRow !== undefined) {
    if (rowNumber(v.headerRow)) out.config.headerRow = v.headerRow;
    else out.problems.push('"headerRow" must be a row number (1, 2, 3, …)');
  }
  if (v.rows !== undefined) checkRows(v.rows, out);
  if (v.preset !== undefined) {
    if (typeof v.preset === 'string' && presetNames().includes(v.preset)) out.config.preset = v.preset;
    else out.problems.push(`"preset" must be one of ${presetNames().join(', ')}`);
  }
  if (v.fields !== undefined) checkFields(v.fields, out);
  if (v.vocabulary !== undefined) checkVocabulary(v.vocabulary, out);
  if (v.dateOrder !== undefined) {
    if (v.dateOrder === 'dmy' || v.dateOrder === 'mdy') out.config.dateOrder = v.dateOrder;
    else out.problems.push('"dateOrder" must be "dmy" or "mdy"');
  }
  if (v.defaultType !== undefined) {
    const t = ACTION_TYPES.find((a) => a === v.defaultType);
    if (t) out.config.defaultType = t;
    else out.problems.push(`"defaultType" must be one of ${ACTION_TYPES.join(', ')}`);
  }
  return out;
}

/** The file a `"files"` key of a plan names: the path as given, else its file name. */
function namesFile(key: string, input: string): boolean {
  const base = (p: string) => p.replace(/^.*[\\/]/, '');
  return key === input || (!/[\\/]/.test(key) && base(input) === key);
}

/**
 * The settings of a plan for one input: the settings for every file, with the input's own
 * (`"files": { "capa-log.xlsx": { "sheetName": "Log" } }`) on top. Problems are sentences.
 */
function planSettings(value: unknown, input: string | undefined, inputs: readonly string[]): Check {
  if (!isObject(value) || value.files === undefined) return checkConfig(value);
  const { files, ...common } = value;
  const out = checkConfig(common);
  if (!isObject(files)) {
    out.problems.push('"files" must be an object of file name → settings for that file');
    return out;
  }
  for (const [key, settings] of Object.entries(files)) {
    if (!inputs.some((i) => namesFile(key, i)))
      out.problems.push(`"files": "${key}" is none of the files given (${inputs.join(', ')})`);
    const own = checkConfig(settings);
    out.problems.push(...own.problems.map((p) => `"files.${key}": ${p}`));
    if (input !== undefined && namesFile(key, input)) out.config = mergeConfig(out.config, own.config);
  }
  return out;
}

/**
 * Reads `--config plan.json`. Any problem in it stops the run (exit 2): a half-read configuration
 * would silently read the register another way than the user wrote. With several inputs, its
 * `"files"` object gives each its own settings (`input` is the one being read).
 */
export async function readConfigFile(
  file: string,
  input?: string,
  inputs: readonly string[] = input === undefined ? [] : [input],
): Promise<Outcome<RegisterConfig>> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_CONFIG_BYTES) {
      return failure(
        'bad-config',
        `--config ${file} is ${stat.size.toLocaleString('en')} bytes; a configuration is a small JSON file (at most 1 MB).`,
      );
    }
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    return failure(
      'bad-config',
      code === 'ENOENT'
        ? `--config ${file}: no such file.`
        : `--config ${file} cannot be read (${code || String(e)}).`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return failure('bad-config', `--config ${file} is not valid JSON (${why}).`);
  }
  const checked = planSettings(parsed, input, inputs);
  if (checked.problems.length > 0) {
    return failure('bad-config', `--config ${file}: ${checked.problems.join('; ')}.`);
  }
  return { ok: true, value: checked.config };
}

/** `over` on top of `base`: field by field, word by word; the rest setting by setting. */
export function mergeConfig(base: RegisterConfig, over: RegisterConfig): RegisterConfig {
  const out: RegisterConfig = { ...base };
  for (const [key, value] of Object.entries(over) as [keyof RegisterConfig, unknown][]) {
    if (value === undefined || key === 'fields' || key === 'vocabulary') continue;
    (out as Record<string, unknown>)[key] = value;
  }
  if (over.fields && Object.keys(over.fields).length > 0) out.fields = { ...base.fields, ...over.fields };
  if (over.vocabulary) {
    const vocabulary: Record<string, Record<string, string>> = {};
    for (const [kind, words] of Object.entries(base.vocabulary ?? {}))
      vocabulary[kind] = Object.assign(Object.create(null), words);
    for (const [kind, words] of Object.entries(over.vocabulary)) {
      if (words && Object.keys(words).length > 0)
        vocabulary[kind] = Object.assign(vocabulary[kind] ?? Object.create(null), words);
    }
    if (Object.keys(vocabulary).length > 0) out.vocabulary = vocabulary as RegisterConfig['vocabulary'];
  }
  return out;
}

/** The settings of `base` that `over` changes, named as the options that set them. */
export function overriddenSettings(base: RegisterConfig, over: RegisterConfig): string[] {
  const names: string[] = [];
  const differs = (a: unknown, b: unknown) => b !== undefined && JSON.stringify(a) !== JSON.stringify(b);
  if (differs(base.sheetName, over.sheetName)) names.push('--sheet');
  if (differs(base.headerRow, over.headerRow)) names.push('--header-row');
  if (differs(base.rows, over.rows)) names.push('--rows');
  if (differs(base.preset, over.preset)) names.push('--preset');
  if (differs(base.dateOrder, over.dateOrder)) names.push('--date-order');
  for (const [field, target] of Object.entries(over.fields ?? {})) {
    if (base.fields?.[field as keyof typeof base.fields] !== target) names.push(`--map ${field}`);
  }
  for (const [kind, words] of Object.entries(over.vocabulary ?? {})) {
    const had = (base.vocabulary as Record<string, Record<string, string>> | undefined)?.[kind] ?? {};
    for (const [word, value] of Object.entries(words ?? {})) {
      if (had[word] !== value) names.push(`--${kind}-map "${word}"`);
    }
  }
  return names;
}

/** Whether a configuration sets anything at all. */
export function isEmptyConfig(config: RegisterConfig): boolean {
  return Object.values(config).every(
    (v) => v === undefined || (typeof v === 'object' && v !== null && Object.keys(v).length === 0),
  );
}
