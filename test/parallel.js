#!/usr/bin/env node
// @ts-check
/**
 * Runs shell commands side by side and prints each one's output whole when it ends, so that two
 * logs never interleave; exits with the status of the first command that failed, once all have
 * ended. `npm test` uses it where one step uses one core and the machine has two: the type checks
 * beside lint and the format check, the Pacific/Auckland re-run beside the production build.
 *
 *   node test/parallel.js "npm run typecheck" "npm run lint && npm run format:check"
 */
'use strict';

const { Buffer } = require('buffer');
const { spawn } = require('child_process');

const commands = process.argv.slice(2);
if (commands.length === 0) {
  process.stderr.write('usage: node test/parallel.js "<command>" "<command>" …\n');
  process.exit(2);
}

/** @param {string} command @returns {Promise<number>} */
function run(command) {
  const started = Date.now();
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const output = [];
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', (e) => output.push(Buffer.from(`${e.message}\n`)));
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(`\n> ${command}\n`);
      process.stdout.write(Buffer.concat(output));
      process.stdout.write(
        `> ${command}: ${status === 0 ? 'passed' : `failed (${signal ?? code})`} in ${seconds} s\n`,
      );
      resolve(status);
    });
  });
}

Promise.all(commands.map(run)).then((statuses) => {
  process.exitCode = statuses.find((s) => s !== 0) ?? 0;
});
