import { isBlank } from '../text';

/**
 * A row of counts: two cells side by side, a short label and a number ("Open | 4", "4 | Total
 * actions", "Closure rate | 85 %"), and nothing else in the row.
 */
export function isLabelAndCount(row: readonly (string | number | boolean)[]): boolean {
  let first = -1;
  let cells = 0;
  for (let c = 0; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    if (++cells > 2) return false;
    if (first < 0) first = c;
    else if (c !== first + 1) return false;
  }
  if (cells !== 2) return false;
  const a = row[first];
  const b = row[first + 1];
  const label = (v: string | number | boolean) =>
    typeof v === 'string' && !NUMBER.test(v) && v.trim().length <= 40;
  return (label(a) && isCount(b)) || (isCount(a) && label(b));
}

const NUMBER = /^\s*-?\d+([.,]\d+)?\s*%?\s*$/;
const isCount = (v: string | number | boolean) =>
  typeof v === 'number' || (typeof v === 'string' && NUMBER.test(v));
