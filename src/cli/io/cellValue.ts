/**
 * Converts one ExcelJS cell value to the Grid conventions of src/core/grid.ts: dates become Excel
 * serials, rich text and hyperlinks become their text, formulas become their cached result and
 * error values become their error text.
 */
import type { CellValue } from '../../core/grid';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel 1900-system serial. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Excel 1900-system serial of a JS Date as ExcelJS produces it. ExcelJS builds its Dates in UTC
 * (already shifted for 1904 workbooks), so only `getTime()` is used: the result does not depend
 * on the machine's time zone.
 *
 * @example dateToSerial(new Date(Date.UTC(2026, 0, 1))) // 46023
 */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export type CellKind = 'value' | 'date' | 'error' | 'formula-without-value';

export interface ConvertedCell {
  value: CellValue;
  kind: CellKind;
}

const EMPTY: ConvertedCell = { value: '', kind: 'value' };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richTextOf(v: Record<string, unknown>): string | undefined {
  const runs = v.richText;
  if (!Array.isArray(runs)) return undefined;
  let out = '';
  for (const run of runs) if (isRecord(run) && typeof run.text === 'string') out += run.text;
  return out;
}

/** A value that is not a formula: primitives, Date, error, rich text, hyperlink. */
function convertPlain(v: unknown): ConvertedCell {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v, kind: 'value' };
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, kind: 'value' } : EMPTY;
  if (v instanceof Date) {
    const t = v.getTime();
    // A serial beyond what a JS Date holds must not vanish: it reads as Excel's #NUM!.
    return Number.isNaN(t) ? { value: '#NUM!', kind: 'error' } : { value: dateToSerial(v), kind: 'date' };
  }
  if (!isRecord(v)) return EMPTY;
  if (typeof v.error === 'string') return { value: v.error, kind: 'error' };
  const rich = richTextOf(v);
  if (rich !== undefined) return { value: rich, kind: 'value' };
  // Hyperlink cells: `text` is a string or (rarely) itself rich text.
  if ('hyperlink' in v || 'text' in v) {
    if (typeof v.text === 'string') return { value: v.text, kind: 'value' };
    if (isRecord(v.text)) return { value: richTextOf(v.text) ?? '', kind: 'value' };
  }
  return EMPTY;
}

/**
 * The grid value of an ExcelJS `cell.value`.
 *
 * @example convertCellValue({ formula: 'A1*2', result: 4 }) // { value: 4, kind: 'value' }
 */
export function convertCellValue(v: unknown): ConvertedCell {
  if (isRecord(v) && ('formula' in v || 'sharedFormula' in v)) {
    const result = v.result;
    if (result === undefined || result === null) return { value: '', kind: 'formula-without-value' };
    return convertPlain(result);
  }
  return convertPlain(v);
}
