/**
 * The findings of validate for people and for other tools: text for a terminal (grouped by what to
 * do, worst first, rows listed compactly), CSV that opens in Excel as a to-do list, and Markdown
 * that pastes into a ticket. JSON is the contract (schemas/validate.schema.json), written by the
 * command itself.
 */
import type { Finding, Severity } from '../core/findings';
import { EN, type CoreTranslator } from '../core/i18n/catalog';
import { compactRows, groupFindings, rowsText, type FindingGroup } from './findingGroups';
import { sayFinding } from './findingText';
import type { Paint } from './paint';
import { printable } from './runtime';

/** What every format says about the run besides the findings. */
export interface FindingsSummary {
  file: string;
  sheet: string;
  headerRow: number;
  rows: number;
  asOf: string;
  /** Counts of every finding, listed or not. */
  counts: Record<Severity, number>;
  minSeverity: Severity;
}

const WIDTH = 110;
/** Groups this small list each finding's message; larger ones list their rows. */
const LIST_EACH = 3;
/** Most characters of a group's row list before it is cut ("… and 40 more"). */
const ROWS_CHARS = 2 * WIDTH;

function countsLine(s: FindingsSummary, t: CoreTranslator): string {
  const c = s.counts;
  const asOf = t.lang === 'en' ? s.asOf : t.date(s.asOf);
  if (c.error + c.warning + c.info === 0) return t.t('cli.counts.none', { rows: s.rows, asOf });
  const infos = t.lang === 'en' ? String(c.info) : t.number(c.info);
  const counts = t.t('cli.counts', { errors: c.error, warnings: c.warning, infos, rows: s.rows, asOf });
  if (c.warning + c.info === 0 || s.minSeverity === 'info') return counts;
  const hidden = s.minSeverity === 'error' ? 'cli.counts.hidden.warnings' : 'cli.counts.hidden.info';
  return counts + t.t(hidden, { min: s.minSeverity });
}

/** A row list cut to a readable length, with how many were left out. */
function cutRows(text: string, t: CoreTranslator): string {
  if (text.length <= ROWS_CHARS) return text;
  const cut = text.lastIndexOf(', ', ROWS_CHARS);
  const rest = text.slice(cut + 2).split(', ').length;
  return t.t('cli.rows.more', { shown: text.slice(0, cut), rest: String(rest) });
}

function idsOf(findings: readonly Finding[]): string {
  const ids = [...new Set(findings.map((f) => f.id).filter((id) => id !== ''))];
  return ids.length === 0 || ids.length > 6 ? '' : ` (${ids.join(', ')})`;
}

const MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'i' };

function textGroup(g: FindingGroup, paint: Paint, t: CoreTranslator): string[] {
  const n = g.findings.length;
  const head =
    `${paint[g.severity](`${MARK[g.severity]} ${t.t(`cli.group.${g.severity}`, { count: n })}`)}` +
    `  ${paint.bold(g.todo)}  ${paint.dim(g.code)}`;
  const lines = [head];
  if (n <= LIST_EACH) {
    for (const f of g.findings) lines.push(`    ${sayFinding(f, t)}`);
  } else {
    const rows = rowsText(g.findings, t);
    if (rows) lines.push(`    ${cutRows(rows, t)}${idsOf(g.findings)}`);
    lines.push(`    ${t.t('cli.example', { message: sayFinding(g.findings[0], t) })}`);
  }
  return lines;
}

/**
 * The findings as text: a heading per thing to do (worst first) with its rows, then the counts.
 *
 * @example formatFindingsText(findings, summary, plainPaint)
 */
export function formatFindingsText(
  findings: readonly Finding[],
  s: FindingsSummary,
  paint: Paint,
  t: CoreTranslator = EN,
): string {
  const lines: string[] = [];
  for (const g of groupFindings(findings, t)) lines.push('', ...textGroup(g, paint, t));
  lines.push('', countsLine(s, t));
  return lines.join('\n') + '\n';
}

/** The one-line head of the text output: which file, sheet and rows were read. */
export function formatHead(
  s: Pick<FindingsSummary, 'file' | 'sheet' | 'headerRow' | 'rows'>,
  t: CoreTranslator = EN,
): string {
  const head = t.t('cli.head', {
    file: s.file,
    sheet: s.sheet,
    headerRow: String(s.headerRow),
    rows: s.rows,
  });
  return `${head}\n`;
}

/**
 * A cell Excel would run as a formula (= + - @, or a tab or carriage return before one) starts
 * with an apostrophe, so the CSV opens as text (DESIGN.md §7: user text stays text).
 */
export function csvCell(value: string | number | null): string {
  let text = printable(value === null ? '' : String(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  'Done',
  'Severity',
  'What to do',
  'Code',
  'Row',
  'Column',
  'ID',
  'Field',
  'Message',
];

/**
 * The findings as CSV: one row per finding, worst first, with an empty "Done" column to tick —
 * a to-do list in Excel. UTF-8 with a byte-order mark and CRLF line ends, as Excel expects.
 */
export function formatFindingsCsv(findings: readonly Finding[], t: CoreTranslator = EN): string {
  return [...findingsCsv(findings, t)].join('');
}

/**
 * The same CSV text, a line at a time (for a million findings: written as made, never one
 * string; see ChunkedSink in jsonOut.ts).
 */
export function* findingsCsv(findings: readonly Finding[], t: CoreTranslator = EN): Generator<string> {
  yield '\uFEFF' + CSV_HEADER.join(',') + '\r\n';
  for (const g of groupFindings(findings, t)) {
    for (const f of g.findings) {
      yield (
        ['', f.severity, g.todo, f.code, f.row, f.column, f.id, f.field, sayFinding(f, t)]
          .map(csvCell)
          .join(',') + '\r\n'
      );
    }
  }
}

/** Text that Markdown shows as written: no emphasis, links, tables or HTML from cell contents. */
export function markdownText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_[\]<>|#~!])/g, '\\$1');
}

/**
 * The findings as Markdown for a ticket: the counts, then a task per thing to do with its rows,
 * and each finding of the small groups.
 */
export function formatFindingsMarkdown(
  findings: readonly Finding[],
  s: FindingsSummary,
  t: CoreTranslator = EN,
): string {
  const lines = [
    `### ${t.t('cli.markdown.title', { file: markdownText(s.file) })}`,
    '',
    t.t('cli.markdown.sheet', { sheet: markdownText(s.sheet), counts: markdownText(countsLine(s, t)) }),
  ];
  let severity: Severity | undefined;
  for (const g of groupFindings(findings, t)) {
    if (g.severity !== severity) {
      severity = g.severity;
      lines.push('', `#### ${t.t(`cli.markdown.${severity}`)}`, '');
    }
    const rows = g.findings.map((f) => f.row).filter((r): r is number => r !== null);
    const where =
      rows.length > 0 ? ` — ${t.t('cli.rows', { count: new Set(rows).size, rows: compactRows(rows) })}` : '';
    lines.push(`- [ ] **${markdownText(g.todo)}** (\`${g.code}\`, ${g.findings.length})${where}`);
    if (g.findings.length <= LIST_EACH)
      for (const f of g.findings) lines.push(`  - ${markdownText(sayFinding(f, t))}`);
  }
  return lines.join('\n') + '\n';
}
