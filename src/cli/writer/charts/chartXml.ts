/**
 * One chart part (`xl/charts/chartN.xml`): a `c:chartSpace` drawing what the add-in's
 * `worksheet.charts.add(type, block, ChartSeriesBy.columns)` draws — the same series, the same
 * title, a legend — with the sheet's values cached in the part.
 *
 * Element order follows the sequences of ECMA-376 Part 1 §21.2 (dml-chart.xsd) strictly: Excel
 * rejects a chart whose children are out of order ("We found a problem with some content"), where
 * LibreOffice would forgive it. Booleans always carry `val`, because `CT_Boolean` defaults to true
 * (`<c:roundedCorners/>` means rounded).
 */
import type { ChartPlan } from '../../../core/review/sheetPlan';
import type { Categories, ChartData, Series } from './series';
import { esc, NS, val, XML_DECLARATION } from './xml';

/** Axis ids shared by the plot and its two axes; any two distinct numbers do. */
const CAT_AXIS = 50010;
const VAL_AXIS = 50020;

function richTitle(text: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>' +
    '<a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="en-US" sz="1400" b="1"/><a:t>${esc(text)}</a:t></a:r>` +
    `</a:p></c:rich></c:tx>${val('c:overlay', 0)}</c:title>`
  );
}

function strCache(points: { idx: number; value: string | number }[], count: number): string {
  const pts = points.map((p) => `<c:pt idx="${p.idx}"><c:v>${esc(String(p.value))}</c:v></c:pt>`);
  return `<c:strCache>${val('c:ptCount', count)}${pts.join('')}</c:strCache>`;
}

function numCache(points: { idx: number; value: number }[], count: number, formatCode: string): string {
  const pts = points.map((p) => `<c:pt idx="${p.idx}"><c:v>${p.value}</c:v></c:pt>`);
  return `<c:numCache><c:formatCode>${esc(formatCode)}</c:formatCode>${val('c:ptCount', count)}${pts.join('')}</c:numCache>`;
}

function categoriesXml(cat: Categories): string {
  const ref = `<c:f>${esc(cat.ref)}</c:f>`;
  if (cat.kind === 'num') {
    const points = cat.points.map((p) => ({ idx: p.idx, value: Number(p.value) }));
    return `<c:cat><c:numRef>${ref}${numCache(points, cat.count, cat.formatCode)}</c:numRef></c:cat>`;
  }
  return `<c:cat><c:strRef>${ref}${strCache(cat.points, cat.count)}</c:strRef></c:cat>`;
}

/** Values shown on the slices; a slice of 0 has no visible area, so its "0" label is hidden. */
function pieLabels(s: Series): string {
  const zeros = s.points.filter((p) => p.value === 0);
  const hidden = zeros.map((p) => `<c:dLbl>${val('c:idx', p.idx)}${val('c:delete', 1)}</c:dLbl>`);
  return (
    `<c:dLbls>${hidden.join('')}${val('c:dLblPos', 'bestFit')}${val('c:showLegendKey', 0)}` +
    `${val('c:showVal', 1)}${val('c:showCatName', 0)}${val('c:showSerName', 0)}` +
    `${val('c:showPercent', 0)}${val('c:showBubbleSize', 0)}${val('c:showLeaderLines', 1)}</c:dLbls>`
  );
}

/** `c:ser` in the order of CT_BarSer / CT_LineSer / CT_PieSer (idx, order, tx, …, cat, val, …). */
function seriesXml(type: ChartPlan['type'], s: Series, i: number, cat: Categories): string {
  const tx = s.name
    ? `<c:tx><c:strRef><c:f>${esc(s.name.ref)}</c:f>${strCache([{ idx: 0, value: s.name.text }], 1)}</c:strRef></c:tx>`
    : '';
  const values = `<c:val><c:numRef><c:f>${esc(s.ref)}</c:f>${numCache(s.points, s.count, s.formatCode)}</c:numRef></c:val>`;
  const head = `<c:ser>${val('c:idx', i)}${val('c:order', i)}${tx}`;
  if (type === 'pie') return `${head}${pieLabels(s)}${categoriesXml(cat)}${values}</c:ser>`;
  if (type === 'line') {
    // Office.js `ChartType.line` is a line without markers.
    const marker = `<c:marker>${val('c:symbol', 'none')}</c:marker>`;
    return `${head}${marker}${categoriesXml(cat)}${values}${val('c:smooth', 0)}</c:ser>`;
  }
  return `${head}${val('c:invertIfNegative', 0)}${categoriesXml(cat)}${values}</c:ser>`;
}

/**
 * The category axis below and the value axis on the left, crossing each other. Their number
 * formats are the data's (dates as dates, rates as percentages): LibreOffice does not take them
 * from the cells even when `sourceLinked` says so.
 */
function axesXml(data: ChartData): string {
  const common = (id: number, pos: string) =>
    `${val('c:axId', id)}<c:scaling>${val('c:orientation', 'minMax')}</c:scaling>` +
    `${val('c:delete', 0)}${val('c:axPos', pos)}`;
  const numFmt = (code: string) => `<c:numFmt formatCode="${esc(code)}" sourceLinked="1"/>`;
  const ticks = `${val('c:majorTickMark', 'out')}${val('c:minorTickMark', 'none')}${val('c:tickLblPos', 'nextTo')}`;
  const catAx =
    `<c:catAx>${common(CAT_AXIS, 'b')}${numFmt(data.categories.formatCode)}${ticks}` +
    `${val('c:crossAx', VAL_AXIS)}${val('c:crosses', 'autoZero')}${val('c:auto', 1)}` +
    `${val('c:lblAlgn', 'ctr')}${val('c:lblOffset', 100)}${val('c:noMultiLvlLbl', 0)}</c:catAx>`;
  const valAx =
    `<c:valAx>${common(VAL_AXIS, 'l')}<c:majorGridlines/>${numFmt(data.series[0]?.formatCode ?? 'General')}` +
    `${ticks}${val('c:crossAx', CAT_AXIS)}${val('c:crosses', 'autoZero')}${val('c:crossBetween', 'between')}</c:valAx>`;
  return catAx + valAx;
}

/** The plot's chart-type element (CT_BarChart / CT_LineChart / CT_PieChart) with its series. */
function plotXml(type: ChartPlan['type'], data: ChartData): string {
  const series = data.series.map((s, i) => seriesXml(type, s, i, data.categories)).join('');
  const axIds = `${val('c:axId', CAT_AXIS)}${val('c:axId', VAL_AXIS)}`;
  if (type === 'pie')
    return `<c:pieChart>${val('c:varyColors', 1)}${series}${val('c:firstSliceAng', 0)}</c:pieChart>`;
  if (type === 'line')
    return (
      `<c:lineChart>${val('c:grouping', 'standard')}${val('c:varyColors', 0)}${series}` +
      `${val('c:marker', 1)}${axIds}</c:lineChart>${axesXml(data)}`
    );
  return (
    `<c:barChart>${val('c:barDir', 'col')}${val('c:grouping', 'clustered')}${val('c:varyColors', 0)}` +
    `${series}${val('c:gapWidth', 150)}${axIds}</c:barChart>${axesXml(data)}`
  );
}

/**
 * The chart part's XML.
 *
 * @example chartXml({ type: 'pie', title: 'Actions by status', … }, chartData(cells, chart, 'Review'))
 */
export function chartXml(chart: Pick<ChartPlan, 'type' | 'title'>, data: ChartData): string {
  // Without a title Excel would invent one from a lone series' name; "deleted" keeps it blank.
  const title =
    chart.title.trim() === ''
      ? val('c:autoTitleDeleted', 1)
      : `${richTitle(chart.title)}${val('c:autoTitleDeleted', 0)}`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `${val('c:date1904', 0)}${val('c:roundedCorners', 0)}` +
    `<c:chart>${title}` +
    `<c:plotArea><c:layout/>${plotXml(chart.type, data)}</c:plotArea>` +
    `<c:legend>${val('c:legendPos', 'b')}${val('c:overlay', 0)}</c:legend>` +
    `${val('c:plotVisOnly', 1)}${val('c:dispBlanksAs', 'gap')}</c:chart>` +
    '</c:chartSpace>'
  );
}
