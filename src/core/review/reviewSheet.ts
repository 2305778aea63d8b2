import { dayFromIso, serialFromDay } from '../dates';
import { ACTION_TYPES, SOURCES, STATES } from '../model';
import type { ActionLine, ReviewFigures } from './figures';
import { fitScale, layoutRows, paginate, paperFor, type Block } from './layout';
import { BLOCK_COLUMN, BLOCK_WIDTH, DECISION_COLUMNS, DECISION_HEADERS, snapshotRows } from './previous';
import { keyFigures } from './quality';
import { formatPercent, PERCENT_DECIMALS } from './words';
import { PlanBuilder, uniqueSheetName, type PlanCell, type SheetPlan } from './sheetPlan';
import { planObjectivesSection, type ObjectivesReview } from '../objectives/review';
import type { RegisterBreakdown } from '../rollup/rollup';
import type { RecheckLine } from '../followThrough/rechecks';
import { EN, EN_CORE, type CoreKey, type CoreTranslator } from '../i18n/catalog';
import { FIELD_LABELS, type FieldKey } from '../model';

/** Base name of a review sheet for an as-of date ("Managementbewertung 2026-11-26" in German). */
export function reviewSheetBaseName(asOfIso: string, t: CoreTranslator = EN): string {
  return t.t('review.sheetName', { date: asOfIso });
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
  /**
   * The language of the sheet's words (default English). Dates and numbers stay values with
   * Excel number formats; the register's own status, type and source words come with the figures.
   */
  t?: CoreTranslator;
}

/** A register of a roll-up as the sheet names it: its sheet, and its file when that differs. */
function registerLabel(r: RegisterBreakdown): string {
  const file = r.file.replace(/^.*[\\/]/, '');
  return file === r.sheet || file.replace(/\.[^.]+$/, '') === r.sheet ? file : `${r.sheet} (${file})`;
}

/** Our English field labels back to their keys, so the sheet can name fields in its language. */
const FIELD_BY_LABEL = new Map(Object.entries(FIELD_LABELS).map(([k, v]) => [v, k as FieldKey]));

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
  const t = options.t ?? EN;
  /** A count in text: as it always was in English, with the language's grouping otherwise. */
  const n = (x: number) => (t.lang === 'en' ? String(x) : t.number(x));
  const name = uniqueSheetName(reviewSheetBaseName(figures.asOf, t), options.existingSheetNames);
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
  const col = (k: string) => t.t(`review.col.${k}` as CoreKey);
  const LIST_HEADERS = ['id', 'row', 'title', 'type', 'status', 'owner', 'targetDate'].map(col);
  const LIST_KINDS: PlanCell['kind'][] = ['text', 'number', 'text', 'text', 'text', 'text', 'date'];
  const more = (shown: number, all: number, what: string) => {
    if (all > shown)
      line(
        t.t('review.more', { shown: n(shown), all: n(all), what: t.t(`review.what.${what}` as CoreKey) }),
        'note',
      );
  };
  const list = (lines: ActionLine[], empty: string, what: string) => {
    if (lines.length === 0) return line(empty, 'note');
    const shown = worstFirst(lines, limit);
    b.table(LIST_HEADERS, listRows(shown), LIST_KINDS);
    more(shown.length, lines.length, what);
  };

  // Title rows 1–2 repeat on every printed page.
  const register = options.registerName ?? '';
  b.text(1, 1, t.t('review.title'), 'title');
  b.merges.push({ row: 1, col: 1, rows: 1, cols: 7 });
  b.text(2, 1, t.t('review.register', { register }).trim(), 'subtitle');
  b.merges.push({ row: 2, col: 1, rows: 1, cols: 3 });
  b.text(2, 4, t.t('review.period'), 'label');
  b.value(2, 5, dateCell(figures.period.from), 'date');
  b.value(2, 6, dateCell(figures.period.to), 'date');
  b.text(2, 7, t.t('review.asOf'), 'label');
  b.value(2, 8, dateCell(figures.asOf), 'date');
  b.row = 3;
  line(
    figures.followUp ? t.t('review.snapshot.since', { date: figures.followUp.asOf }) : t.t('review.snapshot'),
    'note',
  );

  block(false, () => {
    heading(t.t('review.meeting'));
    b.text(b.row, 1, t.t('review.meeting.date'), 'label');
    b.text(b.row, 4, t.t('review.meeting.chair'), 'label');
    b.merges.push({ row: b.row, col: 5, rows: 1, cols: 3 });
    b.row++;
    b.text(b.row, 1, t.t('review.meeting.attendees'), 'label');
    b.merges.push({ row: b.row, col: 2, rows: 1, cols: last - 1 });
    b.row++;
  });

  block(false, () => {
    heading(t.t('review.quality'));
    const q = figures.quality;
    /** A kind of finding in the sheet's language (the catalogue's `code.*`; its English label otherwise). */
    const kind = (k: { code: string; label: string }) =>
      t.lang !== 'en' && `code.${k.code}` in EN_CORE ? t.t(`code.${k.code}` as CoreKey) : k.label;
    const kinds = (list: { code: string; label: string; count: number }[]) =>
      list.map((k) => `${kind(k)} ${n(k.count)}`).join(', ');
    const errors = q.errors.reduce((sum, k) => sum + k.count, 0);
    const warnings = q.warnings.reduce((sum, k) => sum + k.count, 0);
    const where = errors + warnings > 0 ? t.t('review.quality.where') : '';
    line(
      errors === 0
        ? t.t('review.quality.errors.none')
        : t.t('review.quality.errors', { count: n(errors), kinds: kinds(q.errors) }),
    );
    line(
      (warnings === 0
        ? t.t('review.quality.warnings.none')
        : t.t('review.quality.warnings', { count: n(warnings), kinds: kinds(q.warnings) })) + where,
    );
    if (q.rowsNotRead.length > 0)
      line(
        t.t('review.quality.rowsNotRead', {
          list: q.rowsNotRead
            .map((r) => t.t('review.quality.rowsWith', { rows: n(r.rows), what: r.what }))
            .join('; '),
        }),
      );
    if (q.fieldsWithoutColumn.length > 0) {
      const fieldWord = (label: string) => {
        const key = FIELD_BY_LABEL.get(label);
        return key ? t.t(`field.${key}` as CoreKey) : label;
      };
      line(t.t('review.quality.noColumn', { fields: q.fieldsWithoutColumn.map(fieldWord).join(', ') }));
    }
    if (q.statesFrom) line(q.statesFrom);
  });

  const keyRows = keyFigures(figures);
  block(false, () => {
    heading(t.t('review.keyFigures'));
    b.text(b.row, 1, col('measure'), 'header');
    b.text(b.row, 2, col('value'), 'header');
    b.text(b.row, 3, col('note'), 'header');
    b.merges.push({ row: b.row, col: 3, rows: 1, cols: last - 2 });
    b.row++;
    for (const k of keyRows) {
      b.text(b.row, 1, t.lang === 'en' ? k.label : t.t(`review.figure.${k.key}` as CoreKey));
      if (k.value === null) b.text(b.row, 2, t.t('review.unknown'));
      else b.value(b.row, 2, k.value, k.key === 'effectivenessRate' ? 'percent' : 'number');
      if (k.value === null || k.note) {
        const note =
          k.note ?? (t.lang === 'en' ? k.text.replace(/^Unknown — /, '') : t.t('review.figure.noneClosed'));
        b.text(b.row, 3, k.value === null && !k.note ? note : k.note!, 'note');
        b.merges.push({ row: b.row, col: 3, rows: 1, cols: last - 2 });
      }
      b.row++;
    }
  });

  const parts = options.registers;
  if (parts && parts.length > 0)
    block(false, () => {
      heading(t.t('review.registers', { count: n(parts.length) }));
      const merged = parts.reduce((sum, r) => sum + r.merged, 0);
      const table = b.table(
        ['register', 'source', 'actions', 'open', 'overdue', 'raised', 'closed', 'merged'].map(col),
        parts.map((r) => [
          registerLabel(r),
          r.source ? words.source[r.source] : (r.kind ?? ''),
          r.actions,
          r.open,
          r.unknown.overdue ? t.t('review.unknown') : r.overdue,
          r.unknown.raisedInPeriod ? t.t('review.unknown') : r.raisedInPeriod,
          r.unknown.closedInPeriod ? t.t('review.unknown') : r.closedInPeriod,
          r.merged,
        ]),
        ['text', 'text', 'number', 'number', 'number', 'number', 'number', 'number'],
      );
      for (let r = table.first + 1; r <= table.last; r++) {
        const cell = b.cells.find((c) => c.row === r && c.col === 1);
        if (cell) cell.wrap = true;
      }
      line(
        merged === 0 ? t.t('review.registers.noneMerged') : t.t('review.registers.merged', { count: merged }),
        'note',
      );
    });

  // 9.3.2 a — the follow-up of the last review, and the actions that came from reviews.
  const fu = figures.followUp;
  block(false, () => {
    heading(fu ? t.t('review.a.since', { date: fu.asOf, sheet: fu.sheet }) : t.t('review.a.title'));
    if (!fu) {
      line(t.t('review.a.first'), 'note');
      return;
    }
    b.table(
      ['measure', 'then', 'now'].map(col),
      [
        [t.t('review.a.openActions'), fu.openThen, fu.openNow],
        [t.t('review.a.overdueActions'), fu.overdueThen, fu.overdueNow],
      ],
      ['text', 'number', 'number'],
    );
    line(
      t.t('review.a.summary', {
        raised: n(fu.raisedSince),
        closed: n(fu.closedSince),
        unknownDate: n(fu.closedSinceDateUnknown),
        overdueThen: n(fu.overdueThen),
        resolved: n(fu.overdueThenResolved),
        still: n(fu.stillOverdue),
      }),
    );
  });
  if (fu) {
    block(false, () => {
      line(t.t('review.a.decisions'), 'label');
      if (fu.decisions.length === 0) return line(t.t('review.a.noDecisions'), 'note');
      const shown = fu.decisions.slice(0, limit);
      const table = b.table(
        ['decision', 'owner', 'dueDate', 'actionId', 'statusNow'].map(col),
        shown.map((d) => [d.decision, d.owner, d.due ? dateCell(d.due) : '', d.actionId, d.now]),
        ['text', 'text', 'date', 'text', 'text'],
      );
      // The decision and its status take the room of the title and the columns to the right.
      for (let r = table.first; r <= table.last; r++)
        b.merges.push({ row: r, col: 5, rows: 1, cols: last - 4 });
      more(shown.length, fu.decisions.length, 'decisions');
    });
    block(false, () => {
      line(t.t('review.a.slipped'), 'label');
      if (fu.slipped.length === 0) return line(t.t('review.a.noSlipped'), 'note');
      const shown = fu.slipped.slice(0, limit);
      b.table(
        ['id', 'row', 'title', 'targetThen', 'targetNow', 'daysLater'].map(col),
        shown.map((s) => [s.id, s.row, s.title, dateCell(s.then), dateCell(s.now), s.days]),
        ['text', 'number', 'text', 'date', 'date', 'number'],
      );
      more(shown.length, fu.slipped.length, 'slipped');
    });
  }
  block(false, () => {
    line(t.t('review.a.reviewActions'), 'label');
    const open = figures.managementReviewActions.filter(
      (l) => l.status !== 'closed' && l.status !== 'cancelled',
    );
    const closed = figures.managementReviewActions.length - open.length;
    line(
      t.t('review.a.reviewActions.count', {
        total: n(figures.managementReviewActions.length),
        open: n(open.length),
        closed: n(closed),
      }),
    );
    if (open.length > 0) list(open, '', 'reviewActions');
  });

  block(false, () => {
    prompt(t.t('review.b'), t.t('review.b.what'));
    prompt(t.t('review.c'), t.t('review.c.what'));
  });

  // 9.3.2 d — performance: d1 nonconformities and corrective actions. Status (A–B), its chart
  // (C), types and the age of open actions (E–G) side by side; the sources below in two halves.
  block(false, () => {
    heading(t.t('review.d1.status'));
    const states = STATES.filter((s) => figures.byStatus[s] > 0);
    const unreadable = figures.byStatus.unknown - figures.overdueAsStatus;
    const top = b.row;
    const statusTable = b.table(
      ['status', 'actions'].map(col),
      [
        ...states.map((s) => [words.status[s], figures.byStatus[s]]),
        ...(figures.overdueAsStatus > 0 ? [[t.t('review.d1.overdueAsStatus'), figures.overdueAsStatus]] : []),
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
      ['type', 'all', 'open'].map(col),
      types.map((t) => [words.type[t], figures.byType[t], figures.openByType[t]]),
    );
    side = place(side + 1, ['age', 'open'].map(col), [
      ['0–30', figures.ageing['0-30']],
      ['31–60', figures.ageing['31-60']],
      ['61–90', figures.ageing['61-90']],
      [t.t('review.age.over90'), figures.ageing['90+']],
      ...(figures.ageingUnknown > 0 ? [[t.t('review.age.unknown'), figures.ageingUnknown]] : []),
    ]);
    const rows = Math.max(side, statusTable.last + 1, top + 10) - top;
    b.charts.push({
      type: 'pie',
      title: t.t('review.chart.status'),
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
      b.text(top, label, col('source'), 'header');
      merge(top);
      b.text(top, all, col('all'), 'header');
      b.text(top, open, col('open'), 'header');
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
    heading(t.t('review.d1.trend'));
    const trend = b.table(
      ['month', 'raised', 'closed'].map(col),
      figures.monthly.map((m) => [m.month, m.raised, m.closed]),
      ['text', 'number', 'number'],
    );
    if (figures.monthly.length > 0) {
      const rows = Math.max(12, trend.last - trend.first + 1);
      b.charts.push({
        type: 'columnClustered',
        title: t.t('review.chart.trend'),
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
          t.t(k === 'raisedInPeriod' ? 'review.d1.trendNote.raised' : 'review.d1.trendNote.closed', {
            note: note.note,
          }),
          'note',
        );
    }
  });

  block(false, () => {
    heading(t.t('review.d1.recurring'));
    const r = figures.recurrence;
    line(
      r.rate === null
        ? t.t('review.d1.recurring.none')
        : t.t('review.d1.recurring.rate', {
            recurring: n(r.recurring),
            ncs: n(r.ncsRaisedInPeriod),
            rate: t.lang === 'en' ? formatPercent(r.rate) : t.percent(r.rate, PERCENT_DECIMALS),
          }),
    );
    if (r.groups.length === 0) return;
    const shown = r.groups.slice(0, Math.ceil(limit / 2));
    const ids = (g: (typeof shown)[number]) =>
      g.ids.length <= 12
        ? g.ids.join(', ')
        : t.t('review.ids.more', { ids: g.ids.slice(0, 12).join(', '), count: n(g.ids.length - 12) });
    const table = b.table(
      ['shared', 'ncs', 'ids'].map(col),
      shown.map((g) => [g.because.join(', '), g.ids.length, ids(g)]),
      ['text', 'number', 'text'],
    );
    for (let r2 = table.first; r2 <= table.last; r2++)
      b.merges.push({ row: r2, col: 3, rows: 1, cols: last - 2 });
    more(shown.length, r.groups.length, 'groups');
  });

  block(false, () => {
    heading(t.t('review.d1.overdue'));
    const note = figures.notes.overdue;
    if (note?.unknown) return line(t.t('review.d1.overdue.unknown', { note: note.note }), 'note');
    if (figures.overdueList.length === 0) return line(t.t('review.d1.overdue.none'), 'note');
    const shown = figures.overdueList.slice(0, limit);
    b.table(
      [...LIST_HEADERS, col('daysOverdue')],
      listRows(shown, (l) => [(l as (typeof shown)[number]).daysOverdue ?? t.t('review.flagged')]),
      [...LIST_KINDS, 'number'],
    );
    more(shown.length, figures.overdueList.length, 'overdue');
  });

  // Half a list each: the pack stays short; the findings name every one.
  const lateList = (
    late: readonly Pick<RecheckLine, 'id' | 'row' | 'title' | 'owner' | 'dueDate' | 'daysLate'>[],
    title: string,
    dueColumn: 'checkDue' | 'recheckDue',
    moreKey: 'lateChecks' | 'lateRechecks',
  ): void => {
    if (late.length === 0) return;
    block(false, () => {
      heading(title);
      const shown = late.slice(0, Math.ceil(limit / 2));
      b.table(
        ['id', 'row', 'title', 'owner', dueColumn, 'daysLate'].map(col),
        shown.map((l) => [l.id, l.row, l.title, l.owner, dateCell(l.dueDate), l.daysLate]),
        ['text', 'number', 'text', 'text', 'date', 'number'],
      );
      more(shown.length, late.length, moreKey);
    });
  };
  lateList(figures.effectivenessChecksOverdue, t.t('review.d1.checks'), 'checkDue', 'lateChecks');
  lateList(figures.rechecksOverdue, t.t('review.d1.rechecks'), 'recheckDue', 'lateRechecks');

  block(false, () => {
    heading(t.t('review.d1.closed'));
    if (figures.ncsClosedInPeriod.length === 0) return line(t.t('review.d1.closed.none'), 'note');
    // Those not verified effective first, then the latest closed.
    // Each line's "effective" read once, not twice per comparison.
    // Ranked by position (ties by position: what the stable sort of the lines gives), with no
    // lookup of a line's answer per comparison.
    const closed = figures.ncsClosedInPeriod;
    const effective = closed.map((l) => Number(/^effective$/i.test(l.effectivenessResult)));
    const ranked = closed
      .map((_, i) => i)
      .sort(
        (x, y) =>
          effective[x] - effective[y] ||
          (closed[x].closedDate < closed[y].closedDate
            ? 1
            : closed[x].closedDate > closed[y].closedDate
              ? -1
              : 0) ||
          x - y,
      )
      .map((i) => closed[i]);
    const shown = ranked.slice(0, Math.ceil(limit * 0.6));
    const first = b.row;
    b.text(first, 1, col('id'), 'header');
    b.text(first, 2, col('closed'), 'header');
    b.text(first, 3, col('title'), 'header');
    b.text(first, 4, col('rootCause'), 'header');
    b.text(first, 6, col('correctiveAction'), 'header');
    b.text(first, 8, col('effectiveness'), 'header');
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
    more(shown.length, figures.ncsClosedInPeriod.length, 'ncsClosed');
  });

  block(false, () => {
    prompt(t.t('review.d2'), t.t('review.d2.what'));
  });

  block(false, () => {
    heading(t.t('review.d3'));
    const types = [...ACTION_TYPES, 'unknown' as const].filter(
      (t) => figures.audit.byType[t].open + figures.audit.byType[t].closed > 0,
    );
    if (types.length > 0)
      line(
        t.t('review.d3.line', {
          list: types
            .map(
              (ty) =>
                `${words.type[ty]} ${n(figures.audit.byType[ty].open)} / ${n(figures.audit.byType[ty].closed)}`,
            )
            .join(', '),
        }),
      );
    list(figures.audit.openList, t.t('review.d3.none'), 'audit');
  });

  block(false, () => {
    if (options.objectives) {
      heading(t.t('review.d4.objectives'));
      return planObjectivesSection(b, options.objectives, { line, lastCol: last, limit });
    }
    prompt(t.t('review.d4'), t.t('review.d4.what'));
  });

  block(false, () => {
    prompt(t.t('review.e'), t.t('review.e.what'));
  });
  block(false, () => {
    heading(t.t('review.f'));
    list(figures.riskTreatmentOpen, t.t('review.f.none'), 'risk');
  });
  block(false, () => {
    heading(t.t('review.g'));
    list(figures.openOfis, t.t('review.g.none'), 'ofis');
  });

  let decisions = { first: 0, last: 0 };
  block(false, () => {
    heading(t.t('review.decisions'));
    line(t.t('review.decisions.note'), 'note');
    const decisionHeaders =
      t.lang === 'en' ? DECISION_HEADERS : ['decision', 'owner', 'dueDate', 'actionIdInRegister'].map(col);
    decisionHeaders.forEach((h, i) => b.text(b.row, DECISION_COLUMNS[i], h, 'header'));
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
    b.text(b.row, 1, t.t('review.signOff'), 'label');
    b.merges.push({ row: b.row, col: 1, rows: 1, cols: 2 });
    b.merges.push({ row: b.row, col: 3, rows: 1, cols: 2 });
    b.text(b.row, 5, col('date'), 'label');
    b.row++;
  });
  // Decision rows are typed in during the meeting: each gets room for two lines.
  const typedRows = Array.from({ length: decisions.last - decisions.first + 1 }, (_, i) => ({
    row: decisions.first + i,
    height: 24,
  }));

  if (options.generatedAt) line(t.t('review.generated', { at: options.generatedAt }), 'note');
  let lastRow = 1;
  for (const c of b.cells) if (c.row > lastRow) lastRow = c.row;

  const columnWidths = [...REVIEW_COLUMN_WIDTHS];
  // Row heights from the printed cells, before the hidden block joins them: its cells lie beyond
  // the last printed column, which layoutRows passes over (twice per cell: 156,000 at 50,000 rows).
  const printedHeights = layoutRows({ cells: b.cells, merges: b.merges, columnWidths }, last);

  // The hidden, machine-readable block for the next review (text cells only): its heading rows,
  // then six cells per open action written straight from the action (as snapshotRows lists them,
  // without a list of six strings per action first).
  const head = snapshotRows({
    asOf: figures.asOf,
    period: figures.period,
    register,
    figures: Object.fromEntries(keyRows.map((k) => [k.key, k.value])),
    decisions,
    actions: [],
  });
  for (let i = 0; i < head.length; i++) {
    const cells = head[i];
    for (let j = 0; j < cells.length; j++)
      b.cells.push({ row: i + 1, col: BLOCK_COLUMN + j, kind: 'text', value: cells[j] });
  }
  const actions = figures.openActions;
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    const row = head.length + i + 1;
    b.cells.push({ row, col: BLOCK_COLUMN, kind: 'text', value: 'action' });
    b.cells.push({ row, col: BLOCK_COLUMN + 1, kind: 'text', value: a.id });
    b.cells.push({ row, col: BLOCK_COLUMN + 2, kind: 'text', value: String(a.row) });
    b.cells.push({ row, col: BLOCK_COLUMN + 3, kind: 'text', value: a.state });
    b.cells.push({ row, col: BLOCK_COLUMN + 4, kind: 'text', value: a.targetDate });
    b.cells.push({ row, col: BLOCK_COLUMN + 5, kind: 'text', value: a.overdue ? 'overdue' : '' });
  }

  const plan: SheetPlan = {
    name,
    cells: b.cells,
    merges: b.merges,
    columnWidths,
    charts: b.charts,
    freezeRows: 0,
    hiddenColumns: Array.from({ length: BLOCK_WIDTH }, (_, i) => BLOCK_COLUMN + i),
  };
  const heights = mergeHeights(printedHeights, typedRows).filter((h) => !spacers.includes(h.row));
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
    header: { left: register, right: t.t('review.print.header', { date: figures.asOf }) },
    footer: {
      left: '{sheet}',
      center: t.t('review.print.snapshot'),
      // The writers replace the {page} and {pages} tokens (see PrintPlan).
      right: t.t('review.print.page', { page: '{page}', pages: '{pages}' }),
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
function compareWorst(x: ActionLine, y: ActionLine): number {
  if (x.targetDate && y.targetDate && x.targetDate !== y.targetDate)
    return x.targetDate < y.targetDate ? -1 : 1;
  if (!x.targetDate !== !y.targetDate) return x.targetDate ? -1 : 1;
  return x.row - y.row;
}

/**
 * The first `limit` lines in {@link compareWorst}'s order, as a stable sort of all of them would
 * give, without sorting them all: a list of open OFIs has tens of thousands of lines, the sheet
 * shows a few dozen. Each line is compared with the worst one kept, and only a line that beats it
 * is placed (after the kept lines it does not beat, so equal lines keep the list's order).
 */
function worstFirst(lines: readonly ActionLine[], limit: number): ActionLine[] {
  if (lines.length <= limit) return [...lines].sort(compareWorst);
  const kept: ActionLine[] = [];
  if (limit <= 0) return kept;
  for (const line of lines) {
    if (kept.length === limit && compareWorst(line, kept[limit - 1]) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareWorst(kept[mid], line) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, line);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}
