/**
 * Runs the command line in-process (no child process) and collects what it prints, plus small
 * file helpers shared by the CLI tests.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLE_XLSX = path.join(ROOT, 'examples', 'sample-register.xlsx');
export const SAMPLE_CSV = path.join(ROOT, 'examples', 'sample-register.csv');
/** ../shared/corpus beside the checkout: present in CI, absent elsewhere. */
export const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
export const AS_OF = '2026-11-26';
/** "Now" for every in-process run: the afternoon of the as-of date, local time. */
export const NOW = new Date(2026, 10, 26, 15, 30);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `improvement-plan <args>` in-process. */
export async function runCli(
  args: string[],
  options: { isTTY?: boolean; env?: Record<string, string> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    isTTY: options.isTTY ?? false,
    now: NOW,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** Parses stdout as JSON, failing the test with the output when it is not. */
export function json<T = Record<string, unknown>>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'improvement-plan-cli-'));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

export async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** A stack trace printed to the user: "    at fn (file.js:12:5)". */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
