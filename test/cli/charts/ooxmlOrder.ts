/**
 * The child sequences of ECMA-376 Part 1 (dml-chart.xsd, dml-spreadsheetDrawing.xsd) for the
 * elements the chart writer emits. Excel refuses a part whose children are out of order, so the
 * structure test checks every element against these lists even where the XSDs are not at hand.
 * Alternatives that share a slot (the plot's chart types, its axes) are written as `a|b`.
 */
const SEQUENCES: Record<string, string[]> = {
  chartSpace: [
    'date1904',
    'lang',
    'roundedCorners',
    'AlternateContent',
    'style',
    'clrMapOvr',
    'pivotSource',
    'protection',
    'chart',
    'spPr',
    'txPr',
    'externalData',
    'printSettings',
    'userShapes',
    'extLst',
  ],
  chart: [
    'title',
    'autoTitleDeleted',
    'pivotFmts',
    'view3D',
    'floor',
    'sideWall',
    'backWall',
    'plotArea',
    'legend',
    'plotVisOnly',
    'dispBlanksAs',
    'showDLblsOverMax',
    'extLst',
  ],
  plotArea: ['layout', 'barChart|lineChart|pieChart', 'catAx|valAx|dateAx|serAx', 'dTable', 'spPr', 'extLst'],
  barChart: [
    'barDir',
    'grouping',
    'varyColors',
    'ser',
    'dLbls',
    'gapWidth',
    'overlap',
    'serLines',
    'axId',
    'extLst',
  ],
  lineChart: [
    'grouping',
    'varyColors',
    'ser',
    'dLbls',
    'dropLines',
    'hiLowLines',
    'upDownBars',
    'marker',
    'smooth',
    'axId',
    'extLst',
  ],
  pieChart: ['varyColors', 'ser', 'dLbls', 'firstSliceAng', 'extLst'],
  'barChart/ser': [
    'idx',
    'order',
    'tx',
    'spPr',
    'invertIfNegative',
    'pictureOptions',
    'dPt',
    'dLbls',
    'trendline',
    'errBars',
    'cat',
    'val',
    'shape',
    'extLst',
  ],
  'lineChart/ser': [
    'idx',
    'order',
    'tx',
    'spPr',
    'marker',
    'dPt',
    'dLbls',
    'trendline',
    'errBars',
    'cat',
    'val',
    'smooth',
    'extLst',
  ],
  'pieChart/ser': ['idx', 'order', 'tx', 'spPr', 'explosion', 'dPt', 'dLbls', 'cat', 'val', 'extLst'],
  marker: ['symbol', 'size', 'spPr', 'extLst'],
  dLbls: [
    'dLbl',
    'delete',
    'numFmt',
    'spPr',
    'txPr',
    'dLblPos',
    'showLegendKey',
    'showVal',
    'showCatName',
    'showSerName',
    'showPercent',
    'showBubbleSize',
    'separator',
    'showLeaderLines',
    'leaderLines',
    'extLst',
  ],
  dLbl: ['idx', 'delete', 'layout', 'tx', 'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal'],
  catAx: [
    'axId',
    'scaling',
    'delete',
    'axPos',
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
    'crossAx',
    'crosses|crossesAt',
    'auto',
    'lblAlgn',
    'lblOffset',
    'tickLblSkip',
    'tickMarkSkip',
    'noMultiLvlLbl',
    'extLst',
  ],
  valAx: [
    'axId',
    'scaling',
    'delete',
    'axPos',
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
    'crossAx',
    'crosses|crossesAt',
    'crossBetween',
    'majorUnit',
    'minorUnit',
    'dispUnits',
    'extLst',
  ],
  scaling: ['logBase', 'orientation', 'max', 'min', 'extLst'],
  legend: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  title: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  tx: ['strRef|rich|v'],
  cat: ['multiLvlStrRef|numRef|numLit|strRef|strLit'],
  val: ['numRef|numLit'],
  strRef: ['f', 'strCache', 'extLst'],
  numRef: ['f', 'numCache', 'extLst'],
  strCache: ['ptCount', 'pt', 'extLst'],
  numCache: ['formatCode', 'ptCount', 'pt', 'extLst'],
  wsDr: ['twoCellAnchor|oneCellAnchor|absoluteAnchor'],
  twoCellAnchor: ['from', 'to', 'sp|grpSp|graphicFrame|cxnSp|pic|contentPart', 'clientData'],
  from: ['col', 'colOff', 'row', 'rowOff'],
  to: ['col', 'colOff', 'row', 'rowOff'],
  graphicFrame: ['nvGraphicFramePr', 'xfrm', 'graphic', 'extLst'],
  nvGraphicFramePr: ['cNvPr', 'cNvGraphicFramePr'],
};

/** Elements whose sequence is given above: the chart (c:) and spreadsheet drawing (xdr:) ones. */
const CHECKED_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/drawingml/2006/chart',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
]);

function sequenceFor(el: Element): string[] | undefined {
  if (el.localName === 'ser') return SEQUENCES[`${el.parentElement?.localName}/ser`];
  // c:marker is a boolean in c:lineChart but a sequence in a series.
  if (el.localName === 'marker' && el.parentElement?.localName === 'lineChart') return [];
  return SEQUENCES[el.localName];
}

/**
 * Every checked element's children in schema order and known to the schema: a list of problems,
 * empty when the part is in order, e.g. `c:barChart: c:varyColors after c:ser`.
 */
export function orderProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    if (!CHECKED_NAMESPACES.has(el.namespaceURI ?? '')) continue;
    const sequence = sequenceFor(el);
    if (!sequence) continue;
    let last = -1;
    let lastName = '';
    for (const child of Array.from(el.children)) {
      const slot = sequence.findIndex((s) => s.split('|').includes(child.localName));
      if (slot < 0) problems.push(`${el.tagName}: unexpected ${child.tagName}`);
      else if (slot < last) problems.push(`${el.tagName}: ${child.tagName} after ${lastName}`);
      else {
        last = slot;
        lastName = child.tagName;
      }
    }
  }
  return problems;
}
