/**
 * Part 2 — Excel round trips, counted by the host double (test/host-double): syncs and the
 * largest request / response of reading the register, validating with highlighting and writing
 * the review summary, through the same command list the pane and the ribbon call. Deterministic:
 * the same register always gives the same counts (the tests in test/bench pin them).
 */
import { validateGrid, type Finding, type Grid } from '../src/core';
import { createExcelCommands } from '../src/commands/commandList';
import { highlightFindings } from '../src/excel/highlight';
import { readRegister } from '../src/excel/readRegister';
import { installHostDouble, workbookFromGrid, type HostDouble } from '../test/host-double';
import { emptyPart, type Options, type PartResult } from './report';
import { BENCH_AS_OF, BENCH_AS_OF_ISO, syntheticRegister } from './synthetic';
import { KIB, MIB, round } from './timing';

export const PAYLOAD_CEILING_BYTES = 4 * MIB;
/** Goal: syncs = read chunks + at most this many. */
export const GOAL_EXTRA_SYNCS = 2;
export const SHEET = 'Register';

export interface RoundTrip {
  syncs: number;
  /** Row chunks of the register read (the part allowed to grow with the register). */
  chunks: number;
  /** syncs − chunks. */
  extra: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Syncs and largest request of the writing step alone (highlight / summary sheet). */
  writeSyncs?: number;
  writeRequestBytes?: number;
  findings?: number;
}

function installed(grid: Grid): HostDouble {
  return installHostDouble(
    workbookFromGrid({ [SHEET]: { values: grid.values, numberFormats: grid.numberFormats } }),
  );
}

function statsOf(double: HostDouble, chunks: number): RoundTrip {
  const s = double.stats;
  return {
    syncs: s.syncs,
    chunks,
    extra: s.syncs - chunks,
    maxRequestBytes: s.maxRequestBytes,
    maxResponseBytes: s.maxResponseBytes,
  };
}

/** Reading the register alone (`readRegister` in one `Excel.run`). */
export async function measureRead(grid: Grid): Promise<RoundTrip> {
  const double = installed(grid);
  try {
    const read = await Excel.run((context) => readRegister(context));
    if (!read?.parsed.ok) throw new Error('the host double did not find the register');
    return statsOf(double, read.chunks);
  } finally {
    double.uninstall();
  }
}

/**
 * The Validate command with highlighting, twice on one workbook: the first run on a clean
 * sheet, the second also removes the first run's highlights (the steady state).
 */
export async function measureValidate(
  grid: Grid,
  read: RoundTrip,
  { again = true } = {},
): Promise<{ first: RoundTrip; again?: RoundTrip }> {
  const double = installed(grid);
  try {
    const commands = createExcelCommands();
    const run = async (): Promise<RoundTrip> => {
      double.resetStats();
      const outcome = await commands.validate({ asOf: BENCH_AS_OF_ISO, highlight: true });
      if (!outcome.ok) throw new Error(`validate failed: ${outcome.error.message}`);
      // The same register is read the same way: what follows the read's syncs is the highlighting.
      const write = double.stats.requests.slice(read.syncs);
      return {
        ...statsOf(double, read.chunks),
        writeSyncs: write.length,
        writeRequestBytes: Math.max(...write.map((r) => r.bytes)),
        findings: outcome.value.findings.length,
      };
    };
    const first = await run();
    return { first, again: again ? await run() : undefined };
  } finally {
    double.uninstall();
  }
}

/** The Review summary command: read, compute, write the new dated sheet. */
export async function measureReview(grid: Grid, read: RoundTrip): Promise<RoundTrip> {
  const double = installed(grid);
  try {
    const outcome = await createExcelCommands().reviewSummary({ asOf: BENCH_AS_OF_ISO });
    if (!outcome.ok) throw new Error(`reviewSummary failed: ${outcome.error.message}`);
    const write = double.stats.requests.slice(read.syncs);
    return {
      ...statsOf(double, read.chunks),
      writeSyncs: write.length,
      writeRequestBytes: Math.max(...write.map((r) => r.bytes)),
    };
  } finally {
    double.uninstall();
  }
}

/**
 * The highlighting step alone for growing numbers of findings (0, …, all) on one register:
 * syncs and request bytes of `highlightFindings` after the read.
 */
export async function measureHighlightScaling(
  grid: Grid,
  counts: readonly number[],
): Promise<{ findings: number; syncs: number; requestBytes: number; formats: number }[]> {
  // The findings the Validate command would highlight (info findings are never highlighted).
  const all: Finding[] = validateGrid(grid, { asOf: BENCH_AS_OF }).findings.filter(
    (f) => f.severity !== 'info',
  );
  const double = installed(grid);
  try {
    const out = [];
    for (const n of counts) {
      const findings = all.slice(0, Math.min(n, all.length));
      double.resetStats();
      const formats = await Excel.run((context) => highlightFindings(context, SHEET, findings));
      out.push({
        findings: findings.length,
        syncs: double.stats.syncs,
        requestBytes: double.stats.maxRequestBytes,
        formats,
      });
    }
    return out;
  } finally {
    double.uninstall();
  }
}

const kib = (bytes: number) => round(bytes / KIB, 1);

export async function runExcel(options: Options): Promise<PartResult> {
  const part = emptyPart('excel', '2. Excel round trips (host double: syncs and payloads)');
  const sizes = options.quick ? [1_000, 10_000] : [1_000, 10_000, 50_000, 100_000];
  const rows: (string | number)[][] = [];
  const data: Record<string, unknown> = {};
  let worstExtra = { read: 0, validate: 0, review: 0 };
  let maxPayload = 0;
  let scaling: Awaited<ReturnType<typeof measureHighlightScaling>> = [];
  for (const size of sizes) {
    options.log(`excel: ${size.toLocaleString('en')} rows`);
    const grid = syntheticRegister(size);
    const read = await measureRead(grid);
    const validate = await measureValidate(grid, read);
    const review = await measureReview(grid, read);
    data[size] = { read, validate, review };
    for (const [name, r] of [
      ['read register', read],
      ['validate + highlight', validate.first],
      ['validate again', validate.again!],
      ['review summary', review],
    ] as const) {
      rows.push([
        size,
        name,
        r.syncs,
        r.chunks,
        r.extra,
        kib(r.maxRequestBytes),
        kib(r.maxResponseBytes),
        r.writeSyncs ?? '',
        r.writeRequestBytes !== undefined ? kib(r.writeRequestBytes) : '',
        r.findings ?? '',
      ]);
      maxPayload = Math.max(maxPayload, r.maxRequestBytes, r.maxResponseBytes);
    }
    worstExtra = {
      read: Math.max(worstExtra.read, read.extra),
      validate: Math.max(worstExtra.validate, validate.first.extra, validate.again!.extra),
      review: Math.max(worstExtra.review, review.extra),
    };
    if (size === 10_000) {
      options.log('excel: highlight cost vs number of findings (10,000 rows)');
      scaling = await measureHighlightScaling(grid, [0, 10, 100, 1_000, 5_000, 1e9]);
      data.highlightScaling = scaling;
    }
  }
  part.tables.push({
    columns: [
      'rows',
      'operation',
      'syncs',
      'chunks',
      'syncs−chunks',
      'max req KiB',
      'max resp KiB',
      'write syncs',
      'write req KiB',
      'findings',
    ],
    rows,
  });
  part.tables.push({
    title: 'Highlighting alone (10,000 rows), by number of findings highlighted',
    columns: ['findings', 'syncs', 'request KiB', 'conditional formats'],
    rows: scaling.map((s) => [s.findings, s.syncs, kib(s.requestBytes), s.formats]),
  });
  part.notes.push(
    'Counted by the host double (5 MiB limit as Excel on the web); chunks = row chunks of readRegister.',
    '"validate again" runs on the same workbook, so it also removes the previous highlights.',
  );
  part.data = data;
  for (const [op, extra] of Object.entries(worstExtra)) {
    part.goals.push({
      goal: `${op}: syncs ≤ chunks + ${GOAL_EXTRA_SYNCS}`,
      measured: `chunks + ${extra}`,
      met: extra <= GOAL_EXTRA_SYNCS,
      why:
        extra <= GOAL_EXTRA_SYNCS
          ? undefined
          : op === 'read'
            ? 'readRegister syncs 3 times before the chunks: sheet list, used ranges, header scan (the last two can be one).'
            : op === 'validate'
              ? 'read (3 fixed syncs) + highlightFindings (2: load the previous highlight formats, then write).'
              : 'read (3 fixed syncs) + 1 write sync.',
    });
  }
  part.goals.push({
    goal: 'every request / response ≤ 4 MiB',
    measured: `largest ${round(maxPayload / MIB, 2)} MiB`,
    met: maxPayload <= PAYLOAD_CEILING_BYTES,
  });
  const syncCounts = new Set(scaling.map((s) => s.syncs));
  const maxWrite = Math.max(0, ...scaling.map((s) => s.requestBytes));
  part.goals.push({
    goal: 'highlight write cost independent of the number of findings',
    measured: scaling.length
      ? `syncs ${[...syncCounts].join('/')} for 0…${scaling[scaling.length - 1].findings} findings; request up to ${kib(maxWrite)} KiB`
      : 'skipped',
    met: scaling.length ? syncCounts.size === 1 && maxWrite <= PAYLOAD_CEILING_BYTES : null,
    why:
      syncCounts.size === 1
        ? undefined
        : 'the number of syncs of highlightFindings changes with the number of findings',
  });
  return part;
}
