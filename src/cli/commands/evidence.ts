/**
 * `improvement-plan evidence <file> [--out evidence.xlsx]`: the auditor's evidence view of clause
 * 10.2 — each NC's trail a–g with the gaps marked — as text or JSON; with `--out`, a copy of the
 * workbook with the dated "Evidence 10.2" sheet added (the same writer as review --out: every part
 * of the workbook kept, written whole or not at all, never over the input).
 */
import path from 'path';
import { dayFromLocalDate } from '../../core/dates';
import { evidenceView, planEvidenceSheet, type EvidenceView } from '../../core/followThrough/evidence';
import { EN, type CoreTranslator } from '../../core/i18n';
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

/**
 * The gaps per NC as text in `t`'s language (English by default): those with gaps first, each
 * with its steps. The gaps themselves are still said in English (they come from the core's
 * evidence view).
 */
export function formatEvidence(view: EvidenceView, t: CoreTranslator = EN): string {
  const { ncs, complete, withGaps } = view.counts;
  const asOf = t.lang === 'en' ? view.asOf : t.date(view.asOf);
  const lines = [
    ncs === 0
      ? t.t('cli.evidence.none', { asOf })
      : t.t('cli.evidence.summary', { ncs, asOf, complete, withGaps }),
  ];
  for (const nc of view.ncs) {
    if (nc.gaps.length === 0) continue;
    const name = nc.id || t.t('finding.label.row', { row: nc.row });
    const status = nc.statusText || nc.state;
    lines.push(
      '',
      t.t('cli.evidence.nc', { name, row: nc.row, status }) + (nc.title ? ` — ${nc.title}` : ''),
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
  const t = options.translator ?? EN;
  const wrote = copy
    ? t.t('cli.evidence.wrote', { out: copy.out, file: path.basename(options.file), sheet: copy.sheet }) +
      '\n'
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
    io.stdout.write(formatHead(d, t) + '\n' + formatEvidence(view, t));
    io.stdout.write(
      wrote
        ? '\n' + wrote + (copy!.notes.length ? copy!.notes.join('\n') + '\n' : '')
        : `\n${t.t('cli.evidence.hint')}\n`,
    );
  }
  return { ok: true, value: EXIT.ok };
}
