/**
 * Command-line arguments → options, with Node's own `util.parseArgs` (no dependency). Bad
 * arguments are a result with a message for the user, never an exception.
 */
import { parseArgs } from 'util';
import { dayFromIso, type DayNumber } from '../core/dates';
import type { Severity } from '../core/findings';
import type { RegisterConfig } from '../core/register';
import { presetNames } from '../core/detect/presets';
import { parseVocabularyMaps, parseFieldMaps } from './argMaps';
import { FOLLOW_THROUGH_OPTIONS, followThroughOptions, type FollowThroughOptions } from './followThroughArgs';

import { COMMANDS, type Command } from './commandNames';
import type { CoreTranslator } from '../core/i18n/catalog';
import { checkLangOption } from './lang';

export { COMMANDS, type Command };

export const FORMATS = ['text', 'json', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats each command writes. */
const COMMAND_FORMATS: Record<Command, readonly Format[]> = {
  validate: FORMATS,
  review: ['text', 'json'],
  mapping: ['json'],
  init: ['text', 'json'],
  due: ['text', 'json'],
  calendar: ['text', 'json'],
  evidence: ['text', 'json'],
};
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Commands that read several files as one plan (`review a.xlsx b.csv --out pack.xlsx`). */
const MULTI_FILE_COMMANDS: readonly Command[] = ['validate', 'review'];

export interface CliOptions {
  command: Command;
  /** The file argument as the user typed it (the first, when several are given). */
  file: string;
  /** Every file argument, in order: validate and review read several registers as one plan. */
  files: string[];
  /** `init --objectives`: write an objectives sheet beside the register. */
  objectives: boolean;
  sheet?: string;
  /**
   * What the options say about reading the register (header row, rows, mapping, vocabularies, date
   * order); the workbook's stored mapping and `--config` lie beneath it (see config.ts).
   */
  config: RegisterConfig;
  /** `--config <plan.json>`. */
  configFile?: string;
  /** As-of date; undefined means today (the caller knows the clock). */
  asOf?: DayNumber;
  from?: DayNumber;
  to?: DayNumber;
  format: Format;
  out?: string;
  force: boolean;
  /** Print how the register was read: each field's column with its confidence and evidence. */
  explain: boolean;
  /** Findings below this severity are not listed (they still count). */
  minSeverity: Severity;
  /** Exit 1 when a finding is at or above this severity; `never` always exits 0 after a run. */
  failOn: Severity | 'never';
  /** due, calendar and `--policy` (followThroughArgs.ts). */
  followThrough?: FollowThroughOptions;
  /** `--lang <tag>`: the language of the words (default from LC_ALL, LC_MESSAGES, LANG). */
  lang?: string;
  /** The run's language, resolved from `lang` and the environment before the command runs. */
  translator?: CoreTranslator;
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | { kind: 'error'; message: string; command?: Command };

/** Every option, as `util.parseArgs` reads them (the README lists each: test/cli/readme.test.ts). */
export const OPTIONS = {
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  rows: { type: 'string' },
  preset: { type: 'string' },
  explain: { type: 'boolean' },
  map: { type: 'string', multiple: true },
  'status-map': { type: 'string', multiple: true },
  'type-map': { type: 'string', multiple: true },
  'source-map': { type: 'string', multiple: true },
  'priority-map': { type: 'string', multiple: true },
  'effectiveness-map': { type: 'string', multiple: true },
  config: { type: 'string' },
  'min-severity': { type: 'string' },
  'fail-on': { type: 'string' },
  'date-order': { type: 'string' },
  'as-of': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
  ...FOLLOW_THROUGH_OPTIONS,
  objectives: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** parseArgs' own messages mention its API; say it in the user's terms instead. */
function parseError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const msg = e instanceof Error ? e.message : String(e);
  const option = /'(-[^']*)'/.exec(msg)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return option ? `Option ${option.split(' ')[0]} needs a value.` : msg;
  }
  return msg;
}

function isoOption(values: Values, name: 'as-of' | 'from' | 'to'): DayNumber | undefined | string {
  const text = values[name];
  if (text === undefined) return undefined;
  const day = dayFromIso(text);
  return day ?? `--${name} must be a date written yyyy-mm-dd (for example 2026-11-26), not "${text}".`;
}

function headerRowOption(text: string | undefined): number | undefined | string {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > 1_048_576) {
    return `--header-row must be a row number (1, 2, 3, …), not "${text}".`;
  }
  return n;
}

/** `--rows 5:120`, `--rows 5:` or `--rows :120` — the sheet rows that hold the actions. */
function rowsOption(text: string | undefined): RegisterConfig['rows'] | string {
  if (text === undefined) return undefined;
  const m = /^\s*(\d*)\s*[:-]\s*(\d*)\s*$/.exec(text);
  const first = m?.[1] ? Number(m[1]) : undefined;
  const last = m?.[2] ? Number(m[2]) : undefined;
  if (
    !m ||
    (first === undefined && last === undefined) ||
    first === 0 ||
    last === 0 ||
    (first ?? 1) > (last ?? Infinity)
  ) {
    return `--rows must be the first and last sheet rows of the actions, such as 5:120 (or 5: to the end), not "${text}".`;
  }
  return { first, last };
}

function buildOptions(command: Command, files: string[], values: Values): CliOptions | string {
  const file = files[0];
  if (values.objectives && command !== 'init') {
    return `--objectives is an option of init (it writes an objectives sheet beside the register); validate and review read an objectives sheet when the workbook has one.`;
  }
  const headerRow = headerRowOption(values['header-row']);
  if (typeof headerRow === 'string') return headerRow;
  const rows = rowsOption(values.rows);
  if (typeof rows === 'string') return rows;
  const preset = values.preset;
  if (preset !== undefined && !presetNames().includes(preset)) {
    return `--preset must be one of ${presetNames().join(', ')}, not "${preset}".`;
  }
  const dates: Partial<Record<'as-of' | 'from' | 'to', DayNumber>> = {};
  for (const name of ['as-of', 'from', 'to'] as const) {
    const d = isoOption(values, name);
    if (typeof d === 'string') return d;
    if (d !== undefined) dates[name] = d;
  }
  if (dates.from !== undefined && dates.to !== undefined && dates.from > dates.to) {
    return `--from (${values.from}) is after --to (${values.to}). Give the start of the period first.`;
  }
  const formats = COMMAND_FORMATS[command];
  const format = (values.json ? 'json' : (values.format ?? formats[0])) as Format;
  if (!formats.includes(format)) {
    return `--format must be ${formats.join(', ').replace(/, (\w+)$/, ' or $1')} for ${command}, not "${format}".`;
  }
  const minSeverity = values['min-severity'] ?? 'info';
  if (!(SEVERITIES as readonly string[]).includes(minSeverity)) {
    return `--min-severity must be error, warning or info, not "${minSeverity}".`;
  }
  const failOn = values['fail-on'] ?? 'error';
  if (![...SEVERITIES, 'never'].includes(failOn)) {
    return `--fail-on must be error, warning, info or never, not "${failOn}".`;
  }
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy') {
    return `--date-order must be dmy (03/04/2026 is 3 April) or mdy (March 4), not "${dateOrder}".`;
  }
  const fields = parseFieldMaps(values.map ?? []);
  if (typeof fields === 'string') return fields;
  const vocabulary = parseVocabularyMaps({
    status: values['status-map'] ?? [],
    type: values['type-map'] ?? [],
    source: values['source-map'] ?? [],
    priority: values['priority-map'] ?? [],
    effectiveness: values['effectiveness-map'] ?? [],
  });
  if (typeof vocabulary === 'string') return vocabulary;
  if (values.out !== undefined && !['review', 'mapping', 'calendar', 'evidence'].includes(command)) {
    return `--out is an option of review and mapping (and of calendar and evidence); ${command} ${command === 'init' ? 'writes to the file you name' : 'only reports'}.`;
  }
  if (values.explain && command !== 'validate' && command !== 'review') {
    return `--explain is an option of validate and review.`;
  }
  const followThrough = followThroughOptions(command, values);
  if (typeof followThrough === 'string') return followThrough;
  const badLang = values.lang === undefined ? undefined : checkLangOption(values.lang);
  if (badLang) return badLang;
  const config: RegisterConfig = { headerRow, fields, vocabulary, dateOrder, rows, preset };
  if (values.sheet !== undefined) config.sheetName = values.sheet;
  for (const key of Object.keys(config) as (keyof RegisterConfig)[]) {
    if (config[key] === undefined) delete config[key];
  }
  return {
    command,
    file,
    files,
    objectives: values.objectives ?? false,
    sheet: values.sheet,
    config,
    configFile: values.config,
    asOf: dates['as-of'],
    from: dates.from,
    to: dates.to,
    format,
    out: values.out,
    force: values.force ?? false,
    explain: values.explain ?? false,
    minSeverity: minSeverity as Severity,
    failOn: failOn as Severity | 'never',
    followThrough,
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
  };
}

/**
 * Parses `argv` (without `node` and the script): a command, one file, options.
 *
 * @example parseCommandLine(['validate', 'register.xlsx', '--format', 'json']).kind // 'run'
 */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const first = argv.find((a) => !a.startsWith('-'));
    const command = COMMANDS.find((c) => c === first);
    return { kind: 'error', message: parseError(e), command };
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.version) return { kind: 'version' };
  const command = COMMANDS.find((c) => c === name);
  if (name === 'help') return { kind: 'help', command: COMMANDS.find((c) => c === rest[0]) };
  if (values.help) return { kind: 'help', command };
  if (name === undefined) return { kind: 'error', message: 'Give a command and a file.' };
  if (!command) {
    return {
      kind: 'error',
      message: `Unknown command "${name}". Use validate, review, mapping, init, due, calendar or evidence.`,
    };
  }
  if (rest.length === 0) return { kind: 'error', message: `${command} needs a file.`, command };
  if (rest.length > 1 && !MULTI_FILE_COMMANDS.includes(command)) {
    return {
      kind: 'error',
      message: `${command} takes one file, but got ${rest.length}: ${rest.join(', ')}. Quote a path that contains spaces.`,
      command,
    };
  }
  const options = buildOptions(command, rest, values);
  if (typeof options === 'string') return { kind: 'error', message: options, command };
  return { kind: 'run', options };
}
