import { cellAt, columnNumber, type CellValue, type Grid } from '../grid';
import type { HeaderMapping } from '../mapping/headers';
import { isBlank } from '../text';

/**
 * Vertically merged cells in a register: people merge a cell down over the rows it applies to —
 * one owner ("Pilote") over a group of actions, or one NC's number and status over the several rows
 * that record its letters and replies. Read as plain cells, the covered rows look blank (the table
 * seems to end there) or lose the owner; read as Excel shows them, the merged value belongs to
 * every row it covers, and a row inside a merge with no ID and no status of its own continues
 * the record above rather than starting an action.
 */
export interface MergedBlocks {
  /** The grid with each vertical merge's value repeated down its column (the input when none). */
  grid: Grid;
  /** Row indices (into `grid.values`) that continue the record above. */
  continuation: ReadonlySet<number>;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** A1 range text → 1-based area, or undefined when it is not one. */
export function areaOf(ref: string): Area | undefined {
  const m = REF.exec(ref.trim());
  if (!m) return undefined;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  if (!left || !right || top < 1 || bottom < top || right < left) return undefined;
  return { top, left, bottom, right };
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
  for (const ref of grid.merges) {
    const area = areaOf(ref);
    if (!area || area.bottom === area.top) continue;
    const topIdx = area.top - firstRow;
    if (topIdx < startIdx) continue;
    const col = area.left - firstColumn;
    if (col < 0) continue;
    const value: CellValue = cellAt(grid, topIdx, col);
    const lastIdx = Math.min(area.bottom - firstRow, values.length - 1);
    for (let r = topIdx + 1; r <= lastIdx; r++) {
      if (!isBlank(cellAt(grid, r, col))) continue; // the cell has its own value: leave it
      if (!copied.has(r)) {
        values[r] = (values[r] ?? []).slice();
        copied.add(r);
      }
      const row = values[r];
      while (row.length <= col) row.push('');
      row[col] = value;
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
  const mapped = Object.values(mapping.columns).map((c) => c.column - firstColumn);
  for (const r of covered.keys()) {
    const nothingOwn = mapped.every((idx) => covered.get(r)!.has(idx) || isBlank(cellAt(grid, r, idx)));
    if (nothingOwn || (!own(r, 'id') && !own(r, 'status') && idOrStatusCovered(r))) continuation.add(r);
  }
  function idOrStatusCovered(r: number): boolean {
    return (['id', 'status'] as const).some((f) => {
      const c = mapping.columns[f];
      return c !== undefined && covered.get(r)!.has(c.column - firstColumn);
    });
  }
  return { grid: { ...grid, values }, continuation };
}
