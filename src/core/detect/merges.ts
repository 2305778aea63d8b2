import { areaOf, cellAt, type CellValue, type Grid } from '../grid';
import type { HeaderMapping } from '../mapping/headers';
import { isBlank } from '../text';

/**
 * Vertically merged cells in a register: people merge a cell down over the rows it applies to —
 * one owner ("Pilote") over a group of actions, or one NC's number and status over the several rows
 * that record its letters and replies. Read as plain cells, the covered rows look blank (the table
 * seems to end there) or lose the owner; read as Excel shows them, the merged value belongs to
 * every row it covers, and a row inside a merge with no ID and no status of its own continues
 * the record above rather than starting an action (so does one whose action text, in a register
 * without IDs, is merged down from the row above).
 */
export interface MergedBlocks {
  /** The grid with each vertical merge's value repeated down its column (the input when none). */
  grid: Grid;
  /** Row indices (into `grid.values`) that continue the record above. */
  continuation: ReadonlySet<number>;
}

/**
 * The grid as Excel shows it below the header row: each vertical merge's value repeated down its
 * first column, and the rows that continue a record. Merges on or above the header are left alone
 * (a merged title or header cell is read as it is).
 *
 * @example mergedBlocks({ values, merges: ['D3:D5'] }, mapping, 2).continuation // Set { 3, 4 } when rows 4–5 hold nothing of their own
 */
export function mergedBlocks(grid: Grid, mapping: HeaderMapping, startIdx: number): MergedBlocks {
  const none = { grid, continuation: new Set<number>() };
  if (!grid.merges || grid.merges.length === 0) return none;
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const values = grid.values.slice();
  const copied = new Set<number>();
  /** Covered cells, per row index: the column indices whose value came from a merge above. */
  const covered = new Map<number, Set<number>>();
  const formats = grid.numberFormats?.slice();
  const formatsCopied = new Set<number>();
  for (const ref of grid.merges) {
    const area = areaOf(ref);
    if (!area || area.bottom === area.top) continue;
    const topIdx = area.top - firstRow;
    if (topIdx < startIdx) continue;
    const col = area.left - firstColumn;
    if (col < 0) continue;
    const value: CellValue = cellAt(grid, topIdx, col);
    const format = grid.numberFormats?.[topIdx]?.[col];
    const lastIdx = Math.min(area.bottom - firstRow, values.length - 1);
    for (let r = topIdx + 1; r <= lastIdx; r++) {
      if (!isBlank(cellAt(grid, r, col))) continue; // the cell has its own value: leave it
      put(values, copied, r, col, value, '');
      // Shown in the merged cell's format too ("0%" makes its 1 a 100 %).
      if (format !== undefined && formats) put(formats, formatsCopied, r, col, format, 'General');
      let cols = covered.get(r);
      if (!cols) covered.set(r, (cols = new Set()));
      cols.add(col);
    }
  }
  if (copied.size === 0) return none;
  const continuation = new Set<number>();
  const own = (r: number, field: 'id' | 'status') => {
    const c = mapping.columns[field];
    if (!c) return false;
    const idx = c.column - firstColumn;
    return !covered.get(r)!.has(idx) && !isBlank(cellAt(grid, r, idx));
  };
  // Without an ID column, the action's own text names it: a task merged down over two rows (each
  // with its own comment) is one task.
  const named = mapping.columns.id
    ? undefined
    : (mapping.columns.correctiveAction ?? mapping.columns.title ?? mapping.columns.remediation);
  const mapped = Object.values(mapping.columns).map((c) => c.column - firstColumn);
  for (const r of covered.keys()) {
    const nothingOwn = mapped.every((idx) => covered.get(r)!.has(idx) || isBlank(cellAt(grid, r, idx)));
    if (nothingOwn || (!own(r, 'id') && !own(r, 'status') && idOrStatusCovered(r))) continuation.add(r);
  }
  function idOrStatusCovered(r: number): boolean {
    return [mapping.columns.id, mapping.columns.status, named].some(
      (c) => c !== undefined && covered.get(r)!.has(c.column - firstColumn),
    );
  }
  return { grid: { ...grid, values, ...(formats ? { numberFormats: formats } : {}) }, continuation };
}

/** Sets one cell of a row copied once (the caller's grid is never written), padding the row to it. */
function put<T>(rows: T[][], copied: Set<number>, r: number, col: number, value: T, pad: T): void {
  if (!copied.has(r)) {
    rows[r] = (rows[r] ?? []).slice();
    copied.add(r);
  }
  const row = rows[r];
  while (row.length <= col) row.push(pad);
  row[col] = value;
}
