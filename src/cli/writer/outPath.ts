/**
 * Checks on an output path before anything is written, and the atomic write itself: the input
 * is never the output, an existing file is replaced only with `--force`, and a half-written file
 * never appears under the final name.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { failure, type Outcome } from '../runtime';
import { writeAtomicallyWith } from './atomicFile';

async function realOrResolved(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `out` may be written: an .xlsx path (or one of `extensions`: `mapping --out` writes
 * .json), not the input (also
 * through links or case on case-insensitive disks), in an existing folder, and new unless `force`.
 */
export async function checkOutPath(
  out: string,
  options: {
    input?: string;
    force: boolean;
    option: string;
    extensions?: readonly string[];
    /** What the output is, for the message about its extension. */
    what?: string;
  },
): Promise<Outcome<string>> {
  const { option } = options;
  const extensions = options.extensions ?? ['.xlsx'];
  if (!extensions.includes(path.extname(out).toLowerCase())) {
    return failure(
      'bad-out',
      `${option} ${out}: ${options.what ?? 'the output is an Excel workbook'} and must end in ${extensions.join(' or ')}.`,
    );
  }
  const resolved = path.resolve(out);
  if (options.input !== undefined) {
    const [a, b] = await Promise.all([realOrResolved(options.input), realOrResolved(out)]);
    let same = a === b;
    if (!same && (await exists(out))) {
      const [sa, sb] = await Promise.all([fs.stat(options.input), fs.stat(out)]);
      same = sa.ino === sb.ino && sa.dev === sb.dev;
    }
    if (same) {
      return failure(
        'out-is-input',
        `${option} ${out} is the input file itself. The input is never modified: choose a new file name for the copy.`,
      );
    }
  }
  const dir = path.dirname(resolved);
  if (!(await exists(dir))) return failure('bad-out', `${option} ${out}: the folder ${dir} does not exist.`);
  if (!options.force && (await exists(out))) {
    return failure(
      'out-exists',
      `${out} already exists and was left as it is. Choose another file name, or add --force to replace it.`,
    );
  }
  return { ok: true, value: resolved };
}

/**
 * Writes bytes to a temporary file next to `target`, then renames it over `target`, so readers
 * never see a partial workbook and a failed or interrupted write leaves nothing behind.
 */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<Outcome<string>> {
  return writeAtomicallyWith(target, (sink) => sink.write(Buffer.from(bytes)));
}
