/**
 * `improvement-plan validate <file>`: the register's findings as text, JSON, CSV or Markdown.
 * Exit code 1 when a finding is at or above `--fail-on` (default: errors), else 0.
 */
import { dayFromLocalDate, isoFromDay } from '../../core/dates';
import { countFindings, type Finding, type Severity } from '../../core/findings';
import { validateRegister } from '../../core/validate';
import type { CliOptions } from '../args';
import { describeRegister, type RegisterDescription } from '../describe';
import { atLeast, fails, mergeFindings } from '../findingGroups';
import {
  findingsCsv,
  formatFindingsMarkdown,
  formatFindingsText,
  formatHead,
  type FindingsSummary,
} from '../findingsOutput';
import { formatDescription, formatExplanation, formatNotices } from '../format';
import { markUncalculated } from '../notCalculated';
import { PLAIN, type Paint } from '../paint';
import { EXIT, type CliIo, type Outcome, type Progress } from '../runtime';
import { loadPlan } from '../multi';
import { runValidatePlan } from './rollup';
import { EN } from '../../core/i18n/catalog';
import { eachJsonFinding } from '../findingText';
import { ChunkedSink, writeJson } from '../jsonOut';

/** What the output of one register needs: its findings and description, not the register. */
interface Checked {
  d: RegisterDescription;
  listed: Finding[];
  counts: Record<Severity, number>;
  summary: FindingsSummary;
  format: string;
  configNotes: string[];
}

/**
 * Reads and checks the file. The plan (the sheets' grids, the register's actions) is held only
 * here: once this returns, what is written needs the findings alone, so a million rows' grid and
 * actions are free before the output is made (issue 16).
 */
async function check(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
  paint: Paint,
): Promise<Outcome<number> | { ok: true; value: Checked }> {
  const plan = await loadPlan(options, progress);
  if (!plan.ok) return plan;
  // Several registers (sheets or files) or objectives beside them: one plan, one list.
  if (!plan.value.single) return runValidatePlan(plan.value, options, io, progress, paint);
  const loaded = { ok: true as const, value: plan.value.registers[0] };
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  const { register } = loaded.value;
  progress.phase(`Checking ${register.actions.length.toLocaleString('en')} actions`);
  const report = validateRegister(register, {
    asOf,
    policy: options.followThrough?.policy,
    rechecks: options.followThrough?.rechecks,
  });
  progress.clear();
  const d = describeRegister(loaded.value);
  const asOfIso = isoFromDay(asOf);
  const all = markUncalculated(mergeFindings(report.findings), loaded.value.sheet);
  const counts = countFindings(all);
  const listed = atLeast(all, options.minSeverity);
  const summary: FindingsSummary = {
    file: d.file,
    sheet: d.sheet,
    headerRow: d.headerRow,
    rows: d.rows,
    asOf: asOfIso,
    counts,
    minSeverity: options.minSeverity,
  };
  const format = loaded.value.workbook.format;
  const configNotes = loaded.value.configSources.notes;
  return { ok: true, value: { d, listed, counts, summary, format, configNotes } };
}

/**
 * Runs validate. Returns the exit code, or the problem that stopped it (exit code 2).
 *
 * @example await runValidate(options, io, progress) // { ok: true, value: 1 } when errors were found
 */
export async function runValidate(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
  paint: Paint = PLAIN,
): Promise<Outcome<number>> {
  const checked = await check(options, io, progress, paint);
  if (!checked.ok || typeof checked.value === 'number') return checked as Outcome<number>;
  const { d, listed, counts, summary, format, configNotes } = checked.value;
  const t = options.translator ?? EN;
  io.stderr.write(configNotes.map((n) => `Note: ${n}\n`).join(''));
  io.stderr.write(formatNotices(d.notices, d.sheet));
  if (options.format === 'json') {
    const { file, sheet, headerRow, rows, mapping, unmappedColumns, notices, ...more } = d;
    const json = {
      file,
      sheet,
      headerRow,
      rows,
      mapping,
      unmappedColumns,
      findings: [],
      counts,
      asOf: summary.asOf,
      minSeverity: options.minSeverity,
      failOn: options.failOn,
      format,
      ...more,
      notices,
    };
    // Streamed: a million findings' JSON is never one string (the same bytes as JSON.stringify).
    writeJson(io.stdout, json, { findings: eachJsonFinding(listed, t) });
  } else if (options.format === 'csv') {
    const out = new ChunkedSink(io.stdout);
    for (const line of findingsCsv(listed, t)) out.write(line);
    out.flush();
  } else if (options.format === 'markdown') {
    io.stdout.write(formatFindingsMarkdown(listed, summary, t));
  } else {
    io.stdout.write(formatHead(summary, t));
    if (options.explain) {
      io.stdout.write('\n' + formatDescription(d));
      io.stdout.write(formatExplanation(d));
    }
    io.stdout.write(formatFindingsText(listed, summary, paint, t));
  }
  return { ok: true, value: fails(counts, options.failOn) ? EXIT.findings : EXIT.ok };
}
