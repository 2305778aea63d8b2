/**
 * One child process measured: wall time, CPU time and peak resident memory (GNU time when the
 * machine has it, else a preload that reports Node's own peak). Used by the command line's
 * benchmark and the scale curve.
 */
import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import path from 'path';
import { now, since } from './timing';
import { benchTempDir } from './xlsxFixture';

const ROOT = path.resolve(__dirname, '..');
export const GNU_TIME = '/usr/bin/time';
const RSS_PRELOAD = path.join(__dirname, 'maxrss-preload.js');

export interface ChildRun {
  ms: number;
  /** User + system CPU seconds × 1000 (GNU time only): less sensitive to other load than wall time. */
  cpuMs: number;
  maxRssKiB: number;
  code: number | null;
}

/** Runs `command args` with its peak RSS measured; stdout is discarded (but fully written). */
export async function measureChild(command: string, args: string[], nodeChild: boolean): Promise<ChildRun> {
  const dir = mkdtempSync(path.join(benchTempDir(), 'rss-'));
  const rssFile = path.join(dir, 'rss.txt');
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime
    ? [GNU_TIME, ['-v', '-o', rssFile, command, ...args]]
    : nodeChild
      ? [command, ['-r', RSS_PRELOAD, ...args]]
      : [command, args];
  const start = now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(cmd, argv, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (c) => {
      if (c !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${c}: ${stderr.trim()}`));
      else resolve(c);
    });
  });
  const ms = since(start);
  let maxRssKiB = NaN;
  let cpuMs = NaN;
  try {
    const text = readFileSync(rssFile, 'utf8');
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text) ?? /^(\d+)$/m.exec(text);
    if (m) maxRssKiB = Number(m[1]);
    const user = /User time \(seconds\): ([\d.]+)/.exec(text);
    const system = /System time \(seconds\): ([\d.]+)/.exec(text);
    if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
  } catch {
    // no figure (a non-Node child without GNU time)
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms, cpuMs, maxRssKiB, code };
}
