/**
 * The first steps of validate and review: read the file, choose the register sheet (by its
 * header, unless `--sheet` names it), map the header and parse the rows.
 */
import { promises as fs } from 'fs';
import path from 'path';
import {
  findRegisterSheet,
  NO_HEADER_FOUND,
  whatItLooksLike,
  type SheetChoice,
} from '../../core/mapping/sheets';
import { parseRegister, type Register } from '../../core/register';
import type { CliOptions } from '../args';
import { allNotices, readWorkbook } from '../io/readWorkbook';
import type { ReaderNotice, SheetData, WorkbookData } from '../io/types';
import { failure, PROGRESS_MIN_BYTES, type Outcome, type Progress } from '../runtime';

export interface LoadedRegister {
  /** The file argument as given. */
  file: string;
  workbook: WorkbookData;
  sheet: SheetData;
  /** How the sheet was chosen: named by `--sheet`, or found by its header. */
  chosenBy: 'option' | 'header';
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

function pickSheet(
  workbook: WorkbookData,
  options: CliOptions,
): Outcome<{
  sheet: SheetData;
  chosenBy: LoadedRegister['chosenBy'];
  alternatives: SheetChoice['alternatives'];
}> {
  const fileName = path.basename(options.file);
  if (options.sheet !== undefined) {
    const sheet = findSheet(workbook, options.sheet);
    if (!sheet) {
      return failure(
        'sheet-not-found',
        `${fileName} has no sheet named "${options.sheet}". Its sheets: ${quoteList(workbook.sheets.map((s) => s.name))}.`,
      );
    }
    return { ok: true, value: { sheet, chosenBy: 'option', alternatives: [] } };
  }
  const search = findRegisterSheet(workbook.sheets, {
    headerRow: options.config.headerRow,
    overrides: options.config.fields,
  });
  const choice = search.choice;
  if (!choice) {
    const first = search.notRegisters[0];
    const what = whatItLooksLike(search.notRegisters);
    return failure(
      'not-a-register',
      `${fileName}: No sheet looks like an improvement register (not-a-register): ` +
        (what
          ? `${what} To read "${first.name}" as a register anyway: --sheet "${first.name}" --header-row N --map field=Header.`
          : `${NO_HEADER_FOUND} Use --sheet and --header-row, or --map.`),
    );
  }
  return {
    ok: true,
    value: { sheet: workbook.sheets[choice.index], chosenBy: 'header', alternatives: choice.alternatives },
  };
}

function mappingProblem(register: Register, sheet: SheetData): string | undefined {
  const bad = register.mapping.badOverrides;
  if (bad.length === 0) return undefined;
  const headers = [
    ...Object.values(register.mapping.columns).map((c) => ({ column: c!.column, header: c!.header })),
    ...register.mapping.unmapped,
  ]
    .sort((a, b) => a.column - b.column)
    .map((c) => c.header)
    .filter((h) => h.trim() !== '');
  const what = bad.map((b) => `--map ${b.field}=${b.target}`).join(', ');
  return (
    `${what}: no such header or column in row ${register.mapping.headerRow} of "${sheet.name}". ` +
    `Give the header text exactly or a column letter. Headers found: ${quoteList(headers, 40)}.`
  );
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
  const picked = pickSheet(workbook, options);
  if (!picked.ok) return picked;
  const { sheet } = picked.value;
  const rows = sheet.grid.values.length;
  progress.phase(`Reading the register (${rows.toLocaleString('en')} rows) in "${sheet.name}"`);
  const parsed = parseRegister(sheet.grid, options.config, sheet.name);
  if (!parsed.ok) {
    const others = workbook.sheets.filter((s) => s !== sheet).map((s) => s.name);
    const hint =
      options.sheet !== undefined && others.length > 0 ? ` Other sheets: ${quoteList(others)}.` : '';
    return failure(
      'header-not-found',
      `"${sheet.name}" in ${path.basename(options.file)}: ${parsed.message}${hint}`,
    );
  }
  const problem = mappingProblem(parsed.value, sheet);
  if (problem) return failure('bad-mapping', problem);
  return {
    ok: true,
    value: {
      file: options.file,
      workbook,
      sheet,
      chosenBy: picked.value.chosenBy,
      headerRowGiven: options.config.headerRow !== undefined,
      alternatives: picked.value.alternatives,
      register: parsed.value,
      notices: allNotices(workbook),
    },
  };
}
