/**
 * The sheet's drawing part (`xl/drawings/drawingN.xml`), one `xdr:twoCellAnchor` per chart, and
 * its relationships to the chart parts. Children follow dml-spreadsheetDrawing.xsd's order
 * (from, to, graphicFrame, clientData), which Excel enforces.
 */
import type { ChartPlan } from '../../../core/review/sheetPlan';
import { esc, NS, XML_DECLARATION } from './xml';

/** Relationship id of the i-th chart (0-based) in the drawing's relationships. */
export function chartRelId(i: number): string {
  return `rId${i + 1}`;
}

/**
 * A cell corner as `xdr:from`/`xdr:to` (0-based column and row, no offset). The add-in's
 * `chart.setPosition(topLeft, bottomRight)` fills both cells, so the `to` corner is the top-left
 * corner of the cell after the bottom-right one.
 */
function corner(tag: 'from' | 'to', col: number, row: number): string {
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

function anchorXml(chart: Pick<ChartPlan, 'anchor' | 'title'>, i: number): string {
  const a = chart.anchor;
  // Drawing object ids are unique per drawing; 1 is conventionally left to the drawing itself.
  const id = i + 2;
  return (
    '<xdr:twoCellAnchor>' +
    corner('from', a.col - 1, a.row - 1) +
    corner('to', a.col - 1 + a.cols, a.row - 1 + a.rows) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Chart ${i + 1}" descr="${esc(chart.title)}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" r:id="${chartRelId(i)}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/**
 * The drawing part holding every chart of the sheet, in plan order.
 *
 * @example drawingXml(plan.charts) // '<?xml …?><xdr:wsDr …><xdr:twoCellAnchor>…'
 */
export function drawingXml(charts: Pick<ChartPlan, 'anchor' | 'title'>[]): string {
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    charts.map(anchorXml).join('') +
    '</xdr:wsDr>'
  );
}

/**
 * The drawing's relationships: `rId1` … to the chart parts, relative to `xl/drawings/`.
 *
 * @example drawingRelsXml([4, 5]) // '…<Relationship Id="rId1" … Target="../charts/chart4.xml"/>…'
 */
export function drawingRelsXml(chartNumbers: number[]): string {
  const rels = chartNumbers.map(
    (n, i) => `<Relationship Id="${chartRelId(i)}" Type="${NS.chartRel}" Target="../charts/chart${n}.xml"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${NS.rels}">${rels.join('')}</Relationships>`;
}
