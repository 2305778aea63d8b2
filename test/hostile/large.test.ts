/**
 * 100,000 actions through `validate --format json`: the whole register is read, every finding
 * is reported, nothing is thrown, and the input is left byte-identical.
 */
import { AS_OF, json, runCli, sha256, STACK_TRACE } from '../cli/cliHarness';
import { ensureBigFile } from './corpus';
import type { ValidateJson } from './runCase';

it('validates a register of 100,000 actions and reports the 100 without an owner', async () => {
  const file = await ensureBigFile();
  const before = await sha256(file);
  const run = await runCli(['validate', file, '--format', 'json', '--as-of', AS_OF]);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toContain('Internal error');
  expect(run.code).toBe(1);
  const report = json<ValidateJson>(run);
  expect(report.rows).toBe(100_000);
  const noOwner = report.findings.filter((f) => f.code === 'missing-owner');
  // Rows i % 1000 === 500 have no owner (scripts/hostile/lib/bigCase.js); sheet row = i + 2.
  expect(noOwner.map((f) => f.row)).toEqual(Array.from({ length: 100 }, (_, k) => k * 1000 + 502));
  expect(report.counts.error).toBe(100);
  expect(await sha256(file)).toBe(before);
}, 300_000);
