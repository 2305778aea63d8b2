/**
 * Part 3 — the command line on a large .xlsx: `improvement-plan review big.xlsx --json` against
 * a bare ExcelJS read of the same file (same library, same load options as the CLI's reader),
 * both as child processes, alternated in the same run. Wall time from `process.hrtime` around
 * the child; peak memory = the child's maximum resident set size (`/usr/bin/time -v`, or a
 * `node -r` preload printing `process.resourceUsage().maxRSS` where GNU time is missing).
 * LibreOffice's headless conversion of the same file to CSV is an outside reference.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs';
import path from 'path';
import { emptyPart, type Options, type PartResult } from './report';
import { GNU_TIME, measureChild, type ChildRun } from './child';
import { runScale } from './scale';
import { median, round } from './timing';
import { benchTempDir, registerXlsx } from './xlsxFixture';

const ROOT = path.resolve(__dirname, '..');
export const GOAL_TIME_RATIO = 1.3;
export const GOAL_MEMORY_RATIO = 1.5;

/** What the CLI's reader passes to ExcelJS (src/cli/io/xlsx.ts), so the baseline reads alike. */
const BARE_READ = [
  "const fs = require('fs');",
  "const ExcelJS = require('exceljs');",
  'const wb = new ExcelJS.Workbook();',
  "wb.xlsx.load(fs.readFileSync(process.argv[1]), { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'] })",
  "  .then(() => process.stdout.write(String(wb.worksheets[0].rowCount) + '\\n'));",
].join('\n');

function buildCli(options: Options): void {
  if (options.noBuild && existsSync(path.join(ROOT, 'dist/cli/main.js'))) return;
  options.log('cli: compiling the command line (tsc -p tsconfig.cli.json → dist/cli, dist/core)');
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
    throw new Error(`tsc -p tsconfig.cli.json produced no dist/cli/main.js: ${r.stdout}${r.stderr}`);
  }
}

function soffice(): string | undefined {
  for (const p of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    if (existsSync(p)) return p;
  }
  return undefined;
}

export async function runCli(options: Options): Promise<PartResult> {
  const part = emptyPart('cli', '3. Command line: review on a large .xlsx vs a bare ExcelJS read');
  const rows = options.quick ? 10_000 : 50_000;
  const runs = options.quick ? 3 : 5;
  buildCli(options);
  options.log(`cli: writing the ${rows.toLocaleString('en')}-row workbook (cached)`);
  const file = await registerXlsx(rows);
  const bin = path.join(ROOT, 'bin/improvement-plan.js');
  const node = process.execPath;
  const bare: ChildRun[] = [];
  const cli: ChildRun[] = [];
  // One unmeasured bare read warms the disk cache for the file and the modules.
  options.log(`cli: warm-up, then ${runs} alternating pairs`);
  await measureChild(node, ['-e', BARE_READ, file], true);
  for (let i = 0; i < runs; i++) {
    bare.push(await measureChild(node, ['-e', BARE_READ, file], true));
    cli.push(await measureChild(node, [bin, 'review', file, '--json', '--as-of', '2026-11-26'], true));
  }
  const t = { bare: median(bare.map((r) => r.ms)), cli: median(cli.map((r) => r.ms)) };
  const cpu = { bare: median(bare.map((r) => r.cpuMs)), cli: median(cli.map((r) => r.cpuMs)) };
  const m = { bare: median(bare.map((r) => r.maxRssKiB)), cli: median(cli.map((r) => r.maxRssKiB)) };
  // The goal uses the per-pair ratio: each pair ran back to back, so both saw the same machine load.
  const timeRatio = median(cli.map((r, i) => r.ms / bare[i].ms));
  const memRatio = median(cli.map((r, i) => r.maxRssKiB / bare[i].maxRssKiB));
  const ratioOfMedians = t.cli / t.bare;
  const cpuRatio = cpu.cli / cpu.bare;
  const s = (ms: number) => round(ms / 1000, 2);
  const table: (string | number)[][] = [
    ['bare ExcelJS read (baseline)', s(t.bare), s(cpu.bare), round(m.bare / 1024, 0), 1, 1, 1],
    [
      'improvement-plan review --json',
      s(t.cli),
      s(cpu.cli),
      round(m.cli / 1024, 0),
      round(timeRatio, 2),
      round(cpuRatio, 2),
      round(memRatio, 2),
    ],
  ];
  const data: Record<string, unknown> = {
    rows,
    fileBytes: statSync(file).size,
    runs,
    bare,
    cli,
    medianMs: t,
    medianCpuMs: cpu,
    medianMaxRssKiB: m,
    timeRatio: round(timeRatio, 2),
    ratioOfMedianTimes: round(ratioOfMedians, 2),
    cpuRatio: round(cpuRatio, 2),
    memoryRatio: round(memRatio, 2),
    rssSource: existsSync(GNU_TIME) ? 'GNU time -v' : 'process.resourceUsage().maxRSS',
  };
  const office = soffice();
  if (office) {
    options.log('cli: LibreOffice headless conversion (reference), warm-up + 3 runs');
    const profile = `file://${path.join(benchTempDir(), 'lo-profile')}`;
    const out = mkdtempSync(path.join(benchTempDir(), 'lo-out-'));
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      'csv',
      '--outdir',
      out,
      file,
    ];
    await measureChild(office, args, false);
    const lo: ChildRun[] = [];
    for (let i = 0; i < 3; i++) lo.push(await measureChild(office, args, false));
    rmSync(out, { recursive: true, force: true });
    const lt = median(lo.map((r) => r.ms));
    const lm = median(lo.map((r) => r.maxRssKiB));
    const lc = median(lo.map((r) => r.cpuMs));
    table.push([
      'LibreOffice --convert-to csv (reference)',
      s(lt),
      s(lc),
      round(lm / 1024, 0),
      round(lt / t.bare, 2),
      round(lc / cpu.bare, 2),
      round(lm / m.bare, 2),
    ]);
    data.libreOffice = { runs: lo, medianMs: lt, medianCpuMs: lc, medianMaxRssKiB: lm };
  } else part.notes.push('LibreOffice (soffice) not found: no outside reference.');
  part.tables.push({
    title: `${rows.toLocaleString('en')} rows × 25 columns, ${round(statSync(file).size / 1024 / 1024, 1)} MiB .xlsx; medians of ${runs} runs`,
    columns: ['process', 'wall s', 'CPU s', 'peak RSS MiB', 'time ratio', 'CPU ratio', 'memory ratio'],
    rows: table,
  });
  part.notes.push(
    'time / memory ratio = median over the alternating pairs of review ÷ bare read (both runs of a pair saw the same load); ' +
      `ratio of the median wall times: ${round(ratioOfMedians, 2)}. CPU = user + system seconds (GNU time).`,
    `Peak RSS from ${data.rssSource as string}; LibreOffice's figure is its largest process (soffice.bin).`,
  );
  part.data = data;
  part.goals.push(
    {
      goal: `review time ≤ ${GOAL_TIME_RATIO}× bare read`,
      measured: `${round(timeRatio, 2)}×`,
      met: rows === 50_000 ? timeRatio <= GOAL_TIME_RATIO : null,
      why:
        timeRatio <= GOAL_TIME_RATIO
          ? undefined
          : 'after ExcelJS loads the file, the CLI converts every cell to a grid (readSheet), maps and parses the register and computes the review; see BENCHMARKS.md.',
    },
    {
      goal: `review peak memory ≤ ${GOAL_MEMORY_RATIO}× bare read`,
      measured: `${round(memRatio, 2)}×`,
      met: rows === 50_000 ? memRatio <= GOAL_MEMORY_RATIO : null,
      why:
        memRatio <= GOAL_MEMORY_RATIO
          ? undefined
          : 'the ExcelJS workbook, the grid and the parsed register are alive at the same time.',
    },
  );
  // The cost curve to 500,000 rows (.csv and .xlsx): full runs only, or BENCH_SCALE_ROWS=….
  if (!options.quick || process.env.BENCH_SCALE_ROWS) {
    const scale = await runScale(options);
    part.tables.push(...scale.tables);
    part.goals.push(...scale.goals);
    part.notes.push(...scale.notes);
    part.data.scale = scale.data;
  }
  return part;
}
