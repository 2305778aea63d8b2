/**
 * What the command line's file readers hand back: one {@link Grid} per sheet plus notices about
 * anything in the file the user should know (hidden data, formulas without saved values, …).
 * Readers never throw for a bad file: they return a {@link ReadError} the CLI can print as is.
 */
import type { Grid } from '../../core/grid';
import type { ReadLimits } from './limits';

export type ReaderNoticeCode =
  | 'formula-without-value'
  | 'merged-cells'
  | 'hidden-sheet'
  | 'hidden-rows'
  | 'hidden-columns'
  | 'ragged-rows'
  | 'latin1-encoding'
  | 'bom'
  | 'macros-present'
  | 'error-cells'
  | 'filter-active'
  | 'totals-row'
  | 'far-cells'
  | 'utf16-encoding'
  | 'unclosed-quote'
  | 'csv-as-workbook';

export interface ReaderNotice {
  code: ReaderNoticeCode;
  /** The sheet the notice is about; absent for notices about the whole file. */
  sheet?: string;
  message: string;
  count?: number;
  /** The first few A1 addresses or ranges concerned (`'B7'`, `'A1:D1'`, `'5:5'`, `'C:C'`). */
  cells?: string[];
}

export interface SheetData {
  name: string;
  /** Hidden or very hidden in the workbook. */
  hidden: boolean;
  /** Values from A1 (`firstRow` = `firstColumn` = 1), trailing empty rows and columns trimmed. */
  grid: Grid;
  /** Merged ranges, e.g. `'A1:D1'`; only the top-left cell of each keeps its value. */
  merges: string[];
  /** 1-based sheet rows that are hidden and hold data. */
  hiddenRows: number[];
  /** A1 addresses of formula cells saved without a result (they read as empty); absent for CSV. */
  uncalculated?: string[];
  /** Notices about this sheet only. */
  notices: ReaderNotice[];
}

export interface WorkbookData {
  format: 'xlsx' | 'xlsm' | 'csv';
  /** In workbook order (the order of the tabs), hidden sheets included. */
  sheets: SheetData[];
  /** Notices about the file as a whole (encoding, macros); sheet notices live on each sheet. */
  notices: ReaderNotice[];
}

export type ReadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'unsupported-format'
  | 'corrupt'
  | 'encrypted'
  | 'empty'
  /** Past one of the reading limits (see limits.ts): the message names it and the way round it. */
  | 'too-large';

export interface ReadError {
  code: ReadErrorCode;
  /** Clear, for a user: what is wrong and what to do. */
  message: string;
}

export type ReadResult = { ok: true; value: WorkbookData } | { ok: false; error: ReadError };

export interface ReadOptions {
  /** CSV field delimiter; detected among `,` `;` tab `|` when absent. `'tab'` and `'\t'` mean tab. */
  delimiter?: string;
  /** Reading limits; by default set from the file's size and Node's heap (see limits.ts). */
  limits?: ReadLimits;
}

/** Shorthand for a failed {@link ReadResult}. */
export function readFailure(code: ReadErrorCode, message: string): ReadResult {
  return { ok: false, error: { code, message } };
}
