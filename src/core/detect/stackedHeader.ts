import { areaOf, cellAt, type CellValue, type Grid } from '../grid';
import { isBlank } from '../text';

/**
 * A header over two rows, its sub-header under a group ("Quando?" over Início | Fim planejado |
 * Fim real) beside cells merged down over both rows ("O quê?", "Quem?"): the lower row as it reads
 * with each merged cell's text in it. Undefined when no cell of row `idx` is merged down over the
 * next row, or that row holds fewer than two texts of its own.
 *
 * @example stackedHeaderRow({ values: [['What', 'When', ''], ['', 'Start', 'End']], merges: ['A1:A2', 'B1:C1'] }, 0) // ['What', 'Start', 'End']
 */
export function stackedHeaderRow(grid: Grid, idx: number): CellValue[] | undefined {
  if (!grid.merges || grid.merges.length === 0) return undefined;
  const below = grid.values[idx + 1];
  if (!below || below.filter((v) => typeof v === 'string' && !isBlank(v)).length < 2) return undefined;
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  let row: CellValue[] | undefined;
  for (const ref of grid.merges) {
    const area = areaOf(ref);
    if (!area || area.top - firstRow !== idx || area.bottom - firstRow < idx + 1) continue;
    const col = area.left - firstColumn;
    const text = cellAt(grid, idx, col);
    if (col < 0 || typeof text !== 'string' || isBlank(text) || !isBlank(cellAt(grid, idx + 1, col)))
      continue;
    row ??= below.slice();
    while (row.length <= col) row.push('');
    row[col] = text;
  }
  return row;
}
