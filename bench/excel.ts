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
import { loadConfig } from '../src/excel/settings';
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

/**
 * A workbook holding the register, and the mapping in its document settings when `stored`: the
 * state after the user's first "Save mapping" (the pane asks for it on first use), which is how
 * every later Validate and Review runs.
 */
async function installed(grid: Grid, stored: boolean): Promise<HostDouble> {
  const double = installHostDouble(
    workbookFromGrid({ [SHEET]: { values: grid.values, numberFormats: grid.numberFormats } }),
  );
  if (stored) {
    const commands = createExcelCommands();
    const info = await commands.detectRegister();
    if (!info.ok) throw new Error(`the host double did not find the register: ${info.error.message}`);
    const saved = await commands.saveConfig(info.value.config);
    if (!saved.ok) throw new Error(`saving the mapping failed: ${saved.error.message}`);
    double.resetStats();
  }
  return double;
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
export async function measureRead(grid: Grid, stored: boolean): Promise<RoundTrip> {
  const double = await installed(grid, stored);
  try {
    const config = stored ? loadConfig() : undefined;
    const read = await Excel.run((context) => readRegister(context, { config }));
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
  { again = true, stored = true } = {},
): Promise<{ first: RoundTrip; again?: RoundTrip }> {
  const double = await installed(grid, stored);
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
export async function measureReview(grid: Grid, read: RoundTrip, stored = true): Promise<RoundTrip> {
  const double = await installed(grid, stored);
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
  const double = await installed(grid, false);
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
  let firstUseExtra = { read: 0, validate: 0, review: 0 };
  let maxPayload = 0;
  let scaling: Awaited<ReturnType<typeof measureHighlightScaling>> = [];
  for (const size of sizes) {
    options.log(`excel: ${size.toLocaleString('en')} rows`);
    const grid = syntheticRegister(size);
    // First use (nothing stored: every sheet is probed), then with the mapping saved (every later run).
    const firstRead = await measureRead(grid, false);
    const firstValidate = await measureValidate(grid, firstRead, { again: false, stored: false });
    const firstReview = await measureReview(grid, firstRead, false);
    const read = await measureRead(grid, true);
    const validate = await measureValidate(grid, read);
    const review = await measureReview(grid, read);
    data[size] = {
      firstUse: { read: firstRead, validate: firstValidate, review: firstReview },
      read,
      validate,
      review,
    };
    for (const [name, r] of [
      ['read register, first use', firstRead],
      ['validate + highlight, first use', firstValidate.first],
      ['review summary, first use', firstReview],
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
    firstUseExtra = {
      read: Math.max(firstUseExtra.read, firstRead.extra),
      validate: Math.max(firstUseExtra.validate, firstValidate.first.extra),
      review: Math.max(firstUseExtra.review, firstReview.extra),
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
    '"first use": no mapping stored yet, so the read probes every sheet (sheet list, then used ranges and top rows: ' +
      'one sync more). The other rows run with the mapping saved, as every run after the first "Save mapping" does: ' +
      'the stored sheet is probed together with the sheet list.',
  );
  part.data = data;
  for (const [op, extra] of Object.entries(worstExtra)) {
    const first = firstUseExtra[op as keyof typeof firstUseExtra];
    part.goals.push({
      goal: `${op}: syncs ≤ chunks + ${GOAL_EXTRA_SYNCS} (mapping saved)`,
      measured: `chunks + ${extra} (first use, nothing stored: chunks + ${first})`,
      met: extra <= GOAL_EXTRA_SYNCS,
      why:
        extra <= GOAL_EXTRA_SYNCS
          ? undefined
          : op === 'read'
            ? 'readRegister syncs more than once before the chunks with a stored sheet.'
            : `read (chunks + ${worstExtra.read}) + the write syncs.`,
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
