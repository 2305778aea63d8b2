/**
 * Part 6 — memory: 30 validations of the 50,000-row register in one process, as a long-lived
 * pane repeats them: the Validate command with highlighting through the host double (read in
 * chunks, all rules, highlights replaced). Runs in a child `node --expose-gc` so the heap can be
 * collected before every reading. Growth = heap after the last validation / after the first − 1.
 */
import { spawn } from 'child_process';
import path from 'path';
import { createExcelCommands } from '../src/commands/commandList';
import { installHostDouble, workbookFromGrid } from '../test/host-double';
import { emptyPart, type Options, type PartResult } from './report';
import { BENCH_AS_OF_ISO, syntheticRegister } from './synthetic';
import { MIB, round } from './timing';

export const GOAL_HEAP_GROWTH = 0.1;
const VALIDATIONS = 30;

interface ChildReport {
  rows: number;
  validations: number;
  heapUsed: number[];
  rss: number[];
  findings: number;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
}

/** The child: `node --expose-gc bench/run.js --memory-child <rows> <validations>`. */
export async function memoryChild(argv: string[]): Promise<number> {
  const rows = Number(argv[0] ?? 50_000);
  const validations = Number(argv[1] ?? VALIDATIONS);
  const grid = syntheticRegister(rows);
  const double = installHostDouble(
    workbookFromGrid({ Register: { values: grid.values, numberFormats: grid.numberFormats } }),
  );
  const commands = createExcelCommands();
  const heapUsed: number[] = [];
  const rss: number[] = [];
  let findings = 0;
  for (let i = 0; i < validations; i++) {
    const outcome = await commands.validate({ asOf: BENCH_AS_OF_ISO, highlight: true });
    if (!outcome.ok) throw new Error(`validate failed: ${outcome.error.message}`);
    findings = outcome.value.findings.length;
    // The double's own per-sync log is test instrumentation, not the add-in's memory.
    double.resetStats();
    collect();
    const m = process.memoryUsage();
    heapUsed.push(m.heapUsed);
    rss.push(m.rss);
  }
  const report: ChildReport = { rows, validations, heapUsed, rss, findings };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return 0;
}

function runChild(rows: number, validations: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', path.join(__dirname, 'run.js'), '--memory-child', String(rows), String(validations)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`memory child exited with ${code}: ${err.trim()}`));
      else resolve(JSON.parse(out) as ChildReport);
    });
  });
}

export async function runMemory(options: Options): Promise<PartResult> {
  const part = emptyPart('memory', `6. Memory: ${VALIDATIONS} validations in one process`);
  const rows = options.quick ? 10_000 : 50_000;
  options.log(
    `memory: ${VALIDATIONS} validations of ${rows.toLocaleString('en')} rows (child node --expose-gc)`,
  );
  const r = await runChild(rows, VALIDATIONS);
  const first = r.heapUsed[0];
  const last = r.heapUsed[r.heapUsed.length - 1];
  const peak = Math.max(...r.heapUsed);
  const growth = last / first - 1;
  const mib = (b: number) => round(b / MIB, 1);
  part.tables.push({
    columns: [
      'rows',
      'validations',
      'findings',
      'heap after #1 MiB',
      'after #30 MiB',
      'max MiB',
      'growth',
      'RSS #1 → #30 MiB',
    ],
    rows: [
      [
        r.rows,
        r.validations,
        r.findings,
        mib(first),
        mib(last),
        mib(peak),
        `${round(growth * 100, 1)} %`,
        `${mib(r.rss[0])} → ${mib(r.rss[r.rss.length - 1])}`,
      ],
    ],
  });
  part.notes.push(
    'Each validation: the Validate command with highlighting on the host double (the workbook model itself stays in the heap); heap read after two forced GCs.',
    `Heap after each validation (MiB): ${r.heapUsed.map(mib).join(', ')}.`,
  );
  part.data = { ...r, growth: round(growth, 4) };
  part.goals.push({
    goal: `heap growth over ${VALIDATIONS} validations < ${GOAL_HEAP_GROWTH * 100} %`,
    measured: `${round(growth * 100, 1)} %`,
    met: rows === 50_000 ? growth < GOAL_HEAP_GROWTH : null,
  });
  return part;
}
