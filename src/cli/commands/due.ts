/**
 * `improvement-plan due <file> --within 14 --escalate-after 30`: the dates owners are held to —
 * target completion, progress review, effectiveness check, a closed NC's re-check — due within N days or passed, grouped by
 * owner. Exit 1 when a date has passed by more than the escalation threshold, so a scheduled job can
 * mail the list when it matters.
 */
import { dayFromLocalDate } from '../../core/dates';
import { dueList, type DueList } from '../../core/followThrough/due';
import { EN, type CoreTranslator } from '../../core/i18n';
import type { CliOptions } from '../args';
import { describeRegister } from '../describe';
import { formatHead } from '../findingsOutput';
import { formatNotices } from '../format';
import { EXIT, type CliIo, type Outcome, type Progress } from '../runtime';
import { loadRegister } from './load';

export const DEFAULT_WITHIN = 14;
export const DEFAULT_ESCALATE_AFTER = 30;

function when(days: number, t: CoreTranslator): string {
  if (days === 0) return t.t('cli.due.today');
  return days > 0 ? t.t('cli.due.in', { days }) : t.t('cli.due.late', { days: -days });
}

/**
 * The list as text in `t`'s language (English by default): a summary line, then each owner with
 * their dates, most urgent first. The as-of date is said as the language says dates; each
 * row's date stays yyyy-mm-dd (they line up); the JSON output is never translated.
 */
export function formatDue(list: DueList, t: CoreTranslator = EN): string {
  const { counts } = list;
  const total = counts['due-soon'] + counts.overdue + counts.escalate;
  const asOf = t.lang === 'en' ? list.asOf : t.date(list.asOf);
  const lines = [
    total === 0
      ? t.t('cli.due.none', { within: list.within, asOf })
      : t.t('cli.due.summary', {
          total,
          within: list.within,
          owners: list.owners.length,
          asOf,
          soon: counts['due-soon'],
          overdue: counts.overdue,
          escalate: counts.escalate,
          after: list.escalateAfter,
        }),
  ];
  const width = (words: string[]) => Math.max(...words.map((w) => w.length));
  const stateWidth = width([
    t.t('cli.due.state.due-soon'),
    t.t('cli.due.state.overdue'),
    t.t('cli.due.state.escalate'),
  ]);
  for (const o of list.owners) {
    lines.push('', o.owner || t.t('cli.due.no-owner'));
    for (const i of o.items) {
      const id = i.id || t.t('finding.recurring-nc.row', { row: i.row });
      const state = t.t(`cli.due.state.${i.state}`).padEnd(Math.max(8, stateWidth));
      const kind = t.t(`cli.due.kind.${i.kind}`).padEnd(19);
      lines.push(
        `  ${state} ${i.date}  ${when(i.days, t).padEnd(13)} ${kind} ${id}${i.title ? ` — ${i.title}` : ''}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Runs due. Exit 1 when something is overdue beyond the escalation threshold, 0 otherwise.
 *
 * @example await runDue(options, io, progress) // { ok: true, value: 1 }
 */
export async function runDue(options: CliOptions, io: CliIo, progress: Progress): Promise<Outcome<number>> {
  const loaded = await loadRegister(options, progress);
  if (!loaded.ok) return loaded;
  const asOf = options.asOf ?? dayFromLocalDate(io.now);
  const list = dueList(loaded.value.register, {
    asOf,
    within: options.followThrough?.within ?? DEFAULT_WITHIN,
    escalateAfter: options.followThrough?.escalateAfter ?? DEFAULT_ESCALATE_AFTER,
    rechecks: options.followThrough?.rechecks,
  });
  progress.clear();
  const d = describeRegister(loaded.value);
  io.stderr.write(loaded.value.configSources.notes.map((n) => `Note: ${n}\n`).join(''));
  if (options.format === 'json') {
    io.stdout.write(
      JSON.stringify(
        { file: d.file, sheet: d.sheet, headerRow: d.headerRow, rows: d.rows, ...list },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.stderr.write(formatNotices(d.notices, d.sheet));
    const t = options.translator ?? EN;
    io.stdout.write(formatHead(d, t) + '\n' + formatDue(list, t));
  }
  return { ok: true, value: list.counts.escalate > 0 ? EXIT.findings : EXIT.ok };
}
