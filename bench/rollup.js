#!/usr/bin/env node
// `node bench/rollup.js [--json]` — the roll-up line of BENCHMARKS.md (issue 21): 10 registers ×
// 5,000 rows as one plan, in the core and through the command line (in-process).
'use strict';
require('./register-ts').register();
const { runRollupBench } = require('./rollup.ts');

const json = process.argv.includes('--json');
runRollupBench((line) => process.stderr.write(`${line}\n`)).then(
  (result) => {
    if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  },
  (error) => {
    process.stderr.write(`bench: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
