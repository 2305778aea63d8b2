/**
 * Chart parts for the summary sheet the command line writes. ExcelJS cannot write charts, so the
 * package writer adds these DrawingML parts itself: the sheet's drawing, its relationships and one
 * chart part per {@link ChartPlan} — drawn from the same plan the add-in renders with Office.js,
 * so both copies show the same charts.
 *
 * The caller still owns the package: it adds the sheet's relationship to {@link ChartParts.drawingPath}
 * (type `…/relationships/drawing`, target `../drawings/drawingN.xml`), the sheet's
 * `<drawing r:id="…"/>` element, and a content-type override for every part that carries one.
 */
import type { SheetPlan } from '../../../core/review/sheetPlan';
import { chartXml } from './chartXml';
import { drawingRelsXml, drawingXml } from './drawingXml';
import { chartData, indexCells } from './series';

/** A part of the package; `path` has no leading slash. Relationship parts carry no content type. */
export interface PackagePart {
  path: string;
  data: string | Buffer;
  contentType?: string;
}

export interface ChartPartsInput {
  plan: SheetPlan;
  /** The sheet's name as written in the workbook: the series formulas point at it. */
  sheetName: string;
  /** N of `xl/drawings/drawingN.xml`, unused in the package. */
  drawingNumber: number;
  /** N of the first `xl/charts/chartN.xml`; the next charts take N+1, N+2 … (all unused). */
  firstChartNumber: number;
}

export interface ChartParts {
  parts: PackagePart[];
  /** e.g. `xl/drawings/drawing3.xml`. */
  drawingPath: string;
}

export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/**
 * The drawing, its relationships and the chart parts for a sheet plan; `undefined` when the plan
 * has no chart (the sheet then gets no drawing at all).
 *
 * @example
 * chartParts({ plan, sheetName: plan.name, drawingNumber: 3, firstChartNumber: 4 })?.parts.map((p) => p.path)
 * // ['xl/drawings/drawing3.xml', 'xl/drawings/_rels/drawing3.xml.rels', 'xl/charts/chart4.xml', 'xl/charts/chart5.xml']
 */
export function chartParts(input: ChartPartsInput): ChartParts | undefined {
  const { plan, sheetName, drawingNumber, firstChartNumber } = input;
  if (plan.charts.length === 0) return undefined;
  const cells = indexCells(plan);
  const numbers = plan.charts.map((_, i) => firstChartNumber + i);
  const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
  const parts: PackagePart[] = [
    { path: drawingPath, data: drawingXml(plan.charts), contentType: DRAWING_CONTENT_TYPE },
    { path: `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, data: drawingRelsXml(numbers) },
    ...plan.charts.map((chart, i) => ({
      path: `xl/charts/chart${numbers[i]}.xml`,
      data: chartXml(chart, chartData(cells, chart, sheetName)),
      contentType: CHART_CONTENT_TYPE,
    })),
  ];
  return { parts, drawingPath };
}
