/**
 * `improvement-plan evidence <file> [--out evidence.xlsx]`: the auditor's evidence view of clause
 * 10.2 — each NC's trail a–g with the gaps marked — as text or JSON; with `--out`, a copy of the
 * workbook with the dated "Evidence 10.2" sheet added (the same writer as review --out: every part
 * of the workbook kept, written whole or not at all, never over the input).
 */
import path from 'path';
import { dayFromLocalDate } from '../../core/dates';
import { evidenceView, planEvidenceSheet, type EvidenceView } from '../../core/followThrough/evidence';
import type { CliOptions } from '../args';
import { describeRegister } from '../describe';
import { formatHead } from '../findingsOutput';
import { formatNotices } from '../format';
import { EXIT, type CliIo, type Outcome, type Progress } from '../runtime';
import { faultFromEnv } from '../writer/atomicFile';
import { checkSummaryOut, writeSummaryCopy, type SummaryCopy } from '../writer/copyWorkbook';
import { loadRegister } from './load';

/** Local date and time to the minute, as the user reads it on the sheet. */
function localStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** The gaps per NC as text: those with gaps first, each with its steps. */
export function formatEvidence(view: EvidenceView): string {
  const { ncs, complete, withGaps } = view.counts;
  const lines = [
    ncs === 0
      ? `No nonconformity in the register (as of ${view.asOf}).`
      : `${ncs} NC${ncs === 1 ? '' : 's'} (as of ${view.asOf}): ${complete} with a complete 10.2 trail for the stage reached, ${withGaps} with gaps.`,
  ];
  for (const nc of view.ncs) {
    if (nc.gaps.length === 0) continue;
    lines.push(
      '',
      `${nc.id || `Row ${nc.row}`} (row ${nc.row}, ${nc.statusText || nc.state})${nc.title ? ` — ${nc.title}` : ''}`,
    );
    for (const g of nc.gaps) lines.push(`  ${g}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Runs evidence. Exit 0 once the view is out (and the copy written).
 *
 * @example await runEvidence(options, io, progress) // { ok: true, value: 0 }
 */
export async function runEvidence(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
): Promise<Outcome<number>> {
  if (options.out !== undefined) {
    const checked = await checkSummaryOut(options.out, { input: options.file, force: options.force });
    if (!checked.ok) return checked;
  }
  const loaded = await loadRegister(options, progress);
  if (!loaded.ok) return loaded;
  const { register, sheet, workbook } = loaded.value;
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  const view = evidenceView(register, asOf, options.followThrough?.rechecks);
  let copy: SummaryCopy | undefined;
  if (options.out !== undefined) {
    progress.phase(`Writing ${path.basename(options.out)}`);
    const env = io.env ?? process.env;
    const written = await writeSummaryCopy({
      input: options.file,
      format: workbook.format,
      registerSheet: sheet,
      headerRow: register.mapping.headerRow,
      out: options.out,
      force: options.force,
      now: io.now,
      fault: faultFromEnv(env),
      plan: (existingSheetNames) =>
        planEvidenceSheet(view, {
          existingSheetNames,
          registerName: `${path.basename(options.file)}, sheet "${sheet.name}"`,
          generatedAt: localStamp(io.now),
          locale: env.LC_ALL || env.LC_PAPER || env.LANG || undefined,
        }),
    });
    progress.clear();
    if (!written.ok) return written;
    copy = written.value;
  }
  progress.clear();
  const d = describeRegister(loaded.value);
  io.stderr.write(loaded.value.configSources.notes.map((n) => `Note: ${n}\n`).join(''));
  const wrote = copy
    ? `Wrote ${copy.out}: a copy of ${path.basename(options.file)} with the sheet "${copy.sheet}" added. The input file is unchanged.\n`
    : '';
  if (options.format === 'json') {
    const output = copy ? { file: copy.out, sheet: copy.sheet, notes: copy.notes } : null;
    io.stdout.write(
      JSON.stringify(
        { file: d.file, sheet: d.sheet, headerRow: d.headerRow, rows: d.rows, ...view, output },
        null,
        2,
      ) + '\n',
    );
    if (wrote) io.stderr.write(wrote);
  } else {
    io.stderr.write(formatNotices(d.notices, d.sheet));
    io.stdout.write(formatHead(d) + '\n' + formatEvidence(view));
    io.stdout.write(
      wrote
        ? '\n' + wrote + (copy!.notes.length ? copy!.notes.join('\n') + '\n' : '')
        : '\nAdd --out <evidence.xlsx> to write the whole trail as a sheet an auditor can take away.\n',
    );
  }
  return { ok: true, value: EXIT.ok };
}
