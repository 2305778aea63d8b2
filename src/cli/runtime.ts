/**
 * What a command needs from the outside world, passed in so the whole command line runs
 * in-process under test: two output streams, whether stderr is a terminal, and the clock.
 */

/** Anything with `write(text)`: `process.stdout`, or a string collector in tests. */
export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  /** True when stderr is a terminal: progress lines are shown only then. */
  isTTY: boolean;
  /** True when stdout is a terminal: text output is coloured only then (and never with NO_COLOR). */
  stdoutIsTTY?: boolean;
  /** "Now": today's date (local calendar) is the default as-of date. */
  now: Date;
  /** Environment (default `process.env`); `IMPROVEMENT_PLAN_DEBUG=1` shows stack traces. */
  env?: Record<string, string | undefined>;
}

/**
 * Control characters (except tab and newline), C1 controls and bidirectional overrides, shown as
 * visible escapes: cell text must not be able to drive the terminal (hide the findings after it,
 * retitle the window, reverse text) when findings are printed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A sink that writes only printable text (see {@link printable}). */
export function printableSink(sink: TextSink): TextSink {
  return { write: (text: string) => sink.write(printable(text)) };
}

/** Exit codes of every command. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** A problem with the user's file or arguments: shown as one message, exit code 2. */
export interface CliError {
  code: string;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: CliError };

export function failure(code: string, message: string): { ok: false; error: CliError } {
  return { ok: false, error: { code, message } };
}

/** Files at least this big show progress on a terminal. */
export const PROGRESS_MIN_BYTES = 1_000_000;

/**
 * Progress lines on stderr, for long runs on a terminal only: each phase overwrites the last
 * (carriage return + erase line), and {@link Progress.clear} leaves the terminal clean. stdout
 * is never touched, so `--format json > out.json` stays clean JSON.
 */
export class Progress {
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly sink: TextSink,
    private enabled: boolean,
  ) {}

  /** Turns progress on once the input turns out to be large. */
  enableIf(condition: boolean): void {
    this.enabled = this.enabled && condition;
  }

  phase(text: string): void {
    if (!this.enabled) return;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    this.sink.write(`\r\x1b[K${text}… (${seconds} s)`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.sink.write('\r\x1b[K');
    this.shown = false;
  }
}
