/**
 * The compiled command line in dist/, rebuilt when a source under src/cli or src/core is newer.
 * A type error elsewhere in the tree does not stop tsc from emitting, so a build that reports
 * errors but writes dist/cli/main.js is used as it is.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { ROOT } from '../cli/cliHarness';

const ENTRY = path.join(ROOT, 'dist', 'cli', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureBuiltCli(): void {
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
  if (!fs.existsSync(ENTRY) || fs.statSync(ENTRY).mtimeMs < sources) {
    throw new Error(`tsc -p tsconfig.cli.json did not build ${ENTRY}:\n${built.stdout}${built.stderr}`);
  }
}
