/**
 * What a chart shows, read from the plan's cells the way the add-in's
 * `charts.add(type, range, ChartSeriesBy.columns)` reads the same block: the header row names the
 * series, the first column holds the categories, every further column is one series.
 */
import { PLAN_FORMATS, type ChartPlan, type PlanCell, type SheetPlan } from '../../../core/review/sheetPlan';
import { sheetRef } from './xml';

/** One cached point: its 0-based index in the range and its value. */
export interface Point<T> {
  idx: number;
  value: T;
}

export interface Categories {
  ref: string;
  /** Numbers (and dates) are cached as numbers with their format, anything else as text. */
  kind: 'num' | 'str';
  formatCode: string;
  count: number;
  points: Point<string | number>[];
}

export interface Series {
  /** The header cell naming the series, when there is one. */
  name?: { ref: string; text: string };
  ref: string;
  formatCode: string;
  count: number;
  /** Numeric points only: a text cell ("—") or an empty one is a gap, as in Excel. */
  points: Point<number>[];
}

export interface ChartData {
  categories: Categories;
  series: Series[];
}

/** Cells of the plan's chart data blocks by position, built once per sheet. */
export type CellIndex = Map<string, PlanCell>;

export function indexCells(plan: SheetPlan): CellIndex {
  // Only the cells inside a chart's data block: a summary can hold a hidden row per open action.
  const blocks = plan.charts.map((c) => c.data);
  const index: CellIndex = new Map();
  for (const c of plan.cells) {
    if (
      blocks.some(
        (b) => c.row >= b.firstRow && c.row <= b.lastRow && c.col >= b.firstCol && c.col <= b.lastCol,
      )
    )
      index.set(`${c.row}:${c.col}`, c);
  }
  return index;
}

const isNumber = (c: PlanCell | undefined): c is PlanCell & { value: number } =>
  c !== undefined && c.kind !== 'text' && typeof c.value === 'number' && Number.isFinite(c.value);

/**
 * The categories and series of one chart, with the values the sheet holds as their caches.
 *
 * @example chartData(cells, { data: { firstRow: 5, firstCol: 1, lastRow: 9, lastCol: 2 }, … }, 'Review').series[0].ref
 * // "'Review'!$B$6:$B$9"
 */
export function chartData(cells: CellIndex, chart: Pick<ChartPlan, 'data'>, sheetName: string): ChartData {
  const { firstRow, firstCol, lastCol } = chart.data;
  const top = firstRow + 1;
  // A block with no data rows still gets a (one-cell, empty) range: Excel refuses an inverted one.
  const lastRow = Math.max(chart.data.lastRow, top);
  const count = lastRow - firstRow;
  const filled = (col: number) =>
    Array.from({ length: count }, (_, idx) => ({ idx, cell: cells.get(`${top + idx}:${col}`) })).flatMap(
      (p) => (p.cell && p.cell.value !== '' ? [{ idx: p.idx, cell: p.cell }] : []),
    );
  const numbers = (col: number) =>
    filled(col).flatMap((p) =>
      isNumber(p.cell) ? [{ idx: p.idx, value: p.cell.value, kind: p.cell.kind }] : [],
    );

  const catCells = filled(firstCol);
  const catNumbers = numbers(firstCol);
  const numeric = catCells.length > 0 && catNumbers.length === catCells.length;
  const categories: Categories = {
    ref: sheetRef(sheetName, top, firstCol, lastRow),
    kind: numeric ? 'num' : 'str',
    formatCode: numeric ? PLAN_FORMATS[catNumbers[0].kind] : 'General',
    count,
    points: catCells.map((p) => ({ idx: p.idx, value: p.cell.value })),
  };

  const series: Series[] = [];
  for (let col = firstCol + 1; col <= lastCol; col++) {
    const header = cells.get(`${firstRow}:${col}`);
    const points = numbers(col);
    series.push({
      name:
        header && header.value !== ''
          ? { ref: sheetRef(sheetName, firstRow, col), text: String(header.value) }
          : undefined,
      ref: sheetRef(sheetName, top, col, lastRow),
      formatCode: points.length > 0 ? PLAN_FORMATS[points[0].kind] : 'General',
      count,
      points: points.map(({ idx, value }) => ({ idx, value })),
    });
  }
  return { categories, series };
}
