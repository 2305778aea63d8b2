/**
 * Part 3, at scale (issue 22): `improvement-plan review --json` on the synthetic register at
 * 10,000 … 500,000 rows, as .csv and as .xlsx, each against a bare read of the same file run
 * back to back in the same run — the cost curve with its exponent, and the 500,000-row line
 * against the goals (time ≤ 1.3×, peak memory ≤ 1.5× the bare read).
 *
 * The bare reads: for .xlsx, ExcelJS's streaming reader keeping every row's values (ExcelJS's
 * `xlsx.load` keeps ~400 bytes a cell and cannot hold 12.5 million cells in a default heap; the
 * command line itself switches to its streaming reader past a million cells); for .csv, the file
 * read as UTF-8 and split into cells by the command line's own CSV parser (`parseCsv` of
 * dist/cli/io/csvParse.js: the least any reader of the file must do).
 */
import { createWriteStream, existsSync, renameSync } from 'fs';
import path from 'path';
import type { Grid } from '../src/core';
import { measureChild, type ChildRun } from './child';
import { type Goal, type Options, type Table } from './report';
import { BENCH_AS_OF_ISO, syntheticRegister } from './synthetic';
import { round } from './timing';
import { benchTempDir, writeGridXlsx } from './xlsxFixture';

const ROOT = path.resolve(__dirname, '..');
export const SCALE_SIZES = [10_000, 50_000, 100_000, 250_000, 500_000];
export const GOAL_SCALE_TIME_RATIO = 1.3;
export const GOAL_SCALE_MEMORY_RATIO = 1.5;
/** The exponent of time against rows above which the curve is not linear (1.0 is linear). */
export const LINEAR_EXPONENT = 1.15;
/** Bumped whenever the generator or the writers change. */
const SCALE_FIXTURE_VERSION = 1;

/** Keeps every row's values (as the CSV read keeps its cells): the least a reader of all cells holds. */
const BARE_XLSX = [
  "const ExcelJS = require('exceljs');",
  'const rows = [];',
  '(async () => {',
  "  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });",
  '  for await (const sheet of reader) for await (const row of sheet) rows.push(row.values);',
  "  process.stdout.write(String(rows.length) + '\\n');",
  '})();',
].join('\n');

const BARE_CSV = [
  "const fs = require('fs');",
  `const { parseCsv } = require(${JSON.stringify(path.join(ROOT, 'dist/cli/io/csvParse.js'))});`,
  "const rows = parseCsv(fs.readFileSync(process.argv[1], 'utf8'), ',');",
  "process.stdout.write(String(rows.length) + '\\n');",
].join('\n');

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

function csvField(v: Grid['values'][number][number], format: string | undefined): string {
  if (typeof v === 'number' && format && format !== 'General')
    return new Date((v - UNIX_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes `grid` as CSV (dates as yyyy-mm-dd, the rest as they are), streamed. */
async function writeGridCsv(grid: Grid, file: string): Promise<void> {
  const out = createWriteStream(file);
  let chunk = '';
  for (let r = 0; r < grid.values.length; r++) {
    const formats = grid.numberFormats?.[r] ?? [];
    chunk += grid.values[r].map((v, c) => csvField(v, formats[c])).join(',') + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
}

/** The cached register files of `rows` rows (written first when missing). */
async function scaleFiles(rows: number, log: (m: string) => void): Promise<{ csv: string; xlsx: string }> {
  const base = path.join(benchTempDir(), `scale-${rows}-v${SCALE_FIXTURE_VERSION}`);
  const csv = `${base}.csv`;
  const xlsx = `${base}.xlsx`;
  if (existsSync(csv) && existsSync(xlsx)) return { csv, xlsx };
  log(`scale: writing the ${rows.toLocaleString('en')}-row register (.csv and .xlsx, cached)`);
  const grid = syntheticRegister(rows);
  if (!existsSync(csv)) {
    await writeGridCsv(grid, `${csv}.partial`);
    renameSync(`${csv}.partial`, csv);
  }
  if (!existsSync(xlsx)) await writeGridXlsx(grid, xlsx);
  return { csv, xlsx };
}

/** Least-squares slope of log(time) against log(rows): 1 is linear, 2 quadratic. */
export function exponent(points: readonly { rows: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.rows));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? NaN : num / den;
}

export interface ScaleResult {
  tables: Table[];
  goals: Goal[];
  notes: string[];
  data: Record<string, unknown>;
}

/** Sizes from BENCH_SCALE_ROWS ("10000,50000") when set, else {@link SCALE_SIZES}. */
function sizes(): number[] {
  const env = process.env.BENCH_SCALE_ROWS;
  const list = env
    ? env
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : [];
  return list.length ? list : SCALE_SIZES;
}

export async function runScale(options: Options): Promise<ScaleResult> {
  const node = process.execPath;
  const bin = path.join(ROOT, 'bin/improvement-plan.js');
  const all = sizes();
  const largest = all[all.length - 1];
  const rows: (string | number)[][] = [];
  const data: Record<string, unknown> = { sizes: all, formats: {} as Record<string, unknown> };
  const goals: Goal[] = [];
  for (const format of ['csv', 'xlsx'] as const) {
    const bare = format === 'csv' ? BARE_CSV : BARE_XLSX;
    const points: { rows: number; bare: ChildRun; cli: ChildRun }[] = [];
    for (const size of all) {
      const file = (await scaleFiles(size, options.log))[format];
      options.log(`scale: ${format} ${size.toLocaleString('en')} rows: bare read, then review`);
      // The largest size twice (its pair is the goal's line); the curve's other sizes once.
      const pairs = size === largest ? 2 : 1;
      const runs: { bare: ChildRun; cli: ChildRun }[] = [];
      for (let i = 0; i < pairs; i++) {
        const b = await measureChild(node, ['-e', bare, file], true);
        const c = await measureChild(node, [bin, 'review', file, '--json', '--as-of', BENCH_AS_OF_ISO], true);
        runs.push({ bare: b, cli: c });
      }
      // The pair with the lower review time: the one least disturbed by other load.
      const best = runs.reduce((x, y) => (y.cli.ms < x.cli.ms ? y : x));
      points.push({ rows: size, ...best });
      rows.push([
        format,
        size,
        round(best.bare.ms / 1000, 2),
        round(best.cli.ms / 1000, 2),
        round(best.cli.ms / best.bare.ms, 2),
        round(best.bare.cpuMs / 1000, 2),
        round(best.cli.cpuMs / 1000, 2),
        round(best.cli.cpuMs / best.bare.cpuMs, 2),
        round(best.bare.maxRssKiB / 1024, 0),
        round(best.cli.maxRssKiB / 1024, 0),
        round(best.cli.maxRssKiB / best.bare.maxRssKiB, 2),
      ]);
    }
    // The fit over every size, and between the two largest (where start-up no longer counts): the
    // goal uses the larger of the two, so a curve bending upwards at the end is not averaged away.
    const cost = (r: ChildRun) => r.cpuMs || r.ms;
    const kAll = exponent(points.map((p) => ({ rows: p.rows, ms: cost(p.cli) })));
    const kTop =
      points.length >= 2 ? exponent(points.slice(-2).map((p) => ({ rows: p.rows, ms: cost(p.cli) }))) : NaN;
    const k = Number.isNaN(kTop) ? kAll : Math.max(kAll, kTop);
    const kBare = exponent(points.map((p) => ({ rows: p.rows, ms: cost(p.bare) })));
    const top = points[points.length - 1];
    const timeRatio = top.cli.ms / top.bare.ms;
    const cpuRatio = top.cli.cpuMs / top.bare.cpuMs;
    const memRatio = top.cli.maxRssKiB / top.bare.maxRssKiB;
    (data.formats as Record<string, unknown>)[format] = {
      points,
      exponent: round(kAll, 2),
      exponentLargestTwo: round(kTop, 2),
      bareExponent: round(kBare, 2),
      timeRatio: round(timeRatio, 2),
      cpuRatio: round(cpuRatio, 2),
      memoryRatio: round(memRatio, 2),
    };
    const at = `${largest.toLocaleString('en')} rows, .${format}`;
    goals.push(
      {
        goal: `review time ≤ ${GOAL_SCALE_TIME_RATIO}× bare read, ${at}`,
        measured: `${round(timeRatio, 2)}× wall (CPU ${round(cpuRatio, 2)}×)`,
        met: largest === 500_000 ? timeRatio <= GOAL_SCALE_TIME_RATIO : null,
        why:
          timeRatio <= GOAL_SCALE_TIME_RATIO
            ? undefined
            : format === 'csv'
              ? 'splitting a CSV into cells is cheap; the command line then maps and validates every row and computes the review (the core alone costs more than the read; see BENCHMARKS.md, part 3).'
              : 'after the read, the command line maps, validates and reviews every row (see BENCHMARKS.md).',
      },
      {
        goal: `review peak memory ≤ ${GOAL_SCALE_MEMORY_RATIO}× bare read, ${at}`,
        measured: `${round(memRatio, 2)}×`,
        met: largest === 500_000 ? memRatio <= GOAL_SCALE_MEMORY_RATIO : null,
        why:
          memRatio <= GOAL_SCALE_MEMORY_RATIO
            ? undefined
            : 'the bare read keeps only the cells; the command line keeps the register (objects per row) and its findings beside them (see BENCHMARKS.md, part 3).',
      },
      {
        goal: `review cost linear in rows, ${all[0].toLocaleString('en')} → ${at} (exponent ≤ ${LINEAR_EXPONENT})`,
        measured: `${round(kAll, 2)} over all sizes, ${round(kTop, 2)} between the two largest (bare read ${round(kBare, 2)})`,
        met: all.length >= 3 ? k <= LINEAR_EXPONENT : null,
        why: k <= LINEAR_EXPONENT ? undefined : 'see BENCHMARKS.md, part 3.',
      },
    );
  }
  return {
    tables: [
      {
        title: `Scale: review --json against a bare read of the same file, ${all.map((s) => s.toLocaleString('en')).join(' / ')} rows × 25 columns`,
        columns: [
          'format',
          'rows',
          'bare s',
          'review s',
          'time ratio',
          'bare CPU s',
          'review CPU s',
          'CPU ratio',
          'bare MiB',
          'review MiB',
          'memory ratio',
        ],
        rows,
      },
    ],
    goals,
    notes: [
      "Scale: bare read of .xlsx = ExcelJS streaming reader keeping every row's values; of .csv = the file read and split by the command line's own CSV parser. " +
        `One pair per size (two at ${largest.toLocaleString('en')} rows, the faster review kept); exponent = least-squares slope of log(CPU time) against log(rows), over all sizes and between the two largest (the goal takes the larger).`,
    ],
    data,
  };
}
