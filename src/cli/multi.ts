/**
 * Several registers read as one plan: every register sheet of each workbook (with its own
 * detected mapping and words), several files, and the objectives sheets beside them. With one
 * file holding one register and no objectives, the plan is that register alone and the commands
 * print what they always printed.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { besideAnEmptyRegister, findRegisterSheet } from '../core/mapping/sheets';
import { readObjectivesSheets, type ObjectivesSheet } from '../core/objectives';
import { childLink, mirrorsRegister } from '../core/rollup/related';
import { HISTORY_SHEET } from '../core/workflow/history';
import { isErrorValue } from '../core/text';
import type { CliOptions } from './args';
import {
  notARegister,
  pickSheet,
  readRegisterSheet,
  resolveConfig,
  storedIncludedSheets,
  type LoadedRegister,
} from './commands/load';
import { readWorkbook } from './io/readWorkbook';
import type { SheetData, WorkbookData } from './io/types';
import { failure, PROGRESS_MIN_BYTES, type Outcome, type Progress } from './runtime';

/** An objectives sheet of one of the files, with its measurements. */
export interface LoadedObjectives {
  file: string;
  objectives: ObjectivesSheet;
  /** The measurements table that gave measurements, when there is one. */
  measurementsSheet?: string;
  /** Rows of that table that name no objective. */
  orphanRows: number[];
}

export interface LoadedPlan {
  /** The files read, in the order given. */
  files: string[];
  registers: LoadedRegister[];
  objectives: LoadedObjectives[];
  /** One file, one register, no objectives: the commands print what a single register gives. */
  single: boolean;
  /** Sheets that looked like registers but could not be read as one, in words (printed on stderr). */
  notes: string[];
}

async function totalSize(files: readonly string[]): Promise<number> {
  let n = 0;
  for (const f of files)
    n += await fs.stat(f).then(
      (s) => s.size,
      () => 0,
    );
  return n;
}

/**
 * Sheets a roll-up never reads as registers: the add-in's history and the review sheets it wrote
 * ("Management Review 2026-11-26", "-2"). A register named "Supplier reviews" is a register.
 */
function isOwnSheet(sheet: SheetData): boolean {
  return (
    sheet.name === HISTORY_SHEET || /^management review \d{4}-\d{2}-\d{2}(-\d+)?$/i.test(sheet.name.trim())
  );
}

/** Sheet names of what people keep beside a register: lists, dashboards, summaries, copies. */
const BESIDE_A_REGISTER =
  /\b(lists?|reference|references|lookups?|dropdowns?|values|dashboard|summary|overview|instructions?|legend|help|read ?me|guide|config|settings|template|example|sample|archive|archived|old|draft|copy|backup|chart|charts|stats|statistics|pivot|report|pbc|requests?|request list)\b/;

/** Rows a second register of a workbook holds at least. */
const MIN_OTHER_ROWS = 3;

/**
 * Why another register-like sheet of a workbook is not a register of its own, or undefined when
 * it is one: a second register is read only when its name is not that of a list, dashboard,
 * summary, copy or request list, and it holds a few actions, most with an ID or a date (a
 * dropdown-values sheet has a "Status" and an "Owner" column too, but neither), whose progress it
 * tracks (a status, a done column or a closing date: a list of recommendations does not). A sheet
 * under the very header of a register already read is more of it (the list kept per team or
 * module): it needs neither action words nor IDs or dates.
 */
function notARegisterOfItsOwn(
  name: string,
  loaded: LoadedRegister,
  saysActions: boolean,
  read: readonly LoadedRegister[],
): string | undefined {
  const words = name.toLowerCase().replace(/[_\-.]+/g, ' ');
  if (BESIDE_A_REGISTER.test(words)) return 'its name says it is kept beside the register';
  // Beside a register, a schedule of audits, drills or compliance returns with a status and a
  // due date is not a second register unless its name or columns say it holds actions — or it
  // has the register's very header, column for column: the same list kept per team or module.
  const sameHeader = read.some((r) => sameLayout(r, loaded));
  if (!saysActions && !sameHeader)
    return 'neither its name nor its columns say it holds actions (corrective actions, findings, NCs, CAPA)';
  const actions = loaded.register.actions;
  // A few rows under the very header of a register read beside it are more of that register
  // (one more per-person sheet of the same export), not a sample.
  if (actions.length < MIN_OTHER_ROWS && !sameHeader)
    return `it holds ${actions.length} action ${actions.length === 1 ? 'row' : 'rows'}`;
  const { columns } = loaded.register.mapping;
  const tracked =
    columns.status ||
    loaded.register.stateColumn ||
    loaded.register.stages ||
    columns.closedDate ||
    columns.completionDate;
  if (!tracked) return 'it has no status, no done column and no closing date: nothing tracks its rows';
  const either = actions.filter(
    (a) => a.id.trim() !== '' || Object.values(a.dates).some((d) => d?.kind === 'date'),
  ).length;
  // A drop-down values sheet has a "Status" and an "Owner" column too, but never the whole header.
  if (either < actions.length / 2 && !sameHeader) return 'most of its rows have neither an ID nor a date';
  return undefined;
}

/** Columns a header must have before two sheets sharing it count as one layout. */
const SAME_LAYOUT_MIN_COLUMNS = 5;

/** The header of a register as one text: each column's field and header, in sheet order, placed from its first. */
function layoutOf(loaded: LoadedRegister): string {
  const { columns, unmapped } = loaded.register.mapping;
  const cells = [
    ...Object.values(columns).map((c) => ({ column: c.column, text: `${c.field}=${c.header}` })),
    ...unmapped.map((u) => ({ column: u.column, text: `=${u.header}` })),
  ].sort((a, b) => a.column - b.column);
  if (cells.length < SAME_LAYOUT_MIN_COLUMNS) return '';
  // Counted from the table's first column: the same header one column further left is the same layout.
  const from = cells[0].column;
  return cells.map((c) => `${c.column - from}:${c.text.trim().toLowerCase()}`).join('\n');
}

/** True when two sheets have the same header, column for column, and read it the same way. */
function sameLayout(a: LoadedRegister, b: LoadedRegister): boolean {
  const layout = layoutOf(a);
  return layout !== '' && layout === layoutOf(b);
}

/**
 * An ID that names one action across sheets: not an error a formula left ("#NUM!") nor a bare
 * running number (1, 2, 3 number the rows of every list).
 */
function namesOneAction(id: string): boolean {
  return id !== '' && !isErrorValue(id) && !/^\d{1,4}\.?$/.test(id);
}

/**
 * True when most of a sheet's IDs are those of a register already read: a workbook that keeps
 * one finding's remediation, root cause and verification on sheets of their own, linked by ID.
 */
function linkedTable(candidate: LoadedRegister, read: readonly LoadedRegister[]): boolean {
  const ids = candidate.register.actions.map((a) => a.id.trim()).filter(namesOneAction);
  if (ids.length === 0) return false;
  const known = new Set(read.flatMap((r) => r.register.actions.map((a) => a.id.trim())));
  return ids.filter((id) => known.has(id)).length >= ids.length / 2;
}

/**
 * How another register-like sheet relates to the registers already read from its workbook: a
 * view repeating their rows (left out), the actions of a findings table read before it (read in
 * its place: the actions are what the plan counts), or a findings table whose actions were read
 * (left out). Undefined when it is none of these.
 */
function relatedSheet(
  other: LoadedRegister,
  read: readonly LoadedRegister[],
  saysActions: boolean,
): { note: string; replaces?: LoadedRegister } | undefined {
  const quoted = (r: LoadedRegister) => `"${r.sheet.name}"`;
  const asSheet = (r: LoadedRegister) => ({ grid: r.sheet.grid, register: r.register });
  if (mirrorsRegister(asSheet(other), read.map(asSheet)))
    return {
      note: `repeats the rows of ${read.map(quoted).join(', ')} (a view or summary of the same actions); it is left out.`,
    };
  for (const parent of read) {
    const down = childLink(parent.register, other.sheet.grid, other.register);
    // Without IDs of its own, a sheet naming the register's IDs lists its actions again (an ageing list).
    if (down && !other.register.mapping.columns.id)
      return {
        note: `lists actions of ${quoted(parent)} again (its column "${down.header}" names their IDs on ${down.linked} rows); it is left out.`,
      };
    if (down && saysActions)
      return {
        replaces: parent,
        note:
          `holds the actions taken on the findings listed in ${quoted(parent)} (its column "${down.header}" names them on ${down.linked} rows): ` +
          `the actions are counted, from "${other.sheet.name}"; ${quoted(parent)} is left out (--sheet "${parent.sheet.name}" reads it alone).`,
      };
    const up = childLink(other.register, parent.sheet.grid, parent.register);
    if (up)
      return {
        note: `lists the findings whose actions ${quoted(parent)} holds (its column "${up.header}" names them); it is left out.`,
      };
  }
  return undefined;
}

/** The objectives sheets of a workbook (among the sheets not read as registers) and their measurements. */
function objectivesOf(
  file: string,
  workbook: WorkbookData,
  registers: ReadonlySet<SheetData>,
): LoadedObjectives[] {
  const rest = workbook.sheets.filter((s) => !registers.has(s) && !s.hidden && !isOwnSheet(s));
  return readObjectivesSheets(rest.map((s) => ({ name: s.name, grid: s.grid }))).map((o) => ({
    file,
    ...o,
  }));
}

/**
 * Reads every file of the options as one plan. A problem that stops a single-register run stops
 * this one (exit 2); a file holding only objectives is read for them when other files hold the
 * registers.
 *
 * @example await loadPlan({ ...options, files: ['audit.xlsx', 'capa.csv'] }, progress)
 */
export async function loadPlan(options: CliOptions, progress: Progress): Promise<Outcome<LoadedPlan>> {
  const files = options.files && options.files.length > 0 ? options.files : [options.file];
  progress.enableIf((await totalSize(files)) >= PROGRESS_MIN_BYTES);
  const registers: LoadedRegister[] = [];
  const objectives: LoadedObjectives[] = [];
  const notes: string[] = [];
  const several = files.length > 1;
  for (const file of files) {
    const opts: CliOptions = { ...options, file };
    progress.phase(`Reading ${path.basename(file)}`);
    const read = await readWorkbook(file);
    if (!read.ok) return failure(read.error.code, read.error.message);
    const workbook = read.value;
    const resolved = await resolveConfig(opts, workbook);
    if (!resolved.ok) return resolved;
    const { config, sources, sheetFrom } = resolved.value;
    // Named (--sheet, a config, the add-in's stored sheet) or forced by a header row or a mapping: one sheet.
    const forced = config.headerRow !== undefined || Object.keys(config.fields ?? {}).length > 0;
    const search =
      sheetFrom === undefined
        ? findRegisterSheet(workbook.sheets, { headerRow: config.headerRow, overrides: config.fields })
        : undefined;
    const read1 = new Set<SheetData>();
    if (search && !search.choice) {
      const found = objectivesOf(file, workbook, read1);
      if (several && found.length > 0) {
        objectives.push(...found);
        continue;
      }
    }
    const picked = pickSheet(workbook, opts, config, sheetFrom, search);
    if (!picked.ok) return picked;
    const first = readRegisterSheet(opts, workbook, picked.value, config, sources, progress);
    if (!first.ok) return first;
    const fromThisFile = registers.length;
    registers.push(first.value);
    read1.add(picked.value.sheet);
    // A workbook set up in the pane with several registers: the other sheets its list includes.
    const listed = sheetFrom === 'workbook' ? await storedIncludedSheets(opts, workbook, sources) : [];
    for (const s of listed) {
      if (s.sheet === picked.value.sheet) continue;
      const other = readRegisterSheet(
        opts,
        workbook,
        { sheet: s.sheet, chosenBy: 'workbook', alternatives: [] },
        s.config,
        sources,
        progress,
      );
      if (!other.ok) {
        notes.push(`${other.error.message} (included in the add-in's list of registers); it is left out.`);
        continue;
      }
      registers.push(other.value);
      read1.add(s.sheet);
    }
    if (search?.choice && !forced) {
      for (const alt of search.choice.alternatives) {
        const sheet = workbook.sheets.find((s) => s.name === alt.name);
        if (!sheet || sheet.hidden || isOwnSheet(sheet)) continue;
        const other = readRegisterSheet(
          opts,
          workbook,
          { sheet, chosenBy: 'header', alternatives: [] },
          config,
          sources,
          progress,
        );
        if (other.ok) {
          const related = relatedSheet(other.value, registers.slice(fromThisFile), alt.saysActions ?? true);
          if (related) {
            notes.push(`"${sheet.name}" in ${path.basename(file)} ${related.note}`);
            if (related.replaces) {
              registers.splice(registers.indexOf(related.replaces), 1, other.value);
              read1.delete(related.replaces.sheet);
              read1.add(sheet);
            }
            continue;
          }
        }
        if (other.ok && linkedTable(other.value, registers)) {
          notes.push(
            `"${sheet.name}" in ${path.basename(file)} holds the same IDs as a register read before it: a table about the same actions (root causes, verifications), not another register; it is left out.`,
          );
          continue;
        }
        const weak = other.ok
          ? notARegisterOfItsOwn(
              sheet.name,
              other.value,
              alt.saysActions ?? true,
              registers.slice(fromThisFile),
            )
          : undefined;
        if (weak) {
          notes.push(
            `"${sheet.name}" in ${path.basename(file)} also has a register's header, but ${weak}; it is left out (--sheet "${sheet.name}" reads it).`,
          );
          continue;
        }
        if (!other.ok || other.value.register.actions.length === 0) {
          notes.push(
            `"${sheet.name}" in ${path.basename(file)} looks like a register but holds no action rows; it is left out.`,
          );
          continue;
        }
        registers.push(other.value);
        read1.add(sheet);
      }
      // Several registers of one workbook are read in its sheet order (the first copy of a
      // duplicate is the one on the earlier sheet), whichever sheet looked most like a register.
      const ofFile = registers.splice(fromThisFile);
      const order = (r: LoadedRegister) => workbook.sheets.indexOf(r.sheet);
      registers.push(...ofFile.sort((a, b) => order(a) - order(b)));
    }
    // The register-like sheets read hold no action, and another sheet holds the workbook's content
    // (an equipment register beside an empty work order log): the file is that other kind.
    if (
      !several &&
      search?.choice &&
      picked.value.chosenBy === 'header' &&
      registers.slice(fromThisFile).every((r) => r.register.actions.length === 0)
    ) {
      const beside = besideAnEmptyRegister(search, workbook.sheets);
      if (beside) return notARegister(path.basename(file), beside, picked.value.sheet.name);
    }
    // A sheet named (--sheet, a config, the add-in's stored sheet) is read alone, as before.
    if (sheetFrom === undefined || several || listed.length > 1)
      objectives.push(...objectivesOf(file, workbook, read1));
  }
  if (registers.length === 0) {
    return failure(
      'not-a-register',
      `None of ${files.map((f) => path.basename(f)).join(', ')} holds an improvement-action register (not-a-register): ` +
        'they hold objectives only. Give the register files too.',
    );
  }
  const single = !several && registers.length === 1 && objectives.length === 0;
  // One register read: what was left out beside it is said with its other notes.
  if (single && notes.length > 0) {
    const [only] = registers;
    registers[0] = {
      ...only,
      configSources: { ...only.configSources, notes: [...only.configSources.notes, ...notes] },
    };
  }
  return { ok: true, value: { files, registers, objectives, single, notes } };
}
