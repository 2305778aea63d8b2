#!/usr/bin/env node
// `npm run bench` — the performance benchmarks of BENCHMARKS.md.
//   node bench/run.js            all parts, a readable report on stdout (progress on stderr)
//   node bench/run.js --json     one JSON object on stdout
//   node bench/run.js --quick    1,000 / 10,000 rows only (development)
//   node bench/run.js --only core,excel,cli,bundle,pane,memory
//   node bench/run.js --no-build do not recompile the command line (dist/cli) first
// Plain Node: the TypeScript parts are transpiled on load by bench/register-ts.js.
'use strict';

const { spawnSync } = require('node:child_process');

// The core timings collect garbage before each timed step (so one step's garbage is not
// collected on the next step's clock): that needs `global.gc`, so re-run under --expose-gc.
if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', process.argv[1], ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status === null ? 2 : child.status);
}

require('./register-ts').register();
const { main } = require('./main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bench: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
