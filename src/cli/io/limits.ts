/**
 * What the command line agrees to read, set from the file's size and the memory Node has — and
 * the way round each limit. Checked by the package preflight while it inflates, before ExcelJS
 * builds anything: past a limit the read stops with one line naming the limit.
 */
import v8 from 'v8';

export interface ReadLimits {
  /** Bytes all the package's parts may inflate to together. */
  inflatedBytes: number;
  /** Bytes one part may inflate to (ExcelJS holds each part as one string). */
  partBytes: number;
  /** Cells over all sheets, counting each cell a merged range covers (read by the streaming reader). */
  cells: number;
  /**
   * Cells past which a workbook is read by the streaming reader instead of ExcelJS: ExcelJS builds a
   * model of every cell (~400 bytes each), the streaming reader keeps only the values.
   */
  streamCells: number;
  /** Cells ExcelJS's model of the workbook fits in (half of Node's heap); past it, only streaming reads. */
  exceljsCells: number;
  sharedStrings: number;
  sheets: number;
  /** Merged ranges on one sheet (ExcelJS checks each new merge against every earlier one of its sheet). */
  /** Merged ranges on one sheet past which only the streaming reader reads the workbook. */
  streamMerges: number;
  /** Merged ranges on one sheet past which the workbook is refused. */
  merges: number;
}

const MB = 1024 * 1024;
/** A zip rarely inflates past 20×; 50× leaves room, and no small file is held to a tiny total. */
const INFLATION_RATIO = 50;
const MIN_INFLATED = 100 * MB;
const MAX_INFLATED = 1024 * MB;
/** Under V8's longest string (2^29 − 24 characters): ExcelJS reads a part into one string. */
const MAX_PART = 500_000_000;
/** What ExcelJS keeps per cell, measured: about 400 bytes (1,000,000 cells: 406 MB of heap). */
const EXCELJS_HEAP_PER_CELL = 400;
/**
 * What a cell costs read by the streaming reader and reviewed, measured at 12 columns: its value in
 * the grid (~40 bytes) and its share of the register, findings and figures built from its row
 * (~75 bytes). The budget is half the heap at 100 bytes a cell; the other half is the margin.
 */
const HEAP_PER_CELL = 100;
/** Above this many cells the streaming reader is used even when ExcelJS's model would fit. */
const STREAM_FROM = 1_000_000;
const MAX_CELLS = 20_000_000;

/**
 * The largest CSV read: the text must fit one V8 string (2^29 − 24 characters), and a larger file
 * would fail deep inside the decoder instead of with a message.
 */
export const MAX_CSV_BYTES = 500_000_000;

export const LIMIT_ENV = {
  inflatedBytes: 'IMPROVEMENT_PLAN_MAX_INFLATED_MB',
  cells: 'IMPROVEMENT_PLAN_MAX_CELLS',
  sheets: 'IMPROVEMENT_PLAN_MAX_SHEETS',
} as const;

function fromEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw.replace(/[_,]/g, ''));
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

/**
 * The limits for a file of `fileSize` bytes. Cells are held to half of Node's heap at what a cell
 * costs read and reviewed, so the read stops with a message before the heap runs out.
 *
 * @example readLimits(3_000_000).inflatedBytes // 150,000,000: 50 × the file
 */
export function readLimits(fileSize: number, env: NodeJS.ProcessEnv = process.env): ReadLimits {
  const heap = v8.getHeapStatistics().heap_size_limit;
  const cells = fromEnv(env, LIMIT_ENV.cells) ?? Math.min(MAX_CELLS, Math.floor(heap / 2 / HEAP_PER_CELL));
  const exceljsCells = Math.floor(heap / 2 / EXCELJS_HEAP_PER_CELL);
  const inflatedMb = fromEnv(env, LIMIT_ENV.inflatedBytes);
  const inflatedBytes =
    inflatedMb !== undefined
      ? inflatedMb * MB
      : Math.min(MAX_INFLATED, Math.max(MIN_INFLATED, INFLATION_RATIO * fileSize));
  return {
    inflatedBytes,
    // ExcelJS holds a part as one string, and its XML parser makes a copy of a long text while it
    // gathers it: a 100 MB part killed a 200 MB heap now and then (exit 134). Past a quarter of the
    // heap a part is read by the streaming reader, which holds a chunk (4 GB heap: 500 MB as before).
    partBytes: Math.min(MAX_PART, inflatedBytes, Math.floor(heap / 4)),
    cells,
    streamCells: Math.min(STREAM_FROM, exceljsCells),
    exceljsCells,
    sharedStrings: cells,
    sheets: fromEnv(env, LIMIT_ENV.sheets) ?? 1000,
    // 5,000 merges take ExcelJS about 3 s; 20,000 took 72 s: past 5,000 on a sheet the streaming
    // reader reads the workbook (a merge costs it a few bytes), up to 200,000 merges on one sheet.
    streamMerges: 5_000,
    merges: 200_000,
  };
}

/** "1,234,567" */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
