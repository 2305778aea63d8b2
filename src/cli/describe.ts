/**
 * What the command line tells the user about how it read the register — which sheet, which
 * header row, which column is which field, how their words were understood — in the shape of
 * the JSON contract (text output is formatted from the same object).
 */
import type { VocabularyNote } from '../core/mapping/vocabulary';
import type { FieldKey } from '../core/model';
import type { Register, RegisterConfig } from '../core/register';
import type { LoadedRegister } from './commands/load';
import type { ReaderNotice } from './io/types';

export interface RegisterDescription {
  file: string;
  sheet: string;
  headerRow: number;
  /** Non-blank action rows below the header. */
  rows: number;
  /** field → the user's header text. */
  mapping: Partial<Record<FieldKey, string>>;
  unmappedColumns: { column: string; header: string }[];
  /** field → column letter. */
  columns: Partial<Record<FieldKey, string>>;
  /** `--sheet`, a `--config` file's sheetName, the add-in's stored mapping, or found by its header. */
  sheetChosenBy: 'option' | 'config' | 'workbook' | 'header';
  /** Where the settings came from: the add-in's stored mapping, `--config`, the options that override them. */
  configuration: {
    workbook: boolean;
    file: string | null;
    overridden: string[];
    /** The settings the register was read with, in the shape of schemas/plan-config.schema.json. */
    effective: RegisterConfig;
  };
  /** Whether the header row was given by `--header-row` or found. */
  headerRowGiven: boolean;
  /** Other sheets that also look like registers, best first. */
  otherCandidateSheets: { name: string; headerRow: number }[];
  /** Columns with the same header as a mapped one (ignored). */
  duplicateColumns: { column: string; header: string; field: FieldKey; keptColumn: string }[];
  /** Type given to every row when there is no type column. */
  defaultType: { type: string; reason: string } | null;
  /** The user's words → canonical values, per kind. */
  vocabulary: Record<string, Record<string, string>>;
  /** Words read one way on purpose, or not understood. */
  vocabularyNotes: VocabularyNote[];
  notices: ReaderNotice[];
  /** How the register was found and read: the evidence behind every choice (`--explain`). */
  detection: Detection;
}

/** The evidence behind the reading (DESIGN.md "Reading a register you have never seen"). */
export interface Detection {
  /** First and last sheet rows of the actions read. */
  firstRow: number;
  lastRow: number;
  /** Why the table ends where it does, when rows below it were left out. */
  tableEnd: string | null;
  /** Why several rows were read as one action (a workflow-step export), or null. */
  rowsPerAction: string | null;
  /** Why each header was read over the cells one column beside it, or null. */
  headerShift: string | null;
  /** Sheet rows left out as test entries ("test", "Test1A"). */
  testRows: number[];
  /** Each field's column with its confidence (0–1), the evidence and the runner-up. */
  columns: Partial<
    Record<
      FieldKey,
      {
        column: string;
        header: string;
        how: string;
        score: number;
        evidence: string;
        runnerUp: string | null;
      }
    >
  >;
  /** Columns whose header suggested a field that their cells ruled out. */
  ruledOut: { column: string; header: string; field: FieldKey; reason: string }[];
  dateOrder: 'dmy' | 'mdy';
  dateOrderFrom: 'config' | 'dates' | 'default';
  /** The year deadlines written without one were read in, with where it came from and how many cells. */
  deadlineYear: { year: number; from: 'dates' | 'title'; cells: number } | null;
  /** How each row's state was decided when the register has no status column. */
  stateFrom: 'status column' | 'dates' | 'sheet name' | `column ${string}`;
  /** Where lateness was read: the target date column, the register's own overdue flag, or null. */
  overdueFrom: 'target date' | `column ${string}` | null;
  preset: { name: string; label: string; recognised: boolean } | null;
}

function vocabularyOf(register: Register): RegisterDescription['vocabulary'] {
  const out: RegisterDescription['vocabulary'] = {};
  for (const [kind, vocab] of Object.entries(register.vocabularies)) {
    // Keyed by the register's own words: no prototype, so "__proto__" is kept like any word.
    const words = Object.create(null) as Record<string, string>;
    for (const [n, value] of Object.entries(vocab.map)) words[vocab.words[n] ?? n] = String(value);
    out[kind] = words;
  }
  return out;
}

/** "; where blank, J "Initial Scheduled Completion Date"" for a revised date column read with its initial one. */
function fallbackNote(fallback: { letter: string; header: string } | undefined): string {
  return fallback ? `; where blank, ${fallback.letter} "${fallback.header}"` : '';
}

function detectionOf(register: Register): Detection {
  const columns: Detection['columns'] = {};
  for (const c of Object.values(register.mapping.columns).sort((a, b) => a!.column - b!.column)) {
    columns[c!.field] = {
      column: c!.letter,
      header: c!.header,
      how: c!.confidence,
      score: c!.score ?? 1,
      evidence:
        (c!.reason ?? (c!.confidence === 'override' ? 'set by you' : 'header words')) +
        fallbackNote(register.mapping.fallbacks?.[c!.field]),
      runnerUp: c!.runnerUp ? `${c!.runnerUp.letter} "${c!.runnerUp.header}"` : null,
    };
  }
  // A step export's first action sits on its last step row: the rows read still start below the header.
  const first = register.stepLog
    ? register.mapping.headerRow + 1
    : (register.actions[0]?.row ?? register.mapping.headerRow + 1);
  return {
    firstRow: first,
    lastRow: register.lastRow,
    tableEnd: register.tableEnd?.reason ?? null,
    rowsPerAction: register.stepLog?.reason ?? null,
    headerShift: register.headerShift?.reason ?? null,
    testRows: register.testRows ?? [],
    columns,
    ruledOut: register.mapping.ruledOut.map((r) => ({
      column: r.letter,
      header: r.header,
      field: r.field,
      reason: r.reason,
    })),
    dateOrder: register.dateOrder,
    dateOrderFrom: register.dateOrderFrom,
    deadlineYear: register.deadlineYear ?? null,
    stateFrom: register.mapping.columns.status
      ? 'status column'
      : register.defaultState
        ? 'sheet name'
        : register.stateColumn
          ? `column ${register.stateColumn.letter} "${register.stateColumn.header}" (${register.stateColumn.kind === 'yes-no' ? 'yes/no' : 'share done'})`
          : register.stages
            ? `column ${register.stages.map((s) => `${s.letter} "${s.header}"`).join(', ')} (stage marks)`
            : 'dates',
    overdueFrom: register.mapping.columns.targetDate
      ? 'target date'
      : register.overdueColumn
        ? `column ${register.overdueColumn.letter} "${register.overdueColumn.header}" (the register's own overdue flag)`
        : null,
    preset: register.preset ?? null,
  };
}

/** The description of a loaded register (JSON-ready). */
export function describeRegister(loaded: LoadedRegister): RegisterDescription {
  const { register, sheet } = loaded;
  const mapping: RegisterDescription['mapping'] = {};
  const columns: RegisterDescription['columns'] = {};
  const mapped = Object.values(register.mapping.columns).sort((a, b) => a!.column - b!.column);
  for (const c of mapped) {
    mapping[c!.field] = c!.header;
    columns[c!.field] = c!.letter;
  }
  return {
    file: loaded.file,
    sheet: sheet.name,
    headerRow: register.mapping.headerRow,
    rows: register.actions.length,
    mapping,
    // The columns the states were read from are used, though no field names them.
    unmappedColumns: register.mapping.unmapped
      .filter(
        (u) =>
          u.column !== register.stateColumn?.column && !register.stages?.some((s) => s.column === u.column),
      )
      .map((u) => ({ column: u.letter, header: u.header })),
    columns,
    sheetChosenBy: loaded.chosenBy,
    configuration: {
      workbook: loaded.configSources.workbook !== null,
      file: loaded.configSources.file?.path ?? null,
      overridden: loaded.configSources.overridden,
      effective: loaded.config,
    },
    headerRowGiven: loaded.headerRowGiven,
    otherCandidateSheets: loaded.alternatives.map((a) => ({ name: a.name, headerRow: a.headerRow })),
    duplicateColumns: register.mapping.duplicates.map((d) => ({
      column: d.letter,
      header: d.header,
      field: d.field,
      keptColumn: d.keptLetter,
    })),
    defaultType: register.defaultType ?? null,
    vocabulary: vocabularyOf(register),
    vocabularyNotes: Object.values(register.vocabularies).flatMap((v) => v.notes),
    notices: loaded.notices,
    detection: detectionOf(register),
  };
}
