import { gridWidth, type Grid } from '../grid';
import { cellText, normalizeWords } from '../text';
import {
  actionWordsOf,
  checkResults,
  CHECKLIST,
  judgeSheet,
  kindNamedBy,
  namesAPlan,
  otherKindOf,
  shortHeader,
} from '../detect/sheetKind';
import type { FieldKey } from '../model';
import { detectHeader, headerTexts, mappingScore, type FieldOverrides, type HeaderMapping } from './headers';
import { lookupWord } from './vocabulary';
import { findStageColumns } from '../detect/stageColumns';
import { findStateColumn } from '../detect/stateColumn';
import { ticketNumbers } from '../detect/ticketNumbers';
import { raidTypeColumn } from '../detect/raidTypes';

export interface SheetCandidate {
  name: string;
  hidden?: boolean;
  grid: Grid;
}

export interface SheetChoice {
  /** Index into the candidates of the chosen sheet. */
  index: number;
  name: string;
  headerRow: number;
  score: number;
  /** Other sheets that also look like registers, best first; `saysActions` when their name or headers name actions (NCs, CAPA, findings…). */
  alternatives: { name: string; headerRow: number; score: number; saysActions?: boolean }[];
}

/** A sheet that was looked at and is not an action register, with what it looks like instead. */
export interface NotARegister {
  name: string;
  looksLike: string;
  why: string;
}

export interface RegisterSearch {
  choice?: SheetChoice;
  /** Sheets judged not to be registers (only when the choice was left to detection). */
  notRegisters: NotARegister[];
}

/** Why no sheet was read, when none looks like anything in particular either. */
export const NO_HEADER_FOUND =
  'no header row with ID/Type/Status/Owner/Target date columns was found in the first 60 rows of any sheet.';

/**
 * Score factor of a sheet whose name says it is something else ("Incident_Register") while it
 * has a status, an owner and a due date: another sheet named for nothing else wins.
 */
const NAMED_OTHER = 0.5;
/**
 * Score factor of a sheet named for a plan of treatments or actions ("Plan_Tratamiento", "Action
 * plan"): in a workbook of inventories, logs and matrices with statuses of their own, the plan is
 * the list of what is to be done.
 */
const NAMED_PLAN = 1.5;

/** Rows scanned for the words of a sheet that has no register header. */
const KIND_SCAN_ROWS = 20;

/** The row of the top rows that holds the most words of another kind of sheet. */
function kindOfHeaderless(sheet: SheetCandidate): NotARegister | undefined {
  let best: { name: string; headers: string[] } | undefined;
  const rows = Math.min(sheet.grid.values.length, KIND_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const k = otherKindOf((sheet.grid.values[r] ?? []).map((v) => cellText(v)));
    if (k && (!best || k.headers.length > best.headers.length)) best = k;
  }
  if (!best || best.headers.length < 2) return undefined;
  return {
    name: sheet.name,
    looksLike: best.name,
    why: `${best.name}: ${best.headers.slice(0, 4).map(shortHeader).join(', ')} — no action status or target date`,
  };
}

/** Rows under the header whose cells say whether a column holds a checklist's results. */
const RESULT_SAMPLE_ROWS = 200;
/** Fields whose column holds outcomes of the register's own steps, not of checks. */
const OWN_OUTCOMES: readonly FieldKey[] = [
  'status',
  'effectivenessResult',
  'verifiedBy',
  'type',
  'closedDate',
];

/** A column of check results, most of them passed (see {@link checkResults}), in words. */
function resultColumn(grid: Grid, mapping: HeaderMapping, headers: readonly string[]): string | undefined {
  const firstColumn = grid.firstColumn ?? 1;
  const own = new Set(OWN_OUTCOMES.map((f) => mapping.columns[f]?.column));
  const from = mapping.headerRow - (grid.firstRow ?? 1) + 1;
  const to = Math.min(grid.values.length, from + RESULT_SAMPLE_ROWS);
  for (let c = 0; c < headers.length; c++) {
    if (own.has(c + firstColumn) || headers[c] === '') continue;
    const values: string[] = [];
    for (let r = from; r < to; r++) values.push(cellText(grid.values[r]?.[c] ?? ''));
    const results = checkResults(headers[c], values);
    if (results) return results;
  }
  return undefined;
}

const RAID_LOG = 'a RAID log (risks, assumptions, issues, dependencies)';
/** A RAID log's parts, one sheet each, by name: risks, assumptions, issues, dependencies, decisions. */
const RAID_PART = /^(risks?|assumptions?|issues?|dependenc(y|ies)|decisions?)( (log|register|list))?$/;
const ACTIONS_PART = /^(actions?|action items?|action log|action plan)( (log|register|list))?$/;

/**
 * The sheets of a RAID log kept one part to a sheet ("Risks", "Assumptions", "Issues",
 * "Dependencies"): three parts or more, and no sheet of actions among them. A RAID log tracks a
 * project's risks and issues, not improvement actions; its Issues sheet, with an owner and a
 * status, is no register of actions. With an "Actions" sheet, that sheet is read as usual.
 */
function raidParts(sheets: readonly SheetCandidate[]): Set<number> {
  const names = sheets.map((s) => normalizeWords(s.name.replace(/[_\-.]+/g, ' ')));
  const parts = new Set<number>();
  const kinds = new Set<string>();
  names.forEach((n, i) => {
    const m = RAID_PART.exec(n);
    if (m) {
      parts.add(i);
      kinds.add(m[1].slice(0, 4));
    }
  });
  if (kinds.size < 3 || names.some((n) => ACTIONS_PART.test(n))) return new Set();
  return parts;
}

function raidWhy(sheets: readonly SheetCandidate[], parts: ReadonlySet<number>): string {
  const names = sheets.filter((_, i) => parts.has(i)).map((s) => `"${s.name}"`);
  return `${RAID_LOG}: sheets ${names.join(', ')} — no sheet of actions`;
}

/** Rows under the header looked at for cells in each column, and the rows a sheet needs to be judged by them. */
const FILLED_SAMPLE_ROWS = 500;
const FILLED_MIN_ROWS = 3;

/**
 * The headers of the columns that hold something under the header: an export's empty columns
 * ("Cost Impact", "Schedule Impact" left blank on every punch item) are no evidence of what the
 * sheet is. All headers when the sheet has fewer than three rows under its header (a template).
 */
function headersOfFilledColumns(grid: Grid, headerRow: number, headers: readonly string[]): string[] {
  const from = headerRow - (grid.firstRow ?? 1) + 1;
  const to = Math.min(grid.values.length, from + FILLED_SAMPLE_ROWS);
  const filled = new Array<boolean>(headers.length).fill(false);
  let rows = 0;
  for (let r = from; r < to; r++) {
    const row = grid.values[r] ?? [];
    let any = false;
    for (let c = 0; c < headers.length; c++) {
      if (cellText(row[c] ?? '') === '') continue;
      filled[c] = true;
      any = true;
    }
    if (any) rows++;
  }
  return rows < FILLED_MIN_ROWS ? [...headers] : headers.filter((_, c) => filled[c]);
}

/** An ID column's header words: numbers there are running numbers, not counts ("NC No", "CAPA #"). */
const NUMBERING_HEADER = /(^|[^\p{L}])(id|no|nr|nro|num|number|numero|nummer|ref|n°|nº|#)([^\p{L}]|$)/iu;

/**
 * The columns (indexes from the grid's first) whose cells are all whole numbers under a header
 * that does not number the rows: counts, such as an audit log's "Hallazgos" or "No
 * Conformidades" per audit. Their header words name what was counted, not what the rows are.
 */
function tallyColumns(grid: Grid, mapping: HeaderMapping, headers: readonly string[]): Set<number> {
  const out = new Set<number>();
  const from = mapping.headerRow - (grid.firstRow ?? 1) + 1;
  const to = Math.min(grid.values.length, from + FILLED_SAMPLE_ROWS);
  const idColumn = (mapping.columns.id?.column ?? 0) - (grid.firstColumn ?? 1);
  for (let c = 0; c < headers.length; c++) {
    if (c === idColumn || headers[c] === '' || NUMBERING_HEADER.test(headers[c])) continue;
    let numbers = 0;
    let other = false;
    for (let r = from; r < to && !other; r++) {
      const v = grid.values[r]?.[c];
      if (v === undefined || v === null || v === '') continue;
      if (
        (typeof v === 'number' && Number.isInteger(v)) ||
        (typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v))
      )
        numbers++;
      else other = true;
    }
    if (!other && numbers > 0) out.add(c);
  }
  return out;
}

function hasRowsBelow(grid: Grid, headerRow: number): boolean {
  const from = headerRow - (grid.firstRow ?? 1) + 1;
  for (let r = from; r < grid.values.length; r++)
    if ((grid.values[r] ?? []).some((v) => cellText(v) !== '')) return true;
  return false;
}

/**
 * A column headed "Status" whose cells are the steps of a workflow system ("PROD 6.1",
 * "CQ 7.1", "CEDOC Closure") ending in a closed word is a status column although most of its
 * words are the system's own: a short list of repeated codes, and "Closed" among them.
 */
function codedWorkflow(status: HeaderMapping['columns'][FieldKey]): boolean {
  const values = status?.values ?? [];
  return (
    status?.confidence === 'exact' &&
    (status.fit ?? 0) >= 0.5 &&
    values.length >= 3 &&
    values.some((v) => lookupWord('status', v) === 'closed')
  );
}

function evidenceOf(mapping: HeaderMapping, grid: Grid) {
  const fields = Object.keys(mapping.columns) as FieldKey[];
  const status = mapping.columns.status;
  return {
    fields,
    statusConfirmed: !!status && (status.fit === undefined || status.fit >= 1 || codedWorkflow(status)),
    statusValues: status?.values,
    doneFlag: (!status && doneFlag(grid, mapping)) || stageMarks(grid, mapping),
    recommended: RECOMMENDED.test(normalizeWords(mapping.columns.correctiveAction?.header ?? '')),
    tickets: mapping.columns.id
      ? ticketNumbers(grid, mapping.headerRow, mapping.columns.id.column)
      : undefined,
  };
}

/** An action column that only recommends ("Ação Recomendada", "Recommended action", "Empfehlung"). */
const RECOMMENDED =
  /\b(recommended|recommendation|recommendations|recomendada|recomendado|recomendacion|recomendacao|recommandee|recommande|recommandation|empfohlen|empfohlene|empfehlung|raccomandata|raccomandazione|aanbevolen|aanbeveling|javasolt|javaslat)\b/;

/**
 * A register without a status column that says of each row whether it is done ("Closed (Y/N)",
 * "Atendido" TRUE / FALSE) tracks its actions as a status column does. A share complete is not
 * taken as such evidence: a project plan's Gantt rows carry one too.
 */
function doneFlag(grid: Grid, mapping: HeaderMapping): boolean {
  const from = mapping.headerRow - (grid.firstRow ?? 1) + 1;
  return findStateColumn(grid, mapping, from, grid.values.length)?.kind === 'yes-no';
}

/** Stages marked with an X under "Started | Done | Verified": each row's state, as a status column gives it. */
function stageMarks(grid: Grid, mapping: HeaderMapping): boolean {
  const from = mapping.headerRow - (grid.firstRow ?? 1) + 1;
  return !!findStageColumns(grid, mapping, from, grid.values.length);
}

/**
 * Finds the sheet that holds the register: among the sheets whose header maps known columns and
 * whose words and cells say "actions" (not risks, controls, questions, assets, metrics, courses,
 * scan results or project tasks), the one whose header maps the most (and the most important)
 * columns. Visible sheets win over hidden ones with the same score; earlier sheets win ties. With
 * a header row or a column mapping given, the user has said it is a register: nothing is judged.
 *
 * @example findRegisterSheet([{ name: 'Risks', grid: riskGrid }]).notRegisters[0].looksLike // 'a risk register'
 */
export function findRegisterSheet(
  sheets: readonly SheetCandidate[],
  options: { headerRow?: number; overrides?: FieldOverrides } = {},
): RegisterSearch {
  const forced = options.headerRow !== undefined || Object.keys(options.overrides ?? {}).length > 0;
  const notRegisters: NotARegister[] = [];
  const scored: {
    index: number;
    name: string;
    headerRow: number;
    score: number;
    hidden: boolean;
    saysActions: boolean;
    /** Its rows carry workflow states (a status confirmed by its cells, a done flag). */
    tracked: boolean;
  }[] = [];
  const raid = raidParts(sheets);
  const raidSays = raid.size > 0 ? raidWhy(sheets, raid) : '';
  sheets.forEach((sheet, index) => {
    if (!forced && raid.has(index)) {
      notRegisters.push({ name: sheet.name, looksLike: RAID_LOG, why: raidSays });
      return;
    }
    const mapping = detectHeader(sheet.grid, options);
    if (!mapping) {
      const other = gridWidth(sheet.grid) > 0 ? kindOfHeaderless(sheet) : undefined;
      if (other) notRegisters.push(other);
      return;
    }
    // A sheet with rows under its header beats an empty copy of it ("Closed POA&M Items").
    let score = mappingScore(mapping) * (hasRowsBelow(sheet.grid, mapping.headerRow) ? 10 : 1);
    if (score <= 0) return;
    const headers = headerTexts(sheet.grid, mapping.headerRow);
    // "Hallazgos: 8", "NCs raised: 2": a column counting findings is an audit log's tally, not actions.
    const tallies = tallyColumns(sheet.grid, mapping, headers);
    const untallied = tallies.size > 0 ? headers.filter((_, c) => !tallies.has(c)) : headers;
    // A sheet named for something else ("Incident_Register") that also has a status, an owner
    // and a due date loses to one that is not; `saysActions` (name, or headers such as "CAPA
    // ID") decides whether a second sheet is rolled up beside the first.
    const namedActions = actionWordsOf([], sheet.name).length > 0;
    const namedOther = kindNamedBy(sheet.name) !== undefined;
    const saysActions = namedActions || (!namedOther && actionWordsOf(untallied, '').length > 0);
    if (namedOther) score *= NAMED_OTHER;
    else if (namesAPlan(sheet.name)) score *= NAMED_PLAN;
    let tracked = false;
    if (!forced) {
      const results = resultColumn(sheet.grid, mapping, headers);
      if (results) {
        notRegisters.push({
          name: sheet.name,
          looksLike: CHECKLIST,
          why: `${CHECKLIST}: ${results} — most checks passed`,
        });
        return;
      }
      // One sheet typing its rows Risk / Issue / Dependency is a RAID log, unless named for actions.
      const raid = namedActions ? undefined : raidTypeColumn(sheet.grid, mapping.headerRow, headers);
      if (raid) {
        notRegisters.push({
          name: sheet.name,
          looksLike: RAID_LOG,
          why: `${RAID_LOG}: "${raid.header}" lists ${raid.kinds.join(', ')} — its rows are a project's risks and issues, not improvement actions`,
        });
        return;
      }
      const evidence = evidenceOf(mapping, sheet.grid);
      tracked = (evidence.statusConfirmed && (evidence.statusValues ?? []).length > 0) || !!evidence.doneFlag;
      const filledHeaders = headersOfFilledColumns(sheet.grid, mapping.headerRow, headers);
      // Action words count in columns that hold something: a checklist's empty "Finding" and
      // "Action" columns, waiting for the audit, say nothing yet (an empty template keeps them).
      const filled = new Set(filledHeaders);
      const kind = judgeSheet(
        headers,
        sheet.name,
        evidence,
        filledHeaders,
        untallied.filter((h) => filled.has(h)),
      );
      if (!kind.register) {
        notRegisters.push({ name: sheet.name, looksLike: kind.looksLike!, why: kind.why });
        return;
      }
    }
    scored.push({
      index,
      name: sheet.name,
      headerRow: mapping.headerRow,
      score,
      hidden: !!sheet.hidden,
      saysActions,
      tracked,
    });
  });
  // Between sheets that score alike, the one whose rows carry workflow states is the register
  // (a milestones sheet with the same header and an empty status column is not).
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.tracked) - Number(a.tracked) ||
      Number(a.hidden) - Number(b.hidden) ||
      a.index - b.index,
  );
  if (scored.length === 0) return { notRegisters };
  const [best, ...rest] = scored;
  return {
    choice: {
      index: best.index,
      name: best.name,
      headerRow: best.headerRow,
      score: best.score,
      alternatives: rest.map(({ name, headerRow, score, saysActions }) => ({
        name,
        headerRow,
        score,
        saysActions,
      })),
    },
    notRegisters,
  };
}

/**
 * Chooses the sheet that holds the register (see {@link findRegisterSheet}); `undefined` when no
 * sheet looks like an action register.
 *
 * @example chooseRegisterSheet([{ name: 'About', grid }, { name: 'NC register', grid: ncGrid }])?.name // 'NC register'
 */
export function chooseRegisterSheet(
  sheets: readonly SheetCandidate[],
  options: { headerRow?: number; overrides?: FieldOverrides } = {},
): SheetChoice | undefined {
  return findRegisterSheet(sheets, options).choice;
}

/**
 * What the sheets look like instead of a register, in words (undefined when nothing is known).
 *
 * @example whatItLooksLike([{ name: 'Risks', looksLike: 'a risk register', why: 'a risk register: Likelihood, Impact — no target date' }])
 * // '"Risks" looks like a risk register: Likelihood, Impact — no target date.'
 */
export function whatItLooksLike(notRegisters: readonly NotARegister[]): string | undefined {
  if (notRegisters.length === 0) return undefined;
  const first = notRegisters[0];
  const n = notRegisters.length - 1;
  return `"${first.name}" looks like ${first.why}${n > 0 ? ` (${n} other sheet${n > 1 ? 's' : ''} likewise)` : ''}.`;
}

/**
 * The `not-a-register` answer in words: what the file looks like, or that no header was found.
 *
 * @example notARegisterMessage([{ name: 'Risks', looksLike: 'a risk register', why: '…' }])
 */
export function notARegisterMessage(notRegisters: readonly NotARegister[]): string {
  const what = whatItLooksLike(notRegisters);
  return what
    ? `This is not an improvement-action register: ${what}`
    : `No sheet looks like an improvement register: ${NO_HEADER_FOUND}`;
}

/** Sheet names of what a workbook keeps beside its main content: instructions, lists, examples. */
const COMPANION_NAME =
  /\b(lists?|lookups?|dropdowns?|values|instructions?|instrucciones|descriptions?|legend|help|read ?me|guide|notes|example|sample|settings|config)\b/;

/** Filled rows (header included) another sheet needs to be the workbook's content. */
const CONTENT_ROWS = 6;

/**
 * What the workbook is when the one sheet that looks like a register holds no action and another
 * visible sheet holds a filled table of another kind: an equipment register beside an empty work
 * order log, an audit checklist beside an empty findings sheet. An empty register on its own, or
 * beside only lists and instructions, is still a register (a template, read as 0 actions). The
 * caller asks only when the chosen sheet read no action; undefined when the empty sheet stands.
 *
 * @example besideAnEmptyRegister(search, sheets)?.[0].looksLike // 'an asset inventory'
 */
export function besideAnEmptyRegister(
  search: RegisterSearch,
  sheets: readonly SheetCandidate[],
): NotARegister[] | undefined {
  const choice = search.choice;
  if (!choice) return undefined;
  const byName = new Map(sheets.map((s) => [s.name, s] as const));
  const content = search.notRegisters.filter((n) => {
    const sheet = byName.get(n.name);
    if (!sheet || sheet.hidden || n.name === choice.name) return false;
    if (COMPANION_NAME.test(normalizeWords(n.name.replace(/[_\-.]+/g, ' ')))) return false;
    let filled = 0;
    for (const row of sheet.grid.values) {
      if ((row ?? []).some((v) => cellText(v).trim() !== '') && ++filled >= CONTENT_ROWS) return true;
    }
    return false;
  });
  if (content.length === 0) return undefined;
  const [first, ...rest] = content;
  return [{ ...first, why: `${first.why}; the register-like sheet "${choice.name}" is empty` }, ...rest];
}
