import type { CellValue, Grid } from '../grid';
import { cellAt } from '../grid';
import { statusClassOf } from '../mapping/vocabulary';
import { sampleAnswers } from './profile';
import type { FieldKey, State } from '../model';
import { cellText, isBlank, normalizeWords } from '../text';

/**
 * A to-do list or tracker without a status column often marks how far each action got with an X
 * under one of a few stage columns: "Started | Done | Verified", "Empezado | Terminado |
 * Revisado", "Not started | In progress | Complete". Such a run of columns is one state column:
 * the last stage marked on a row is its state.
 */
export interface Stage {
  /** 1-based sheet column. */
  column: number;
  letter: string;
  header: string;
  /** What a mark under this column says, before the run's last column is known. */
  stage: StageKind;
  /** The field the header first suggested ("Started" → start date), which the marks ruled out. */
  insteadOf?: FieldKey;
}

/** The header's columns as a mapping holds them (structurally, so the header search can ask too). */
export interface HeaderColumns {
  columns: Partial<
    Record<FieldKey, { field: FieldKey; column: number; letter: string; header: string; confidence: string }>
  >;
  unmapped: readonly { column: number; letter: string; header: string }[];
}

export type StageKind = 'new' | 'analysis' | 'planned' | 'in-progress' | 'done' | 'verified';

const RANK: Record<StageKind, number> = {
  new: 0,
  analysis: 1,
  planned: 2,
  'in-progress': 3,
  done: 4,
  verified: 5,
};

/**
 * Words for the check after the work is done, as a stage column's header writes them ("Reviewed",
 * "Revisado", "Geprüft"): the last stage, where an action closes. Normalised (no accents).
 */
const VERIFY_WORDS = new Set(
  [
    'verified',
    'reviewed',
    'checked',
    'validated',
    'tested',
    'audited',
    'signed off',
    'approved',
    'revisado',
    'revisada',
    'comprobado',
    'verificado',
    'verificada',
    'validado',
    'validada',
    'aprobado',
    'gepruft',
    'geprueft',
    'uberpruft',
    'ueberprueft',
    'kontrolliert',
    'abgenommen',
    'verifie',
    'controle',
    'valide',
    'approuve',
    'verificato',
    'controllato',
    'validato',
    'approvato',
    'revisto',
    'conferido',
    'aprovado',
    'gecontroleerd',
    'geverifieerd',
    'gevalideerd',
    'goedgekeurd',
    'ellenorizve',
    'ellenorzott',
    'jovahagyva',
  ].map((w) => normalizeWords(w)),
);

/**
 * Words that make a header with a stage word something else: who or when ("Verified by", "Date
 * started"), or a grade of a gap assessment ("Not implemented | Partially | Implemented", one X
 * per control), where the columns answer "how far is this control", not steps taken.
 */
const NOT_A_STAGE =
  /\b(by|who|date|dates|on|when|fecha|datum|data|por|par|von|door|da|notes?|comments?|not|no|non|nicht|nao|niet|nem|nie|partially|partly|partial|parcial|parcialmente|teilweise|parzialmente|partiellement|gedeeltelijk|reszben|fully|totalmente|vollstandig)\b/;

/** The stage a header names, if it is a stage column's header: a few words, all a stage. */
export function stageOfHeader(header: string): StageKind | undefined {
  const n = normalizeWords(header.replace(/[?:()]/g, ' '));
  if (!n || n.split(' ').length > 3 || NOT_A_STAGE.test(n)) return undefined;
  if (VERIFY_WORDS.has(n)) return 'verified';
  const c = statusClassOf(n);
  switch (c) {
    case 'new':
    case 'analysis':
    case 'planned':
    case 'in-progress':
      return c;
    case 'done':
    case 'implemented':
    case 'implemented-or-closed':
      return 'done';
    case 'closed':
      return 'verified';
    default:
      return undefined;
  }
}

/** A mark in a stage column: X, ✓, yes, 1, TRUE. */
const MARKS = new Set([
  'x',
  'xx',
  '✓',
  '✔',
  '✅',
  '☑',
  '☒',
  '●',
  '•',
  '*',
  'y',
  'yes',
  'si',
  'ja',
  'oui',
  'sim',
  'igen',
  'ok',
  'true',
  '1',
]);
/** An answer that the stage is not reached: the same as a blank. */
const NO_MARKS = new Set(['n', 'no', 'non', 'nein', 'nee', 'nao', 'nem', 'false', '0', '-', '☐', '✗', '✘']);

/** True for a mark, false for a "no" or a blank, undefined for anything else. */
export function isMark(value: CellValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (isBlank(value)) return false;
  const t = cellText(value).trim().toLowerCase();
  if (MARKS.has(t)) return true;
  if (NO_MARKS.has(t)) return false;
  const w = normalizeWords(t);
  return MARKS.has(w) ? true : NO_MARKS.has(w) ? false : undefined;
}

const SAMPLE = 200;

/**
 * The run of stage columns that gives each row its state, if the header has one: two or more
 * adjacent columns whose headers are stage words in the workflow's order, whose filled cells are
 * marks (at least 90 % of them). One X under "Started" on a list of twenty is an answer, the
 * blanks beside it are "not yet"; a list where nothing has started yet has no mark at all.
 *
 * @example findStageColumns(grid, mapping, 1, 30) // [{ letter: 'B', header: 'Empezado', stage: 'in-progress' }, …]
 */
export function findStageColumns(
  grid: Grid,
  mapping: HeaderColumns,
  startIdx: number,
  endIdx: number,
): Stage[] | undefined {
  const firstColumn = grid.firstColumn ?? 1;
  return stageRuns(mapping).find((run) => marksOnly(grid, run, startIdx, endIdx, firstColumn));
}

/**
 * The header's runs of stage columns, by their words alone: two or more adjacent columns whose
 * headers are stage words in the workflow's order, reaching "In progress" or later (a run of
 * "New | Planned" alone says nothing of what got done).
 */
export function stageRuns(mapping: HeaderColumns): Stage[][] {
  const headers = [
    ...Object.values(mapping.columns).flatMap((c) =>
      c && c.confidence !== 'override'
        ? [{ column: c.column, letter: c.letter, header: c.header, insteadOf: c.field }]
        : [],
    ),
    ...mapping.unmapped,
  ].sort((a, b) => a.column - b.column);
  let run: Stage[] = [];
  const runs: Stage[][] = [];
  const close = () => {
    if (run.length >= 2 && RANK[run[run.length - 1].stage] >= RANK['in-progress']) runs.push(run);
  };
  for (const h of headers) {
    const stage = stageOfHeader(h.header);
    const last = run[run.length - 1];
    const next = stage && { ...h, header: h.header.replace(/\s+/g, ' ').trim(), stage };
    if (next && last && h.column === last.column + 1 && RANK[next.stage] >= RANK[last.stage]) {
      run.push(next);
      continue;
    }
    close();
    run = next ? [next] : [];
  }
  close();
  return runs;
}

function marksOnly(
  grid: Grid,
  run: readonly Stage[],
  startIdx: number,
  endIdx: number,
  firstColumn: number,
): boolean {
  const isAnswer = (v: CellValue) => isMark(v) !== undefined;
  for (const stage of run) {
    const { filled, answers } = sampleAnswers(
      grid,
      stage.column - firstColumn,
      startIdx,
      endIdx,
      isAnswer,
      SAMPLE,
    );
    if (filled > 0 && answers / filled < 0.9) return false;
  }
  return true;
}

/**
 * A row's state from its stage marks: the last stage marked. The run's last column closes
 * ("Verified", "Revisado", or "Done" when nothing comes after it); a "Done" before a check still
 * to come is implemented; no mark at all is new.
 */
export function stateFromStages(grid: Grid, r: number, stages: readonly Stage[]): State | undefined {
  const firstColumn = grid.firstColumn ?? 1;
  const last = stages[stages.length - 1];
  for (let i = stages.length - 1; i >= 0; i--) {
    const m = isMark(cellAt(grid, r, stages[i].column - firstColumn));
    if (m === undefined) return undefined;
    if (!m) continue;
    const stage = stages[i].stage;
    if (stage === 'verified' || (stage === 'done' && stages[i] === last)) return 'closed';
    if (stage === 'done') return last.stage === 'verified' ? 'implemented' : 'closed';
    return stage;
  }
  return 'new';
}
