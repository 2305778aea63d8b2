/**
 * Nothing half-written (issue 16 part 3): an error, SIGINT, SIGTERM or a crash at any point of
 * `review --out` leaves either the complete output or nothing — never a partial file, never the
 * temporary file. Faults are injected at many byte offsets of the write (IMPROVEMENT_PLAN_FAULT),
 * in-process for errors and in a child process for signals and crashes; then a real child is
 * killed at several moments while its temporary file exists.
 *
 * CI runs a short campaign that still reaches every kind of point — before the first byte, at the
 * end of the first zip header, the middle, the last chunk, and after the last byte (before the
 * rename) — for each fault (throw, SIGINT, SIGTERM, crash): 20 in-process points, 5 per signal or
 * crash, and a real SIGINT and SIGTERM at 4 moments of a big write.
 * `HOSTILE_LONG=1 npx jest test/cli/writer/atomic.test.ts` runs the long campaign: about 50
 * points in-process, about 50 per signal or crash, and 8 moments of the big write.
 */
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { isZipProblem, openZip } from '../../../src/cli/io/zip';
import { AS_OF, removeDir, ROOT, runCli, SAMPLE_CSV, sha256, tempDir } from '../cliHarness';
import { ensureBuiltCli } from '../../hostile/builtCli';
import { parts } from './packageHelpers';

const LONG = process.env.HOSTILE_LONG === '1';

const faultEnv = (n: number, action: string) => ({ IMPROVEMENT_PLAN_FAULT: `${n}:${action}` });

/** Offsets across a file of `size` bytes: the first bytes, the middle, the end and past it. */
function offsets(size: number, count: number): number[] {
  const out = new Set([0, 1, 29, 30, 31, size - 1, size, size + 1]);
  for (let i = 1; i < count; i++) out.add(Math.floor((size * i) / count));
  return [...out].sort((a, b) => a - b);
}

/**
 * The CI points for a child process (each one costs a Node start): before the first byte, at the
 * end of the first local header (30 bytes), the middle, the last chunk and after the last byte.
 */
const childOffsets = (size: number): number[] =>
  LONG ? offsets(size, 40) : [0, 30, Math.floor(size / 2), size, size + 1];

/** Whether a file is a complete package whose every part inflates and passes its CRC. */
function complete(file: string): boolean {
  const buf = fs.readFileSync(file);
  if (isZipProblem(openZip(buf))) return false;
  try {
    return parts(buf).size > 0;
  } catch {
    return false;
  }
}

describe('an error at any byte of the write leaves nothing (in-process)', () => {
  let dir: string;
  let size: number;
  beforeAll(async () => {
    dir = await tempDir();
    const out = path.join(dir, 'reference.xlsx');
    expect((await runCli(['review', SAMPLE_CSV, '--as-of', AS_OF, '--out', out])).code).toBe(0);
    size = fs.statSync(out).size;
    fs.rmSync(out);
  });
  afterAll(async () => removeDir(dir));

  it('exits 2 with one line and leaves no file, at each of 20 points of the write (50 when long)', async () => {
    for (const n of offsets(size, LONG ? 42 : 12)) {
      const out = path.join(dir, 'summary.xlsx');
      const run = await runCli(['review', SAMPLE_CSV, '--as-of', AS_OF, '--out', out], {
        env: faultEnv(n, 'throw'),
      });
      expect({ n, code: run.code }).toEqual({ n, code: 2 });
      expect(run.stderr).toContain('could not be written (injected fault');
      expect({ n, files: fs.readdirSync(dir) }).toEqual({ n, files: [] });
    }
  }, 600_000);

  it('keeps the file --force would have replaced, as it was', async () => {
    const out = path.join(dir, 'summary.xlsx');
    fs.writeFileSync(out, 'the previous copy');
    const before = await sha256(out);
    for (const n of offsets(size, 4)) {
      const run = await runCli(['review', SAMPLE_CSV, '--as-of', AS_OF, '--out', out, '--force'], {
        env: faultEnv(n, 'throw'),
      });
      expect(run.code).toBe(2);
      expect(await sha256(out)).toBe(before);
      expect(fs.readdirSync(dir)).toEqual(['summary.xlsx']);
    }
    fs.rmSync(out);
  }, 120_000);
});

describe('signals and crashes during the write leave nothing (child processes)', () => {
  let build: string;
  let runner: string;
  let dir: string;
  let size: number;

  beforeAll(async () => {
    if (process.env.CI) {
      // CI: dist/ was built by npm ci from these very sources and nothing else writes it.
      ensureBuiltCli();
      runner = path.join(ROOT, 'bin', 'improvement-plan.js');
    } else {
      // Elsewhere, a private build, so that other work on dist/ never races this test.
      build = fs.mkdtempSync(path.join(os.tmpdir(), 'improvement-plan-build-'));
      const tsc = require.resolve('typescript/bin/tsc');
      spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json', '--outDir', build], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (!fs.existsSync(path.join(build, 'cli', 'main.js')))
        throw new Error('the command line did not compile');
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(build, 'node_modules'));
      runner = path.join(build, 'run.js');
      fs.writeFileSync(runner, "require('./cli/main.js').run();\n");
    }
    dir = await tempDir();
    const reference = path.join(dir, 'reference.xlsx');
    expect((await runCli(['review', SAMPLE_CSV, '--as-of', AS_OF, '--out', reference])).code).toBe(0);
    size = fs.statSync(reference).size;
    fs.rmSync(reference);
  }, 180_000);

  afterAll(async () => {
    if (dir) await removeDir(dir);
    if (build) fs.rmSync(build, { recursive: true, force: true });
  });

  function runChild(
    args: string[],
    env: Record<string, string>,
  ): Promise<{ code: number | null; signal: string | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [runner, ...args], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, stderr }));
    });
  }

  it.each(['SIGINT', 'SIGTERM', 'crash'])(
    '%s at many points of the write: the process ends as the signal says, no file stays',
    async (action) => {
      for (const n of childOffsets(size)) {
        const out = path.join(dir, 'summary.xlsx');
        const r = await runChild(['review', SAMPLE_CSV, '--as-of', AS_OF, '--out', out], faultEnv(n, action));
        if (action === 'crash') expect({ n, code: r.code }).toEqual({ n, code: 1 });
        else expect({ n, signal: r.signal }).toEqual({ n, signal: action });
        expect({ n, files: fs.readdirSync(dir) }).toEqual({ n, files: [] });
      }
    },
    LONG ? 900_000 : 120_000,
  );

  it('a real SIGTERM or SIGINT at several moments of a 50,000-row write: the whole copy or nothing', async () => {
    const csv = path.join(dir, 'big.csv');
    const lines = ['ID,Title,Type,Status,Owner,Target date,Date raised'];
    for (let i = 1; i <= 50_000; i++)
      lines.push(`OFI-${i},Improve step ${i},OFI,Open,Ana,2026-01-31,2026-01-02`);
    fs.writeFileSync(csv, lines.join('\n'));
    const outcomes: string[] = [];
    // CI: four moments, both signals, from the first write to (often) after the rename.
    const moments = LONG
      ? ([
          ['SIGTERM', 0],
          ['SIGINT', 5],
          ['SIGTERM', 20],
          ['SIGINT', 60],
          ['SIGTERM', 150],
          ['SIGINT', 250],
          ['SIGTERM', 400],
          ['SIGINT', 800],
        ] as const)
      : ([
          ['SIGTERM', 0],
          ['SIGINT', 20],
          ['SIGTERM', 150],
          ['SIGINT', 400],
        ] as const);
    for (const [signal, delay] of moments) {
      const out = path.join(dir, 'big.xlsx');
      const child = spawn(process.execPath, [runner, 'review', csv, '--as-of', AS_OF, '--out', out], {
        stdio: 'ignore',
      });
      const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
      // Wait for the temporary file (the write has started), then let it run `delay` ms more.
      let started = false;
      for (let t = 0; t < 60_000 && !started; t += 2) {
        started = fs.readdirSync(dir).some((f) => f.endsWith('.tmp'));
        if (!started) await new Promise((r) => setTimeout(r, 2));
        if (child.exitCode !== null) break;
      }
      await new Promise((r) => setTimeout(r, delay));
      child.kill(signal);
      await closed;
      const left = fs.readdirSync(dir).filter((f) => f !== 'big.csv');
      expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      if (left.includes('big.xlsx')) {
        expect(complete(out)).toBe(true);
        outcomes.push('complete');
        fs.rmSync(out);
      } else outcomes.push('nothing');
    }
    // At least one kill landed inside the write.
    expect(outcomes).toContain('nothing');
  }, 600_000);
});
