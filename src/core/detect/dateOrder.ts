import { cellAt, type Grid } from '../grid';
import type { DateOrder } from '../dates';
import type { HeaderMapping } from '../mapping/headers';
import { DATE_FIELDS } from '../model';

/** Telling dates (one part above 12) after which the order is settled. */
const DECIDED = 200;
const SLASHED = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b/;

/**
 * The day/month order the register's own text dates use: a "25/03/2026" says day first, a
 * "03/25/2026" month first. Counted over every date column of the rows `[from, to)`; undefined
 * when no text date tells (then the configured order or day first applies).
 *
 * @example learnDateOrder({ values: [['Due'], ['12/31/2026']] }, mapping, 1, 2) // 'mdy'
 */
export function learnDateOrder(
  grid: Grid,
  mapping: HeaderMapping,
  from: number,
  to: number,
): DateOrder | undefined {
  const cols = dateColumnIndexes(grid, mapping);
  if (cols.length === 0) return undefined;
  let dmy = 0;
  let mdy = 0;
  // A register writes its dates one way: a few hundred telling dates decide it.
  for (let r = from; r < to && dmy + mdy < DECIDED; r++) {
    for (const c of cols) {
      const v = cellAt(grid, r, c);
      if (typeof v !== 'string') continue;
      const m = SLASHED.exec(v);
      if (!m) continue;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) dmy++;
      else if (b > 12 && a <= 12) mdy++;
    }
  }
  if (dmy === mdy) return undefined;
  return mdy > dmy ? 'mdy' : 'dmy';
}

/** The grid column indexes (from its first column) of the mapped date fields. */
export function dateColumnIndexes(grid: Grid, mapping: HeaderMapping): number[] {
  const firstColumn = grid.firstColumn ?? 1;
  return DATE_FIELDS.map((f) => mapping.columns[f])
    .filter((c) => c !== undefined)
    .map((c) => c.column - firstColumn);
}
