/**
 * The roll-up line of BENCHMARKS.md (issue 21): 10 registers × 5,000 rows read as one plan — in
 * the core (parse each, merge, find the cross-register duplicates, validate, review) and through
 * the command line in-process (`validate` and `review --out` of ten CSV files, and of one .xlsx
 * workbook holding the ten registers as sheets). Every register but the first repeats 50 IDs of
 * the first, so 450 duplicates are found and counted once.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../src/cli/main';
import {
  dayFromSerial,
  isDateFormat,
  isoFromDay,
  parseRegister,
  type CellValue,
  type Grid,
} from '../src/core';
import { reviewRollup, rollUp, validateRollup } from '../src/core/rollup';
import { createExcelCommands } from '../src/commands/commandList';
import { readIncluded } from '../src/excel/registers';
import { installHostDouble, workbookFromGrid } from '../test/host-double';

import { BENCH_AS_OF, BENCH_AS_OF_ISO, syntheticRegister } from './synthetic';
import { round, timed, timedAsync } from './timing';

export const REGISTERS = 10;
export const ROWS = 5_000;
const COPIED = 50;

const NAMES = [
  'Internal audit 2026',
  'External audit findings',
  'CAPA log',
  'Incident follow-up',
  'Risk treatment plan',
  'Supplier reviews',
  'Management review actions',
  'Pen test findings',
  'BC exercise actions',
  'Training actions',
];

/** Ten registers: their own IDs (R3-…), and 50 rows of each but the first repeating the first's IDs. */
export function registers(rows = ROWS): { name: string; grid: Grid }[] {
  const grids = NAMES.slice(0, REGISTERS).map((name, i) => ({
    name,
    grid: syntheticRegister(rows, 27001 + i),
  }));
  grids.forEach(({ grid }, i) => {
    for (let r = 2; r < grid.values.length; r++) grid.values[r][0] = `R${i}-${String(grid.values[r][0])}`;
  });
  for (let i = 1; i < grids.length; i++)
    for (let r = 2; r < 2 + COPIED; r++) grids[i].grid.values[r][0] = grids[0].grid.values[r][0];
  return grids;
}

/** A cell as text for CSV: date serials as ISO dates, as exports write them. */
function csvText(v: CellValue, format: string | undefined): string {
  let t: string;
  if (typeof v === 'number' && isDateFormat(format)) {
    const d = dayFromSerial(v);
    t = d.kind === 'date' ? isoFromDay(d.day) : String(v);
  } else t = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

async function writeCsv(file: string, grid: Grid): Promise<void> {
  const lines = grid.values.map((row, r) =>
    row.map((v, c) => csvText(v, grid.numberFormats?.[r]?.[c])).join(','),
  );
  await fs.writeFile(file, lines.join('\r\n') + '\r\n');
}

async function writeBook(file: string, regs: { name: string; grid: Grid }[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const { name, grid } of regs) {
    const ws = wb.addWorksheet(name);
    grid.values.forEach((row, r) => {
      const added = ws.addRow(row.map((v) => (v === '' ? null : v)));
      row.forEach((_, c) => {
        const f = grid.numberFormats?.[r]?.[c];
        if (f && f !== 'General') added.getCell(c + 1).numFmt = f;
      });
      added.commit();
    });
    ws.commit();
  }
  await wb.commit();
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (t: string) => ((out += t), true) },
    stderr: { write: (t: string) => ((err += t), true) },
    isTTY: false,
    now: new Date(`${BENCH_AS_OF_ISO}T12:00:00`),
    env: {},
  });
  return { code, out, err };
}

export async function runRollupBench(log: (line: string) => void): Promise<Record<string, number>> {
  const regs = registers();
  const result: Record<string, number> = {};
  const parsed = timed(() =>
    regs.map(({ name, grid }) => {
      const p = parseRegister(grid, {}, name);
      if (!p.ok) throw new Error(p.message);
      return { file: 'bench.xlsx', sheet: name, register: p.value };
    }),
  );
  const rolled = timed(() => rollUp(parsed.value));
  const findings = timed(() => validateRollup(rolled.value, { asOf: BENCH_AS_OF }));
  const figures = timed(() => reviewRollup(rolled.value, { asOf: BENCH_AS_OF, findings: findings.value }));
  result.coreParseMs = round(parsed.ms);
  result.coreMergeMs = round(rolled.ms);
  result.coreValidateMs = round(findings.ms);
  result.coreReviewMs = round(figures.ms);
  result.duplicates = rolled.value.duplicates.length;
  result.total = figures.value.total;
  log(
    `core: parse ${result.coreParseMs} ms, merge and duplicates ${result.coreMergeMs} ms, validate ${result.coreValidateMs} ms, ` +
      `review ${result.coreReviewMs} ms — ${REGISTERS * ROWS} rows, ${result.duplicates} duplicates, ${result.total} actions counted`,
  );

  await paneBench(regs, result, log);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ip-bench-rollup-'));
  try {
    const files = regs.map((r) => path.join(dir, `${r.name.toLowerCase().replace(/\W+/g, '-')}.csv`));
    await Promise.all(regs.map((r, i) => writeCsv(files[i], r.grid)));
    const book = path.join(dir, 'ten-registers.xlsx');
    await writeBook(book, regs);
    const asOf = ['--as-of', BENCH_AS_OF_ISO];
    for (const [label, inputs] of [
      ['10 CSV files', files],
      ['1 workbook, 10 sheets', [book]],
    ] as const) {
      const v = await timedAsync(() => cli(['validate', ...inputs, '--format', 'json', ...asOf]));
      const report = JSON.parse(v.value.out) as { registers?: unknown[]; rollup?: { merged: number } };
      if (report.registers?.length !== REGISTERS)
        throw new Error(`${label}: ${report.registers?.length} registers read`);
      const out = path.join(dir, `pack-${label.replace(/\W+/g, '-')}.xlsx`);
      const r = await timedAsync(() => cli(['review', ...inputs, '--out', out, ...asOf]));
      if (r.value.code !== 0) throw new Error(`${label}: review exit ${r.value.code}: ${r.value.err}`);
      const key = label.startsWith('10') ? 'csv' : 'xlsx';
      result[`${key}ValidateMs`] = round(v.ms);
      result[`${key}ReviewOutMs`] = round(r.ms);
      log(
        `cli, ${label}: validate ${round(v.ms / 1000, 2)} s, review --out ${round(r.ms / 1000, 2)} s ` +
          `(${report.rollup?.merged} merged)`,
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return result;
}

/**
 * The pane's side (host double): the ten registers as sheets of one workbook, all included
 * (stored per sheet); the syncs of reading them, of validating with highlighting and of writing
 * the review summary, against the row chunks read. Deterministic, like part 2 of BENCHMARKS.md.
 */
async function paneBench(
  regs: { name: string; grid: Grid }[],
  result: Record<string, number>,
  log: (line: string) => void,
): Promise<void> {
  const double = installHostDouble(
    workbookFromGrid(
      Object.fromEntries(
        regs.map(({ name, grid }) => [name, { values: grid.values, numberFormats: grid.numberFormats }]),
      ),
    ),
  );
  try {
    const commands = createExcelCommands();
    for (const { name } of regs.slice(1)) {
      const included = await commands.includeRegister!(name, true);
      if (!included.ok) throw new Error(`including ${name}: ${included.error.message}`);
    }
    double.resetStats();
    const read = await timedAsync(() => Excel.run((context) => readIncluded(context)));
    const reads = read.value?.reads ?? [];
    if (reads.length !== REGISTERS) throw new Error(`the pane read ${reads.length} registers`);
    const chunks = reads.reduce((n, r) => n + r.read.chunks, 0);
    result.paneReadSyncs = double.stats.syncs;
    result.paneChunks = chunks;
    result.paneReadMs = round(read.ms);
    result.paneMaxResponseKiB = round(double.stats.maxResponseBytes / 1024, 1);
    double.resetStats();
    const v = await timedAsync(() => commands.validate({ asOf: BENCH_AS_OF_ISO }));
    if (!v.value.ok) throw new Error(v.value.error.message);
    result.paneValidateSyncs = double.stats.syncs;
    result.paneValidateMs = round(v.ms);
    double.resetStats();
    const r = await timedAsync(() => commands.reviewSummary({ asOf: BENCH_AS_OF_ISO }));
    if (!r.value.ok) throw new Error(r.value.error.message);
    result.paneReviewSyncs = double.stats.syncs;
    result.paneReviewMs = round(r.ms);
    log(
      `pane (host double), ${REGISTERS} included sheets: read ${result.paneReadSyncs} syncs for ${chunks} chunks ` +
        `(chunks + ${result.paneReadSyncs - chunks} = 1 per register), max response ${result.paneMaxResponseKiB} KiB, ${round(read.ms / 1000, 2)} s; ` +
        `validate + highlight ${result.paneValidateSyncs} syncs (chunks + ${result.paneValidateSyncs - chunks}), ${round(v.ms / 1000, 2)} s; ` +
        `review summary ${result.paneReviewSyncs} syncs (chunks + ${result.paneReviewSyncs - chunks}), ${round(r.ms / 1000, 2)} s`,
    );
  } finally {
    double.uninstall();
  }
}
