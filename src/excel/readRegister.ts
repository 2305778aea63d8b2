import {
  besideAnEmptyRegister,
  DATE_FIELDS,
  findRegisterSheet,
  HISTORY_SHEET,
  notARegisterMessage,
  detectHeader,
  mappingScore,
  parseRegister,
  storedMapping,
  type CellValue,
  type Grid,
  type HeaderMapping,
  type Register,
  type RegisterConfig,
  type RegisterSearch,
  type SheetChoice,
} from '../core';
import { FIRST_CHUNK_ROWS, jsonBytes, nextChunkRows } from './chunks';
import { errorCode, throwIfAborted } from './errors';

/**
 * Rows read at the top of each sheet to find the header, as many as the core scans; the rows
 * under a header candidate are the sample its columns are judged by (dates, state words…) until
 * the full read, where the core judges them again on up to 200 rows.
 */
const HEADER_SCAN_ROWS = 20;
/**
 * Rows read further down when no sheet has a header in the first ones: an action table under a
 * form or a dashboard's charts, which the core looks for to row 60 (as the command line reads it).
 */
const LATER_HEADER_ROWS = 60;

export interface ReadOptions {
  config?: RegisterConfig;
  /** Read this sheet; otherwise the stored or detected register sheet. */
  sheetName?: string;
  /** Read `sheetName` or nothing: when it is gone, no other sheet is searched (one of several registers). */
  onlySheet?: boolean;
  signal?: AbortSignal;
  onProgress?: (fraction: number, label: string) => void;
  /**
   * Queues loads the caller needs from the register sheet once it is known; they travel with the
   * first chunk instead of costing a sync of their own (the workbook's sheet names are known by
   * then). Not called when the sheet has no data rows.
   */
  withFirstChunk?: (sheet: Excel.Worksheet, sheetNames: readonly string[], sheetName: string) => void;
  /** Told, in words, what the workbook looks like when its sheets are something other than a register. */
  onNotARegister?: (message: string) => void;
  /**
   * An earlier detection kept as a cache (`config` with the detected header row, every detected
   * column in `fields` and the header texts in `headers`): read with it, no header detected, while
   * the stored sheet's header row still reads as it says; otherwise ignored and `config` is read.
   */
  detected?: RegisterConfig;
}

export interface ReadResult {
  sheetName: string;
  grid: Grid;
  choice: SheetChoice;
  parsed: ReturnType<typeof parseRegister>;
  /** Row chunks read after the header scan. */
  chunks: number;
  sheetNames: string[];
  /** 1-based rows skipped because they are an Excel table's totals row. */
  totalsRows: number[];
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
 * Reads the register from the workbook: one sync for the sheet list together with the stored
 * sheet's used range and top rows (header detection) — or, when no sheet is stored or it is gone,
 * one for the sheet list and one probing every sheet — then the data rows in chunks sized
 * to stay far below Excel on the web's 5 MB payload limit — one sync per chunk, never per row.
 * Only the number formats of date columns are loaded, since only they change how a value reads.
 */
export async function readRegister(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<ReadResult | undefined> {
  const wanted = options.sheetName ?? options.config?.sheetName;
  const sheets = context.workbook.worksheets;
  // A stored or requested sheet is probed together with the sheet list: the one sync before the
  // chunks. When it has been renamed or deleted, Excel refuses that batch (ItemNotFound) and every
  // sheet is probed instead — as it is when no sheet is stored.
  let probes: Probe[] | undefined;
  let listed = false;
  if (wanted) {
    sheets.load('items/name,items/visibility');
    // Its name as Excel spells it: getItem ignores case.
    const stored = probe(sheets.getItem(wanted).load('name'));
    try {
      await context.sync();
      listed = true;
      if (!stored.used.isNullObject) probes = [{ ...stored, name: stored.sheet.name }];
    } catch (error) {
      if (errorCode(error) !== 'ItemNotFound') throw error;
      if (options.onlySheet) return undefined;
    }
    if (options.onlySheet && !probes) return undefined;
  }
  if (!probes) {
    if (!listed) {
      sheets.load('items/name,items/visibility');
      await context.sync();
      throwIfAborted(options.signal);
    }
    probes = sheets.items.map((sheet) => ({ ...probe(sheet), name: sheet.name }));
    await context.sync();
  }
  const sheetNames = sheets.items.map((s) => s.name);
  throwIfAborted(options.signal);
  const visibility = new Map(sheets.items.map((s) => [s.name, s.visibility]));
  const shapes = probes
    .filter((p) => !p.used.isNullObject)
    .map((p) => ({
      shape: shapeOf(p, visibility.get(p.name) !== 'Visible'),
      top: p.top,
      tables: p.tables,
    }));
  const tops =
    wanted && shapes.some((s) => s.shape.name === wanted)
      ? shapes.filter((s) => s.shape.name === wanted)
      : shapes;
  if (tops.length === 0) return undefined;
  let headerGrids = headerGridsOf(tops);
  // The stored sheet's header row still reading as the stored mapping says: that mapping is used
  // as it is, no sheet is searched and no header detected (the core checks it again on the rows).
  const onStored = tops.length === 1 && tops[0].shape.name === wanted;
  const cached =
    onStored && options.detected ? storedMapping(headerGrids[0].grid, options.detected) : undefined;
  const config = cached ? options.detected : options.config;
  const trusted = cached ?? (onStored && config ? storedMapping(headerGrids[0].grid, config) : undefined);
  let choice: SheetChoice | undefined;
  let search: RegisterSearch | undefined;
  if (trusted) choice = trustedChoice(tops[0].shape, trusted);
  else {
    const searchOptions = { headerRow: config?.headerRow, overrides: config?.fields };
    search = findRegisterSheet(headerGrids, searchOptions);
    // No header in the first rows of any sheet: one more sync reads the rows below, to row 60,
    // of the sheets that reach past them.
    const longer = tops.filter(({ shape }) => shape.rowIndex + shape.rowCount > HEADER_SCAN_ROWS);
    if (!search.choice && config?.headerRow === undefined && longer.length > 0) {
      headerGrids = await withLaterRows(context, tops, headerGrids);
      throwIfAborted(options.signal);
      search = findRegisterSheet(headerGrids, searchOptions);
    }
    choice = search.choice;
    if (!choice) {
      if (search.notRegisters.length > 0) options.onNotARegister?.(notARegisterMessage(search.notRegisters));
      return undefined;
    }
  }
  const shape = tops[choice.index].shape;
  // Excel tables' totals rows hold sums, not actions (as the command line skips them).
  const withTotals = tops[choice.index].tables.items.filter((t) => t.showTotals);
  let totalsRanges: Excel.Range[] = [];
  const mapping =
    trusted ??
    detectHeader(headerGrids[choice.index].grid, {
      headerRow: choice.headerRow,
      overrides: config?.fields,
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
    // Until a chunk arrives (a refused chunk takes its loads with it).
    if (chunks === 0) {
      options.withFirstChunk?.(ws, sheetNames, shape.name);
      totalsRanges = withTotals.map((t) => t.getTotalRowRange().load('rowIndex'));
    }
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
      if (errorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || count === 1) throw error;
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
  const totalsRows: number[] = [];
  for (const range of totalsRanges) {
    const i = range.rowIndex; // 0-based sheet row = index in grid.values
    if (i < choice.headerRow || !grid.values[i]) continue;
    grid.values[i] = grid.values[i].map(() => '');
    totalsRows.push(i + 1);
  }
  const parsed = parseRegister(grid, { ...config, headerRow: choice.headerRow }, shape.name);
  // The register-like sheet is empty and another sheet holds the workbook's content (an equipment
  // register beside an empty work order log): the workbook is that other kind, as the command line says.
  if (search && parsed.ok && parsed.value.actions.length === 0) {
    const beside = besideAnEmptyRegister(search, headerGrids);
    if (beside) {
      options.onNotARegister?.(notARegisterMessage(beside));
      return undefined;
    }
  }
  return { sheetName: shape.name, grid, choice, parsed, chunks, sheetNames, totalsRows };
}

/**
 * The stored sheet chosen with its stored mapping, as the sheet search chooses a sheet whose
 * header row is given: no alternatives; scored on its mapped columns, tenfold with rows below.
 */
function trustedChoice(shape: SheetShape, mapping: HeaderMapping): SheetChoice {
  const rowsBelow = shape.rowIndex + shape.rowCount > mapping.headerRow;
  return {
    index: 0,
    name: shape.name,
    headerRow: mapping.headerRow,
    score: mappingScore(mapping) * (rowsBelow ? 10 : 1),
    alternatives: [],
  };
}

/**
 * The top rows of a sheet from row 1, in the used range's columns: rows above the used part are
 * blank, and the used part is placed at its column (it may be narrower than the used range).
 */
function topRows(shape: SheetShape, top: Excel.Range): CellValue[][] {
  if (top.isNullObject) return [[]];
  const values = top.values as CellValue[][];
  const offset = top.columnIndex - shape.columnIndex;
  const blank = () => Array<CellValue>(shape.columnCount).fill('');
  const rows: CellValue[][] = Array.from({ length: top.rowIndex }, blank);
  for (const line of values) {
    const row = blank();
    for (let c = 0; c < line.length; c++) row[offset + c] = line[c];
    rows.push(row);
  }
  return rows;
}

/**
 * The header grids with the rows below the first ones, to {@link LATER_HEADER_ROWS}, of each sheet
 * whose used range reaches past them: one sync.
 */
async function withLaterRows(
  context: Excel.RequestContext,
  tops: readonly { shape: SheetShape }[],
  grids: { name: string; hidden: boolean; grid: Grid }[],
): Promise<{ name: string; hidden: boolean; grid: Grid }[]> {
  const below = tops.map(({ shape }) =>
    shape.rowIndex + shape.rowCount > HEADER_SCAN_ROWS
      ? context.workbook.worksheets
          .getItem(shape.name)
          .getRange(`${HEADER_SCAN_ROWS + 1}:${LATER_HEADER_ROWS}`)
          .getUsedRangeOrNullObject(true)
          .load('values,rowIndex,columnIndex')
      : undefined,
  );
  await context.sync();
  return grids.map((g, i) => {
    const range = below[i];
    if (!range || range.isNullObject) return g;
    const shape = tops[i].shape;
    const rows = topRows(shape, range);
    // The first rows as read, padded to the rows they stand for, then the rows below.
    const values = [...g.grid.values];
    while (values.length < HEADER_SCAN_ROWS) values.push(Array<CellValue>(shape.columnCount).fill(''));
    values.push(...rows.slice(HEADER_SCAN_ROWS));
    return { ...g, grid: { ...g.grid, values } };
  });
}

/** A probed sheet's shape: its used range's place and size. */
function shapeOf(p: Pick<Probe, 'name' | 'used'>, hidden: boolean): SheetShape {
  return {
    name: p.name,
    hidden,
    rowIndex: p.used.rowIndex,
    columnIndex: p.used.columnIndex,
    rowCount: p.used.rowCount,
    columnCount: p.used.columnCount,
  };
}

/** Each sheet's first rows as a grid, for the register search. */
function headerGridsOf(
  tops: readonly { shape: SheetShape; top: Excel.Range }[],
): { name: string; hidden: boolean; grid: Grid }[] {
  return tops.map(({ shape, top }) => ({
    name: shape.name,
    hidden: shape.hidden,
    grid: { values: topRows(shape, top), firstRow: 1, firstColumn: shape.columnIndex + 1 } as Grid,
  }));
}

interface Probe {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  top: Excel.Range;
  tables: Excel.TableCollection;
}

/**
 * Queues the loads that find a sheet's register: its used range, and the used part of its top
 * rows (header detection) beside it, so no round trip waits for the used range first; and which
 * of its tables have a totals row.
 */
function probe(sheet: Excel.Worksheet): Omit<Probe, 'name'> {
  return {
    sheet,
    used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
    top: sheet
      .getRange(`1:${HEADER_SCAN_ROWS}`)
      .getUsedRangeOrNullObject(true)
      .load('values,rowIndex,columnIndex'),
    tables: sheet.tables.load('items/showTotals'),
  };
}

/** A sheet that looks like a register, with the header row found on it. */
export interface RegisterSheet {
  name: string;
  headerRow: number;
  hidden: boolean;
}

/**
 * Sheets a register is never read from: the add-in's history and the review sheets it wrote
 * ("Management Review 2026-11-26", "-2"), as the command line's roll-up leaves them out.
 */
export function isOwnSheet(name: string): boolean {
  return name === HISTORY_SHEET || /^management review \d{4}-\d{2}-\d{2}(-\d+)?$/i.test(name.trim());
}

/**
 * Every sheet of the workbook that looks like a register, best first, without reading their rows:
 * two syncs (the sheet list, then every sheet's used range and top rows together). For the
 * Register view's list of registers to include.
 */
export async function listRegisterSheets(
  context: Excel.RequestContext,
): Promise<{ sheets: RegisterSheet[]; sheetNames: string[]; notARegister?: string }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const probes = worksheets.items.map((sheet) => ({ ...probe(sheet), name: sheet.name }));
  await context.sync();
  const hidden = new Map(worksheets.items.map((s) => [s.name, s.visibility !== 'Visible']));
  const tops = probes
    .filter((p) => !p.used.isNullObject && !isOwnSheet(p.name))
    .map((p) => ({ shape: shapeOf(p, hidden.get(p.name) ?? false), top: p.top }));
  let grids = headerGridsOf(tops);
  let search = findRegisterSheet(grids);
  // As the read does: no header in the first rows of any sheet, the rows below to row 60 (one sync).
  if (!search.choice && tops.some(({ shape }) => shape.rowIndex + shape.rowCount > HEADER_SCAN_ROWS)) {
    grids = await withLaterRows(context, tops, grids);
    search = findRegisterSheet(grids);
  }
  const sheetNames = worksheets.items.map((s) => s.name);
  if (!search.choice)
    return {
      sheets: [],
      sheetNames,
      ...(search.notRegisters.length > 0 ? { notARegister: notARegisterMessage(search.notRegisters) } : {}),
    };
  const found = [search.choice, ...search.choice.alternatives].map(({ name, headerRow }) => ({
    name,
    headerRow,
    hidden: hidden.get(name) ?? false,
  }));
  return { sheets: found, sheetNames };
}

/** The parsed register of a read, or undefined when the header was not found. */
export function registerOf(read: ReadResult): Register | undefined {
  return read.parsed.ok ? read.parsed.value : undefined;
}
