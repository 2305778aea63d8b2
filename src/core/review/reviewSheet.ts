import { dayFromIso, serialFromDay } from '../dates';
import { ACTION_TYPES, SOURCES, STATES } from '../model';
import type { ActionLine, ReviewFigures } from './figures';
import { PlanBuilder, uniqueSheetName, type SheetPlan } from './sheetPlan';

/** Base name of a review sheet for an as-of date. */
export function reviewSheetBaseName(asOfIso: string): string {
  return `Management Review ${asOfIso}`;
}

function dateCell(iso: string): number | string {
  const day = dayFromIso(iso);
  return day === undefined ? iso : serialFromDay(day);
}

const LIST_HEADERS = ['ID', 'Row', 'Title', 'Type', 'Status', 'Owner', 'Target date'];
function listRows(lines: ActionLine[]): (string | number)[][] {
  return lines.map((l) => [
    l.id,
    l.row,
    l.title,
    l.type,
    l.status,
    l.owner,
    l.targetDate ? dateCell(l.targetDate) : '',
  ]);
}
const LIST_KINDS = ['text', 'number', 'text', 'text', 'text', 'text', 'date'] as const;

/** Rows listed per section before "… and N more" (the sheet stays readable; the JSON has all). */
export const LIST_LIMIT = 200;

/**
 * The management-review summary sheet (ISO/IEC 27001:2022 clause 9.3) as a plan: inputs 9.3.2
 * a–g (figures for those the register can fill, prompts for the others), the decisions table of
 * 9.3.3, the overdue list, the NCs closed in the period with their root causes, and two charts.
 *
 * @example planReviewSheet(figures, { existingSheetNames: ['Register'] }).name // 'Management Review 2026-11-26'
 */
export function planReviewSheet(
  figures: ReviewFigures,
  options: { existingSheetNames: Iterable<string>; registerName?: string; generatedAt?: string },
): SheetPlan {
  const b = new PlanBuilder();
  const name = uniqueSheetName(reviewSheetBaseName(figures.asOf), options.existingSheetNames);
  b.text(1, 1, 'Management review — continual improvement (ISO/IEC 27001:2022 clause 9.3)', 'title');
  b.merges.push({ row: 1, col: 1, rows: 1, cols: 7 });
  b.text(2, 1, `Register: ${options.registerName ?? ''}`.trim(), 'subtitle');
  b.text(3, 1, 'Period', 'label');
  b.value(3, 2, dateCell(figures.period.from), 'date');
  b.value(3, 3, dateCell(figures.period.to), 'date');
  b.text(4, 1, 'As of', 'label');
  b.value(4, 2, dateCell(figures.asOf), 'date');
  b.text(5, 1, 'This sheet is a snapshot of values; it is not updated when the register changes.', 'note');
  b.row = 7;

  const section = (title: string) => {
    b.skip();
    b.text(b.row, 1, title, 'section');
    b.row++;
  };
  const list = (lines: ActionLine[], empty: string) => {
    if (lines.length === 0) {
      b.text(b.row++, 1, empty, 'note');
      return;
    }
    b.table(LIST_HEADERS, listRows(lines.slice(0, LIST_LIMIT)), [...LIST_KINDS]);
    if (lines.length > LIST_LIMIT)
      b.text(b.row++, 1, `… and ${lines.length - LIST_LIMIT} more (see the register).`, 'note');
  };

  b.text(b.row++, 1, 'Key figures', 'section');
  b.table(
    ['Measure', 'Value'],
    [
      ['Actions in the register', figures.total],
      ['Open', figures.open],
      ['Overdue', figures.overdue],
      ['Raised in the period', figures.raisedInPeriod],
      ['Closed in the period', figures.closedInPeriod],
      ['Median days to close', figures.medianDaysToClose],
    ],
    ['text', 'number'],
  );
  b.text(b.row, 1, 'Effectiveness rate (NCs closed in the period)');
  b.value(b.row++, 2, figures.effectivenessRate, 'percent');

  section('(a) Status of actions from previous management reviews');
  list(figures.managementReviewActions, 'No actions in the register come from a management review.');

  section('(b) Changes in external and internal issues — to be completed by the ISMS manager');
  b.text(
    b.row++,
    1,
    'Not held in the register. Summarise changes to context, interested parties and scope.',
    'prompt',
  );
  section('(c) Changes in needs and expectations of interested parties — to be completed');
  b.text(b.row++, 1, 'Not held in the register. Summarise new or changed requirements.', 'prompt');

  section('(d1) Nonconformities and corrective actions — status');
  const statusTable = b.table(
    ['Status', 'Actions'],
    [...STATES, 'unknown' as const].map((s) => [s, figures.byStatus[s]]),
    ['text', 'number'],
  );
  b.charts.push({
    type: 'pie',
    title: 'Actions by status',
    data: { firstRow: statusTable.first, firstCol: 1, lastRow: statusTable.last, lastCol: 2 },
    anchor: { row: statusTable.first, col: 9, rows: 14, cols: 6 },
  });
  b.skip();
  b.table(
    ['Type', 'All', 'Open'],
    [...ACTION_TYPES, 'unknown' as const].map((t) => [t, figures.byType[t], figures.openByType[t]]),
    ['text', 'number', 'number'],
  );
  b.skip();
  b.table(
    ['Source', 'All', 'Open'],
    [...SOURCES, 'unknown' as const]
      .filter((s) => figures.bySource[s] > 0)
      .map((s) => [s, figures.bySource[s], figures.openBySource[s]]),
    ['text', 'number', 'number'],
  );
  b.skip();
  b.table(
    ['Age of open actions (days)', 'Actions'],
    [
      ['0–30', figures.ageing['0-30']],
      ['31–60', figures.ageing['31-60']],
      ['61–90', figures.ageing['61-90']],
      ['over 90', figures.ageing['90+']],
      ['no valid date raised', figures.ageingUnknown],
    ],
    ['text', 'number'],
  );

  section('(d1) Trend — raised vs closed per month');
  const trend = b.table(
    ['Month', 'Raised', 'Closed'],
    figures.monthly.map((m) => [m.month, m.raised, m.closed]),
    ['text', 'number', 'number'],
  );
  if (figures.monthly.length > 0) {
    b.charts.push({
      type: 'columnClustered',
      title: 'Raised vs closed per month',
      data: { firstRow: trend.first, firstCol: 1, lastRow: trend.last, lastCol: 3 },
      anchor: { row: trend.first, col: 9, rows: 16, cols: 8 },
    });
  }

  section('(d2) Monitoring and measurement results — to be completed');
  b.text(b.row++, 1, 'Not held in the register. Add the ISMS objectives and metrics results.', 'prompt');

  section('(d3) Audit results');
  b.table(
    ['Type', 'Open', 'Closed'],
    [...ACTION_TYPES, 'unknown' as const]
      .filter((t) => figures.audit.byType[t].open + figures.audit.byType[t].closed > 0)
      .map((t) => [t, figures.audit.byType[t].open, figures.audit.byType[t].closed]),
    ['text', 'number', 'number'],
  );
  b.text(b.row++, 1, 'Open audit findings:', 'label');
  list(figures.audit.openList, 'No open findings from internal or external audits.');

  section('(d4) Fulfilment of information security objectives — to be completed');
  b.text(b.row++, 1, 'Not held in the register. State whether each objective was met.', 'prompt');
  section('(e) Feedback from interested parties — to be completed');
  b.text(
    b.row++,
    1,
    'Not held in the register. Summarise complaints, customer and regulator feedback.',
    'prompt',
  );

  section('(f) Results of risk assessment and status of the risk treatment plan');
  list(figures.riskTreatmentOpen, 'No open actions come from risk assessment.');

  section('(g) Opportunities for continual improvement (open OFIs)');
  list(figures.openOfis, 'No open opportunities for improvement.');

  section('Overdue actions');
  if (figures.overdueList.length === 0) b.text(b.row++, 1, 'No open action is past its target date.', 'note');
  else {
    b.table(
      [...LIST_HEADERS, 'Days overdue'],
      figures.overdueList.slice(0, LIST_LIMIT).map((l) => [...listRows([l])[0], l.daysOverdue]),
      [...LIST_KINDS, 'number'],
    );
    if (figures.overdueList.length > LIST_LIMIT)
      b.text(b.row++, 1, `… and ${figures.overdueList.length - LIST_LIMIT} more.`, 'note');
  }

  section('NCs closed in the period — root cause and effectiveness (clause 10.2)');
  if (figures.ncsClosedInPeriod.length === 0) b.text(b.row++, 1, 'No NC was closed in the period.', 'note');
  else {
    b.table(
      ['ID', 'Row', 'Title', 'Type', 'Closed', 'Root cause', 'Corrective action', 'Effectiveness'],
      figures.ncsClosedInPeriod
        .slice(0, LIST_LIMIT)
        .map((l) => [
          l.id,
          l.row,
          l.title,
          l.type,
          dateCell(l.closedDate),
          l.rootCause,
          l.correctiveAction,
          l.effectivenessResult,
        ]),
      ['text', 'number', 'text', 'text', 'date', 'text', 'text', 'text'],
    );
  }

  section('Decisions and actions (clause 9.3.3) — to be completed in the meeting');
  b.table(
    ['Decision', 'Owner', 'Due date'],
    [
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ],
    ['text', 'text', 'text'],
  );

  if (options.generatedAt) {
    b.skip();
    b.text(b.row++, 1, `Generated by Improvement Plan at ${options.generatedAt}.`, 'note');
  }
  return {
    name,
    cells: b.cells,
    merges: b.merges,
    columnWidths: [34, 12, 40, 14, 14, 22, 14, 14],
    charts: b.charts,
    freezeRows: 0,
  };
}
