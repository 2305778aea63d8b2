/**
 * The copy's cost grows with the rows, not faster (the million-row line is in BENCHMARKS.md, run
 * by bench/million.js): writing a CSV register of 50,000 rows costs about 5× one of 10,000 in bytes
 * and stays well under 10× in time.
 */
import type { SheetPlan } from '../../../src/core';
import { extendPackage } from '../../../src/cli/writer/extendPackage';
import { csvSource } from '../../../src/cli/writer/sources';
import { ZipWriter, type ZipSink } from '../../../src/cli/writer/zipWriter';
import { sheetData } from './packageHelpers';

const PLAN: SheetPlan = {
  name: 'Summary',
  cells: [{ row: 1, col: 1, kind: 'text', value: 'Summary' }],
  merges: [],
  columnWidths: [],
  charts: [],
};

/** Counts bytes and throws them away. */
class CountingSink implements ZipSink {
  bytes = 0;
  async write(chunk: Buffer): Promise<void> {
    this.bytes += chunk.length;
  }
  async writeAt(): Promise<void> {}
}

function register(rows: number): ReturnType<typeof sheetData> {
  const values: (string | number)[][] = [['ID', 'Title', 'Status', 'Owner', 'Target date', 'Count']];
  for (let i = 1; i <= rows; i++)
    values.push([`OFI-${i}`, `Improve step ${i} of the process`, 'Open', 'Ana', '2026-01-31', i]);
  return sheetData(values, 'Register');
}

async function cost(rows: number): Promise<{ ms: number; bytes: number }> {
  const sheet = register(rows);
  const best: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 3; run++) {
    const sink = new CountingSink();
    const start = process.hrtime.bigint();
    await extendPackage(csvSource(sheet, 1), () => PLAN).write(new ZipWriter(sink));
    best.push(Number(process.hrtime.bigint() - start) / 1e6);
    bytes = sink.bytes;
  }
  return { ms: Math.min(...best), bytes };
}

it('writes 50,000 rows in about 5× the time of 10,000 (linear, with room for a loaded machine)', async () => {
  const small = await cost(10_000);
  const large = await cost(50_000);
  expect(large.bytes / small.bytes).toBeGreaterThan(4);
  expect(large.bytes / small.bytes).toBeLessThan(6);
  expect(large.ms / small.ms).toBeLessThan(10);
}, 120_000);
