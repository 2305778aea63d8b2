import {
  chooseRegisterSheet,
  DATE_FIELDS,
  detectHeader,
  parseRegister,
  type CellValue,
  type Grid,
  type Register,
  type RegisterConfig,
  type SheetChoice,
} from '../core';
import { FIRST_CHUNK_ROWS, jsonBytes, nextChunkRows } from './chunks';
import { throwIfAborted } from './errors';

/** Rows scanned at the top of each sheet to find the header (as the core does). */
const HEADER_SCAN_ROWS = 10;

export interface ReadOptions {
  config?: RegisterConfig;
  /** Read this sheet; otherwise the stored or detected register sheet. */
  sheetName?: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number, label: string) => void;
}

export interface ReadResult {
  sheetName: string;
  grid: Grid;
  choice: SheetChoice;
  parsed: ReturnType<typeof parseRegister>;
  /** Row chunks read after the header scan. */
  chunks: number;
  sheetNames: string[];
}

interface SheetShape {
  name: string;
  hidden: boolean;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Reads the register from the workbook: one sync for the sheet list and used ranges, one for
 * the top rows of the candidate sheets (header detection), then the data rows in chunks sized
 * to stay far below Excel on the web's 5 MB payload limit — one sync per chunk, never per row.
 * Only the number formats of date columns are loaded, since only they change how a value reads.
 */
export async function readRegister(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<ReadResult | undefined> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const used = sheets.items.map((s) => ({ sheet: s, range: s.getUsedRangeOrNullObject(true) }));
  for (const u of used) u.range.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  const shapes: SheetShape[] = used
    .filter((u) => !u.range.isNullObject)
    .map((u) => ({
      name: u.sheet.name,
      hidden: u.sheet.visibility !== 'Visible',
      rowIndex: u.range.rowIndex,
      columnIndex: u.range.columnIndex,
      rowCount: u.range.rowCount,
      columnCount: u.range.columnCount,
    }));
  const sheetNames = sheets.items.map((s) => s.name);
  throwIfAborted(options.signal);

  const wanted = options.sheetName ?? options.config?.sheetName;
  const candidates =
    wanted && shapes.some((s) => s.name === wanted) ? shapes.filter((s) => s.name === wanted) : shapes;
  const tops = candidates.map((shape) => {
    // Scan from row 1 so header rows below empty title rows keep their sheet row numbers.
    const rows = Math.min(HEADER_SCAN_ROWS, shape.rowIndex + shape.rowCount);
    const range = context.workbook.worksheets
      .getItem(shape.name)
      .getRangeByIndexes(0, shape.columnIndex, Math.max(rows, 1), Math.max(shape.columnCount, 1));
    range.load('values');
    return { shape, range };
  });
  if (tops.length === 0) return undefined;
  await context.sync();
  const headerGrids = tops.map(({ shape, range }) => ({
    name: shape.name,
    hidden: shape.hidden,
    grid: { values: range.values as CellValue[][], firstRow: 1, firstColumn: shape.columnIndex + 1 } as Grid,
  }));
  const choice = chooseRegisterSheet(headerGrids, {
    headerRow: options.config?.headerRow,
    overrides: options.config?.fields,
  });
  if (!choice) return undefined;
  const shape = tops[choice.index].shape;
  const mapping = detectHeader(headerGrids[choice.index].grid, {
    headerRow: choice.headerRow,
    overrides: options.config?.fields,
  });
  const dateCols = DATE_FIELDS.map((f) => mapping?.columns[f]?.column).filter(
    (c): c is number => c !== undefined,
  );

  const grid: Grid = {
    values: headerGrids[choice.index].grid.values.slice(0, choice.headerRow),
    numberFormats: [],
    firstRow: 1,
    firstColumn: shape.columnIndex + 1,
  };
  const lastRowIndex = shape.rowIndex + shape.rowCount - 1; // 0-based
  let next = choice.headerRow; // 0-based index of the first data row
  // Size the first chunk from the data rows the header scan already read: long cells there
  // (2,000-character descriptions) would make 2,000 rows alone approach the 5 MB limit.
  const sample = headerGrids[choice.index].grid.values.slice(choice.headerRow);
  let rows = sample.length
    ? Math.min(FIRST_CHUNK_ROWS, nextChunkRows(sample.length, jsonBytes(sample)))
    : FIRST_CHUNK_ROWS;
  let chunks = 0;
  while (next <= lastRowIndex) {
    throwIfAborted(options.signal);
    const count = Math.min(rows, lastRowIndex - next + 1);
    const ws = context.workbook.worksheets.getItem(shape.name);
    const valuesRange = ws
      .getRangeByIndexes(next, shape.columnIndex, count, shape.columnCount)
      .load('values');
    const formatRanges = dateCols.map((col) => ({
      col,
      range: ws.getRangeByIndexes(next, col - 1, count, 1).load('numberFormat'),
    }));
    try {
      // One sync per bounded chunk (not per row): the chunk count grows only with payload size.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Longer cells further down than the rows measured so far: the response was refused and
      // nothing was read, so read the same rows in smaller chunks.
      if (!isResponseTooLarge(error) || count === 1) throw error;
      rows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    chunks++;
    const values = valuesRange.values as CellValue[][];
    const base = grid.values.length;
    for (let r = 0; r < values.length; r++) grid.values.push(values[r]);
    for (const { col, range } of formatRanges) {
      const formats = range.numberFormat as string[][];
      for (let r = 0; r < formats.length; r++) {
        const row = (grid.numberFormats![base + r] ??= []);
        row[col - grid.firstColumn!] = formats[r][0];
      }
    }
    next += count;
    rows = nextChunkRows(count, jsonBytes(values));
    options.onProgress?.(
      Math.min(1, (next - choice.headerRow) / Math.max(1, lastRowIndex - choice.headerRow + 1)),
      'Reading the register',
    );
  }
  const parsed = parseRegister(grid, { ...options.config, headerRow: choice.headerRow }, shape.name);
  return { sheetName: shape.name, grid, choice, parsed, chunks, sheetNames };
}

function isResponseTooLarge(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded'
  );
}

/** The parsed register of a read, or undefined when the header was not found. */
export function registerOf(read: ReadResult): Register | undefined {
  return read.parsed.ok ? read.parsed.value : undefined;
}
