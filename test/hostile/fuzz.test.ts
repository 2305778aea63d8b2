/**
 * The fuzzing job over the .xlsx reader and the CSV parser: random mutations (zip structure, XML,
 * encodings, quotes — see fuzz/mutate.ts) of the real-world corpus, the examples and files made
 * here, each run through `validate` in-process. Any exit code other than 0, 1 or 2, an internal
 * error, a stack trace, a refusal longer than one line, or a case slower than its budget fails.
 *
 * CI runs it for FUZZ_SECONDS (default 30), and on past that until every class of mutation has been
 * tried at least once (CLASSES: workbook bytes, zip directory, zip entries, XML, CSV text, CSV in
 * UTF-16 and in Latin-1, a misleading name), at most MAX_SECONDS (100) in all; a class never tried
 * fails the run. `npm run fuzz` runs it longer (10 minutes; FUZZ_SECONDS=3600 for an hour,
 * FUZZ_ITERATIONS=5000 for a number of cases). FUZZ_SEED replays a whole run, FUZZ_CASE one case;
 * a failing input is saved under .hostile/fuzz-failures/.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { AS_OF, CORPUS, ROOT, runCli, STACK_TRACE, tempDir, removeDir } from '../cli/cliHarness';
import { makeTempDir, writeRegister } from '../cli/io/fixtures';
import { HOSTILE_DIR, SHARED_FILES } from './corpus';
import { mutant, type Mutant, type Seed } from './fuzz/mutate';
import { Random } from './fuzz/random';

interface RawXlsx {
  packageBytes: (spec: { sheets: [string, string][] }) => Buffer;
  sheetXml: (sheetData: string, o?: { after?: string }) => string;
  rowsXml: (rows: string[][]) => string;
  REGISTER_ROWS: string[][];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const raw = require('../../scripts/hostile/lib/rawXlsx.js') as RawXlsx;

const envNumber = (name: string): number | undefined => {
  const v = process.env[name];
  return v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
};

const SEED = envNumber('FUZZ_SEED') ?? Math.floor(Math.random() * 2 ** 32);
const SECONDS = envNumber('FUZZ_SECONDS') ?? 30;
/** Past SECONDS, the run goes on only while a class of mutation is still untried, up to this. */
const MAX_SECONDS = Math.max(SECONDS, 100);
const ITERATIONS = envNumber('FUZZ_ITERATIONS') ?? Number.POSITIVE_INFINITY;
const ONE_CASE = envNumber('FUZZ_CASE');
/** A case slower than this is a hang. */
const CASE_BUDGET_MS = 20_000;
const FAILURES = path.join(HOSTILE_DIR, 'fuzz-failures');

async function seeds(): Promise<Seed[]> {
  const out: Seed[] = [];
  for (const name of SHARED_FILES) {
    out.push({
      name,
      bytes: await fs.readFile(path.join(CORPUS, name)),
      kind: /\.csv$/i.test(name) ? 'csv' : 'xlsx',
    });
  }
  for (const name of ['sample-register.xlsx', 'sample-register.csv']) {
    const file = path.join(ROOT, 'examples', name);
    out.push({ name, bytes: await fs.readFile(file), kind: name.endsWith('.csv') ? 'csv' : 'xlsx' });
  }
  const dir = await makeTempDir();
  try {
    out.push({
      name: 'exceljs-register.xlsx',
      bytes: await fs.readFile(await writeRegister(dir)),
      kind: 'xlsx',
    });
  } finally {
    await removeDir(dir);
  }
  const merged = raw.sheetXml(raw.rowsXml(raw.REGISTER_ROWS), {
    after: '<mergeCells count="1"><mergeCell ref="H1:I2"/></mergeCells>',
  });
  out.push({
    name: 'made-register.xlsx',
    bytes: raw.packageBytes({ sheets: [['Register', merged]] }),
    kind: 'xlsx',
  });
  const csv = raw.REGISTER_ROWS.map((r) =>
    r.map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(','),
  ).join('\r\n');
  out.push({
    name: 'made-register.csv',
    bytes: Buffer.from(`${csv}\r\nNC-9,"Multi\r\nline, note",Ana,Open,2026-12-01,"Say ""hi""",x\r\n`),
    kind: 'csv',
  });
  return out;
}

/** The classes of mutation (fuzz/mutate.ts), read from a mutant's description. */
const CLASSES: Record<string, (how: string[], kind: 'xlsx' | 'csv') => boolean> = {
  'workbook bytes': (how, kind) =>
    kind === 'xlsx' && how.some((h) => /^(flip|truncate|repeat \d+ bytes|delete)/.test(h)),
  'zip directory': (how) => how.some((h) => h.startsWith('central record')),
  'zip entries': (how) =>
    how.some((h) => /^(duplicate entry|rename|drop entry|store )|claims (\d+ bytes|a wrong CRC)/.test(h)),
  XML: (how) => how.some((h) => /^[^ ]+\.(xml|rels): /.test(h)),
  'CSV text': (how, kind) =>
    kind === 'csv' && how.some((h) => /^(insert|cut|repeat \d+ chars|replace every)/.test(h)),
  'CSV in UTF-16': (how) => how.some((h) => h.startsWith('encoded utf16')),
  'CSV in Latin-1': (how) => how.includes('encoded latin1'),
  'a misleading name': (how) => how.some((h) => h.startsWith('named ')),
};
const tried = new Set<string>();
const untried = () => Object.keys(CLASSES).filter((c) => !tried.has(c));

interface Failure {
  caseSeed: number;
  what: string;
  how: string[];
  saved: string;
}

/** Exit codes seen, and the first words of each refusal, to show what the mutations reach. */
const seen = { codes: new Map<number, number>(), refusals: new Map<string, number>() };

async function check(m: Mutant, caseSeed: number, dir: string): Promise<Failure | undefined> {
  const file = path.join(dir, m.name);
  await fs.writeFile(file, m.bytes);
  const started = Date.now();
  const run = await runCli(['validate', file, '--format', 'json', '--as-of', AS_OF]);
  const ms = Date.now() - started;
  seen.codes.set(run.code, (seen.codes.get(run.code) ?? 0) + 1);
  if (run.code === 2) {
    const gist = run.stderr.replace(/^\S+ /, '').split(/[:(]/)[0].slice(0, 50);
    seen.refusals.set(gist, (seen.refusals.get(gist) ?? 0) + 1);
  }
  const problems: string[] = [];
  if (![0, 1, 2].includes(run.code)) problems.push(`exit code ${run.code}`);
  if (/Internal error/.test(run.stderr)) problems.push(`internal error: ${run.stderr.trim()}`);
  if (STACK_TRACE.test(run.stderr) || STACK_TRACE.test(run.stdout)) problems.push('stack trace');
  if (run.code === 2 && run.stderr.trim().includes('\n'))
    problems.push(`refusal of several lines: ${run.stderr}`);
  if (ms > CASE_BUDGET_MS) problems.push(`took ${ms} ms (budget ${CASE_BUDGET_MS})`);
  if (problems.length === 0) return undefined;
  await fs.mkdir(FAILURES, { recursive: true });
  const saved = path.join(FAILURES, `${caseSeed}-${m.name}`);
  await fs.writeFile(saved, m.bytes);
  return { caseSeed, what: problems.join('; '), how: m.how, saved };
}

test(
  `fuzz the readers (seed ${SEED}; replay with FUZZ_SEED=${SEED} npm run fuzz)`,
  async () => {
    const all = await seeds();
    const dir = await tempDir();
    const failures: Failure[] = [];
    const rnd = new Random(SEED);
    const started = Date.now();
    let runs = 0;
    try {
      const going = () => {
        const s = Date.now() - started;
        return (
          s < SECONDS * 1000 || (ITERATIONS === Infinity && untried().length > 0 && s < MAX_SECONDS * 1000)
        );
      };
      while (runs < ITERATIONS && going()) {
        const caseSeed = ONE_CASE ?? rnd.seed();
        const m = mutant(all, caseSeed);
        const kind = all.find((x) => m.how[0] === `from ${x.name}`)?.kind ?? 'xlsx';
        for (const [name, is] of Object.entries(CLASSES)) if (is(m.how, kind)) tried.add(name);
        const failure = await check(m, caseSeed, dir);
        runs++;
        if (failure) failures.push(failure);
        if (ONE_CASE !== undefined || failures.length >= 5) break;
      }
    } finally {
      await removeDir(dir);
    }
    const top = [...seen.refusals].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(
      `fuzz: ${runs} cases in ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${SEED}, ${failures.length} failing\n` +
        `exit codes: ${[...seen.codes].map(([c, n]) => `${c} × ${n}`).join(', ')}\n` +
        `refusals:\n  ${top.map(([g, n]) => `${n} × ${g}`).join('\n  ')}\n` +
        `classes never tried: ${untried().join(', ') || 'none'}`,
    );
    const report = failures.map(
      (f) =>
        `case ${f.caseSeed} (FUZZ_CASE=${f.caseSeed}): ${f.what}\n  ${f.how.join('\n  ')}\n  saved as ${f.saved}`,
    );
    expect(report).toEqual([]);
    expect(runs).toBeGreaterThan(0);
    if (ONE_CASE === undefined && ITERATIONS === Infinity) expect(untried()).toEqual([]);
  },
  (MAX_SECONDS + 120) * 1000,
);
