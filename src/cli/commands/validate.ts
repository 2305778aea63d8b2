/**
 * `improvement-plan validate <file>`: every finding of the register, as text or JSON.
 * Exit code 0 when there is no error, 1 when there are errors (warnings and info do not count).
 */
import { dayFromLocalDate, isoFromDay } from '../../core/dates';
import { validateRegister } from '../../core/validate';
import type { CliOptions } from '../args';
import { describeRegister } from '../describe';
import { formatCounts, formatDescription, formatExplanation, formatFindings, formatNotices } from '../format';
import { EXIT, type CliIo, type Outcome, type Progress } from '../runtime';
import { loadRegister } from './load';

/**
 * Runs validate. Returns the exit code, or the problem that stopped it (exit code 2).
 *
 * @example await runValidate(options, io, progress) // { ok: true, value: 1 } when errors were found
 */
export async function runValidate(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
): Promise<Outcome<number>> {
  const loaded = await loadRegister(options, progress);
  if (!loaded.ok) return loaded;
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  const { register } = loaded.value;
  progress.phase(`Checking ${register.actions.length.toLocaleString('en')} actions`);
  const report = validateRegister(register, { asOf });
  progress.clear();
  const d = describeRegister(loaded.value);
  const asOfIso = isoFromDay(asOf);
  if (options.format === 'json') {
    const { file, sheet, headerRow, rows, mapping, unmappedColumns, notices, ...more } = d;
    const json = {
      file,
      sheet,
      headerRow,
      rows,
      mapping,
      unmappedColumns,
      findings: report.findings,
      counts: report.counts,
      asOf: asOfIso,
      format: loaded.value.workbook.format,
      ...more,
      notices,
    };
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    io.stderr.write(formatNotices(d.notices, d.sheet));
    io.stdout.write(formatDescription(d));
    if (options.explain) io.stdout.write(formatExplanation(d));
    io.stdout.write(formatFindings(report.findings));
    io.stdout.write(formatCounts(report.counts, d.rows, asOfIso));
  }
  return { ok: true, value: report.counts.error > 0 ? EXIT.findings : EXIT.ok };
}
