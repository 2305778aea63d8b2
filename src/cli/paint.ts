/**
 * Colour for text output: only when stdout is a terminal and `NO_COLOR` is not set
 * (https://no-color.org), so files, pipes and CI logs get plain text.
 */
import type { Severity } from '../core/findings';
import type { TextSink } from './runtime';

export type Paint = Record<Severity | 'bold' | 'dim', (text: string) => string>;

const plain = (text: string) => text;

export const PLAIN: Paint = { error: plain, warning: plain, info: plain, bold: plain, dim: plain };

/**
 * Colours are written as a private-use marker, not ESC: output passes through {@link printable}
 * first (cell text must not drive the terminal), and {@link colourSink} turns only these few
 * codes back into escapes — so no cell can hide or conceal text whatever it contains.
 */
const MARK = '\uE000';
const CODES = [1, 2, 22, 31, 33, 36, 39];

function sgr(open: number, close: number): (text: string) => string {
  return (text) => `${MARK}${open}m${text}${MARK}${close}m`;
}

/** A sink that turns the colour markers into terminal escapes (see {@link COLOUR}). */
export function colourSink(sink: TextSink): TextSink {
  const marker = new RegExp(`${MARK}(\\d+)m`, 'g');
  return {
    write: (text: string) =>
      sink.write(
        text.replace(marker, (m, code: string) => (CODES.includes(Number(code)) ? `\x1b[${code}m` : '')),
      ),
  };
}

export const COLOUR: Paint = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  info: sgr(36, 39),
  bold: sgr(1, 22),
  dim: sgr(2, 22),
};

/**
 * The paint for a run: colour on a terminal unless `NO_COLOR` is set to anything non-empty.
 *
 * @example paintFor(true, {}) === COLOUR // true
 */
export function paintFor(stdoutIsTTY: boolean, env: Record<string, string | undefined>): Paint {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return stdoutIsTTY && !noColor && env.TERM !== 'dumb' ? COLOUR : PLAIN;
}
