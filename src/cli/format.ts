/**
 * Text output for people: how the register was read, the findings, the review figures. JSON
 * output is the same data unformatted (see the commands).
 */
import type { Finding, Severity } from '../core/findings';
import type { ReviewFigures } from '../core/review/figures';
import { keyFigures } from '../core/review/quality';
import { PERCENT_DECIMALS } from '../core/review/words';
import { EN, type CoreKey, type CoreTranslator } from '../core/i18n/catalog';
import { oneLine } from './commands/load';
import type { RegisterDescription } from './describe';
import type { ReaderNotice } from './io/types';

const WIDTH = 110;

/** "1 action" / "3,443 actions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Joins items with ", " and wraps them under a label, so long lists stay readable. */
function wrapList(label: string, items: string[]): string[] {
  const indent = ' '.repeat(label.length);
  const lines: string[] = [];
  let line = label;
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? ',' : '');
    if (line.length > indent.length && line.length + 1 + piece.length > WIDTH) {
      lines.push(line);
      line = indent + piece;
    } else line += (line.length > indent.length ? ' ' : '') + piece;
  });
  lines.push(line);
  return lines;
}

/**
 * The "how it was read" block: file, sheet and why it was chosen, mapped and unused columns, and
 * words that were read one way on purpose.
 */
export function formatDescription(d: RegisterDescription): string {
  const lines = [`File:    ${d.file}`];
  const header = `header on row ${d.headerRow}${d.headerRowGiven ? ' (as given by --header-row)' : ''}`;
  const given = {
    option: 'as given by --sheet',
    config: 'as given by --config',
    workbook: 'as stored by the add-in',
  };
  if (d.sheetChosenBy !== 'header')
    lines.push(`Sheet:   "${d.sheet}" (${given[d.sheetChosenBy]}), ${header}`);
  else {
    lines.push(`Sheet:   "${d.sheet}", found by its ${header}`);
    if (d.otherCandidateSheets.length > 0) {
      const others = d.otherCandidateSheets.slice(0, 5).map((s) => `"${s.name}"`);
      lines.push(...wrapList('         Also looked like a register: ', others));
      lines.push('         Use --sheet "<name>" to read another sheet.');
    }
  }
  const mapped = (Object.keys(d.mapping) as (keyof typeof d.mapping)[]).map(
    (f) => `${f} = ${d.columns[f]} "${oneLine(d.mapping[f] ?? '')}"`,
  );
  lines.push(...wrapList('Columns: ', mapped));
  if (d.unmappedColumns.length > 0) {
    lines.push(
      ...wrapList(
        'Not used: ',
        d.unmappedColumns.map((u) => `${u.column} "${oneLine(u.header)}"`),
      ),
    );
  }
  for (const dup of d.duplicateColumns) {
    lines.push(
      `Note:    ${dup.column} "${oneLine(dup.header)}" repeats the header of ${dup.keptColumn}; ${dup.keptColumn} is used.`,
    );
  }
  if (d.defaultType)
    lines.push(`Type:    every row is read as ${d.defaultType.type}, because ${d.defaultType.reason}.`);
  for (const note of d.vocabularyNotes.filter((n) => n.level === 'assumed'))
    lines.push(`Words:   ${note.message}`);
  lines.push(`Rows:    ${plural(d.rows, 'action row')} below the header`);
  return lines.join('\n') + '\n';
}

const SEVERITY_WIDTH = 7;

/** One finding per line: row, column, severity, code, id, message. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const codeWidth = Math.max(...findings.map((f) => f.code.length));
  const rowWidth = Math.max(...findings.map((f) => String(f.row ?? '').length), 1);
  const lines = findings.map((f) => {
    const where = `${String(f.row ?? '—').padStart(rowWidth)} ${f.column.padEnd(3)}`;
    const id = f.id ? ` [${f.id}]` : '';
    return `  ${where} ${f.severity.padEnd(SEVERITY_WIDTH)} ${f.code.padEnd(codeWidth)}${id} ${f.message}`;
  });
  return `\nFindings (row, column, severity, code, [id], message):\n${lines.join('\n')}\n`;
}

/** "3 errors, 12 warnings, 1 info in 203 action rows (as of 2026-11-26)." */
export function formatCounts(counts: Record<Severity, number>, rows: number, asOf: string): string {
  if (counts.error + counts.warning + counts.info === 0) {
    return `\nNo findings in ${plural(rows, 'action row')} (as of ${asOf}).\n`;
  }
  return (
    `\n${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info` +
    ` in ${plural(rows, 'action row')} (as of ${asOf}).\n`
  );
}

/**
 * Reader notices for stderr: those about the whole file and the register sheet in full, the
 * rest (other sheets of a large workbook) as a count.
 */
export function formatNotices(notices: readonly ReaderNotice[], sheet: string): string {
  const relevant = notices.filter((n) => n.sheet === undefined || n.sheet === sheet);
  const others = notices.length - relevant.length;
  // "rows 2:2, 3:3" (a row range per row) reads as "rows 2, 3".
  const lines = relevant.map((n) => `Note: ${n.message.replace(/\b(\d+):\1\b/g, '$1')}`);
  if (others > 0) {
    lines.push(`Note: ${plural(others, 'more notice')} about other sheets (--format json lists them).`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function counts(record: Record<string, number>): string[] {
  return Object.entries(record)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
}

/** The key management-review figures as a short text report, in `t`'s language. */
export function formatFigures(f: ReviewFigures, t: CoreTranslator = EN): string {
  // The sheet's and the pane's figures: a figure resting on a missing column says so, never 0.
  const en = t.lang === 'en';
  const rows = keyFigures(f).map((k) => {
    if (en) return [k.label, k.text] as const;
    const label = t.t(`review.figure.${k.key}` as CoreKey);
    const show = (v: number) =>
      k.key === 'effectivenessRate' ? t.percent(v, PERCENT_DECIMALS) : t.number(v);
    const text =
      k.value === null
        ? k.note
          ? t.t('cli.figures.unknown', { note: k.note })
          : t.t('review.figure.noneClosed')
        : k.note
          ? `${show(k.value)} (${k.note})`
          : show(k.value);
    return [label, text] as const;
  });
  const date = (iso: string) => (en ? iso : t.date(iso));
  const lines = [
    `\n${t.t('cli.figures.title', { from: date(f.period.from), to: date(f.period.to), asOf: date(f.asOf) })}`,
  ];
  const width = Math.max(32, ...rows.map(([label]) => label.length));
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)} ${value}`);
  const by = (['byStatus', 'byType', 'bySource'] as const).map((k) => t.t(`cli.figures.${k}`));
  const labelWidth = Math.max(...by.map((l) => l.length)) + 1;
  lines.push(...wrapList(`  ${by[0].padEnd(labelWidth)}`, counts(f.byStatus)));
  lines.push(...wrapList(`  ${by[1].padEnd(labelWidth)}`, counts(f.byType)));
  lines.push(...wrapList(`  ${by[2].padEnd(labelWidth)}`, counts(f.bySource)));
  const age = f.ageing;
  lines.push(
    `  ${t.t('cli.figures.age', {
      a: String(age['0-30']),
      b: String(age['31-60']),
      c: String(age['61-90']),
      d: String(age['90+']),
      unknown: String(f.ageingUnknown),
    })}`,
  );
  const late = f.effectivenessChecksOverdue;
  if (late.length > 0)
    lines.push(
      ...wrapList(`  ${t.t('cli.figures.lateChecks', { count: String(late.length) })}`, [
        ...late.slice(0, 5).map((l) =>
          t.t('cli.figures.daysLate', {
            who: l.id || t.t('finding.label.row', { row: String(l.row) }).toLowerCase(),
            days: l.daysLate,
          }),
        ),
        ...(late.length > 5 ? [t.t('cli.figures.more', { count: String(late.length - 5) })] : []),
      ]),
    );
  return lines.join('\n') + '\n';
}

/**
 * The `--explain` block: every choice the reading made and the evidence behind it, so a user can
 * check it and correct what is wrong with --sheet, --header-row, --rows, --map or --status-map.
 */
export function formatExplanation(d: RegisterDescription): string {
  const x = d.detection;
  const lines = ['How the register was read:'];
  lines.push(`  Rows:     ${x.firstRow}–${x.lastRow}${x.tableEnd ? ` (${x.tableEnd})` : ''}`);
  if (x.rowsPerAction) lines.push(`  Steps:    ${x.rowsPerAction}`);
  if (x.headerShift) lines.push(`  Header:   ${x.headerShift}`);
  if (x.testRows.length > 0)
    lines.push(
      `  Left out: ${x.testRows.length === 1 ? 'row' : 'rows'} ${x.testRows.join(', ')}, typed to try the sheet out ("test", "Test1A")`,
    );
  if (x.preset)
    lines.push(
      `  Layout:   ${x.preset.label}${x.preset.recognised ? ' (recognised by its headers)' : ' (--preset)'}`,
    );
  for (const [field, c] of Object.entries(x.columns)) {
    const runner = c!.runnerUp ? `; runner-up ${oneLine(c!.runnerUp)}` : '';
    lines.push(
      `  ${field.padEnd(21)} ${c!.column} "${oneLine(c!.header)}" — ${c!.how}, confidence ${c!.score.toFixed(2)}: ${oneLine(c!.evidence)}${runner}`,
    );
  }
  for (const r of x.ruledOut)
    lines.push(`  not ${r.field}: ${r.column} "${oneLine(r.header)}" — ${r.reason}`);
  const order = x.dateOrder === 'dmy' ? 'day first' : 'month first';
  const from = {
    config: 'as configured',
    dates: "learned from the register's own dates",
    default: 'the default',
  }[x.dateOrderFrom];
  lines.push(`  Dates:    ${order} (${from})`);
  if (x.deadlineYear) {
    const y = x.deadlineYear;
    const why =
      y.from === 'dates' ? 'the year of most of its dates' : 'the year its title or sheet name gives';
    lines.push(
      `            ${y.cells} ${y.cells === 1 ? 'deadline' : 'deadlines'} without a year ("Septiembre", "KW 12") read in ${y.year}: ${why}`,
    );
  }
  lines.push(`  States:   from the ${x.stateFrom}`);
  if (x.overdueFrom !== null && x.overdueFrom !== 'target date')
    lines.push(`  Overdue:  from ${x.overdueFrom}`);
  const c = d.configuration;
  const sources = [
    c.workbook ? 'the mapping the Excel add-in stored in the workbook' : '',
    c.file ? `--config ${c.file}` : '',
    c.overridden.length > 0 ? `options (${c.overridden.join(', ')})` : '',
  ].filter((s) => s !== '');
  lines.push(
    `  Settings: ${sources.length > 0 ? sources.join(', then ') : 'none stored or given: everything above was detected'}`,
  );
  return lines.join('\n') + '\n';
}
