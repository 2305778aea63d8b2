import { dayFromIso, serialFromDay } from '../dates';
import { ACTION_TYPES, SOURCES, STATES } from '../model';
import type { ActionLine, ReviewFigures } from './figures';
import { fitScale, layoutRows, paginate, paperFor, type Block } from './layout';
import { BLOCK_COLUMN, BLOCK_WIDTH, DECISION_COLUMNS, DECISION_HEADERS, snapshotRows } from './previous';
import { keyFigures } from './quality';
import { formatPercent } from './words';
import { PlanBuilder, uniqueSheetName, type PlanCell, type SheetPlan } from './sheetPlan';
import { planObjectivesSection, type ObjectivesReview } from '../objectives/review';
import type { RegisterBreakdown } from '../rollup/rollup';

/** Base name of a review sheet for an as-of date. */
export function reviewSheetBaseName(asOfIso: string): string {
  return `Management Review ${asOfIso}`;
}

function dateCell(iso: string): number | string {
  const day = dayFromIso(iso);
  return day === undefined ? iso : serialFromDay(day);
}

/** Column widths (characters) of the printed columns A–H; the sheet prints one page wide. */
export const REVIEW_COLUMN_WIDTHS = [24, 11, 46, 14, 14, 14, 12, 12];
/** Columns printed (A–H). */
export const PRINTED_COLUMNS = REVIEW_COLUMN_WIDTHS.length;

/**
 * Items shown per list. Long lists give their worst items (most overdue first, oldest first) and
 * a line pointing to the full list; `review --json` and the register hold every item.
 */
export const LIST_LIMIT = 10;

export interface ReviewSheetOptions {
  existingSheetNames: Iterable<string>;
  registerName?: string;
  generatedAt?: string;
  /** The user's locale (`en-US`, `de-DE`): it decides the paper, Letter or A4. */
  locale?: string;
  /** Items per list before "… and N more" (default {@link LIST_LIMIT}). */
  listLimit?: number;
  /** A roll-up of several registers: one line per register, with its own figures. */
  registers?: readonly RegisterBreakdown[];
  /** Information-security objectives (9.3.2 d 4), when the workbook holds them. */
  objectives?: ObjectivesReview;
}

/** A register of a roll-up as the sheet names it: its sheet, and its file when that differs. */
function registerLabel(r: RegisterBreakdown): string {
  const file = r.file.replace(/^.*[\\/]/, '');
  return file === r.sheet || file.replace(/\.[^.]+$/, '') === r.sheet ? file : `${r.sheet} (${file})`;
}

const FULL_LIST = 'Filter the register, or run improvement-plan validate on it, for the full list.';

/**
 * The management-review summary sheet (ISO/IEC 27001:2022 clause 9.3) as a plan, print-ready by
 * construction: landscape, one page wide, title rows repeated, wrapped text with row heights
 * that show all of it, each section kept on one page where it fits. It opens with the meeting
 * block, the data quality the figures rest on and the key figures; then the follow-up of the
 * last review (9.3.2 a), the inputs 9.3.2 b–g, the decisions table of 9.3.3 and a sign-off
 * line. A hidden block far right keeps the review's figures for the next review.
 *
 * @example planReviewSheet(figures, { existingSheetNames: ['Register'] }).name // 'Management Review 2026-11-26'
 */
export function planReviewSheet(figures: ReviewFigures, options: ReviewSheetOptions): SheetPlan {
  const b = new PlanBuilder();
  const limit = options.listLimit ?? LIST_LIMIT;
  const name = uniqueSheetName(reviewSheetBaseName(figures.asOf), options.existingSheetNames);
  const words = figures.words;
  const blocks: Block[] = [];
  const last = PRINTED_COLUMNS;
  /** A line of text across the printed width (it wraps there). */
  const line = (text: string, style?: PlanCell['style']) => {
    b.text(b.row, 1, text, style);
    b.merges.push({ row: b.row, col: 1, rows: 1, cols: last });
    b.row++;
  };
  const spacers: number[] = [];
  const block = (newPage: boolean, fill: () => void) => {
    const first = b.row;
    fill();
    blocks.push({ first, last: b.row - 1, newPage });
    spacers.push(b.row);
    b.skip();
  };
  const heading = (title: string) => line(title, 'section');
  /** An input the register cannot give (9.3.2 b, c, d2, d4, e): its heading and what to write, on one row. */
  const prompt = (title: string, what: string) => {
    b.text(b.row, 1, title, 'section');
    b.merges.push({ row: b.row, col: 1, rows: 1, cols: 3 });
    b.text(b.row, 4, what, 'prompt');
    b.merges.push({ row: b.row, col: 4, rows: 1, cols: last - 3 });
    b.row++;
  };
  const listRows = (lines: ActionLine[], extra?: (l: ActionLine) => (string | number)[]) =>
    lines.map((l) => [
      l.id,
      l.row,
      l.sheet ? `${l.title} — ${l.sheet}` : l.title,
      l.typeText || words.type[l.type],
      l.statusText || words.status[l.status],
      l.owner,
      l.targetDate ? dateCell(l.targetDate) : '',
      ...(extra ? extra(l) : []),
    ]);
  const LIST_HEADERS = ['ID', 'Row', 'Title', 'Type', 'Status', 'Owner', 'Target date'];
  const LIST_KINDS: PlanCell['kind'][] = ['text', 'number', 'text', 'text', 'text', 'text', 'date'];
  const more = (shown: number, all: number, what: string) => {
    if (all > shown) line(`${shown} of ${all} ${what} shown. ${FULL_LIST}`, 'note');
  };
  const list = (lines: ActionLine[], empty: string, what: string, order: string) => {
    if (lines.length === 0) return line(empty, 'note');
    const shown = sortWorst(lines).slice(0, limit);
    b.table(LIST_HEADERS, listRows(shown), LIST_KINDS);
    more(shown.length, lines.length, `${what} (${order})`);
  };

  // Title rows 1–2 repeat on every printed page.
  const register = options.registerName ?? '';
  b.text(1, 1, 'Management review — continual improvement (ISO/IEC 27001:2022 clause 9.3)', 'title');
  b.merges.push({ row: 1, col: 1, rows: 1, cols: 7 });
  b.text(2, 1, `Register: ${register}`.trim(), 'subtitle');
  b.merges.push({ row: 2, col: 1, rows: 1, cols: 3 });
  b.text(2, 4, 'Period', 'label');
  b.value(2, 5, dateCell(figures.period.from), 'date');
  b.value(2, 6, dateCell(figures.period.to), 'date');
  b.text(2, 7, 'As of', 'label');
  b.value(2, 8, dateCell(figures.asOf), 'date');
  b.row = 3;
  line(
    figures.followUp
      ? `A snapshot of values, not updated when the register changes. The period starts the day after the last review (${figures.followUp.asOf}).`
      : 'A snapshot of values, not updated when the register changes.',
    'note',
  );

  block(false, () => {
    heading('Meeting');
    b.text(b.row, 1, 'Date of the meeting', 'label');
    b.text(b.row, 4, 'Chair', 'label');
    b.merges.push({ row: b.row, col: 5, rows: 1, cols: 3 });
    b.row++;
    b.text(b.row, 1, 'Attendees', 'label');
    b.merges.push({ row: b.row, col: 2, rows: 1, cols: last - 1 });
    b.row++;
  });

  block(false, () => {
    heading('Data quality — what these figures rest on');
    const q = figures.quality;
    const kinds = (list: { label: string; count: number }[]) =>
      list.map((k) => `${k.label} ${k.count}`).join(', ');
    const errors = q.errors.reduce((n, k) => n + k.count, 0);
    const warnings = q.warnings.reduce((n, k) => n + k.count, 0);
    const where =
      errors + warnings > 0
        ? ' Each finding and its row: the Findings view, or improvement-plan validate.'
        : '';
    line(errors === 0 ? 'Errors: none.' : `Errors (${errors}): ${kinds(q.errors)}.`);
    line((warnings === 0 ? 'Warnings: none.' : `Warnings (${warnings}): ${kinds(q.warnings)}.`) + where);
    if (q.rowsNotRead.length > 0)
      line(
        `Rows that could not be read: ${q.rowsNotRead.map((r) => `${r.rows} with ${r.what}`).join('; ')}.`,
      );
    if (q.fieldsWithoutColumn.length > 0)
      line(`Fields without a column: ${q.fieldsWithoutColumn.join(', ')}.`);
    if (q.statesFrom) line(q.statesFrom);
  });

  const keyRows = keyFigures(figures);
  block(false, () => {
    heading('Key figures');
    b.text(b.row, 1, 'Measure', 'header');
    b.text(b.row, 2, 'Value', 'header');
    b.text(b.row, 3, 'Note', 'header');
    b.merges.push({ row: b.row, col: 3, rows: 1, cols: last - 2 });
    b.row++;
    for (const k of keyRows) {
      b.text(b.row, 1, k.label);
      if (k.value === null) b.text(b.row, 2, 'Unknown');
      else b.value(b.row, 2, k.value, k.key === 'effectivenessRate' ? 'percent' : 'number');
      if (k.value === null || k.note) {
        b.text(b.row, 3, k.value === null ? k.text.replace(/^Unknown — /, '') : k.note!, 'note');
        b.merges.push({ row: b.row, col: 3, rows: 1, cols: last - 2 });
      }
      b.row++;
    }
  });

  const parts = options.registers;
  if (parts && parts.length > 0)
    block(false, () => {
      heading(`Registers in this review (${parts.length})`);
      const merged = parts.reduce((n, r) => n + r.merged, 0);
      const t = b.table(
        ['Register', 'Source', 'Actions', 'Open', 'Overdue', 'Raised', 'Closed', 'Merged'],
        parts.map((r) => [
          registerLabel(r),
          r.source ? words.source[r.source] : (r.kind ?? ''),
          r.actions,
          r.open,
          r.unknown.overdue ? 'Unknown' : r.overdue,
          r.unknown.raisedInPeriod ? 'Unknown' : r.raisedInPeriod,
          r.unknown.closedInPeriod ? 'Unknown' : r.closedInPeriod,
          r.merged,
        ]),
        ['text', 'text', 'number', 'number', 'number', 'number', 'number', 'number'],
      );
      for (let r = t.first + 1; r <= t.last; r++) {
        const cell = b.cells.find((c) => c.row === r && c.col === 1);
        if (cell) cell.wrap = true;
      }
      line(
        merged === 0
          ? 'No action appears in two registers.'
          : `${merged} ${merged === 1 ? 'action appears' : 'actions appear'} in two registers: counted once, in the register listed first (Merged: copies left out; each has a duplicate-across-registers finding).`,
        'note',
      );
    });

  // 9.3.2 a — the follow-up of the last review, and the actions that came from reviews.
  const fu = figures.followUp;
  block(false, () => {
    heading(
      fu
        ? `(a) Since the last review (${fu.asOf}, sheet "${fu.sheet}")`
        : '(a) Status of actions from previous management reviews',
    );
    if (!fu) {
      line('No earlier review sheet was found in this workbook: this is the first review it holds.', 'note');
      return;
    }
    b.table(
      ['Measure', 'Then', 'Now'],
      [
        ['Open actions', fu.openThen, fu.openNow],
        ['Overdue actions', fu.overdueThen, fu.overdueNow],
      ],
      ['text', 'number', 'number'],
    );
    line(
      `Since the last review: ${fu.raisedSince} raised, ${fu.closedSince} closed` +
        (fu.closedSinceDateUnknown > 0 ? ` (and ${fu.closedSinceDateUnknown} closed, date unknown)` : '') +
        `. Of the ${fu.overdueThen} overdue then, ${fu.overdueThenResolved} closed or cancelled since and ${fu.stillOverdue} still overdue.`,
    );
  });
  if (fu) {
    block(false, () => {
      line('Decisions of the last review and their status now', 'label');
      if (fu.decisions.length === 0)
        return line('The last review recorded no decisions in its table.', 'note');
      const shown = fu.decisions.slice(0, limit);
      const t = b.table(
        ['Decision', 'Owner', 'Due date', 'Action ID', 'Status now'],
        shown.map((d) => [d.decision, d.owner, d.due ? dateCell(d.due) : '', d.actionId, d.now]),
        ['text', 'text', 'date', 'text', 'text'],
      );
      // The decision and its status take the room of the title and the columns to the right.
      for (let r = t.first; r <= t.last; r++) b.merges.push({ row: r, col: 5, rows: 1, cols: last - 4 });
      more(shown.length, fu.decisions.length, 'decisions');
    });
    block(false, () => {
      line('Target dates moved since the last review (slipped)', 'label');
      if (fu.slipped.length === 0) return line('No open action has had its target date moved later.', 'note');
      const shown = fu.slipped.slice(0, limit);
      b.table(
        ['ID', 'Row', 'Title', 'Target then', 'Target now', 'Days later'],
        shown.map((s) => [s.id, s.row, s.title, dateCell(s.then), dateCell(s.now), s.days]),
        ['text', 'number', 'text', 'date', 'date', 'number'],
      );
      more(shown.length, fu.slipped.length, 'moved target dates (moved most first)');
    });
  }
  block(false, () => {
    line('Actions raised by management reviews', 'label');
    const open = figures.managementReviewActions.filter(
      (l) => l.status !== 'closed' && l.status !== 'cancelled',
    );
    const closed = figures.managementReviewActions.length - open.length;
    line(
      `${figures.managementReviewActions.length} in the register: ${open.length} open, ${closed} closed or cancelled.`,
    );
    if (open.length > 0) list(open, '', 'open review actions', 'most overdue first');
  });

  block(false, () => {
    prompt(
      '(b) Changes in external and internal issues — to be completed',
      'Not held in the register. Summarise changes to context, interested parties and scope.',
    );
    prompt(
      '(c) Changes in needs and expectations of interested parties — to be completed',
      'Not held in the register. Summarise new or changed requirements.',
    );
  });

  // 9.3.2 d — performance: d1 nonconformities and corrective actions. Status (A–B), its chart
  // (C), types and the age of open actions (E–G) side by side; the sources below in two halves.
  block(false, () => {
    heading('(d1) Nonconformities and corrective actions — status');
    const states = STATES.filter((s) => figures.byStatus[s] > 0);
    const unreadable = figures.byStatus.unknown - figures.overdueAsStatus;
    const top = b.row;
    const statusTable = b.table(
      ['Status', 'Actions'],
      [
        ...states.map((s) => [words.status[s], figures.byStatus[s]]),
        ...(figures.overdueAsStatus > 0 ? [['"Overdue" as a status', figures.overdueAsStatus]] : []),
        ...(unreadable > 0 ? [[words.status.unknown, unreadable]] : []),
      ],
      ['text', 'number'],
    );
    const types = [...ACTION_TYPES, 'unknown' as const].filter((t) => figures.byType[t] > 0);
    const place = (row: number, headers: string[], rows: (string | number)[][]) => {
      headers.forEach((h, i) => b.text(row, 5 + i, h, 'header'));
      rows.forEach((r, j) => r.forEach((v, i) => b.value(row + 1 + j, 5 + i, v)));
      return row + 1 + rows.length;
    };
    let side = place(
      top,
      ['Type', 'All', 'Open'],
      types.map((t) => [words.type[t], figures.byType[t], figures.openByType[t]]),
    );
    side = place(
      side + 1,
      ['Age (days)', 'Open'],
      [
        ['0–30', figures.ageing['0-30']],
        ['31–60', figures.ageing['31-60']],
        ['61–90', figures.ageing['61-90']],
        ['over 90', figures.ageing['90+']],
        ...(figures.ageingUnknown > 0 ? [['date raised unknown', figures.ageingUnknown]] : []),
      ],
    );
    const rows = Math.max(side, statusTable.last + 1, top + 10) - top;
    b.charts.push({
      type: 'pie',
      title: 'Actions by status',
      data: { firstRow: statusTable.first, firstCol: 1, lastRow: statusTable.last, lastCol: 2 },
      anchor: { row: top, col: 3, rows, cols: 2 }, // C–D, beside the status table and left of the types
    });
    b.row = top + rows;
  });
  block(false, () => {
    const sources = [...SOURCES, 'unknown' as const]
      .filter((s) => figures.bySource[s] > 0)
      .sort(
        (x, y) =>
          figures.openBySource[y] - figures.openBySource[x] || figures.bySource[y] - figures.bySource[x],
      );
    // Two halves side by side (A–C, and D–G with the source across D–E) keep the table half as long.
    const half = Math.ceil(sources.length / 2);
    const top = b.row;
    const halves = [
      { label: 1, all: 2, open: 3, part: sources.slice(0, half) },
      { label: 4, all: 6, open: 7, part: sources.slice(half) },
    ];
    for (const { label, all, open, part } of halves) {
      if (part.length === 0) continue;
      const merge = (row: number) => label === 4 && b.merges.push({ row, col: 4, rows: 1, cols: 2 });
      b.text(top, label, 'Source', 'header');
      merge(top);
      b.text(top, all, 'All', 'header');
      b.text(top, open, 'Open', 'header');
      part.forEach((s, i) => {
        b.text(top + 1 + i, label, words.source[s]);
        merge(top + 1 + i);
        b.value(top + 1 + i, all, figures.bySource[s]);
        b.value(top + 1 + i, open, figures.openBySource[s]);
      });
    }
    b.row = top + 1 + half;
  });

  block(false, () => {
    heading('(d1) Trend — raised vs closed per month');
    const trend = b.table(
      ['Month', 'Raised', 'Closed'],
      figures.monthly.map((m) => [m.month, m.raised, m.closed]),
      ['text', 'number', 'number'],
    );
    if (figures.monthly.length > 0) {
      const rows = Math.max(12, trend.last - trend.first + 1);
      b.charts.push({
        type: 'columnClustered',
        title: 'Raised vs closed per month',
        data: { firstRow: trend.first, firstCol: 1, lastRow: trend.last, lastCol: 3 },
        anchor: { row: trend.first, col: 4, rows, cols: 5 },
      });
      b.row = Math.max(b.row, trend.first + rows);
    }
    // A blank row first: the notes are not months of the table.
    if (figures.notes.raisedInPeriod || figures.notes.closedInPeriod) b.skip();
    for (const k of ['raisedInPeriod', 'closedInPeriod'] as const) {
      const note = figures.notes[k];
      if (note)
        line(
          `${k === 'raisedInPeriod' ? 'Raised' : 'Closed'}: ${note.note}; not in the months above.`,
          'note',
        );
    }
  });

  block(false, () => {
    heading('(d1) Recurring nonconformities (clause 10.2 b 3)');
    const r = figures.recurrence;
    line(
      r.rate === null
        ? 'No NC with a valid date raised in the period.'
        : `${r.recurring} of ${r.ncsRaisedInPeriod} NCs raised in the period (${formatPercent(r.rate)}) resemble an NC raised in the 12 months before: same requirement, a very similar title, or the same cause category in the same requirement area.`,
    );
    if (r.groups.length === 0) return;
    const shown = r.groups.slice(0, Math.ceil(limit / 2));
    const ids = (g: (typeof shown)[number]) =>
      g.ids.length <= 12
        ? g.ids.join(', ')
        : `${g.ids.slice(0, 12).join(', ')} and ${g.ids.length - 12} more`;
    const t = b.table(
      ['Shared', 'NCs', 'IDs'],
      shown.map((g) => [g.because.join(', '), g.ids.length, ids(g)]),
      ['text', 'number', 'text'],
    );
    for (let r2 = t.first; r2 <= t.last; r2++) b.merges.push({ row: r2, col: 3, rows: 1, cols: last - 2 });
    more(shown.length, r.groups.length, 'groups (largest first); each NC has a recurring-nc finding');
  });

  block(false, () => {
    heading('(d1) Overdue actions');
    const note = figures.notes.overdue;
    if (note?.unknown) return line(`Overdue actions cannot be told: ${note.note}.`, 'note');
    if (figures.overdueList.length === 0) return line('No open action is past its target date.', 'note');
    const shown = figures.overdueList.slice(0, limit);
    b.table(
      [...LIST_HEADERS, 'Days overdue'],
      listRows(shown, (l) => [(l as (typeof shown)[number]).daysOverdue ?? 'flagged']),
      [...LIST_KINDS, 'number'],
    );
    more(shown.length, figures.overdueList.length, 'overdue actions (most overdue first)');
  });

  if (figures.effectivenessChecksOverdue.length > 0)
    block(false, () => {
      heading('(d1) Effectiveness checks overdue — implemented, no result yet (clause 10.2 d)');
      const late = figures.effectivenessChecksOverdue;
      // Half a list: the pack stays short; the findings name every one.
      const shown = late.slice(0, Math.ceil(limit / 2));
      b.table(
        ['ID', 'Row', 'Title', 'Owner', 'Check due', 'Days late'],
        shown.map((l) => [l.id, l.row, l.title, l.owner, dateCell(l.dueDate), l.daysLate]),
        ['text', 'number', 'text', 'text', 'date', 'number'],
      );
      more(shown.length, late.length, 'late effectiveness checks (most days late first)');
    });

  if (figures.rechecksOverdue.length > 0)
    block(false, () => {
      heading('(d1) Re-checks overdue — closed as effective, re-check not recorded (clause 10.2 d, e)');
      const late = figures.rechecksOverdue;
      const shown = late.slice(0, Math.ceil(limit / 2));
      b.table(
        ['ID', 'Row', 'Title', 'Owner', 'Re-check due', 'Days late'],
        shown.map((l) => [l.id, l.row, l.title, l.owner, dateCell(l.dueDate), l.daysLate]),
        ['text', 'number', 'text', 'text', 'date', 'number'],
      );
      more(shown.length, late.length, 'late re-checks (most days late first)');
    });

  block(false, () => {
    heading('(d1) NCs closed in the period — root cause and effectiveness (clause 10.2)');
    if (figures.ncsClosedInPeriod.length === 0) return line('No NC was closed in the period.', 'note');
    // Those not verified effective first, then the latest closed.
    const ranked = [...figures.ncsClosedInPeriod].sort(
      (x, y) =>
        Number(/^effective$/i.test(x.effectivenessResult)) -
          Number(/^effective$/i.test(y.effectivenessResult)) ||
        (x.closedDate < y.closedDate ? 1 : x.closedDate > y.closedDate ? -1 : 0),
    );
    const shown = ranked.slice(0, Math.ceil(limit * 0.6));
    const first = b.row;
    b.text(first, 1, 'ID', 'header');
    b.text(first, 2, 'Closed', 'header');
    b.text(first, 3, 'Title', 'header');
    b.text(first, 4, 'Root cause', 'header');
    b.text(first, 6, 'Corrective action', 'header');
    b.text(first, 8, 'Effectiveness', 'header');
    b.row++;
    for (const l of shown) {
      b.text(b.row, 1, l.id);
      b.value(b.row, 2, dateCell(l.closedDate), 'date');
      b.text(b.row, 3, l.title);
      b.text(b.row, 4, l.rootCause || '—');
      b.text(b.row, 6, l.correctiveAction || '—');
      b.text(b.row, 8, l.effectivenessResult || '—');
      b.row++;
    }
    for (let r = first; r < b.row; r++) {
      b.merges.push({ row: r, col: 4, rows: 1, cols: 2 });
      b.merges.push({ row: r, col: 6, rows: 1, cols: 2 });
    }
    more(
      shown.length,
      figures.ncsClosedInPeriod.length,
      'NCs closed in the period (not effective first, then latest)',
    );
  });

  block(false, () => {
    prompt(
      '(d2) Monitoring and measurement results — to be completed',
      'Not held in the register. Add the ISMS objectives and metrics results.',
    );
  });

  block(false, () => {
    heading('(d3) Audit results');
    const types = [...ACTION_TYPES, 'unknown' as const].filter(
      (t) => figures.audit.byType[t].open + figures.audit.byType[t].closed > 0,
    );
    if (types.length > 0)
      line(
        'Findings from internal and external audits, open / closed: ' +
          types
            .map(
              (t) => `${words.type[t]} ${figures.audit.byType[t].open} / ${figures.audit.byType[t].closed}`,
            )
            .join(', ') +
          '.',
      );
    list(
      figures.audit.openList,
      'No open findings from internal or external audits.',
      'open audit findings',
      'most overdue first',
    );
  });

  block(false, () => {
    if (options.objectives) {
      heading('(d4) Fulfilment of information security objectives (clause 6.2)');
      return planObjectivesSection(b, options.objectives, { line, lastCol: last, limit });
    }
    prompt(
      '(d4) Fulfilment of information security objectives — to be completed',
      'Not held in the register. State whether each objective was met.',
    );
  });

  block(false, () => {
    prompt(
      '(e) Feedback from interested parties — to be completed',
      'Not held in the register. Summarise complaints, customer and regulator feedback.',
    );
  });
  block(false, () => {
    heading('(f) Results of risk assessment and status of the risk treatment plan');
    list(
      figures.riskTreatmentOpen,
      'No open actions come from risk assessment.',
      'open risk-treatment actions',
      'most overdue first',
    );
  });
  block(false, () => {
    heading('(g) Opportunities for continual improvement (open OFIs)');
    list(figures.openOfis, 'No open opportunities for improvement.', 'open OFIs', 'most overdue first');
  });

  let decisions = { first: 0, last: 0 };
  block(false, () => {
    heading('Decisions and actions (clause 9.3.3) — to be completed in the meeting');
    line(
      'Record each decision with its owner and due date; enter it in the register as an action (source: management review) and note its ID here, so the next review can follow it up.',
      'note',
    );
    DECISION_HEADERS.forEach((h, i) => b.text(b.row, DECISION_COLUMNS[i], h, 'header'));
    b.merges.push({ row: b.row, col: 1, rows: 1, cols: 3 });
    b.merges.push({ row: b.row, col: 6, rows: 1, cols: 2 });
    b.row++;
    decisions = { first: b.row, last: b.row + 4 };
    for (let r = decisions.first; r <= decisions.last; r++) {
      b.merges.push({ row: r, col: 1, rows: 1, cols: 3 });
      b.merges.push({ row: r, col: 6, rows: 1, cols: 2 });
    }
    b.row = decisions.last + 1;
    b.skip();
    b.text(b.row, 1, 'Sign-off: approved by (top management)', 'label');
    b.merges.push({ row: b.row, col: 1, rows: 1, cols: 2 });
    b.merges.push({ row: b.row, col: 3, rows: 1, cols: 2 });
    b.text(b.row, 5, 'Date', 'label');
    b.row++;
  });
  // Decision rows are typed in during the meeting: each gets room for two lines.
  const typedRows = Array.from({ length: decisions.last - decisions.first + 1 }, (_, i) => ({
    row: decisions.first + i,
    height: 24,
  }));

  if (options.generatedAt) line(`Generated by Improvement Plan at ${options.generatedAt}.`, 'note');
  let lastRow = 1;
  for (const c of b.cells) if (c.row > lastRow) lastRow = c.row;

  // The hidden, machine-readable block for the next review (text cells only).
  const rows = snapshotRows({
    asOf: figures.asOf,
    period: figures.period,
    register,
    figures: Object.fromEntries(keyRows.map((k) => [k.key, k.value])),
    decisions,
    actions: figures.openActions,
  });
  rows.forEach((cells, i) =>
    cells.forEach((v, j) => b.cells.push({ row: i + 1, col: BLOCK_COLUMN + j, kind: 'text', value: v })),
  );

  const columnWidths = [...REVIEW_COLUMN_WIDTHS];
  const plan: SheetPlan = {
    name,
    cells: b.cells,
    merges: b.merges,
    columnWidths,
    charts: b.charts,
    freezeRows: 0,
    hiddenColumns: Array.from({ length: BLOCK_WIDTH }, (_, i) => BLOCK_COLUMN + i),
  };
  const heights = mergeHeights(layoutRows(plan, last), typedRows).filter((h) => !spacers.includes(h.row));
  for (const row of spacers) if (row <= lastRow) heights.push({ row, height: 6 });
  heights.sort((x, y) => x.row - y.row);
  const paper = paperFor(options.locale);
  const titleRows = { first: 1, last: 2 };
  const { breaksBefore } = paginate(blocks, heights, {
    scale: fitScale(columnWidths, last, paper),
    paper,
    titleRows,
    lastRow,
  });
  plan.rowHeights = heights;
  plan.print = {
    orientation: 'landscape',
    paper,
    fitToWidth: 1,
    titleRows,
    breaksBefore,
    area: { lastRow, lastCol: last },
    header: { left: register, right: `Management review ${figures.asOf}` },
    footer: {
      left: '{sheet}',
      center: 'A snapshot: not updated when the register changes',
      right: 'Page {page} of {pages}',
    },
  };
  return plan;
}

function mergeHeights(
  a: { row: number; height: number }[],
  b: { row: number; height: number }[],
): { row: number; height: number }[] {
  const m = new Map<number, number>();
  for (const x of [...a, ...b]) m.set(x.row, Math.max(m.get(x.row) ?? 0, x.height));
  return [...m].map(([row, height]) => ({ row, height })).sort((x, y) => x.row - y.row);
}

/** Most overdue first (earliest target date), then those without a target date, by row. */
function sortWorst(lines: ActionLine[]): ActionLine[] {
  return [...lines].sort((x, y) => {
    if (x.targetDate && y.targetDate && x.targetDate !== y.targetDate)
      return x.targetDate < y.targetDate ? -1 : 1;
    if (!x.targetDate !== !y.targetDate) return x.targetDate ? -1 : 1;
    return x.row - y.row;
  });
}
