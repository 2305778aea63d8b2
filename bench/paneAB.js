#!/usr/bin/env node
// `node bench/paneAB.js <distA> <distB> [pairs=12]` — alternating cold loads of two builds of the
// pane at 4× CPU throttle: first view, findings and prompt, with paired differences (bench/paneAB.ts).
'use strict';
require('./register-ts').register();
const { paneAB } = require('./paneAB.ts');

const [distA, distB, pairs] = process.argv.slice(2);
if (!distA || !distB) {
  process.stderr.write('usage: node bench/paneAB.js <distA> <distB> [pairs=12]\n');
  process.exit(2);
}
paneAB(distA, distB, Number(pairs) || 12).then(
  (report) => process.stdout.write(`${report}\n`),
  (error) => {
    process.stderr.write(`paneAB: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
