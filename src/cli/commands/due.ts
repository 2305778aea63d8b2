/**
 * `improvement-plan due <file> --within 14 --escalate-after 30`: the dates owners are held to —
 * target completion, progress review, effectiveness check, a closed NC's re-check — due within N days or passed, grouped by
 * owner. Exit 1 when a date has passed by more than the escalation threshold, so a scheduled job can
 * mail the list when it matters.
 */
import { dayFromLocalDate } from '../../core/dates';
import { DUE_KIND_LABEL, dueList, type DueItem, type DueList } from '../../core/followThrough/due';
import type { CliOptions } from '../args';
import { describeRegister } from '../describe';
import { formatHead } from '../findingsOutput';
import { formatNotices } from '../format';
import { EXIT, type CliIo, type Outcome, type Progress } from '../runtime';
import { loadRegister } from './load';

export const DEFAULT_WITHIN = 14;
export const DEFAULT_ESCALATE_AFTER = 30;

const STATE_WORD: Record<DueItem['state'], string> = {
  'due-soon': 'due',
  overdue: 'OVERDUE',
  escalate: 'ESCALATE',
};

function when(days: number): string {
  if (days === 0) return 'today';
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'}`;
  return `${-days} day${days === -1 ? '' : 's'} late`;
}

/** The list as text: a summary line, then each owner with their dates, most urgent first. */
export function formatDue(list: DueList): string {
  const { counts } = list;
  const total = counts['due-soon'] + counts.overdue + counts.escalate;
  const lines = [
    total === 0
      ? `Nothing due within ${list.within} days and nothing overdue (as of ${list.asOf}).`
      : `${total} date${total === 1 ? '' : 's'} due within ${list.within} days or passed, for ${list.owners.length} owner${list.owners.length === 1 ? '' : 's'} (as of ${list.asOf}): ` +
        `${counts['due-soon']} due soon, ${counts.overdue} overdue, ${counts.escalate} overdue by more than ${list.escalateAfter} days (escalate).`,
  ];
  for (const o of list.owners) {
    lines.push('', o.owner || '(no owner)');
    for (const i of o.items) {
      const id = i.id || `row ${i.row}`;
      lines.push(
        `  ${STATE_WORD[i.state].padEnd(8)} ${i.date}  ${when(i.days).padEnd(13)} ${DUE_KIND_LABEL[i.kind].padEnd(19)} ${id}${i.title ? ` — ${i.title}` : ''}`,
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
    io.stdout.write(formatHead(d) + '\n' + formatDue(list));
  }
  return { ok: true, value: list.counts.escalate > 0 ? EXIT.findings : EXIT.ok };
}
