/**
 * The installed command on files that cost more than they hold, run as a real process with a
 * small heap (384 MB): every one either reads in bounded time and memory or exits 2 with one
 * line — never V8's "heap out of memory" dump (exit 134), never a stack trace, never an output
 * file for a refused input, and the input stays byte-identical.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { AS_OF, removeDir, ROOT, sha256, STACK_TRACE, tempDir } from '../cli/cliHarness';
import { ensureHostileCorpus, HOSTILE_DIR } from './corpus';
import { ensureBuiltCli } from './builtCli';
import { EXPECTED } from './expectations';

interface RawXlsx {
  packageBytes: (spec: { sheets: [string, string][] }) => Buffer;
  sheetXml: (sheetData: string) => string;
  rowsXml: (rows: string[][], firstRow?: number) => string;
  REGISTER_ROWS: string[][];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const raw = require('../../scripts/hostile/lib/rawXlsx.js') as RawXlsx;

const BIN = path.join(ROOT, 'bin', 'improvement-plan.js');
const HEAP_MB = 384;
const CASES = [
  'stray-cell-xfd1048576.xlsx',
  'columns-whole-sheet.xlsx',
  'merge-whole-sheet.xlsx',
  'zip-bomb-300mb.xlsx',
  'duplicate-sheet-entry.xlsx',
  'traversal-entry.xlsx',
  'content-type-contradiction.xlsx',
  'workbook-named.csv',
  'csv-named.xlsx',
  'utf16-no-bom.csv',
  'stray-quote-29-rows.csv',
  'wide-line-2m-delimiters.csv',
];

let out: string;
let manyCells: string;
beforeAll(async () => {
  ensureBuiltCli();
  await ensureHostileCorpus();
  out = await tempDir();
  // 250,000 rows × 10 columns: more cells than a 384 MB heap holds even read by the streaming
  // reader (150,000 rows are read and reviewed in 250 MB; ExcelJS could not hold 90,000), in a 9 MB file.
  const header = [...raw.REGISTER_ROWS[0], 'Extra 1', 'Extra 2', 'Extra 3'];
  const rows = Array.from({ length: 250_000 }, (_, i) => [
    `NC-${i}`,
    ...raw.REGISTER_ROWS[1 + (i % 3)].slice(1),
    'a',
    'b',
    'c',
  ]);
  manyCells = path.join(out, 'cells-2500k.xlsx');
  fs.writeFileSync(
    manyCells,
    raw.packageBytes({ sheets: [['Register', raw.sheetXml(raw.rowsXml([header, ...rows]))]] }),
  );
}, 300_000);
afterAll(() => removeDir(out));

function cli(args: string[]) {
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, BIN, ...args, '--as-of', AS_OF],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, IMPROVEMENT_PLAN_DEBUG: '' },
      timeout: 120_000,
    },
  );
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

function expectClean(run: ReturnType<typeof cli>, code: number | undefined): void {
  expect(run.signal).toBeNull();
  expect([0, 1, 2]).toContain(run.status);
  if (code !== undefined) expect(run.status).toBe(code);
  expect(run.stderr).not.toMatch(/heap out of memory|FATAL ERROR|Allocation failed/);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  if (run.status === 2) expect(run.stderr.trim().split('\n')).toHaveLength(1);
}

describe.each(CASES)('%s, with a %s MB heap', (name) => {
  const exp = EXPECTED[name];

  test('validate: the expected exit code, in bounded time, one line when refused', async () => {
    const file = path.join(HOSTILE_DIR, name);
    const before = await sha256(file);
    const run = cli(['validate', file]);
    expectClean(run, exp.validate === 'counts' ? undefined : exp.validate);
    if (exp.message) expect(run.stderr).toMatch(exp.message);
    expect(run.seconds).toBeLessThan(60);
    expect(await sha256(file)).toBe(before);
  }, 120_000);

  test('review --out: refused inputs write nothing; readable ones are reviewed', async () => {
    const file = path.join(HOSTILE_DIR, name);
    const target = path.join(out, `${name}.review.xlsx`);
    const run = cli(['review', file, '--out', target]);
    expectClean(run, exp.validate === 2 ? 2 : undefined);
    if (exp.validate === 2) {
      expect(fs.existsSync(target)).toBe(false);
      expect(fs.readdirSync(out).filter((f) => f.startsWith(`.${name}`))).toEqual([]);
    }
  }, 120_000);
});

test('more cells than the heap holds: exit 2 naming the cell limit, not a heap dump', () => {
  for (const command of ['validate', 'review']) {
    const run = cli([command, manyCells]);
    expectClean(run, 2);
    expect(run.stderr).toMatch(
      /holds more than [\d,]+ cells.*IMPROVEMENT_PLAN_MAX_CELLS=N and node --max-old-space-size=MB/,
    );
  }
}, 240_000);
