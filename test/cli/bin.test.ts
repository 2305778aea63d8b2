/**
 * The installed command: bin/improvement-plan.js runs the compiled CLI in dist/ (built by
 * `npm ci` through the `prepare` script; rebuilt here when the sources are newer).
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { AS_OF, removeDir, ROOT, sha256, STACK_TRACE, tempDir } from './cliHarness';

const BIN = path.join(ROOT, 'bin', 'improvement-plan.js');
const ENTRY = path.join(ROOT, 'dist', 'cli', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const sources = Math.max(
    newestSource(path.join(ROOT, 'src', 'cli')),
    newestSource(path.join(ROOT, 'src', 'core')),
  );
  if (fs.existsSync(ENTRY) && fs.statSync(ENTRY).mtimeMs >= sources) return;
  const tsc = require.resolve('typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`tsc -p tsconfig.cli.json failed:\n${built.stdout}${built.stderr}`);
}

describe('bin/improvement-plan.js', () => {
  it('runs validate on the sample: exit 1, clean JSON on stdout, the input untouched', () => {
    ensureBuilt();
    const sample = path.join('examples', 'sample-register.xlsx');
    const before = fs.readFileSync(path.join(ROOT, sample));
    const run = spawnSync(process.execPath, [BIN, 'validate', sample, '--format', 'json', '--as-of', AS_OF], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, IMPROVEMENT_PLAN_DEBUG: '' },
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ sheet: 'Improvement plan', headerRow: 3, rows: 200 });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(fs.readFileSync(path.join(ROOT, sample)).equals(before)).toBe(true);
  }, 60_000);

  it('says how to build the CLI when dist/ is missing', async () => {
    const dir = await tempDir();
    try {
      fs.mkdirSync(path.join(dir, 'bin'));
      const copy = path.join(dir, 'bin', 'improvement-plan.js');
      fs.copyFileSync(BIN, copy);
      expect(await sha256(copy)).toBe(await sha256(BIN));
      const run = spawnSync(process.execPath, [copy, '--help'], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('Run npm ci (it builds the CLI)');
    } finally {
      await removeDir(dir);
    }
  });
});
