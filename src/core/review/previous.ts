/**
 * Follow-up of the previous management review (ISO/IEC 27001:2022 9.3.2 a). Every review sheet
 * keeps a small hidden, machine-readable block — text cells in hidden columns far right, never
 * formulas — with its date, period, figures, the open actions with their target dates, and where
 * its decisions table is. A later review reads that block back, so the follow-up never depends on
 * parsing the visible layout (which the meeting may have edited).
 *
 * Block (version 1), one record per row from the block's first column:
 *   `improvement-plan review` | `1`
 *   `asOf` | ISO date,  `from` | ISO,  `to` | ISO,  `register` | name
 *   `figure` | key | value            (total, open, overdue, raisedInPeriod, closedInPeriod, …)
 *   `decisions` | first row | last row (1-based sheet rows of the decisions table's body)
 *   `action` | id | row | state | target ISO | `overdue` or ''   (one per open action)
 */
import { cellAt, type CellValue, type Grid } from '../grid';
import { dayFromIso, isoFromDay, parseDateCell, type DayNumber } from '../dates';
import { isOpen, type State } from '../model';
import { dayOf, overdueBy, textOf, type Action, type Register } from '../register';
import { cellText } from '../text';

/** First column of the hidden block (AN): far right of anything the sheet shows or prints. */
export const BLOCK_COLUMN = 40;
/** Columns the block uses (hidden on the sheet). */
export const BLOCK_WIDTH = 6;
export const BLOCK_MARKER = 'improvement-plan review';
export const BLOCK_VERSION = '1';

/** Header texts of the decisions table (9.3.3), as written and as read back. */
export const DECISION_HEADERS = ['Decision', 'Owner', 'Due date', 'Action ID in the register'] as const;
/** Columns (1-based) of the decisions table: the decision spans A–C. */
export const DECISION_COLUMNS = [1, 4, 5, 6] as const;

export interface SnapshotAction {
  id: string;
  row: number;
  state: State | 'unknown';
  /** ISO target date, '' when none. */
  targetDate: string;
  overdue: boolean;
}

/** What a review sheet remembers about itself. */
export interface ReviewSnapshot {
  asOf: string;
  period: { from: string; to: string };
  register: string;
  figures: Record<string, number | null>;
  /** Sheet rows of the decisions table's body (inclusive). */
  decisions?: { first: number; last: number };
  actions: SnapshotAction[];
}

/** An earlier review read back: its snapshot, its sheet name and its decisions as typed. */
export interface EarlierReview extends ReviewSnapshot {
  sheet: string;
  decisionRows: { decision: string; owner: string; due: string; actionId: string }[];
}

/**
 * An open action as the block records it; `late` is its days past the target date (`overdueBy`),
 * undefined when it is not overdue.
 */
export function snapshotAction(a: Action, late: number | null | undefined): SnapshotAction {
  const target = dayOf(a, 'targetDate');
  return {
    id: a.id,
    row: a.row,
    state: a.state ?? 'unknown',
    targetDate: target === undefined ? '' : isoFromDay(target),
    overdue: late !== undefined,
  };
}

/** The block's rows (each a row of text cells), to be written from {@link BLOCK_COLUMN}. */
export function snapshotRows(s: ReviewSnapshot): string[][] {
  const rows: string[][] = [
    [BLOCK_MARKER, BLOCK_VERSION],
    ['asOf', s.asOf],
    ['from', s.period.from],
    ['to', s.period.to],
    ['register', s.register],
  ];
  for (const [k, v] of Object.entries(s.figures)) rows.push(['figure', k, v === null ? '' : String(v)]);
  if (s.decisions) rows.push(['decisions', String(s.decisions.first), String(s.decisions.last)]);
  for (const a of s.actions)
    rows.push(['action', a.id, String(a.row), a.state, a.targetDate, a.overdue ? 'overdue' : '']);
  return rows;
}

/** Does a sheet name look like one of our review sheets? ("Management Review 2026-11-26-2") */
export function looksLikeReviewSheet(name: string): boolean {
  // Our sheet's name in each language (review.sheetName): English, German, French, Spanish,
  // Italian, Dutch, Portuguese.
  return /review|managementbewertung|revue de direction|revisi[oó]n|riesame|directiebeoordeling|revis[aã]o/i.test(
    name,
  );
}

/** The decisions table's first header in each language (the table is found again by it). */
const DECISION_WORDS = new Set([
  'Decision',
  'Entscheidung',
  'Décision',
  'Decisión',
  'Decisione',
  'Besluit',
  'Decisão',
]);

/** The ISO date in a review sheet's name, if any (to read the latest sheets first). */
export function reviewDateOfName(name: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
}

function text(grid: Grid, r: number, c: number): string {
  return cellText(cellAt(grid, r, c) as CellValue);
}

/** Index in grid.values of a 1-based sheet row, and of a 1-based column. */
function rowIdx(grid: Grid, row: number): number {
  return row - (grid.firstRow ?? 1);
}
function colIdx(grid: Grid, col: number): number {
  return col - (grid.firstColumn ?? 1);
}

function dueText(value: CellValue | undefined, format: string | undefined): string {
  if (value === undefined || value === '') return '';
  const parsed = parseDateCell(value, format);
  return parsed.kind === 'date' ? isoFromDay(parsed.day) : cellText(value);
}

/**
 * Reads a review sheet's hidden block and its decisions table back. Undefined when the sheet has
 * no block of a version this code reads (a sheet the user made, or one written before the block).
 *
 * @example readReviewSheet('Management Review 2026-05-26', grid)?.asOf // '2026-05-26'
 */
export function readReviewSheet(sheet: string, grid: Grid): EarlierReview | undefined {
  const c0 = colIdx(grid, BLOCK_COLUMN);
  let start = -1;
  for (let r = 0; r < Math.min(grid.values.length, 50); r++) {
    if (text(grid, r, c0) === BLOCK_MARKER && text(grid, r, c0 + 1) === BLOCK_VERSION) {
      start = r;
      break;
    }
  }
  if (start < 0) return undefined;
  const snap: ReviewSnapshot = {
    asOf: '',
    period: { from: '', to: '' },
    register: '',
    figures: {},
    actions: [],
  };
  for (let r = start + 1; r < grid.values.length; r++) {
    const kind = text(grid, r, c0);
    if (kind === '') break;
    const v = [1, 2, 3, 4, 5].map((i) => text(grid, r, c0 + i));
    if (kind === 'asOf') snap.asOf = v[0];
    else if (kind === 'from') snap.period.from = v[0];
    else if (kind === 'to') snap.period.to = v[0];
    else if (kind === 'register') snap.register = v[0];
    else if (kind === 'figure') snap.figures[v[0]] = v[1] === '' ? null : Number(v[1]);
    else if (kind === 'decisions') snap.decisions = { first: Number(v[0]), last: Number(v[1]) };
    else if (kind === 'action')
      snap.actions.push({
        id: v[0],
        row: Number(v[1]),
        state: (v[2] || 'unknown') as State | 'unknown',
        targetDate: v[3],
        overdue: v[4] === 'overdue',
      });
  }
  if (dayFromIso(snap.asOf) === undefined) return undefined;
  return { ...snap, sheet, decisionRows: readDecisions(grid, snap.decisions) };
}

/** The decisions table's rows as typed in the meeting (blank rows left out). */
function readDecisions(grid: Grid, at: ReviewSnapshot['decisions']): EarlierReview['decisionRows'] {
  let first = at ? rowIdx(grid, at.first) : -1;
  let last = at ? rowIdx(grid, at.last) : -1;
  const [a, o, d, id] = DECISION_COLUMNS.map((c) => colIdx(grid, c));
  // Rows inserted above the table move it: find its header again when it is not where it was.
  if (first < 1 || !DECISION_WORDS.has(text(grid, first - 1, a))) {
    first = -1;
    for (let r = 0; r < grid.values.length; r++) {
      if (DECISION_WORDS.has(text(grid, r, a)) && text(grid, r, o) !== '') {
        first = r + 1;
        last = grid.values.length - 1;
        break;
      }
    }
    if (first < 0) return [];
  }
  const out: EarlierReview['decisionRows'] = [];
  for (let r = first; r <= Math.min(last, grid.values.length - 1); r++) {
    const decision = text(grid, r, a);
    // A user may add rows to the table: it ends at the sign-off block or two blank rows.
    // The sign-off row, as each language writes it (review.signOff).
    if (
      /^(sign-off|approved by|freigabe: genehmigt|validation : approuvé|aprobación: aprobado|approvazione: approvato|goedkeuring: goedgekeurd|aprovação: aprovado)/i.test(
        decision,
      )
    )
      break;
    const owner = text(grid, r, o);
    const due = dueText(cellAt(grid, r, d), grid.numberFormats?.[r]?.[d]);
    const actionId = text(grid, r, id);
    if (!decision && !owner && !due && !actionId) {
      if (r > (at ? rowIdx(grid, at.last) : first)) break;
      continue;
    }
    out.push({ decision, owner, due, actionId });
  }
  return out;
}

/**
 * The latest earlier review on or before the as-of date, read from the given sheets.
 *
 * @example latestEarlierReview([{ name: 'Management Review 2026-05-26', grid }], asOf)?.sheet
 */
export function latestEarlierReview(
  sheets: readonly { name: string; grid: Grid }[],
  asOf: DayNumber,
): EarlierReview | undefined {
  let best: EarlierReview | undefined;
  for (const s of sheets) {
    const r = readReviewSheet(s.name, s.grid);
    if (!r || dayFromIso(r.asOf)! > asOf) continue;
    // Two the same day: the later-named one ("…-2") was written last.
    if (!best || r.asOf > best.asOf || (r.asOf === best.asOf && s.name > best.sheet)) best = r;
  }
  return best;
}

/** One decision of the last review and where it stands now. */
export interface DecisionFollowUp {
  decision: string;
  owner: string;
  due: string;
  actionId: string;
  /** In words: the action's state now, or why it cannot be told. */
  now: string;
}

export interface SlippedLine {
  id: string;
  row: number;
  title: string;
  then: string;
  now: string;
  days: number;
}

/** 9.3.2 a: what happened since the last review. */
export interface FollowUp {
  sheet: string;
  asOf: string;
  period: { from: string; to: string };
  decisions: DecisionFollowUp[];
  raisedSince: number;
  closedSince: number;
  /** Closed now, open at the last review, without a closed date (cannot be placed in time). */
  closedSinceDateUnknown: number;
  slipped: SlippedLine[];
  overdueThen: number;
  overdueNow: number;
  /** Of those overdue then: still open and overdue now, and closed or cancelled since. */
  stillOverdue: number;
  overdueThenResolved: number;
  openThen: number;
  openNow: number;
}

function keyOf(a: { id: string; row: number }): string {
  return a.id ? `id:${a.id.toLowerCase()}` : `row:${a.row}`;
}

/**
 * Compares the register now with an earlier review's snapshot.
 *
 * @example followUp(register, earlier, asOf, words).slipped.length
 */
export function followUp(
  register: Register,
  earlier: EarlierReview,
  asOf: DayNumber,
  statusWord: (a: Action | undefined) => string,
): FollowUp {
  const then = dayFromIso(earlier.asOf)!;
  const byKey = new Map<string, Action>();
  for (const a of register.actions) if (!byKey.has(keyOf(a))) byKey.set(keyOf(a), a);
  let raisedSince = 0;
  let closedSince = 0;
  let openNow = 0;
  let overdueNow = 0;
  for (const a of register.actions) {
    const raised = dayOf(a, 'raisedDate');
    if (raised !== undefined && raised > then && raised <= asOf) raisedSince++;
    if (a.state === 'closed') {
      const closed = dayOf(a, 'closedDate') ?? dayOf(a, 'completionDate');
      if (closed !== undefined && closed > then && closed <= asOf) closedSince++;
    }
    if (!isOpen(a.state)) continue;
    openNow++;
    if (overdueBy(a, asOf) !== undefined) overdueNow++;
  }
  let closedSinceDateUnknown = 0;
  let stillOverdue = 0;
  let overdueThenResolved = 0;
  const slipped: SlippedLine[] = [];
  for (const t of earlier.actions) {
    const a = byKey.get(keyOf(t));
    if (!a) continue;
    if (
      a.state === 'closed' &&
      dayOf(a, 'closedDate') === undefined &&
      dayOf(a, 'completionDate') === undefined
    )
      closedSinceDateUnknown++;
    if (t.overdue) {
      if (!isOpen(a.state)) overdueThenResolved++;
      else if (overdueBy(a, asOf) !== undefined) stillOverdue++;
    }
    const before = dayFromIso(t.targetDate);
    const now = dayOf(a, 'targetDate');
    if (before !== undefined && now !== undefined && now > before && isOpen(a.state))
      slipped.push({
        id: a.id,
        row: a.row,
        title: textOf(a, 'title') || textOf(a, 'description'),
        then: t.targetDate,
        now: isoFromDay(now),
        days: now - before,
      });
  }
  slipped.sort((x, y) => y.days - x.days || x.row - y.row);
  const decisions = earlier.decisionRows.map((d): DecisionFollowUp => {
    const action = d.actionId ? byKey.get(`id:${d.actionId.toLowerCase()}`) : undefined;
    let now: string;
    if (action) now = statusWord(action);
    else if (d.actionId) now = `${d.actionId} is not in the register`;
    else {
      const due = dayFromIso(d.due);
      now =
        due !== undefined && due < asOf
          ? 'Due date passed; no action ID recorded — check it in the meeting'
          : 'No action ID recorded — add it to the register (source: management review)';
    }
    return { ...d, now };
  });
  return {
    sheet: earlier.sheet,
    asOf: earlier.asOf,
    period: earlier.period,
    decisions,
    raisedSince,
    closedSince,
    closedSinceDateUnknown,
    slipped,
    overdueThen: earlier.actions.filter((a) => a.overdue).length,
    overdueNow,
    stillOverdue,
    overdueThenResolved,
    openThen: earlier.actions.length,
    openNow,
  };
}
