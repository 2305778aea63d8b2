/**
 * Pins the deterministic Excel costs that `npm run bench` reports (part 2): syncs and payload
 * sizes of reading the register, validating with highlighting and writing the review summary,
 * counted by the host double on the benchmark's synthetic 20,000-row × 25-column register, with
 * the mapping saved (as every run after the first "Save mapping") and on first use.
 * No timings here: the same register always gives the same counts.
 *
 * When a change moves one of these numbers on purpose, update the pin and BENCHMARKS.md.
 */
import { GOAL_EXTRA_SYNCS, PAYLOAD_CEILING_BYTES, SHEET } from '../../bench/excel';
import { BENCH_AS_OF_ISO, syntheticRegister } from '../../bench/synthetic';
import { createExcelCommands } from '../../src/commands/commandList';
import type { Finding } from '../../src/core';
import { highlightFindings } from '../../src/excel/highlight';
import { readRegister } from '../../src/excel/readRegister';
import { loadConfig } from '../../src/excel/settings';
import { installHostDouble, workbookFromGrid, type HostDouble } from '../host-double';

const ROWS = 20_000;
/** Row chunks readRegister needs for this register (≈ 1.4 MB of values each). */
const CHUNKS = 12;

/** One workbook for every test: reads never change it, and each test looks at its own syncs. */
let double: HostDouble;
let readSyncs = 0;
let firstUseSyncs = 0;
let chunks = 0;

beforeAll(async () => {
  const grid = syntheticRegister(ROWS);
  double = installHostDouble(
    workbookFromGrid({ [SHEET]: { values: grid.values, numberFormats: grid.numberFormats } }),
  );
  // First use: nothing stored, the pane detects the register and the user saves the mapping.
  const commands = createExcelCommands();
  const detected = await commands.detectRegister();
  if (!detected.ok) throw new Error('the synthetic register was not found');
  firstUseSyncs = double.stats.syncs;
  const saved = await commands.saveConfig(detected.value.config);
  if (!saved.ok) throw new Error(saved.error.message);
  double.resetStats();
  const read = await Excel.run((context) => readRegister(context, { config: loadConfig() }));
  if (!read?.parsed.ok) throw new Error('the synthetic register was not found');
  readSyncs = double.stats.syncs;
  chunks = read.chunks;
}, 30_000);

afterAll(() => double?.uninstall());

beforeEach(() => double.resetStats());

function expectWithinCeiling(): void {
  expect(double.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_CEILING_BYTES);
  expect(double.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_CEILING_BYTES);
}

describe('Excel round trips of a 20,000-row register (host double)', () => {
  let findings: Finding[] = [];

  test('reading the register takes one sync per chunk plus one: the sheet list with the stored sheet probed', () => {
    expect(chunks).toBe(CHUNKS);
    expect(readSyncs).toBe(CHUNKS + 1);
  });

  test('on first use (nothing stored) the read probes every sheet: one sync more', () => {
    expect(firstUseSyncs).toBe(CHUNKS + 2);
  });

  test('validating with highlighting adds one sync to the read: old highlights are loaded with the first chunk', async () => {
    const outcome = await createExcelCommands().validate({ asOf: BENCH_AS_OF_ISO, highlight: true });
    if (!outcome.ok) throw new Error(outcome.error.message);
    findings = outcome.value.findings;
    expect(double.stats.syncs).toBe(readSyncs + 1);
    expectWithinCeiling();
  }, 30_000);

  test('writing the review summary adds one sync to the read', async () => {
    const outcome = await createExcelCommands().reviewSummary({ asOf: BENCH_AS_OF_ISO });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(double.stats.syncs).toBe(readSyncs + 1);
    expectWithinCeiling();
  }, 30_000);

  test('highlighting takes two syncs whatever the number of findings, replacing the previous ones', async () => {
    const highlighted = findings.filter((f) => f.severity !== 'info');
    expect(highlighted.length).toBeGreaterThan(10_000);
    for (const count of [0, 100, highlighted.length]) {
      double.resetStats();
      await Excel.run((context) => highlightFindings(context, SHEET, highlighted.slice(0, count)));
      expect(double.stats.syncs).toBe(2);
      expectWithinCeiling();
    }
  });

  test(`goal: read, validate and review each take at most ${GOAL_EXTRA_SYNCS} syncs besides the chunks`, async () => {
    expect(readSyncs - chunks).toBeLessThanOrEqual(GOAL_EXTRA_SYNCS);
    for (const command of [
      () => createExcelCommands().validate({ asOf: BENCH_AS_OF_ISO, highlight: true }),
      () => createExcelCommands().reviewSummary({ asOf: BENCH_AS_OF_ISO }),
    ]) {
      double.resetStats();
      const outcome = await command();
      expect(outcome.ok).toBe(true);
      expect(double.stats.syncs - chunks).toBeLessThanOrEqual(GOAL_EXTRA_SYNCS);
    }
  }, 30_000);
});
