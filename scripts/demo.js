#!/usr/bin/env node
// `npm run demo`: validates the bundled sample register, then writes its management-review
// summary workbook, and says where. The sample holds deliberate mistakes, so validate's exit
// code 1 ("errors found") is the expected outcome here, not a failure of the demo.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'improvement-plan.js');
const sample = path.join('examples', 'sample-register.xlsx');
const summary = path.join('examples', 'sample-register-summary.xlsx');

function run(args) {
  console.log(`\n$ improvement-plan ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status;
}

const validated = run(['validate', sample]);
if (validated !== 0 && validated !== 1) process.exit(validated ?? 2);
const reviewed = run(['review', sample, '--out', summary, '--force']);
if (reviewed !== 0) process.exit(reviewed ?? 2);
console.log(`\nDemo done. Open ${path.join(root, summary)} to see the management-review summary sheet.`);
