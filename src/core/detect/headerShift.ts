import type { Grid } from '../grid';
import { detectHeader, type HeaderMapping } from '../mapping/headers';
import { isBlank } from '../text';

/**
 * Rows typed one column left (or right) of their header: a template's header starts in column C
 * but the rows were pasted from column B, so "DATE RAISED" sits over the descriptions and the
 * header's last column over nothing. Excel shows it as it is; a reader sees at once that every
 * value belongs under the header one column over.
 */
export interface HeaderShift {
  /** -1: the rows sit one column left of their header; +1: one column right. */
  by: -1 | 1;
  /** What the cells said, for the explanation. */
  reason: string;
}

const SAMPLE = 50;
/** The column beyond the header filled in this share of the rows or more … */
const OUTSIDE_FILLED = 0.6;
/** … while the header's column at the other end is filled in this share or less. */
const EDGE_FILLED = 0.25;
/** The shifted header's columns must fit their cells this much better, score for score. */
const BETTER = 1.2;

/**
 * The mapping of the header read one column over, when the rows sit there: the column beside the
 * header (without a header of its own) is filled in most rows, the header's column at the other
 * end is nearly empty, and the header's words fit the cells one column over clearly better.
 *
 * @example shiftedHeader(grid, mapping) // { grid, mapping, shift: { by: -1, reason: '…' } }
 */
export function shiftedHeader(
  grid: Grid,
  mapping: HeaderMapping,
  sampleEnd?: number,
): { grid: Grid; mapping: HeaderMapping; shift: HeaderShift } | undefined {
  const headerIdx = mapping.headerRow - (grid.firstRow ?? 1);
  const header = grid.values[headerIdx] ?? [];
  let first = -1;
  let last = -1;
  header.forEach((v, c) => {
    if (isBlank(v)) return;
    if (first < 0) first = c;
    last = c;
  });
  if (first < 0 || last === first) return undefined;
  const rows: (typeof header)[] = [];
  const end = Math.min(grid.values.length, sampleEnd ?? grid.values.length);
  for (let r = headerIdx + 1; r < end && rows.length < SAMPLE; r++) {
    const row = grid.values[r];
    if (row && row.some((v) => !isBlank(v))) rows.push(row);
  }
  if (rows.length < 2) return undefined;
  const share = (c: number) => rows.filter((row) => !isBlank(row[c] ?? '')).length / rows.length;
  let by: -1 | 1 | undefined;
  if (first > 0 && share(first - 1) >= OUTSIDE_FILLED && share(last) <= EDGE_FILLED) by = -1;
  else if (
    isBlank(header[last + 1] ?? '') &&
    share(last + 1) >= OUTSIDE_FILLED &&
    share(first) <= EDGE_FILLED
  )
    by = 1;
  if (by === undefined) return undefined;
  const moved = new Array<(typeof header)[number]>(Math.max(header.length, last + 2)).fill('');
  for (let c = first; c <= last; c++) moved[c + by] = header[c];
  const values = grid.values.slice();
  values[headerIdx] = moved;
  const numberFormats = grid.numberFormats?.slice();
  if (numberFormats) numberFormats[headerIdx] = [];
  const shiftedGrid: Grid = { ...grid, values, ...(numberFormats ? { numberFormats } : {}) };
  const again = detectHeader(shiftedGrid, { headerRow: mapping.headerRow, sampleEnd });
  if (!again || fitScore(again) < fitScore(mapping) * BETTER) return undefined;
  const side = by < 0 ? 'left' : 'right';
  return {
    grid: shiftedGrid,
    mapping: again,
    shift: {
      by,
      reason: `the rows sit one column ${side} of their header (the column beside it is filled in ${Math.round(share(by < 0 ? first - 1 : last + 1) * 100)} % of the rows, the header's ${by < 0 ? 'last' : 'first'} column in ${Math.round(share(by < 0 ? last : first) * 100)} %): each header is read over the cells one column ${side}`,
    },
  };
}

/** How well a mapping's columns fit their cells, all fields together. */
function fitScore(mapping: HeaderMapping): number {
  let total = 0;
  for (const c of Object.values(mapping.columns)) total += c?.score ?? 0;
  return total;
}
