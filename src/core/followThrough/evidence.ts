/**
 * The auditor's evidence view of ISO/IEC 27001:2022 clause 10.2: for each nonconformity, what the
 * register holds for each step — (f) its nature, (a) the reaction and correction, (b) the cause,
 * how it was found and whether similar NCs exist elsewhere, (c) the corrective action, (d) the
 * review of its effectiveness, (e) changes to the ISMS, (g) the results — with the gaps marked. A
 * step is a gap only once the NC has reached the stage that needs it (the workflow's gates);
 * before that it is "not yet".
 */
import { isoFromDay, type DayNumber } from '../dates';
import { FIELD_LABELS, FORWARD_PATH, type FieldKey, type State } from '../model';
import { dayOf, effectivenessOf, textOf, type Action, type Register } from '../register';
import { layoutRows, paperFor } from '../review/layout';
import { uniqueSheetName, type PlanCell, type SheetPlan } from '../review/sheetPlan';
import { effectivenessCheckDaysLate } from './effectivenessChecks';
import { recheckDay, type RecheckStore } from './rechecks';

/** The steps of 10.2 in the order an auditor reads them; e (changes to the ISMS) is not held in a register. */
export const TRAIL_STEPS = ['f', 'a', 'b', 'c', 'd', 'e', 'g'] as const;
export type TrailStep = (typeof TRAIL_STEPS)[number];

export const TRAIL_LABELS: Record<TrailStep, string> = {
  f: '(f) Nonconformity',
  a: '(a) Reaction and correction',
  b: '(b) Root cause, method, similar elsewhere',
  c: '(c) Corrective action',
  d: '(d) Effectiveness check',
  e: '(e) Changes to the ISMS',
  g: '(g) Results and evidence',
};

export interface TrailEntry {
  /** What the register holds for the step, one fact a line ('' when nothing). */
  text: string;
  /** What is missing although the NC has reached the stage that needs it. */
  gaps: string[];
  /** True when the step is still ahead of the NC (nothing is missing yet). */
  notYet: boolean;
}

export interface NcTrail {
  id: string;
  row: number;
  title: string;
  /** The status and type cells as the register writes them. */
  statusText: string;
  typeText: string;
  state: State | 'unknown';
  steps: Record<TrailStep, TrailEntry>;
  /** Every gap, each prefixed by its step: "(b) no root cause". */
  gaps: string[];
}

export interface EvidenceView {
  asOf: string;
  ncs: NcTrail[];
  counts: { ncs: number; complete: number; withGaps: number };
}

/** How far along the workflow a state is (closed furthest); unknown and on hold count as new. */
function stage(state: State | undefined): number {
  const i = state ? FORWARD_PATH.indexOf(state) : -1;
  return i < 0 ? 0 : i;
}
const AT = (state: State) => FORWARD_PATH.indexOf(state);

/**
 * The 10.2 trail of every NC (and every action of unknown type: it may be one), cancelled ones left out.
 *
 * @example evidenceView(register, asOf).ncs[0].gaps // ['(b) no root cause recorded']
 */
export function evidenceView(register: Register, asOf: DayNumber, rechecks?: RecheckStore): EvidenceView {
  const ncs: NcTrail[] = [];
  for (const action of register.actions) {
    if (action.type === 'ofi' || action.type === 'observation' || action.state === 'cancelled') continue;
    ncs.push(trailOf(register, action, asOf, rechecks));
  }
  const withGaps = ncs.filter((n) => n.gaps.length > 0).length;
  return {
    asOf: isoFromDay(asOf),
    ncs,
    counts: { ncs: ncs.length, complete: ncs.length - withGaps, withGaps },
  };
}

function trailOf(register: Register, action: Action, asOf: DayNumber, rechecks?: RecheckStore): NcTrail {
  const at = stage(action.state);
  const has = (f: FieldKey) => register.mapping.columns[f] !== undefined;
  const value = (f: FieldKey) => textOf(action, f);
  const date = (f: FieldKey) => {
    const d = dayOf(action, f);
    return d === undefined ? '' : isoFromDay(d);
  };
  /** A step: its lines, and each field that must be there from `from` on. */
  const step = (
    from: State | null,
    lines: [string, string][],
    needs: { field: FieldKey; what: string }[],
    extraGaps: string[] = [],
  ): TrailEntry => {
    const reached = from === null || at >= AT(from);
    const gaps = reached
      ? needs
          .filter((n) => !(value(n.field) || date(n.field)))
          .map((n) => (has(n.field) ? `no ${n.what}` : `no ${n.what} (no ${FIELD_LABELS[n.field]} column)`))
      : [];
    return {
      text: lines
        .filter(([, v]) => v !== '')
        .map(([k, v]) => (k ? `${k}: ${v}` : v))
        .join('\n'),
      gaps: [...gaps, ...extraGaps],
      notYet: !reached,
    };
  };
  const late = effectivenessCheckDaysLate(register, action, asOf);
  const recheck = recheckDay(register, action, rechecks);
  const recheckLate = recheck !== undefined && recheck < asOf ? asOf - recheck : undefined;
  const result = effectivenessOf(register, action);
  const closed = action.state === 'closed';
  const steps: Record<TrailStep, TrailEntry> = {
    f: step(
      null,
      [
        ['', value('title') || value('description')],
        ['Requirement', value('requirement')],
        ['Raised', date('raisedDate')],
        ['Source', value('source')],
      ],
      [
        { field: value('title') ? 'title' : 'description', what: 'description of the NC' },
        { field: 'requirement', what: 'requirement reference' },
        { field: 'raisedDate', what: 'date raised' },
      ],
    ),
    a: step('planned', [['', value('correction')]], [{ field: 'correction', what: 'correction recorded' }]),
    b: step(
      'planned',
      [
        ['', value('rootCause')],
        ['Method', value('rcaMethod')],
        ['Category', value('causeCategory')],
        ['Similar elsewhere', value('similarElsewhere')],
      ],
      [
        { field: 'rootCause', what: 'root cause' },
        { field: 'similarElsewhere', what: 'answer to "could it occur elsewhere?"' },
      ],
    ),
    c: step(
      'in-progress',
      [
        ['', value('correctiveAction')],
        ['Target', date('targetDate')],
        ['Completed', date('completionDate')],
      ],
      [{ field: 'correctiveAction', what: 'corrective action' }],
      at >= AT('implemented') && !date('completionDate') ? ['no completion date'] : [],
    ),
    d: step(
      'closed',
      [
        ['Due', date('effectivenessDueDate')],
        ['Result', value('effectivenessResult')],
        ['Verified by', value('verifiedBy')],
        ['Re-check due', recheck === undefined ? '' : isoFromDay(recheck)],
      ],
      [
        { field: 'effectivenessResult', what: 'effectiveness result' },
        { field: 'verifiedBy', what: 'verifier' },
      ],
      [
        ...(late !== undefined ? [`check ${late} day${late === 1 ? '' : 's'} late, no result`] : []),
        ...(closed && result !== undefined && result !== 'effective' ? [`closed as ${result}`] : []),
        ...(recheckLate !== undefined
          ? [`re-check ${recheckLate} day${recheckLate === 1 ? '' : 's'} late, no result`]
          : []),
      ],
    ),
    // Not a field of the register: the auditor asks; nothing is marked missing.
    e: { text: '', gaps: [], notYet: false },
    g: step(
      'closed',
      [
        ['Closed', date('closedDate')],
        ['Evidence', value('evidence')],
      ],
      [
        { field: 'closedDate', what: 'date closed' },
        { field: 'evidence', what: 'evidence' },
      ],
    ),
  };
  // A check already late on an implemented NC is a gap before it closes.
  if (late !== undefined) steps.d.notYet = false;
  const gaps = TRAIL_STEPS.flatMap((s) => steps[s].gaps.map((g) => `(${s}) ${g}`));
  return {
    id: action.id,
    row: action.row,
    title: value('title') || value('description'),
    statusText: value('status'),
    typeText: value('type'),
    state: action.state ?? 'unknown',
    steps,
    gaps,
  };
}

/** Column widths (characters): ID, status, then the steps f a b c d e g, then the gaps. */
const WIDTHS = [11, 12, 30, 24, 30, 28, 22, 14, 22, 26];
const E_TEXT = 'Ask: did the ISMS change?';

/**
 * The evidence view as a new dated sheet (`Evidence 10.2 2026-11-26`), print-ready: landscape,
 * one page wide, the header row repeated, gaps in the prompt style.
 *
 * @example planEvidenceSheet(view, { existingSheetNames: ['Register'] }).name // 'Evidence 10.2 2026-11-26'
 */
export function planEvidenceSheet(
  view: EvidenceView,
  options: {
    existingSheetNames: Iterable<string>;
    registerName?: string;
    generatedAt?: string;
    locale?: string;
  },
): SheetPlan {
  const cells: PlanCell[] = [];
  const merges: SheetPlan['merges'] = [];
  const last = WIDTHS.length;
  const text = (row: number, col: number, value: string, style?: PlanCell['style']) =>
    cells.push({ row, col, kind: 'text', value, style });
  const across = (row: number, value: string, style?: PlanCell['style']) => {
    text(row, 1, value, style);
    merges.push({ row, col: 1, rows: 1, cols: last });
  };
  const name = uniqueSheetName(`Evidence 10.2 ${view.asOf}`, options.existingSheetNames);
  across(1, 'Corrective action evidence — ISO/IEC 27001:2022 clause 10.2 a–g', 'title');
  across(2, `Register: ${options.registerName ?? ''}`.trim() + ` — as of ${view.asOf}`, 'subtitle');
  const { ncs, complete, withGaps } = view.counts;
  across(
    3,
    ncs === 0
      ? 'The register holds no nonconformity.'
      : `${ncs} nonconformit${ncs === 1 ? 'y' : 'ies'}: ${complete} with a complete trail for the stage reached, ${withGaps} with gaps. ` +
          'A gap (highlighted) is a record missing for the stage the NC has reached; "not yet" is a step still ahead. ' +
          'A snapshot: not updated when the register changes.',
    'note',
  );
  const header = 5;
  ['ID', 'Status', ...TRAIL_STEPS.map((s) => TRAIL_LABELS[s]), 'Gaps'].forEach((h, i) =>
    text(header, i + 1, h, 'header'),
  );
  let row = header + 1;
  for (const nc of view.ncs) {
    text(row, 1, nc.id || `Row ${nc.row}`);
    text(row, 2, nc.statusText || nc.state);
    TRAIL_STEPS.forEach((s, i) => {
      const entry = nc.steps[s];
      const col = 3 + i;
      if (s === 'e') return text(row, col, E_TEXT, 'note');
      const gap = entry.gaps.length > 0 ? `GAP: ${entry.gaps.join('; ')}` : '';
      const body = [entry.text, gap].filter(Boolean).join('\n');
      if (body) text(row, col, body, gap ? 'prompt' : undefined);
      else if (entry.notYet) text(row, col, 'not yet', 'note');
    });
    text(
      row,
      last,
      nc.gaps.length === 0 ? 'None' : nc.gaps.join('\n'),
      nc.gaps.length ? 'prompt' : undefined,
    );
    row++;
  }
  if (options.generatedAt)
    across(row + 1, `Generated by Improvement Plan at ${options.generatedAt}.`, 'note');
  const lastRow = Math.max(header, ...cells.map((c) => c.row));
  const plan: SheetPlan = { name, cells, merges, columnWidths: [...WIDTHS], charts: [], freezeRows: header };
  plan.rowHeights = layoutRows(plan, last);
  plan.print = {
    orientation: 'landscape',
    paper: paperFor(options.locale),
    fitToWidth: 1,
    titleRows: { first: header, last: header },
    breaksBefore: [],
    area: { lastRow, lastCol: last },
    header: { left: options.registerName ?? '', right: `Evidence 10.2 ${view.asOf}` },
    footer: { left: '{sheet}', right: 'Page {page} of {pages}' },
  };
  return plan;
}
