/**
 * The `improvement-plan` command line. {@link main} runs one command in-process against the
 * given streams and clock and returns the exit code, so tests need no child process; {@link run}
 * wires it to the real process.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { parseCommandLine, type CliOptions } from './args';
import { runCalendar } from './commands/calendar';
import { runDue } from './commands/due';
import { runEvidence } from './commands/evidence';
import { runInit } from './commands/init';
import { runMapping } from './commands/mapping';
import { runReview } from './commands/review';
import { runValidate } from './commands/validate';
import { colourSink, paintFor, PLAIN } from './paint';
import { EXIT, printableSink, Progress, type CliError, type CliIo } from './runtime';
import { usage, usageHint } from './usage';
import { resolvePolicy } from './policy';
import { cliTranslator } from './lang';

export type { CliIo } from './runtime';

/** Package version, read at run time so the compiled file needs no copy of package.json. */
function version(): string {
  try {
    const text = readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8');
    return (JSON.parse(text) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function reportError(error: CliError, options: CliOptions, io: CliIo): number {
  io.stderr.write(`${error.message}\n`);
  if (options.format === 'json' && options.command !== 'mapping') {
    io.stdout.write(JSON.stringify({ file: options.file, error }, null, 2) + '\n');
  }
  return EXIT.unusable;
}

async function runCommand(options: CliOptions, rawIo: CliIo, progress: Progress): Promise<number> {
  // Progress lines use the raw terminal; everything else is made printable — except JSON and CSV
  // on stdout, which escape what they must themselves and stay byte-exact for other tools.
  const env = rawIo.env ?? process.env;
  const paint = options.format === 'text' ? paintFor(rawIo.stdoutIsTTY ?? false, env) : PLAIN;
  const exact = options.format === 'json' || options.format === 'csv';
  const io: CliIo = {
    ...rawIo,
    stdout: exact ? rawIo.stdout : printableSink(paint === PLAIN ? rawIo.stdout : colourSink(rawIo.stdout)),
    stderr: printableSink(rawIo.stderr),
  };
  if (['validate', 'review', 'due', 'calendar', 'evidence'].includes(options.command)) {
    // The target-date policy: --policy, else the one the add-in stored in the workbook, else the
    // defaults; and the re-check dates the add-in keeps there for a register without their column.
    const policy = await resolvePolicy(options.file, options.followThrough?.policyFile);
    if (!policy.ok) return reportError(policy.error, options, io);
    io.stderr.write(policy.value.notes.map((n) => `Note: ${n}\n`).join(''));
    const { policy: resolved, rechecks } = policy.value;
    options = { ...options, followThrough: { ...options.followThrough, policy: resolved, rechecks } };
  }
  // The language of the words: --lang, else LC_ALL / LC_MESSAGES / LANG (the usage stays English).
  options = { ...options, translator: await cliTranslator(options.lang, env) };
  const followThrough = { due: runDue, calendar: runCalendar, evidence: runEvidence } as const;
  const outcome =
    options.command === 'due' || options.command === 'calendar' || options.command === 'evidence'
      ? await followThrough[options.command](options, io, progress)
      : options.command === 'validate'
        ? await runValidate(options, io, progress, paint)
        : options.command === 'review'
          ? await runReview(options, io, progress)
          : options.command === 'mapping'
            ? await runMapping(options, io, progress)
            : await runInit(options, io);
  progress.clear();
  return outcome.ok ? outcome.value : reportError(outcome.error, options, io);
}

/**
 * Runs the command line once. Never throws: user problems print one message and return 2;
 * an unexpected internal error prints one line (the stack with `IMPROVEMENT_PLAN_DEBUG=1`).
 *
 * @example await main(['validate', 'register.xlsx', '--format', 'json'], { stdout, stderr, isTTY: false, now: new Date() })
 */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const progress = new Progress(rawIo.stderr, rawIo.isTTY);
  const io: CliIo = { ...rawIo, stdout: printableSink(rawIo.stdout), stderr: printableSink(rawIo.stderr) };
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === 'version') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (parsed.kind === 'help') {
      io.stdout.write(usage(parsed.command));
      return EXIT.ok;
    }
    if (parsed.kind === 'error') {
      // Without a command, the whole usage: the user is finding out what the tool does.
      io.stderr.write(`${parsed.message}\n${parsed.command ? usageHint(parsed.command) : '\n' + usage()}`);
      return EXIT.unusable;
    }
    return await runCommand(parsed.options, rawIo, progress);
  } catch (e) {
    progress.clear();
    const env = io.env ?? process.env;
    const err = e instanceof Error ? e : new Error(String(e));
    if (env.IMPROVEMENT_PLAN_DEBUG === '1') io.stderr.write(`${err.stack ?? err.message}\n`);
    else {
      io.stderr.write(
        `Internal error: ${err.message.split('\n')[0].replace(/\.$/, '')}. This is a bug in improvement-plan, not in your file; ` +
          'run again with IMPROVEMENT_PLAN_DEBUG=1 to see the details and report them.\n',
      );
    }
    return EXIT.unusable;
  }
}

/** Runs {@link main} for the real process: its arguments, streams and clock; sets the exit code. */
export async function run(): Promise<void> {
  // A closed pipe (`improvement-plan validate x.xlsx | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`Cannot write the output: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    now: new Date(),
  });
}

if (require.main === module) void run();
