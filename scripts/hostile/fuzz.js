#!/usr/bin/env node
// @ts-check
/**
 * `npm run fuzz`: the fuzzing job of test/hostile/fuzz.test.ts, run longer than in CI.
 *
 *   npm run fuzz                      # 10 minutes, a fresh seed (printed)
 *   FUZZ_SECONDS=3600 npm run fuzz    # an hour
 *   FUZZ_ITERATIONS=5000 npm run fuzz # stop after 5,000 cases
 *   FUZZ_SEED=123 npm run fuzz        # replay a run; FUZZ_CASE=456 replays one case
 */
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const jest = require.resolve('jest/bin/jest', { paths: [root] });
const env = { ...process.env, FUZZ_SECONDS: process.env.FUZZ_SECONDS ?? '600' };
const run = spawnSync(
  process.execPath,
  [jest, '--selectProjects', 'node', '--runInBand', 'test/hostile/fuzz.test.ts'],
  { cwd: root, env, stdio: 'inherit' },
);
process.exitCode = run.status ?? 1;
