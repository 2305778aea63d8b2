/**
 * The benchmark driver: runs the parts in order, each in its own try/catch (a part that cannot
 * run is reported, the others still run), then prints the report or one JSON object.
 */
import os from 'os';
import { runBundle } from './bundle';
import { runCli } from './cli';
import { runCore } from './core';
import { runExcel } from './excel';
import { runMemory, memoryChild } from './memory';
import { runPane } from './pane';
import { emptyPart, goalSummary, renderGoals, renderPart, type Options, type PartResult } from './report';

const PARTS: { id: string; title: string; run: (o: Options, done: PartResult[]) => Promise<PartResult> }[] = [
  { id: 'core', title: '1. Core cost', run: (o) => runCore(o) },
  { id: 'excel', title: '2. Excel round trips', run: (o) => runExcel(o) },
  { id: 'cli', title: '3. Command line', run: (o) => runCli(o) },
  { id: 'bundle', title: '4. Bundle', run: (o) => runBundle(o) },
  { id: 'pane', title: '5. Pane start-up and reaction', run: (o, done) => runPane(o, done) },
  { id: 'memory', title: '6. Memory', run: (o) => runMemory(o) },
];

const USAGE = `usage: node bench/run.js [--json] [--quick] [--only ${PARTS.map((p) => p.id).join(',')}] [--no-build]\n`;

function parseArgs(argv: string[]): Options | string {
  const parts = new Set(PARTS.map((p) => p.id));
  let json = false;
  let quick = false;
  let noBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--quick') quick = true;
    else if (a === '--no-build') noBuild = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const list = a === '--only' ? argv[++i] : a.slice('--only='.length);
      parts.clear();
      for (const id of (list ?? '').split(',').filter(Boolean)) {
        if (!PARTS.some((p) => p.id === id)) return `unknown part "${id}"`;
        parts.add(id);
      }
    } else if (a === '--help' || a === '-h') return '';
    else return `unknown option "${a}"`;
  }
  return { json, quick, noBuild, parts, log: (m) => process.stderr.write(`[bench] ${m}\n`) };
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--memory-child') return memoryChild(argv.slice(1));
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(options ? `${options}\n${USAGE}` : USAGE);
    return options ? 2 : 0;
  }
  const info = machine();
  const started = process.hrtime.bigint();
  const done: PartResult[] = [];
  for (const p of PARTS) {
    if (!options.parts.has(p.id)) continue;
    const t0 = process.hrtime.bigint();
    let result: PartResult;
    try {
      result = await p.run(options, done);
    } catch (error) {
      result = emptyPart(p.id, p.title);
      result.error = error instanceof Error ? error.message : String(error);
      options.log(
        `${p.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    result.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    result.loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
    done.push(result);
  }
  info.totalSeconds = Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10;
  info.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
  info.quick = options.quick;
  if (options.json) {
    const goals = goalSummary(done);
    const met = goals.filter((g) => g.met === true).length;
    info.goalsMet = `${met} of ${goals.length}`;
    process.stdout.write(`${JSON.stringify({ machine: info, goals, parts: done }, null, 2)}\n`);
  } else {
    const head = Object.entries(info)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(' / ') : String(v)}`)
      .join('\n');
    process.stdout.write(`# Improvement Plan benchmarks\n\n${head}\n\n`);
    for (const part of done) process.stdout.write(`${renderPart(part)}\n`);
    process.stdout.write(renderGoals(done));
  }
  return 0;
}
