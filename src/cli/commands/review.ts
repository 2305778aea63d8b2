/**
 * `improvement-plan review <file>`: the management-review figures (ISO/IEC 27001:2022 9.3.2) as
 * text or JSON; with `--out`, a copy of the workbook with the dated summary sheet added.
 */
import path from 'path';
import { dayFromLocalDate, type DayNumber } from '../../core/dates';
import { computeReview } from '../../core/review/figures';
import { validateRegister } from '../../core/validate';
import { latestEarlierReview, looksLikeReviewSheet, type EarlierReview } from '../../core/review/previous';
import type { CountedFinding } from '../../core/review/quality';
import type { Register } from '../../core/register';
import { planReviewSheet } from '../../core/review/reviewSheet';
import type { CliOptions } from '../args';
import { describeRegister, type RegisterDescription } from '../describe';
import type { SheetData, WorkbookData } from '../io/types';
import { formatHead } from '../findingsOutput';
import { formatDescription, formatExplanation, formatFigures, formatNotices } from '../format';
import { EXIT, type CliIo, type Outcome, type Progress } from '../runtime';
import { faultFromEnv } from '../writer/atomicFile';
import { checkSummaryOut, writeSummaryCopy, type SummaryCopy } from '../writer/copyWorkbook';
import { loadPlan } from '../multi';
import { collectAfterPhase } from '../collect';
import { writeJson } from '../jsonOut';
import { runReviewPlan } from './rollup';
import { EN } from '../../core/i18n/catalog';

/** Local date and time to the minute, as the user reads it on the sheet. */
function localStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** The locale that decides the paper: LC_ALL, then LC_PAPER, then LANG ("en_US.UTF-8"). */
function paperLocale(env: Record<string, string | undefined>): string | undefined {
  return env.LC_ALL || env.LC_PAPER || env.LANG || undefined;
}

function wroteMessage(copy: SummaryCopy, input: string): string {
  const lines = [
    `\nWrote ${copy.out}: a copy of ${path.basename(input)} with the sheet "${copy.sheet}" added. The input file is unchanged.`,
  ];
  if (copy.charts.length > 0) lines.push(`Charts on the sheet: ${copy.charts.join('; ')}.`);
  lines.push(...copy.notes);
  return lines.join('\n') + '\n';
}

/** What the output of one register needs: its figures and description, not the register. */
interface Figured {
  figures: ReturnType<typeof computeReview>;
  d: RegisterDescription;
  /** The register's sheet, for a CSV register (the copy writes it); a workbook's is read again. */
  registerSheet?: SheetData;
  sheetName: string;
  headerRow: number;
  format: WorkbookData['format'];
  configNotes: string[];
}

/**
 * The latest earlier review sheet of the workbook (on or before `asOf`), read from its hidden
 * block; every earlier review sheet's grid is let go once read. A review of a million-row register
 * keeps a row per open action in that block: its grid (45 columns wide, ~400 MB) is not held
 * while the rules run and the figures are made (issue 16).
 */
function readEarlierReview(
  workbook: WorkbookData,
  register: SheetData,
  asOf: DayNumber,
): EarlierReview | undefined {
  const sheets = workbook.sheets.filter((s) => s !== register && looksLikeReviewSheet(s.name));
  const earlier = latestEarlierReview(
    sheets.map((s) => ({ name: s.name, grid: s.grid })),
    asOf,
  );
  for (const s of sheets) if (s.grid !== register.grid) s.grid = { values: [] };
  return earlier;
}

/**
 * The register's findings as the review counts them (kind, severity, row). A million findings
 * hold ~300 MB of messages the review never shows: they are let go when this returns.
 */
function countedFindings(
  register: Register,
  options: Parameters<typeof validateRegister>[1],
): CountedFinding[] {
  return validateRegister(register, options).findings.map(({ code, severity, row }) => ({
    code,
    severity,
    row,
  }));
}

/**
 * Reads the file and computes the figures. The plan (the workbook's grids, the register's
 * actions, its findings) is held only here: once this returns, the copy of a million-row register
 * is written with only the figures — and, for a CSV, its grid — in memory (issue 16).
 */
async function figure(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
): Promise<Outcome<number> | { ok: true; value: Figured }> {
  const plan = await loadPlan(options, progress);
  if (!plan.ok) return plan;
  // Several registers (sheets or files) or objectives beside them: one summary, a new workbook.
  if (!plan.value.single) return runReviewPlan(plan.value, options, io, progress);
  const loaded = plan.value.registers[0];
  const { register, sheet, workbook } = loaded;
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  const t = options.translator ?? EN;
  progress.phase(`Computing the review figures for ${register.actions.length.toLocaleString('en')} actions`);
  const rechecks = options.followThrough?.rechecks;
  // A workbook's register sheet is read again from its file when the copy is written: its grid
  // (a million rows) is let go here, once the register is parsed. A CSV's is kept for the copy
  // only: without --out it is let go too (500,000 rows: ~450 MB the rules and figures need not).
  const keepGrid = workbook.format === 'csv' && options.out !== undefined;
  if (!keepGrid) sheet.grid = { values: [] };
  // Reading left its garbage (and that grid): collected before the earlier review is read.
  collectAfterPhase(register.actions.length);
  // The last earlier review of the workbook is followed up (9.3.2 a): read now, its sheets' grids let go.
  const earlier = readEarlierReview(workbook, sheet, asOf);
  // Those grids are collected before the rules make their findings.
  if (earlier) collectAfterPhase(register.actions.length);
  // The data-quality block counts the findings under the run's target-date policy (--policy, stored, or default).
  const findings = countedFindings(register, { asOf, policy: options.followThrough?.policy, rechecks });
  // What checking left behind is collected before the figures are made beside the findings.
  collectAfterPhase(register.actions.length);
  const figures = computeReview(register, {
    asOf,
    rechecks,
    from: options.from,
    to: options.to,
    earlier,
    findings,
    t,
  });
  return {
    ok: true,
    value: {
      figures,
      d: describeRegister(loaded),
      registerSheet: keepGrid ? sheet : undefined,
      sheetName: sheet.name,
      headerRow: register.mapping.headerRow,
      format: workbook.format,
      configNotes: loaded.configSources.notes,
    },
  };
}

/** The members of `json` that are lists, to be written item by item. */
function listsOf(json: Record<string, unknown>): Record<string, unknown[]> {
  const lists: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(json)) if (Array.isArray(value)) lists[key] = value;
  return lists;
}

/** The CSV register sheet, taken out of the figures' holder so that only the copy holds it. */
function takeRegisterSheet(figured: Figured): SheetData | undefined {
  const sheet = figured.registerSheet;
  figured.registerSheet = undefined;
  return sheet;
}

/**
 * Runs review. Returns the exit code (0 once the figures are out), or the problem that stopped
 * it (exit code 2).
 *
 * @example await runReview(options, io, progress) // { ok: true, value: 0 }
 */
export async function runReview(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
): Promise<Outcome<number>> {
  if (options.out !== undefined && (options.files ?? []).length <= 1) {
    // Fail fast, before a long read, when the copy could not be written anyway.
    const checked = await checkSummaryOut(options.out, { input: options.file, force: options.force });
    if (!checked.ok) return checked;
  }
  const figured = await figure(options, io, progress);
  if (!figured.ok || typeof figured.value === 'number') return figured as Outcome<number>;
  const { figures, d, sheetName, headerRow, format, configNotes } = figured.value;
  // The register, its findings and (for a workbook) the grids are garbage now: collected before
  // the copy's sheet is planned and written, the heap stays near what the copy needs.
  collectAfterPhase(d.rows);
  const t = options.translator ?? EN;
  let copy: SummaryCopy | undefined;
  if (options.out !== undefined) {
    progress.phase(`Writing ${path.basename(options.out)}`);
    const written = await writeSummaryCopy({
      input: options.file,
      format,
      // Handed over (no local keeps it): the copy lets go of a CSV's grid once its sheet is written.
      registerSheet: takeRegisterSheet(figured.value),
      headerRow,
      out: options.out,
      force: options.force,
      now: io.now,
      fault: faultFromEnv(io.env ?? process.env),
      plan: (existingSheetNames) =>
        planReviewSheet(figures, {
          existingSheetNames,
          registerName: `${path.basename(options.file)}, sheet "${sheetName}"`,
          generatedAt: localStamp(io.now),
          // The paper follows the locale (LC_PAPER, as the system prints): Letter or A4.
          locale: paperLocale(io.env ?? process.env),
          t,
        }),
    });
    progress.clear();
    if (!written.ok) return written;
    copy = written.value;
  }
  progress.clear();
  io.stderr.write(configNotes.map((n) => `Note: ${n}\n`).join(''));
  if (options.format === 'json') {
    const output = copy
      ? {
          file: copy.out,
          sheet: copy.sheet,
          charts: copy.charts,
          chartsNotDrawn: copy.chartsNotDrawn,
          notes: copy.notes,
        }
      : null;
    const json = {
      file: d.file,
      sheet: d.sheet,
      headerRow: d.headerRow,
      rows: d.rows,
      ...figures,
      output,
      notices: d.notices,
    };
    // Streamed list by list: the lists of a 500,000-row review are ~190 MB of JSON, never one
    // string (nor one buffer of its bytes) beside the figures (the same bytes as JSON.stringify).
    writeJson(io.stdout, json, listsOf(json));
    if (copy) io.stderr.write(wroteMessage(copy, options.file).trimStart());
  } else {
    io.stderr.write(formatNotices(d.notices, d.sheet));
    io.stdout.write(formatHead(d, t));
    if (options.explain) io.stdout.write('\n' + formatDescription(d) + formatExplanation(d));
    io.stdout.write(formatFigures(figures, t));
    if (copy) io.stdout.write(wroteMessage(copy, options.file));
    else io.stdout.write(`\n${t.t('cli.review.hint')}\n`);
  }
  return { ok: true, value: EXIT.ok };
}
