/**
 * `improvement-plan validate <file>`: the register's findings as text, JSON, CSV or Markdown.
 * Exit code 1 when a finding is at or above `--fail-on` (default: errors), else 0.
 */
import { dayFromLocalDate, isoFromDay } from '../../core/dates';
import { countFindings, type Finding, type Severity } from '../../core/findings';
import { validateRegister } from '../../core/validate';
import type { CliOptions } from '../args';
import { describeRegister, type RegisterDescription } from '../describe';
import type { Register } from '../../core/register';
import type { SheetData } from '../io/types';
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
import { collectAfterPhase } from '../collect';
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

/** One register as validate needs it: the register and what is said about it, not its grid. */
interface Read {
  /** Let go once the rules have run: the findings do not need it. */
  register?: Register;
  d: RegisterDescription;
  /** What tells which empty cells hold uncalculated formulas (see markUncalculated). */
  formulas: Pick<SheetData, 'uncalculated' | 'notices'>;
  format: string;
  configNotes: string[];
}

/**
 * Reads the file. The plan (the workbook's grids) is held only here: the rules need the register
 * alone, so a million rows' grid is free before they run (issue 16).
 */
async function read(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
  paint: Paint,
): Promise<Outcome<number> | { ok: true; value: Read }> {
  const plan = await loadPlan(options, progress);
  if (!plan.ok) return plan;
  // Several registers (sheets or files) or objectives beside them: one plan, one list.
  if (!plan.value.single) return runValidatePlan(plan.value, options, io, progress, paint);
  const loaded = plan.value.registers[0];
  const { uncalculated, notices } = loaded.sheet;
  return {
    ok: true,
    value: {
      register: loaded.register,
      d: describeRegister(loaded),
      formulas: { uncalculated, notices },
      format: loaded.workbook.format,
      configNotes: loaded.configSources.notes,
    },
  };
}

/**
 * Reads and checks the file. The register is held only here: once this returns, what is written
 * needs the findings alone.
 */
async function check(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
  paint: Paint,
): Promise<Outcome<number> | { ok: true; value: Checked }> {
  const loaded = await read(options, io, progress, paint);
  if (!loaded.ok || typeof loaded.value === 'number') return loaded as Outcome<number>;
  const r = loaded.value;
  const { d, formulas, format, configNotes } = r;
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  // The workbook's grids are garbage now: collected before the rules make their findings.
  collectAfterPhase(d.rows);
  progress.phase(`Checking ${r.register!.actions.length.toLocaleString('en')} actions`);
  const { findings } = validateRegister(r.register!, {
    asOf,
    policy: options.followThrough?.policy,
    rechecks: options.followThrough?.rechecks,
  });
  // A million rows' actions are free while the findings are merged and written.
  r.register = undefined;
  collectAfterPhase(d.rows);
  progress.clear();
  const asOfIso = isoFromDay(asOf);
  const all = markUncalculated(mergeFindings(findings), formulas);
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
  // The findings as the rules made them are garbage now that they are merged.
  collectAfterPhase(d.rows);
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
