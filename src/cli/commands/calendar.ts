/**
 * `improvement-plan calendar <file> --out plan.ics [--alarm-days 3]`: the open actions' target,
 * review and effectiveness-check dates and closed NCs' re-checks as an iCalendar file to import into Outlook, Google or Apple
 * Calendar. Each event keeps its UID from one export to the next, so importing again updates the
 * events instead of adding copies. Written through the same checks as every output: never over
 * the input, never over an existing file without `--force`, whole or not at all.
 */
import path from 'path';
import { writeCalendar } from '../../core/followThrough/ical';
import { EN } from '../../core/i18n';
import type { CliOptions } from '../args';
import { describeRegister } from '../describe';
import { formatNotices } from '../format';
import { EXIT, failure, type CliIo, type Outcome, type Progress } from '../runtime';
import { checkOutPath, writeAtomically } from '../writer/outPath';
import { loadRegister } from './load';

/**
 * Runs calendar. Exit 0 once the file is written.
 *
 * @example await runCalendar(options, io, progress) // { ok: true, value: 0 }
 */
export async function runCalendar(
  options: CliOptions,
  io: CliIo,
  progress: Progress,
): Promise<Outcome<number>> {
  if (options.out === undefined)
    return failure('bad-out', 'calendar needs --out <file.ics>: the file to write the events to.');
  const check = () =>
    checkOutPath(options.out!, {
      input: options.file,
      force: options.force,
      option: '--out',
      extensions: ['.ics'],
      what: 'the output is an iCalendar file',
    });
  // Fail fast, before a long read, when the file could not be written anyway.
  const early = await check();
  if (!early.ok) return early;
  const loaded = await loadRegister(options, progress);
  if (!loaded.ok) return loaded;
  const { register, sheet } = loaded.value;
  const base = path.basename(options.file);
  const { text, events } = writeCalendar(register, {
    // The register's identity in every UID: its file name and sheet (not the folder it is in).
    registerKey: `${base}#${sheet.name}`,
    registerName: `${base}, sheet "${sheet.name}"`,
    now: io.now,
    alarmDays: options.followThrough?.alarmDays,
    rechecks: options.followThrough?.rechecks,
  });
  const checked = await check();
  if (!checked.ok) return checked;
  const written = await writeAtomically(checked.value, Buffer.from(text, 'utf8'));
  progress.clear();
  if (!written.ok) return written;
  const d = describeRegister(loaded.value);
  io.stderr.write(loaded.value.configSources.notes.map((n) => `Note: ${n}\n`).join(''));
  const kinds = { target: 0, review: 0, 'effectiveness-check': 0, recheck: 0 };
  for (const e of events) kinds[e.kind]++;
  const attendees = events.filter((e) => e.attendees.length > 0).length;
  if (options.format === 'json') {
    io.stdout.write(
      JSON.stringify(
        {
          file: d.file,
          sheet: d.sheet,
          out: options.out,
          events: events.length,
          ...kinds,
          withAttendees: attendees,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.stderr.write(formatNotices(d.notices, d.sheet));
    // The summary in the run's language; the events' own text (in the .ics) is still English.
    const t = options.translator ?? EN;
    io.stdout.write(
      t.t('cli.calendar.wrote', {
        out: options.out,
        events: events.length,
        target: kinds.target,
        review: kinds.review,
        checks: kinds['effectiveness-check'],
        recheck: kinds.recheck,
        attendees,
      }) + '\n',
    );
  }
  return { ok: true, value: EXIT.ok };
}
