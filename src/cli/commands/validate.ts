/**
 * `improvement-plan validate <file>`: the register's findings as text, JSON, CSV or Markdown.
 * Exit code 1 when a finding is at or above `--fail-on` (default: errors), else 0.
 */
import { dayFromLocalDate, isoFromDay } from '../../core/dates';
import { countFindings } from '../../core/findings';
import { validateRegister } from '../../core/validate';
import type { CliOptions } from '../args';
import { describeRegister } from '../describe';
import { atLeast, fails, mergeFindings } from '../findingGroups';
import {
  formatFindingsCsv,
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
import { jsonFindings } from '../findingText';

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
  const plan = await loadPlan(options, progress);
  if (!plan.ok) return plan;
  // Several registers (sheets or files) or objectives beside them: one plan, one list.
  if (!plan.value.single) return runValidatePlan(plan.value, options, io, progress, paint);
  const loaded = { ok: true as const, value: plan.value.registers[0] };
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  const { register } = loaded.value;
  const t = options.translator ?? EN;
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
  io.stderr.write(loaded.value.configSources.notes.map((n) => `Note: ${n}\n`).join(''));
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
      findings: jsonFindings(listed, t),
      counts,
      asOf: asOfIso,
      minSeverity: options.minSeverity,
      failOn: options.failOn,
      format: loaded.value.workbook.format,
      ...more,
      notices,
    };
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else if (options.format === 'csv') {
    io.stdout.write(formatFindingsCsv(listed, t));
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
