/**
 * The first steps of validate and review: read the file, choose the register sheet (by its
 * header, unless `--sheet` names it), map the header and parse the rows.
 */
import { promises as fs } from 'fs';
import path from 'path';
import {
  besideAnEmptyRegister,
  findRegisterSheet,
  NO_HEADER_FOUND,
  whatItLooksLike,
  type NotARegister,
  type SheetChoice,
} from '../../core/mapping/sheets';
import { laterHeaderRow } from '../../core/mapping/headers';
import { parseRegister, type Register, type RegisterConfig } from '../../core/register';
import type { CliOptions } from '../args';
import { checkConfig, isEmptyConfig, mergeConfig, overriddenSettings, readConfigFile } from '../config';
import { readAddinSetting } from '../io/addinSettings';
import { allNotices, readWorkbook } from '../io/readWorkbook';
import type { ReaderNotice, SheetData, WorkbookData } from '../io/types';
import { failure, PROGRESS_MIN_BYTES, type Outcome, type Progress } from '../runtime';

/** Where the reading's settings came from, lowest first (each overrides the one before). */
export interface ConfigSources {
  /** The mapping the Excel add-in stored in the workbook (checked), when it was used. */
  workbook: RegisterConfig | null;
  /** `--config` file and what it holds. */
  file: { path: string; config: RegisterConfig } | null;
  /** The options that changed a stored or configured setting. */
  overridden: string[];
  /** One sentence per thing the user should know about them (printed on stderr). */
  notes: string[];
}

export interface LoadedRegister {
  /** The file argument as given. */
  file: string;
  workbook: WorkbookData;
  sheet: SheetData;
  /** How the sheet was chosen: `--sheet`, a `--config` file, the add-in's stored mapping, or its header. */
  chosenBy: 'option' | 'config' | 'workbook' | 'header';
  /** The configuration the register was read with (stored, file and options merged). */
  config: RegisterConfig;
  configSources: ConfigSources;
  /** True when `--header-row` named the header row. */
  headerRowGiven: boolean;
  /** Other sheets that also look like registers (only when chosen by header). */
  alternatives: SheetChoice['alternatives'];
  register: Register;
  notices: ReaderNotice[];
}

function quoteList(names: readonly string[], max = 12): string {
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  return shown.join(', ') + (names.length > shown.length ? `, … (${names.length} in all)` : '');
}

function findSheet(workbook: WorkbookData, name: string): SheetData | undefined {
  return (
    workbook.sheets.find((s) => s.name === name) ??
    workbook.sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase())
  );
}

export function pickSheet(
  workbook: WorkbookData,
  options: CliOptions,
  config: RegisterConfig,
  sheetFrom: 'option' | 'config' | 'workbook' | undefined,
  /** The search over the sheets, when the caller made it already. */
  searched?: ReturnType<typeof findRegisterSheet>,
): Outcome<{
  sheet: SheetData;
  chosenBy: LoadedRegister['chosenBy'];
  alternatives: SheetChoice['alternatives'];
}> {
  const fileName = path.basename(options.file);
  if (config.sheetName !== undefined && sheetFrom !== undefined) {
    const sheet = findSheet(workbook, config.sheetName);
    if (sheet) return { ok: true, value: { sheet, chosenBy: sheetFrom, alternatives: [] } };
    const named =
      sheetFrom === 'option'
        ? ''
        : sheetFrom === 'config'
          ? ` (the "sheetName" of --config ${options.configFile})`
          : '';
    if (sheetFrom !== 'workbook') {
      return failure(
        'sheet-not-found',
        `${fileName} has no sheet named "${config.sheetName}"${named}. Its sheets: ${quoteList(workbook.sheets.map((s) => s.name))}.`,
      );
    }
  }
  const search =
    searched ??
    findRegisterSheet(workbook.sheets, {
      headerRow: config.headerRow,
      overrides: config.fields,
    });
  const choice = search.choice;
  if (!choice) {
    if (search.notRegisters.length > 0)
      return notARegister(fileName, search.notRegisters, search.notRegisters[0].name);
    return failure(
      'not-a-register',
      `${fileName}: No sheet looks like an improvement register (not-a-register): ` +
        `${NO_HEADER_FOUND} ${laterHeaderHint(workbook.sheets) ?? 'Use --sheet and --header-row, or --map.'}`,
    );
  }
  return {
    ok: true,
    value: { sheet: workbook.sheets[choice.index], chosenBy: 'header', alternatives: choice.alternatives },
  };
}

function mappingProblem(
  register: Register,
  sheet: SheetData,
  sources: ConfigSources,
  options: CliOptions,
): string | undefined {
  const bad = register.mapping.badOverrides;
  if (bad.length === 0) return undefined;
  const headers = [
    ...Object.values(register.mapping.columns).map((c) => ({ column: c!.column, header: c!.header })),
    ...register.mapping.unmapped,
  ]
    .sort((a, b) => a.column - b.column)
    .map((c) => c.header)
    .filter((h) => h.trim() !== '');
  const fromOption = (field: string) =>
    (options.config.fields as Record<string, string> | undefined)?.[field] !== undefined;
  const fromFile = (field: string) =>
    (sources.file?.config.fields as Record<string, string> | undefined)?.[field] !== undefined;
  const what = bad
    .map((b) =>
      fromOption(b.field)
        ? `--map ${b.field}=${b.target}`
        : fromFile(b.field)
          ? `"fields": { "${b.field}": "${b.target}" } in --config ${sources.file!.path}`
          : `the add-in's stored mapping ${b.field} = "${b.target}"`,
    )
    .join(', ');
  return (
    `${what}: no such header or column in row ${register.mapping.headerRow} of "${sheet.name}". ` +
    `Give the header text exactly or a column letter. Headers found: ${quoteList(headers.map(oneLine), 40)}.`
  );
}

/** A header as one line: "Target\ndate" → "Target date". */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * The three layers of settings: what the add-in stored in the workbook, `--config`, the options.
 * A `--sheet` other than the stored sheet sets the stored mapping aside (it describes another sheet).
 */
export async function resolveConfig(
  options: CliOptions,
  workbook: WorkbookData,
): Promise<
  Outcome<{ config: RegisterConfig; sources: ConfigSources; sheetFrom?: 'option' | 'config' | 'workbook' }>
> {
  const sources: ConfigSources = { workbook: null, file: null, overridden: [], notes: [] };
  const fileName = path.basename(options.file);
  if (workbook.format !== 'csv') {
    const stored = readAddinSetting(await fs.readFile(options.file));
    if (stored.kind === 'unreadable') {
      sources.notes.push(
        `The add-in's stored mapping in ${fileName} (${stored.part}) cannot be read: ${stored.reason}. It is ignored.`,
      );
    } else if (stored.kind === 'found') {
      const checked = checkConfig(stored.value);
      if (checked.problems.length > 0) {
        sources.notes.push(
          `Parts of the add-in's stored mapping in ${fileName} are ignored: ${checked.problems.join('; ')}.`,
        );
      }
      if (!isEmptyConfig(checked.config)) sources.workbook = checked.config;
    }
  }
  if (options.configFile !== undefined) {
    const read = await readConfigFile(options.configFile, options.file, options.files ?? [options.file]);
    if (!read.ok) return read;
    sources.file = { path: options.configFile, config: read.value };
  }
  const optionSheet = options.config.sheetName;
  const fileSheet = sources.file?.config.sheetName;
  const storedSheet = sources.workbook?.sheetName;
  const same = (a?: string, b?: string) =>
    a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
  let base: RegisterConfig = sources.workbook ?? {};
  if (
    sources.workbook &&
    storedSheet !== undefined &&
    ((optionSheet !== undefined && !same(optionSheet, storedSheet)) ||
      (optionSheet === undefined && fileSheet !== undefined && !same(fileSheet, storedSheet)))
  ) {
    sources.notes.push(
      `The add-in's stored mapping in ${fileName} is for the sheet "${storedSheet}"; it is not used for "${optionSheet ?? fileSheet}".`,
    );
    base = {};
    sources.workbook = null;
  } else if (
    sources.workbook &&
    storedSheet !== undefined &&
    !findSheet(workbook, storedSheet) &&
    optionSheet === undefined &&
    fileSheet === undefined
  ) {
    sources.notes.push(
      `The add-in's stored mapping in ${fileName} is for the sheet "${storedSheet}", which is not in the workbook (renamed?); the register was found by its header instead.`,
    );
    base = {};
    sources.workbook = null;
  }
  const withFile = sources.file ? mergeConfig(base, sources.file.config) : base;
  const config = mergeConfig(withFile, options.config);
  if (!isEmptyConfig(base)) {
    sources.overridden = overriddenSettings(base, mergeConfig(sources.file?.config ?? {}, options.config));
    const by =
      sources.overridden.length > 0
        ? `; ${sources.overridden.join(', ')} ${sources.overridden.length === 1 ? 'overrides' : 'override'} it`
        : '';
    sources.notes.unshift(`Read with the mapping the Excel add-in stored in ${fileName}${by}.`);
  }
  const sheetFrom =
    optionSheet !== undefined
      ? 'option'
      : fileSheet !== undefined
        ? 'config'
        : base.sheetName !== undefined
          ? 'workbook'
          : undefined;
  return { ok: true, value: { config, sources, sheetFrom } };
}

/** The document-settings key of the add-in's per-sheet register list (src/excel/settings.ts). */
export const ADDIN_REGISTERS_KEY = 'improvementPlan.registers';

/**
 * The register sheets the add-in's per-sheet list includes (issue 21), in its order, each with
 * its own stored mapping under the options (`--map` and friends apply to all) — read when the
 * register was chosen by the add-in's stored mapping, so the command line reads the sheets the
 * pane does. Empty when no list is stored or it includes one sheet; a sheet no longer in the
 * workbook, or a part of a mapping that cannot be used, is left out with a note.
 *
 * @example await storedIncludedSheets(options, workbook, sources) // [{ sheet, config }, …]
 */
export async function storedIncludedSheets(
  options: CliOptions,
  workbook: WorkbookData,
  sources: ConfigSources,
): Promise<{ sheet: SheetData; config: RegisterConfig }[]> {
  if (workbook.format === 'csv') return [];
  const fileName = path.basename(options.file);
  const stored = readAddinSetting(await fs.readFile(options.file), ADDIN_REGISTERS_KEY);
  if (stored.kind === 'unreadable') {
    sources.notes.push(
      `The add-in's list of registers in ${fileName} (${stored.part}) cannot be read: ${stored.reason}. It is ignored.`,
    );
    return [];
  }
  if (stored.kind !== 'found') return [];
  const value = stored.value as { version?: unknown; sheets?: unknown };
  if (!value || value.version !== 1 || !Array.isArray(value.sheets)) {
    sources.notes.push(
      `The add-in's list of registers in ${fileName} is not one this version reads; it is ignored.`,
    );
    return [];
  }
  const included = (value.sheets as { sheetName?: unknown; included?: unknown; config?: unknown }[]).filter(
    (s) => s && typeof s.sheetName === 'string' && s.sheetName !== '' && s.included === true,
  );
  if (included.length < 2) return [];
  const out: { sheet: SheetData; config: RegisterConfig }[] = [];
  for (const s of included) {
    const name = s.sheetName as string;
    const sheet = findSheet(workbook, name);
    if (!sheet) {
      sources.notes.push(
        `The add-in's list of registers in ${fileName} includes the sheet "${name}", which is not in the workbook (renamed?); it is left out.`,
      );
      continue;
    }
    const checked = checkConfig(s.config ?? {});
    if (checked.problems.length > 0)
      sources.notes.push(
        `Parts of the add-in's stored mapping of "${sheet.name}" in ${fileName} are ignored: ${checked.problems.join('; ')}.`,
      );
    out.push({
      sheet,
      config: mergeConfig(
        { ...checked.config, sheetName: sheet.name },
        { ...options.config, sheetName: undefined },
      ),
    });
  }
  return out;
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0; // readWorkbook reports the problem in the user's terms
  }
}

/**
 * Reads and parses the register the options point at. Every problem that stops the command is
 * a {@link CliError} (exit code 2); nothing is thrown for bad files.
 */
export async function loadRegister(
  options: CliOptions,
  progress: Progress,
): Promise<Outcome<LoadedRegister>> {
  progress.enableIf((await fileSize(options.file)) >= PROGRESS_MIN_BYTES);
  progress.phase(`Reading ${path.basename(options.file)}`);
  const read = await readWorkbook(options.file);
  if (!read.ok) return failure(read.error.code, read.error.message);
  const workbook = read.value;
  const resolved = await resolveConfig(options, workbook);
  if (!resolved.ok) return resolved;
  const { config, sources } = resolved.value;
  const searchOptions = { headerRow: config.headerRow, overrides: config.fields };
  // The search over the sheets, made once: for the choice, and again for an empty choice below.
  const search =
    resolved.value.sheetFrom === undefined ? findRegisterSheet(workbook.sheets, searchOptions) : undefined;
  const picked = pickSheet(workbook, options, config, resolved.value.sheetFrom, search);
  if (!picked.ok) return picked;
  const loaded = readRegisterSheet(options, workbook, picked.value, config, sources, progress);
  // The register-like sheet the search chose is empty, and another sheet holds the workbook's
  // content (an equipment register beside an empty work order log): the file is that other kind.
  if (loaded.ok && picked.value.chosenBy === 'header' && loaded.value.register.actions.length === 0) {
    const beside = besideAnEmptyRegister(
      search ?? findRegisterSheet(workbook.sheets, searchOptions),
      workbook.sheets,
    );
    if (beside) return notARegister(path.basename(options.file), beside, picked.value.sheet.name);
  }
  return loaded;
}

/** The `not-a-register` failure: what the file looks like, and how to read a sheet anyway. */
export function notARegister(fileName: string, notRegisters: readonly NotARegister[], sheetName: string) {
  return failure(
    'not-a-register',
    `${fileName}: No sheet looks like an improvement register (not-a-register): ` +
      `${whatItLooksLike(notRegisters)} To read "${sheetName}" as a register anyway: --sheet "${sheetName}" --header-row N --map field=Header.`,
  );
}

/**
 * Parses one chosen sheet of a read workbook as a register (the second half of
 * {@link loadRegister}; a roll-up calls it for every register sheet of a workbook).
 */
export function readRegisterSheet(
  options: CliOptions,
  workbook: WorkbookData,
  picked: {
    sheet: SheetData;
    chosenBy: LoadedRegister['chosenBy'];
    alternatives: SheetChoice['alternatives'];
  },
  config: RegisterConfig,
  sources: ConfigSources,
  progress: Progress,
): Outcome<LoadedRegister> {
  const { sheet } = picked;
  const rows = sheet.grid.values.length;
  progress.phase(`Reading the register (${rows.toLocaleString('en')} rows) in "${sheet.name}"`);
  const parsed = parseRegister(sheet.grid, config, sheet.name);
  if (!parsed.ok) {
    const others = workbook.sheets.filter((s) => s !== sheet).map((s) => s.name);
    const hint =
      picked.chosenBy !== 'header' && others.length > 0 ? ` Other sheets: ${quoteList(others)}.` : '';
    return failure(
      'header-not-found',
      `"${sheet.name}" in ${path.basename(options.file)}: ${parsed.message}${hint}`,
    );
  }
  const problem = mappingProblem(parsed.value, sheet, sources, options);
  if (problem) return failure('bad-mapping', problem);
  return {
    ok: true,
    value: {
      file: options.file,
      workbook,
      sheet,
      chosenBy: picked.chosenBy,
      config,
      configSources: sources,
      headerRowGiven: options.config.headerRow !== undefined,
      alternatives: picked.alternatives,
      register: parsed.value,
      notices: allNotices(workbook),
    },
  };
}

/** Most header texts quoted in a hint. */
const HINT_HEADERS = 4;

/**
 * Where a register's header may be when none was found in the rows it is looked for in: the
 * first visible sheet with a row further down whose words name a register's columns.
 */
function laterHeaderHint(sheets: readonly SheetData[]): string | undefined {
  for (const sheet of sheets) {
    if (sheet.hidden) continue;
    const later = laterHeaderRow(sheet.grid);
    if (!later) continue;
    const words = later.headers.slice(0, HINT_HEADERS).join(', ');
    return `Row ${later.headerRow} of "${sheet.name}" looks like a register's header (${words}): --sheet "${sheet.name}" --header-row ${later.headerRow} reads it.`;
  }
  return undefined;
}
