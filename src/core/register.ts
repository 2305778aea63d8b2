import { cellAt, columnLetter, formatAt, gridWidth, type CellValue, type Grid } from './grid';
import { parseDateCell, parseYearlessDate, type DateOrder, type DateParse, type DayNumber } from './dates';
import { cellText, isBlank, isMissing } from './text';
import {
  DATE_FIELDS,
  FIELDS,
  isOpen,
  type ActionType,
  type FieldKey,
  type Priority,
  type Source,
  type State,
} from './model';
import {
  findOverrideColumn,
  overrideColumn,
  rowHeaders,
  detectHeader,
  headerTexts,
  headerWords,
  type FieldOverrides,
  type HeaderMapping,
  type MappedColumn,
} from './mapping/headers';
import {
  lookupWord,
  mapVocabulary,
  resolveWord,
  type CanonicalOf,
  type VocabularyKind,
  type VocabularyMap,
} from './mapping/vocabulary';
import { normalizeWords } from './text';
import { findTableShape, type TableEnd } from './detect/extent';
import { learnDateOrder } from './detect/dateOrder';
import { learnDeadlineYear, type DeadlineYear } from './detect/deadlineYear';
import { presetFields, recognisePreset } from './detect/presets';
import { shiftedHeader, type HeaderShift } from './detect/headerShift';
import { findStageColumns, stateFromStages, type Stage } from './detect/stageColumns';
import { findStateColumn, stateFromColumn, statusInWords, type StateColumn } from './detect/stateColumn';
import { findOverdueColumn, flaggedOverdue, type OverdueColumn } from './detect/overdueColumn';
import { mergedBlocks } from './detect/merges';
import { collapseStepLog, type StepLog } from './detect/stepLog';
import { settleByClosingDates } from './detect/closedByDates';
import { splitRecordHalves } from './detect/splitRecords';

/** Everything a user can configure about how their register is read (stored in the workbook). */
export interface RegisterConfig {
  /** The sheet that holds the register (the add-in stores it; the CLI takes `--sheet`). */
  sheetName?: string;
  /** 1-based sheet row of the header; detected when absent. */
  headerRow?: number;
  /** field → header text or column letter. */
  fields?: FieldOverrides;
  /** user word → canonical value, per kind. */
  vocabulary?: { [K in VocabularyKind]?: Record<string, CanonicalOf[K]> };
  /** How to read 03/04/2026: day first (default) or month first. */
  dateOrder?: DateOrder;
  /** Type for every row when the register has no type column (e.g. a sheet that is an NC register). */
  defaultType?: ActionType;
  /** 1-based sheet rows of the actions (`--rows 5:120`); the end of the table is detected when absent. */
  rows?: { first?: number; last?: number };
  /** A well-known layout to read the register as (`poam`, `jira`, `capa`); recognised when absent. */
  preset?: string;
  /**
   * The header row's texts from column A, as they read when `fields` was saved naming every mapped
   * column ({@link mappingToStore}). While the header row still reads so, the mapping is the stored
   * one as it is: the header is not detected again (no header scoring, no sample of cells). When a
   * header changed, it is detected as without this, `fields` kept as overrides.
   */
  headers?: string[];
}

export interface Action {
  /** 1-based sheet row. */
  row: number;
  /** The id text ('' when blank). */
  id: string;
  /** Raw cell values of the mapped fields. */
  values: Partial<Record<FieldKey, CellValue>>;
  type?: ActionType;
  /** Canonical state; undefined when the word is unknown or is "Overdue". */
  state?: State;
  /** True when the status cell says "Overdue" (or a synonym). */
  statusIsOverdue: boolean;
  /** True when the register's own overdue flag says yes (read only when it has no target date column). */
  flaggedOverdue: boolean;
  source?: Source;
  priority?: Priority;
  /** Parsed date fields (only for mapped date columns). */
  dates: Partial<Record<FieldKey, DateParse>>;
}

export interface Vocabularies {
  status: VocabularyMap<'status'>;
  type: VocabularyMap<'type'>;
  source: VocabularyMap<'source'>;
  priority: VocabularyMap<'priority'>;
  effectiveness: VocabularyMap<'effectiveness'>;
}

export interface Register {
  mapping: HeaderMapping;
  vocabularies: Vocabularies;
  actions: Action[];
  /** Type applied to rows without a type column, and why. */
  defaultType?: { type: ActionType; reason: string };
  dateOrder: DateOrder;
  /** How the date order was decided: set in the mapping, learned from the dates, or the default. */
  dateOrderFrom: 'config' | 'dates' | 'default';
  /** The year deadlines written without one ("Septiembre", "KW 12") are read in, when there are any. */
  deadlineYear?: DeadlineYear;
  /** 1-based sheet row of the last row read. */
  lastRow: number;
  /** Where the table ends and why, when rows below it were left out. */
  tableEnd?: TableEnd;
  /** True when the register has no status column and each row's state was read from its dates. */
  stateFromDates: boolean;
  /** State of every row of a register without a status column whose sheet says it ("Closed items"). */
  defaultState?: { state: State; reason: string };
  /** The yes/no or percent-complete column each row's state was read from, when there is no status column. */
  stateColumn?: StateColumn;
  /** Sheet rows left out as entries typed to try the sheet out ("test", "Test1A"). */
  testRows?: number[];
  /** Set when the rows sit one column beside their header and each header was read over its cells. */
  headerShift?: HeaderShift;
  /** The stage columns ("Started | Done | Verified") each row's state was read from by its marks. */
  stages?: readonly Stage[];
  /** The register's own yes/no overdue flag, read when it has no target date column. */
  overdueColumn?: OverdueColumn;
  /** The well-known layout the register was read as, and whether it was recognised or named. */
  preset?: { name: string; label: string; recognised: boolean };
  /** Set when the rows are workflow steps, merged into one action per ID. */
  stepLog?: StepLog;
}

export type RegisterResult =
  { ok: true; value: Register } | { ok: false; reason: 'header-not-found'; message: string };

const VOCAB_FIELD: Record<VocabularyKind, FieldKey> = {
  status: 'status',
  type: 'type',
  source: 'source',
  priority: 'priority',
  effectiveness: 'effectivenessResult',
};

/**
 * A status header naming the action's status ("Statut de l'action", "Action status", "Estado de
 * la acción"): its OK / NOK say whether the action is done.
 */
const ACTION_STATUS_HEADER =
  /\b(action|actions|accion|acciones|acao|acoes|azione|azioni|massnahme|massnahmen|mesure|mesures|intezkedes|maatregel|task|tache|tarea|tarefa|capa)\b/;

/**
 * Type implied by a sheet name when the register has no type column: the ICT Institute template
 * keeps NCs and observations on separate sheets named after them.
 *
 * @example typeFromSheetName('Non-conformity register') // 'nc'
 */
export function typeFromSheetName(name: string | undefined): ActionType | undefined {
  const n = normalizeWords(name ?? '');
  if (/\b(non ?conformit(y|ies)|nc|ncr|no conformidades?)\b/.test(n)) return 'nc';
  if (/\bobservations?\b/.test(n)) return 'observation';
  if (/\b(ofi|opportunit(y|ies)|improvements?|mejoras?)\b/.test(n)) return 'ofi';
  return undefined;
}

/**
 * Reads a register grid: finds and maps the header, maps the vocabulary of the status, type,
 * source and priority columns, and turns every non-blank row below the header into an
 * {@link Action}. Returns a result, never throws on user data.
 *
 * @example parseRegister({ values: [['ID', 'Type', 'Status', 'Owner'], ['NC-1', 'Minor', 'Open', 'Ana']] })
 */
export function parseRegister(grid: Grid, config: RegisterConfig = {}, sheetName?: string): RegisterResult {
  const firstRow = grid.firstRow ?? 1;
  const lastGiven = config.rows?.last;
  const sampleEnd = lastGiven !== undefined ? lastGiven - firstRow + 1 : undefined;
  // A stored mapping that names every column, over a header row that still reads as stored, is used as is.
  const trusted = storedMapping(grid, config);
  let mapping =
    trusted ?? detectHeader(grid, { headerRow: config.headerRow, overrides: config.fields, sampleEnd });
  let preset: Register['preset'];
  if (mapping) {
    const headers = headerTexts(grid, mapping.headerRow);
    const found = recognisePreset(headers, config.preset);
    if (found) {
      preset = { name: found.name, label: found.label, recognised: config.preset === undefined };
      const overrides = presetFields(found, headers, config.fields);
      const again =
        (trusted && storedMapping(grid, { ...config, fields: overrides })) ??
        detectHeader(grid, { headerRow: mapping.headerRow, overrides, sampleEnd });
      if (again) mapping = fromPreset(again, config.fields ?? {}, found.label);
      config = { ...config, vocabulary: mergeVocabulary(found.vocabulary, config.vocabulary) };
    }
  }
  if (!mapping || Object.keys(mapping.columns).length === 0) {
    return {
      ok: false,
      reason: 'header-not-found',
      message: config.headerRow
        ? `Row ${config.headerRow} does not look like a register header: none of its cells names a known column (ID, Type, Status, Owner, Target date, …). Choose another header row or map the columns by hand.`
        : 'No header row with enough known columns (ID, Type, Status, Owner, Target date, …) was found in the first 60 rows. Choose the header row or map the columns by hand.',
    };
  }
  // Rows pasted one column beside their header: each header read over the cells it stands for.
  let headerShift: HeaderShift | undefined;
  if (!trusted && !preset && !config.fields) {
    const shifted = shiftedHeader(grid, mapping, sampleEnd);
    if (shifted) ({ grid, mapping, shift: headerShift } = shifted);
  }
  const firstColumn = grid.firstColumn ?? 1;
  const startIdx = Math.max(mapping.headerRow - firstRow + 1, (config.rows?.first ?? 0) - firstRow);
  let endIdx = grid.values.length; // exclusive
  let tableEnd: TableEnd | undefined;
  let testRows: number[] | undefined;
  let skip: ReadonlySet<number> | undefined;
  // Vertically merged cells read as Excel shows them: their value down every row they cover.
  const blocks = mergedBlocks(grid, mapping, startIdx);
  grid = blocks.grid;
  if (blocks.continuation.size > 0) skip = blocks.continuation;
  if (sampleEnd !== undefined) endIdx = Math.min(endIdx, Math.max(startIdx, sampleEnd));
  else {
    const shape = findTableShape(grid, mapping, startIdx);
    tableEnd = shape.end;
    if (tableEnd) endIdx = tableEnd.index;
    testRows = shape.testRows;
    if (shape.sectionRows.size > 0)
      skip = skip ? new Set([...skip, ...shape.sectionRows]) : shape.sectionRows;
  }
  const dateOrderLearned = config.dateOrder ? undefined : learnDateOrder(grid, mapping, startIdx, endIdx);
  const dateOrder = config.dateOrder ?? dateOrderLearned ?? 'dmy';
  const deadlineYear = learnDeadlineYear(grid, mapping, startIdx, endIdx, dateOrder, sheetName ?? '');
  // Stages marked with an X under "Started | Done | Verified", unless a status column says it in words.
  const stages = statusInWords(mapping) ? undefined : findStageColumns(grid, mapping, startIdx, endIdx);
  if (stages) mapping = withoutStageFields(mapping, stages);
  // Else a yes/no or percent-complete column gives the states when no status column holds words.
  const stateColumn = stages ? undefined : findStateColumn(grid, mapping, startIdx, endIdx);
  if (stateColumn?.insteadOf) mapping = withoutField(mapping, stateColumn);
  // A status column of other words ("Disposition") yields to the "Closed?" answers found beside it.
  if (stateColumn && mapping.columns.status) mapping = withoutStatus(mapping, stateColumn);
  const overdueColumn = findOverdueColumn(grid, mapping, startIdx, endIdx);

  // Pass 1: collect distinct words of the vocabulary columns. Status words are never
  // placeholders: "Pending" or "To do" is a state (free-text fields keep the placeholder list).
  const distinct: Record<VocabularyKind, Set<string>> = {
    status: new Set(),
    type: new Set(),
    source: new Set(),
    priority: new Set(),
    effectiveness: new Set(),
  };
  for (const kind of Object.keys(VOCAB_FIELD) as VocabularyKind[]) {
    const col = mapping.columns[VOCAB_FIELD[kind]];
    if (col)
      collectWords(grid, col.column - firstColumn, startIdx, endIdx, kind === 'status', distinct[kind], skip);
  }
  const context = {
    verifiesEffectiveness: !!(mapping.columns.effectivenessResult || mapping.columns.verifiedBy),
    actionStatus: ACTION_STATUS_HEADER.test(normalizeWords(mapping.columns.status?.header ?? '')),
  };
  const vocabularies: Vocabularies = {
    status: mapVocabulary('status', distinct.status, config.vocabulary?.status, context),
    type: mapVocabulary('type', distinct.type, config.vocabulary?.type),
    source: mapVocabulary('source', distinct.source, config.vocabulary?.source),
    priority: mapVocabulary('priority', distinct.priority, config.vocabulary?.priority),
    effectiveness: mapVocabulary('effectiveness', distinct.effectiveness, config.vocabulary?.effectiveness),
  };
  // A "Type" or "Kategori" of topics (Analytics, Security, SEO), not one word of it an NC or OFI
  // type: the register is untyped, which is allowed, rather than wrong on every row.
  const typeColumn = mapping.columns.type;
  if (
    typeColumn &&
    typeColumn.confidence !== 'override' &&
    !config.vocabulary?.type &&
    distinct.type.size > 0 &&
    Object.keys(vocabularies.type.map).length === 0
  ) {
    const reason = 'none of its words is an NC or OFI type: the register is read untyped';
    mapping = withoutFields(mapping, [
      { field: 'type', letter: typeColumn.letter, header: typeColumn.header, reason },
    ]);
    vocabularies.type = mapVocabulary('type', new Set());
  }
  let defaultType: Register['defaultType'];
  if (!mapping.columns.type) {
    if (config.defaultType) defaultType = { type: config.defaultType, reason: 'set in the mapping' };
    else {
      const fromName = typeFromSheetName(sheetName);
      if (fromName) defaultType = { type: fromName, reason: `the sheet is named "${sheetName}"` };
    }
  }

  // The sheet's name says the state only when no date column can say it row by row.
  const datesSayIt = !!(mapping.columns.closedDate || mapping.columns.completionDate);
  const defaultState =
    mapping.columns.status || datesSayIt || stateColumn || stages ? undefined : stateFromSheetName(sheetName);

  // Pass 2: actions.
  const base = {
    mapping,
    vocabularies,
    defaultType,
    dateOrder,
    deadlineYear,
    defaultState,
    stateColumn,
    stages,
    overdueColumn,
  };
  // Rows at the table's end holding only a drop-down's defaults wait for the next actions.
  const lastIdx = defaultsTail(grid, startIdx, endIdx, mapping, grid.firstColumn ?? 1);
  let actions = actionsFromGrid(base, grid, startIdx, lastIdx, skip);
  // A status word the lexicon does not know, on rows that all carry a closing date, is read so.
  if (mapping.columns.status && (mapping.columns.closedDate || mapping.columns.completionDate))
    settleByClosingDates(actions, vocabularies.status, !!mapping.columns.closedDate);
  // Records typed over two rows (ID and event above, action and status below): one action each.
  const halves = splitRecordHalves(actions);
  if (halves.size > 0) actions = joinHalves(actions, halves);
  // One row per workflow step (a CAPA system's step export): one action per ID.
  const steps = collapseStepLog(
    actions,
    Object.keys(mapping.columns) as FieldKey[],
    mapping.unmapped.map((u) => u.header),
  );
  if (steps) actions = steps.actions;
  const lastRow = actions.length ? actions[actions.length - 1].row : mapping.headerRow;
  return {
    ok: true,
    value: {
      mapping,
      vocabularies,
      actions,
      defaultType,
      dateOrder,
      dateOrderFrom: config.dateOrder ? 'config' : dateOrderLearned ? 'dates' : 'default',
      deadlineYear,
      lastRow,
      tableEnd,
      stateFromDates: !mapping.columns.status && !defaultState && !stateColumn && !stages,
      defaultState,
      stateColumn,
      stages,
      overdueColumn,
      preset,
      headerShift,
      testRows,
      stepLog: steps?.log,
    },
  };
}

/** Stands for "no cell yet" in {@link collectWords}: equal to no cell value. */
const NO_CELL = Symbol('no cell');

/**
 * Adds the distinct texts of one column's rows `[from, to)` to `words`, in row order, placeholders
 * left out unless `placeholders` (status words are never placeholders). A cell equal to the row
 * above's adds nothing and is not looked at again.
 */
function collectWords(
  grid: Grid,
  idx: number,
  from: number,
  to: number,
  placeholders: boolean,
  words: Set<string>,
  skip?: ReadonlySet<number>,
): void {
  let last: CellValue | undefined | typeof NO_CELL = NO_CELL;
  for (let r = from; r < to; r++) {
    // Rows that are not actions (an example row's "Open / Closed", a band) lend no word.
    if (skip?.has(r)) continue;
    const row = grid.values[r];
    const v = row ? row[idx] : undefined;
    if (v === last) continue;
    last = v;
    const t = cellText(v);
    if (t && (placeholders || !isMissing(t))) words.add(t);
  }
}

/**
 * `resolveWord` for one vocabulary, remembered per text: a register repeats a handful of status,
 * type, source and priority words on every row.
 */
function wordReader<K extends VocabularyKind>(
  vocabulary: VocabularyMap<K>,
): (text: string) => CanonicalOf[K] | undefined {
  const known = new Map<string, CanonicalOf[K] | null>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) known.set(text, (value = resolveWord(vocabulary, text) ?? null));
    return value ?? undefined;
  };
}

/**
 * The mapping a config stores when it names the header row, every mapped column (`fields`) and
 * the header row's texts as they were (`headers`), and the grid's header row still reads so:
 * each field on the column its header text or letter names (as an override), every other
 * non-blank header unmapped — what {@link detectHeader} gives for the same config when those
 * texts are unchanged, without scoring the other headers or sampling the cells. Undefined when
 * the config does not say all of it, a header changed, or a field names no column: the header
 * is then detected.
 *
 * @example storedMapping({ values: [['ID', 'Owner']] }, { headerRow: 1, fields: { id: 'ID', owner: 'B' }, headers: ['ID', 'Owner'] })?.columns.owner?.column // 2
 */
export function storedMapping(grid: Grid, config: RegisterConfig): HeaderMapping | undefined {
  const { headerRow, headers: stored, fields } = config;
  if (headerRow === undefined || !stored || !fields) return undefined;
  const targets = Object.entries(fields) as [FieldKey, string][];
  const idx = headerRow - (grid.firstRow ?? 1);
  if (targets.length === 0 || idx < 0 || idx >= grid.values.length) return undefined;
  // The header row as the detection reads it: every column of the grid's width.
  const firstColumn = grid.firstColumn ?? 1;
  const width = gridWidth(grid);
  const headers = rowHeaders(grid, idx, width);
  // The stored texts are from column A: columns left of the grid and right of it are blank.
  const last = Math.max(stored.length, firstColumn - 1 + width);
  for (let col = 1; col <= last; col++) {
    const c = col - firstColumn;
    if ((stored[col - 1] ?? '') !== (c >= 0 && c < width ? headers[c] : '')) return undefined;
  }
  const normalized = headers.map((h) => headerWords(h));
  const columns: Partial<Record<FieldKey, MappedColumn>> = {};
  const taken = new Set<number>();
  for (const [field, target] of targets) {
    if (!FIELDS.includes(field)) return undefined;
    const at = findOverrideColumn(target, headers, normalized, firstColumn);
    if (at < 0) return undefined;
    const column = at + firstColumn;
    columns[field] = overrideColumn(field, column, headers[at]);
    taken.add(column);
  }
  const unmapped = headers
    .map((header, at) => ({ column: at + firstColumn, letter: columnLetter(at + firstColumn), header }))
    .filter((h) => h.header.trim() !== '' && !taken.has(h.column));
  return {
    headerRow,
    columns,
    unmapped,
    duplicates: [],
    badOverrides: [],
    ruledOut: [],
  };
}

/**
 * Each record's second row (see {@link splitRecordHalves}) joined to its first: its cells, dates
 * and state fill what the first left empty, and the record keeps the first row's number.
 */
function joinHalves(actions: Action[], halves: ReadonlyMap<number, number>): Action[] {
  const joined = actions.slice();
  halves.forEach((firstIndex, secondIndex) => {
    const first = actions[firstIndex];
    const second = actions[secondIndex];
    const values = { ...first.values };
    for (const field of Object.keys(second.values) as FieldKey[])
      if (!isBlank(second.values[field])) values[field] = second.values[field];
    const dates = { ...first.dates };
    for (const field of Object.keys(second.dates) as FieldKey[]) {
      const date = second.dates[field];
      if (date && date.kind !== 'empty' && (dates[field]?.kind ?? 'empty') === 'empty') dates[field] = date;
    }
    joined[firstIndex] = {
      ...first,
      values,
      dates,
      state: second.state,
      statusIsOverdue: second.statusIsOverdue,
      flaggedOverdue: first.flaggedOverdue || second.flaggedOverdue,
      type: first.type ?? second.type,
      source: first.source ?? second.source,
      priority: first.priority ?? second.priority,
    };
  });
  return joined.filter((_, i) => !halves.has(i));
}

/**
 * What to store so the next read uses this mapping without detecting the header again (see
 * {@link storedMapping}): the header row, every mapped column — by its header text when no other
 * header has the same words (the mapping survives an inserted column), else by its letter — and
 * the header row's texts from column A. Without the texts when the fields, as overrides, would
 * read the register otherwise: a revised date column read where it is blank from the initial one,
 * or a status column whose yes/no cells became the state column; and by letters when the rows sit
 * beside their header.
 *
 * @example mappingToStore(grid, register) // { headerRow: 3, fields: { id: 'ID', … }, headers: ['', 'ID', …] }
 */
export function mappingToStore(
  grid: Grid,
  register: Pick<Register, 'mapping' | 'stateColumn' | 'stages' | 'headerShift'>,
): Required<Pick<RegisterConfig, 'headerRow' | 'fields'>> & Pick<RegisterConfig, 'headers'> {
  const { mapping, stateColumn, stages, headerShift } = register;
  const firstColumn = grid.firstColumn ?? 1;
  const row = grid.values[mapping.headerRow - (grid.firstRow ?? 1)] ?? [];
  const width = gridWidth(grid);
  const headers: string[] = [];
  for (let col = 1; col < firstColumn + width; col++)
    headers.push(col < firstColumn ? '' : cellText(row[col - firstColumn] ?? ''));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const normalized = headers.map((h) => headerWords(h));
  const fields: FieldOverrides = {};
  const store = (field: FieldKey, column: number, letter: string) => {
    const words = normalized[column - 1] ?? '';
    const unique = words !== '' && normalized.indexOf(words) === normalized.lastIndexOf(words);
    // Over rows that sit beside their header, a header's text names the column next to its own.
    fields[field] = unique && !headerShift ? headers[column - 1] : letter;
  };
  for (const column of Object.values(mapping.columns))
    if (column) store(column.field, column.column, column.letter);
  // Stored as overrides, a revised date column would lose its initial one, and a status column
  // read as yes/no states would be read as a status: such a mapping is detected on every read.
  if (mapping.fallbacks || stateColumn?.insteadOf || stages?.some((s) => s.insteadOf) || headerShift)
    return { headerRow: mapping.headerRow, fields };
  return { headerRow: mapping.headerRow, fields, headers };
}

/**
 * Reads action rows with an existing register's mapping and vocabularies — for re-reading a few
 * changed rows without re-deciding what the register's words mean. `startIdx` is the index in
 * `grid.values` of the first row to read.
 *
 * @example actionsFromGrid(register, { values: [[...row 57]], firstRow: 57, firstColumn: 1 }, 0)
 */
export function actionsFromGrid(
  register: Pick<
    Register,
    | 'mapping'
    | 'vocabularies'
    | 'defaultType'
    | 'dateOrder'
    | 'deadlineYear'
    | 'defaultState'
    | 'stateColumn'
    | 'stages'
    | 'overdueColumn'
  >,
  grid: Grid,
  startIdx = 0,
  endIdx = grid.values.length,
  skip?: ReadonlySet<number>,
): Action[] {
  const { mapping, vocabularies, defaultType, dateOrder, defaultState, stateColumn, stages, overdueColumn } =
    register;
  const year = register.deadlineYear?.year;
  const stateIdx = stateColumn ? stateColumn.column - (grid.firstColumn ?? 1) : -1;
  const plannedFinish =
    !mapping.columns.targetDate &&
    !!(mapping.columns.status || stateColumn || stages) &&
    !!(mapping.columns.completionDate || mapping.columns.closedDate);
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const fieldCols = Object.values(mapping.columns).map((m) => ({
    field: m.field,
    idx: m.column - firstColumn,
  }));
  const dateFields = fieldCols.filter((f) => DATE_FIELDS.includes(f.field));
  const fallbackCols = Object.values(mapping.fallbacks ?? {})
    .filter((m) => mapping.columns[m.field])
    .map((m) => ({ field: m.field, idx: m.column - firstColumn }));
  // The row loop reads parallel arrays (no object per field and row).
  const fields = fieldCols.map((f) => f.field);
  const fieldNos = fields.map((f) => FIELDS.indexOf(f));
  const idxs = fieldCols.map((f) => f.idx);
  const dateKeys = dateFields.map((f) => f.field);
  const dateNos = dateKeys.map((f) => FIELDS.indexOf(f));
  const dateIdxs = dateFields.map((f) => f.idx);
  // Every row's values and dates are copies of one template holding all the mapped fields, so
  // the engine gives them one compact shape. Filling an empty object key by key instead turns
  // objects of more than a dozen fields into hash tables: ten times the memory, slower to read.
  const valuesTemplate = templateOf(fields);
  const datesTemplate = templateOf(dateKeys);
  const formats = grid.numberFormats;
  const statusOf = wordReader(vocabularies.status);
  const typeOf = wordReader(vocabularies.type);
  const sourceOf = wordReader(vocabularies.source);
  const priorityOf = wordReader(vocabularies.priority);
  const actions: Action[] = [];
  const tail = preNumberedTail(grid, startIdx, endIdx, idxs, mapping.columns.id?.column, firstColumn);
  const tailIds =
    tail < endIdx ? idShapesAbove(grid, startIdx, tail, mapping.columns.id!.column - firstColumn) : undefined;
  for (let r = startIdx; r < endIdx; r++) {
    if (skip?.has(r)) continue;
    const row = grid.values[r] as CellValue[] | undefined;
    const values: Partial<Record<FieldKey, CellValue>> = { ...valuesTemplate };
    // Only whether a row fills none, one or more of its cells matters: past two, the cells are
    // stored without being looked at (touching each of 25 cells per row is most of a row's cost).
    let filled = 0;
    for (let k = 0; k < fields.length; k++) {
      const v = cellOf(row, idxs[k]);
      storeValue(values, fieldNos[k], fields[k], v);
      if (filled < 2 && !isBlank(v)) filled++;
    }
    // A row that holds nothing but a running number (pre-numbered template rows) is not an action.
    if (
      filled === 0 ||
      (filled === 1 && (isSerialOnly(values.id) || (r >= tail && isNextId(values.id, tailIds))))
    )
      continue;
    const dates: Action['dates'] = { ...datesTemplate };
    const rowFormats = formats?.[r];
    for (let k = 0; k < dateKeys.length; k++) {
      const idx = dateIdxs[k];
      const v = cellOf(row, idx);
      let parsed = parseDateCell(v, rowFormats?.[idx] ?? 'General', dateOrder);
      // A deadline without its year ("Septiembre") in the year the register's dates or title give.
      if (year !== undefined && parsed.kind === 'invalid' && typeof v === 'string') {
        const yearless = parseYearlessDate(v, year, dateOrder);
        if (yearless.kind === 'date') parsed = yearless;
      }
      storeDate(dates, dateNos[k], dateKeys[k], parsed);
    }
    // A revised date column left blank (or "N/A") where the date never moved: the initial one holds it.
    for (const { field, idx } of fallbackCols) {
      if (dates[field]?.kind === 'date') continue;
      const v = cellOf(row, idx);
      const parsed = parseDateCell(v, rowFormats?.[idx] ?? 'General', dateOrder);
      if (parsed.kind !== 'date') continue;
      values[field] = v;
      dates[field] = parsed;
    }
    const statusText = cellText(values.status);
    const statusWord = statusText
      ? statusOf(statusText)
      : mapping.columns.status
        ? finishedByDates(dates, !!mapping.columns.closedDate)
        : (defaultState?.state ??
          (stages
            ? stateFromStagesOrDates(grid, r, stages, dates, !!mapping.columns.closedDate)
            : stateFromFlagOrDates(grid, r, stateIdx, stateColumn, dates, !!mapping.columns.closedDate)));
    // With no target date column, a finish date on a row whose status (or "Closed?" answer, or
    // stage marks) says it is still open is when it is planned to finish ("Data de conclusão" in
    // a Planner export, a closure date entered ahead): its due date.
    if (plannedFinish && isStillOpen(statusWord)) {
      const planned = dates.completionDate?.kind === 'date' ? dates.completionDate : dates.closedDate;
      if (planned?.kind === 'date') dates.targetDate = planned;
    }
    const typeText = cellText(values.type);
    const sourceText = cellText(values.source);
    const priorityText = cellText(values.priority);
    actions.push({
      row: r + firstRow,
      id: cellText(values.id),
      values,
      type: typeText ? typeOf(typeText) : defaultType?.type,
      state: statusWord === 'overdue' ? undefined : statusWord,
      statusIsOverdue: statusWord === 'overdue',
      flaggedOverdue: flaggedOverdue(grid, r, overdueColumn),
      source: sourceText ? sourceOf(sourceText) : undefined,
      priority: priorityText ? priorityOf(priorityText) : undefined,
      dates,
    });
  }
  return actions;
}

/**
 * The state a sheet's name gives every row when the register has no status column: POA&M
 * workbooks keep "Open POA&M Items" and "Closed POA&M Items" on two sheets.
 *
 * @example stateFromSheetName('Closed POA&M Items') // { state: 'closed', reason: … }
 */
export function stateFromSheetName(name: string | undefined): Register['defaultState'] {
  const n = normalizeWords(name ?? '');
  if (
    /\b(closed|completed|archived?|done|cerrad[oa]s?|chius[ei]|abgeschlossen|clotures?|geschlossen)\b/.test(n)
  )
    return { state: 'closed', reason: `the sheet is named "${name}"` };
  return undefined;
}

/** The preset's columns, said to come from it (not "set by you"); the user's own stay overrides. */
function fromPreset(mapping: HeaderMapping, user: FieldOverrides, label: string): HeaderMapping {
  const columns = { ...mapping.columns };
  for (const [field, column] of Object.entries(columns) as [
    FieldKey,
    NonNullable<HeaderMapping['columns'][FieldKey]>,
  ][]) {
    if (column.confidence === 'override' && user[field] === undefined)
      columns[field] = { ...column, confidence: 'exact', reason: `the ${label} layout` };
  }
  return { ...mapping, columns };
}

function mergeVocabulary(
  preset: NonNullable<RegisterConfig['vocabulary']>,
  user: RegisterConfig['vocabulary'] = {},
): RegisterConfig['vocabulary'] {
  const out: NonNullable<RegisterConfig['vocabulary']> = { ...preset };
  for (const kind of Object.keys(user) as VocabularyKind[]) {
    (out as Record<string, unknown>)[kind] = { ...(preset[kind] ?? {}), ...(user[kind] ?? {}) };
  }
  return out;
}

/**
 * The state of a row in a register without a status column: a closed or completion date means
 * closed; otherwise the action is open and nothing says how far it got (new).
 */
function stateFromDates(dates: Action['dates'], hasClosedColumn: boolean): State {
  if (dates.closedDate?.kind === 'date') return 'closed';
  if (dates.completionDate?.kind === 'date') return hasClosedColumn ? 'implemented' : 'closed';
  return 'new';
}

/** A status word's state that is still to be finished: "Overdue" is; "implemented" is done already. */
function isStillOpen(word: State | 'overdue' | undefined): boolean {
  return word === 'overdue' || (word !== undefined && word !== 'implemented' && isOpen(word));
}

/** The mapping without the fields ruled out, each said with its reason in the ruled-out list. */
function withoutFields(mapping: HeaderMapping, ruled: HeaderMapping['ruledOut']): HeaderMapping {
  if (ruled.length === 0) return mapping;
  const columns = { ...mapping.columns };
  for (const r of ruled) delete columns[r.field];
  return { ...mapping, columns, ruledOut: [...mapping.ruledOut, ...ruled] };
}

/** The mapping without the field the state column was first taken for, said in its ruled-out list. */
function withoutField(mapping: HeaderMapping, column: StateColumn): HeaderMapping {
  const what = column.kind === 'yes-no' ? 'yes/no answers' : 'shares done';
  const reason = `its cells are ${what}: read as each row's state`;
  return withoutFields(mapping, [
    { field: column.insteadOf!, letter: column.letter, header: column.header, reason },
  ]);
}

/** The mapping without the fields the stage columns' headers were first taken for ("Started" → start date). */
function withoutStageFields(mapping: HeaderMapping, stages: readonly Stage[]): HeaderMapping {
  const reason = "its cells are marks of a stage: read with the columns beside it as each row's state";
  const taken: HeaderMapping['ruledOut'] = stages.flatMap((s) =>
    s.insteadOf ? [{ field: s.insteadOf, letter: s.letter, header: s.header, reason }] : [],
  );
  // A status column elsewhere whose cells are not workflow words gives way to the marks.
  const status = mapping.columns.status;
  if (status && !taken.some((t) => t.field === 'status'))
    taken.push(statusGivesWay(status, `the stage columns ${stages.map((s) => s.letter).join(', ')} say`));
  return withoutFields(mapping, taken);
}

/** A status column whose cells are not workflow states, ruled out for the column(s) that say the state. */
function statusGivesWay(status: MappedColumn, saying: string): HeaderMapping['ruledOut'][number] {
  const reason = `its cells are not workflow states; ${saying} each row's state`;
  return { field: 'status', letter: status.letter, header: status.header, reason };
}

/** The stage marks' state for a row; its dates' state when its stage cells are not marks. */
function stateFromStagesOrDates(
  grid: Grid,
  r: number,
  stages: readonly Stage[],
  dates: Action['dates'],
  hasClosedColumn: boolean,
): State | undefined {
  // The marks are the register's own record of how far the row got, a row without any not started
  // (a planned finish date beside it says nothing); only cells that are no marks leave it to the dates.
  return stateFromStages(grid, r, stages) ?? stateFromDates(dates, hasClosedColumn);
}

/** The mapping without a status column that gave way to the state column beside it. */
function withoutStatus(mapping: HeaderMapping, column: StateColumn): HeaderMapping {
  return withoutFields(mapping, [
    statusGivesWay(mapping.columns.status!, `column ${column.letter} "${column.header}" says`),
  ]);
}

/** For a row whose status cell is blank: closed (or implemented) when its dates say so, else unknown. */
function finishedByDates(dates: Action['dates'], hasClosedColumn: boolean): State | undefined {
  const state = stateFromDates(dates, hasClosedColumn);
  return state === 'new' ? undefined : state;
}

/** The state column's answer for a row, unless its dates say it closed; else the dates' state. */
function stateFromFlagOrDates(
  grid: Grid,
  r: number,
  idx: number,
  column: StateColumn | undefined,
  dates: Action['dates'],
  hasClosedColumn: boolean,
): State | undefined {
  const fromDates = stateFromDates(dates, hasClosedColumn);
  if (!column) return fromDates;
  const cell = cellAt(grid, r, idx);
  const fromFlag = stateFromColumn(cell, formatAt(grid, r, idx), column);
  if (fromDates === 'new') return fromFlag;
  // "Closed? No" beside a closing date: the register's own answer is no, whatever the date says.
  if (column.kind === 'yes-no' && fromFlag === 'new' && !isBlank(cell)) return 'new';
  return fromDates === 'closed' ? 'closed' : (fromFlag ?? fromDates);
}

/**
 * `values[FIELDS[field]] = v`, by the field's index in {@link FIELDS}: each case a store of one
 * named key, which the engine compiles for the values' one shape. The same store with the key in
 * a variable sees 25 names at one place and falls back on a generic lookup for every cell.
 * `key` is `FIELDS[field]`, stored by name for a field the cases do not list.
 */
function storeValue(values: Action['values'], field: number, key: FieldKey, v: CellValue): void {
  switch (field) {
    case 0:
      values.id = v;
      return;
    case 1:
      values.title = v;
      return;
    case 2:
      values.description = v;
      return;
    case 3:
      values.type = v;
      return;
    case 4:
      values.source = v;
      return;
    case 5:
      values.sourceRef = v;
      return;
    case 6:
      values.requirement = v;
      return;
    case 7:
      values.priority = v;
      return;
    case 8:
      values.owner = v;
      return;
    case 9:
      values.raisedDate = v;
      return;
    case 10:
      values.targetReviewDate = v;
      return;
    case 11:
      values.targetDate = v;
      return;
    case 12:
      values.status = v;
      return;
    case 13:
      values.correction = v;
      return;
    case 14:
      values.rootCause = v;
      return;
    case 15:
      values.rcaMethod = v;
      return;
    case 16:
      values.causeCategory = v;
      return;
    case 17:
      values.similarElsewhere = v;
      return;
    case 18:
      values.correctiveAction = v;
      return;
    case 19:
      values.remediation = v;
      return;
    case 20:
      values.completionDate = v;
      return;
    case 21:
      values.effectivenessDueDate = v;
      return;
    case 22:
      values.effectivenessResult = v;
      return;
    case 23:
      values.verifiedBy = v;
      return;
    case 24:
      values.evidence = v;
      return;
    case 25:
      values.closedDate = v;
      return;
    case 26:
      values.recheckDate = v;
      return;
    case 27:
      values.lastUpdated = v;
      return;
    case 28:
      values.notes = v;
      return;
    default:
      values[key] = v;
  }
}

/** `dates[FIELDS[field]] = d` for a date field, by its index in {@link FIELDS} (as {@link storeValue}). */
function storeDate(dates: Action['dates'], field: number, key: FieldKey, d: DateParse): void {
  switch (field) {
    case 9:
      dates.raisedDate = d;
      return;
    case 10:
      dates.targetReviewDate = d;
      return;
    case 11:
      dates.targetDate = d;
      return;
    case 20:
      dates.completionDate = d;
      return;
    case 21:
      dates.effectivenessDueDate = d;
      return;
    case 25:
      dates.closedDate = d;
      return;
    case 26:
      dates.recheckDate = d;
      return;
    case 27:
      dates.lastUpdated = d;
      return;
    default:
      dates[key] = d;
  }
}

/** A row's cell as {@link cellAt} reads it: `''` outside a ragged row. */
function cellOf(row: readonly CellValue[] | undefined, idx: number): CellValue {
  const v = row ? row[idx] : undefined;
  return v === undefined || v === null ? '' : v;
}

/**
 * An object with these keys, all undefined: spread, it gives objects of one shape. Built in one
 * step (not key by key, which would make it a hash table that every copy is slow to clone).
 */
function templateOf<K extends string>(keys: readonly K[]): Partial<Record<K, undefined>> {
  return Object.fromEntries(keys.map((key) => [key, undefined])) as Partial<Record<K, undefined>>;
}

/** The day number of a parsed date field, when it is a valid date. */
export function dayOf(action: Action, field: FieldKey): number | undefined {
  const d = action.dates[field];
  return d && d.kind === 'date' ? d.day : undefined;
}

/**
 * Whether an open action past its target date is late: not when its state is unknown (the word
 * may mean finished), nor when it is implemented with its completion date recorded (it waits for
 * the effectiveness check, the work was done). A completion date on a row whose status says the
 * work is still open ("Pending", "Overdue") does not hide it: the status column decides.
 */
export function countsLate(action: Action): boolean {
  // A blank status is not a word that may mean finished: the row is open until its dates say otherwise.
  if (action.state === undefined) return action.statusIsOverdue || blankStatus(action);
  return !(action.state === 'implemented' && dayOf(action, 'completionDate') !== undefined);
}

/**
 * How late an open action is on `asOf`: the days past its target date; `null` when it has no
 * target date but the register's own overdue flag says it is late; undefined when it is not late
 * (or not open, or its state may mean finished).
 *
 * @example overdueBy(action, dayFromIso('2026-12-01')!) // 12
 */
export function overdueBy(action: Action, asOf: DayNumber): number | null | undefined {
  if (!isOpen(action.state) || !countsLate(action)) return undefined;
  const target = dayOf(action, 'targetDate');
  if (target !== undefined) return target < asOf ? asOf - target : undefined;
  return action.flaggedOverdue ? null : undefined;
}

/**
 * The first row of the run at the table's end whose mapped cells hold nothing but the ID: a
 * template's pre-numbered rows ("F-13" … "F-27") waiting for the next actions. `endIdx` when the
 * last row holds more than its ID (or the register has no ID column).
 */
function preNumberedTail(
  grid: Grid,
  startIdx: number,
  endIdx: number,
  idxs: readonly number[],
  idColumn: number | undefined,
  firstColumn: number,
): number {
  if (idColumn === undefined) return endIdx;
  const idIdx = idColumn - firstColumn;
  let r = endIdx;
  for (; r > startIdx; r--) {
    const row = grid.values[r - 1] as CellValue[] | undefined;
    if (idxs.some((idx) => idx !== idIdx && !isBlank(cellOf(row, idx)))) break;
  }
  return r;
}

/** Fields a drop-down fills: a template's rows may hold their default words and nothing else. */
const DROP_DOWN_FIELDS: readonly FieldKey[] = ['status', 'priority', 'type', 'source'];

/**
 * The first row of the run at the table's end whose cells hold nothing but drop-down words — a
 * status and a priority copied down as defaults ("Not Started", "High") with no task, owner, ID or
 * date in any of the table's columns: rows waiting for the next actions. `endIdx` when the last
 * row holds more.
 */
function defaultsTail(
  grid: Grid,
  startIdx: number,
  endIdx: number,
  mapping: HeaderMapping,
  firstColumn: number,
): number {
  if (!DROP_DOWN_FIELDS.some((f) => mapping.columns[f])) return endIdx;
  // The table's other columns, its unmapped ones included (not a legend or a summary beside it).
  const others = [
    ...Object.values(mapping.columns).filter((m) => !DROP_DOWN_FIELDS.includes(m.field)),
    ...mapping.unmapped,
  ].map((m) => m.column - firstColumn);
  let r = endIdx;
  for (; r > startIdx; r--) {
    const row = grid.values[r - 1] as CellValue[] | undefined;
    if (others.some((c) => !isBlank(cellOf(row, c)))) break;
  }
  return r;
}

/** "NC-2026-014" → "A-9-9": the IDs of one register share a shape. */
function idShapeOf(id: CellValue | undefined): string | undefined {
  const t = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '';
  if (t === '' || t.length > 40 || !/\d/.test(t)) return undefined;
  return t.replace(/\p{L}+/gu, 'A').replace(/\d+/g, '9');
}

/** The shapes of the IDs on the rows above the pre-numbered tail (the last 200 of them). */
function idShapesAbove(grid: Grid, startIdx: number, tail: number, idIdx: number): Set<string> {
  const shapes = new Set<string>();
  for (let r = Math.max(startIdx, tail - 200); r < tail; r++) {
    const shape = idShapeOf(cellOf(grid.values[r] as CellValue[] | undefined, idIdx));
    if (shape) shapes.add(shape);
  }
  return shapes;
}

/**
 * An ID in the pre-numbered tail shaped like the register's own ("F-13" under "F-12", "POA&M-004",
 * "2024-063_F08"): the next number waiting for an action, not one.
 */
function isNextId(id: CellValue | undefined, shapes: Set<string> | undefined): boolean {
  const shape = idShapeOf(id);
  return shape !== undefined && shapes !== undefined && shapes.has(shape);
}

/** True for an ID cell that is a bare running number (1, 2, 3…), as pre-numbered rows hold. */
function isSerialOnly(id: CellValue | undefined): boolean {
  if (typeof id === 'number') return Number.isInteger(id) && id > 0;
  return typeof id === 'string' && /^\s*\d{1,5}\.?\s*$/.test(id);
}

/** True when the register has a status column and this row's cell in it is blank. */
function blankStatus(action: Action): boolean {
  return 'status' in action.values && cellText(action.values.status) === '';
}

/** The text of a field ('' when missing or placeholder). */
export function textOf(action: Action, field: FieldKey): string {
  const v = action.values[field];
  return isMissing(v) ? '' : cellText(v);
}

/** True when the field has a usable value (not blank, not a placeholder, not an error). */
export function hasValue(action: Action, field: FieldKey): boolean {
  return !isMissing(action.values[field]);
}

/**
 * Reads an effectiveness word the way this register does: its vocabulary (the user's mapping
 * included), then the built-in words for a word its column does not hold yet.
 */
export function readEffectiveness(register: Pick<Register, 'vocabularies'>, text: string) {
  const t = text.trim();
  if (!t) return undefined;
  return resolveWord(register.vocabularies.effectiveness, t) ?? lookupWord('effectiveness', t);
}

/** Effectiveness result of an action, mapped through the register's vocabulary. */
export function effectivenessOf(
  register: Register,
  action: Action,
): CanonicalOf['effectiveness'] | undefined {
  return readEffectiveness(register, textOf(action, 'effectivenessResult'));
}
