/**
 * The chart parts are well-formed XML (a real parser and xmllint), in ECMA-376 element order,
 * valid against the DrawingML schemas where those are at hand (OOXML_XSD_DIR or
 * /work/shared/schemas holding dml-chart.xsd), and say what the plan says: the series formulas
 * point at the plan's cells on the quoted sheet, the caches hold the cells' values.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { JSDOM } from 'jsdom';
import {
  CHART_CONTENT_TYPE,
  chartParts,
  DRAWING_CONTENT_TYPE,
  type ChartParts,
} from '../../../src/cli/writer/charts';
import { edgePlan, HOSTILE, HOSTILE_SHEET, hostilePlan, reviewPlan } from './plans';
import { orderProblems } from './ooxmlOrder';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function parse(xml: string | Buffer): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(String(xml), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const byTag = (doc: Document | Element, ns: string, name: string) =>
  Array.from(doc.getElementsByTagNameNS(ns, name));
const text = (el: Element | undefined) => el?.textContent ?? '';
const cachePoints = (ref: Element) =>
  byTag(ref, C, 'pt').map((p) => [Number(p.getAttribute('idx')), text(p)]);

const xsdDir = [process.env.OOXML_XSD_DIR, '/work/shared/schemas'].find(
  (d) => d && fs.existsSync(path.join(d, 'dml-chart.xsd')),
);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function xmllint(part: { path: string; data: string | Buffer }, schema?: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'charts-')), path.basename(part.path));
  fs.writeFileSync(file, part.data);
  const args = ['--noout', ...(schema ? ['--schema', schema] : []), file];
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return run.status === 0 ? '' : run.stderr;
}

describe('chart parts for a sheet plan', () => {
  const hostile = chartParts({
    plan: hostilePlan(),
    sheetName: HOSTILE_SHEET,
    drawingNumber: 3,
    firstChartNumber: 4,
  });
  const review = reviewPlan();
  const reviewParts = chartParts({
    plan: review,
    sheetName: review.name,
    drawingNumber: 1,
    firstChartNumber: 1,
  });
  const edges = chartParts({ plan: edgePlan(), sheetName: 'Edges', drawingNumber: 2, firstChartNumber: 7 });
  const all = (p: ChartParts | undefined) => p?.parts ?? [];
  const part = (p: ChartParts | undefined, file: string) => {
    const found = all(p).find((x) => x.path === file);
    if (!found) throw new Error(`no part ${file}`);
    return parse(found.data);
  };

  it('gives nothing for a plan without charts', () => {
    expect(
      chartParts({
        plan: { ...hostilePlan(), charts: [] },
        sheetName: 'S',
        drawingNumber: 1,
        firstChartNumber: 1,
      }),
    ).toBeUndefined();
  });

  it('names the drawing, its relationships and one chart part per chart, numbered from the first', () => {
    expect(hostile?.drawingPath).toBe('xl/drawings/drawing3.xml');
    expect(all(hostile).map((p) => [p.path, p.contentType])).toEqual([
      ['xl/drawings/drawing3.xml', DRAWING_CONTENT_TYPE],
      ['xl/drawings/_rels/drawing3.xml.rels', undefined],
      ['xl/charts/chart4.xml', CHART_CONTENT_TYPE],
      ['xl/charts/chart5.xml', CHART_CONTENT_TYPE],
      ['xl/charts/chart6.xml', CHART_CONTENT_TYPE],
    ]);
    expect(all(reviewParts).filter((p) => p.path.startsWith('xl/charts/'))).toHaveLength(
      review.charts.length,
    );
  });

  it('writes well-formed parts in the element order Excel requires', () => {
    for (const p of [...all(hostile), ...all(reviewParts), ...all(edges)]) {
      expect([p.path, orderProblems(parse(p.data))]).toEqual([p.path, []]);
      if (hasXmllint) expect([p.path, xmllint(p)]).toEqual([p.path, '']);
    }
  });

  (xsdDir ? it : it.skip)(
    'validates against the DrawingML schemas (dml-chart, dml-spreadsheetDrawing)',
    () => {
      for (const p of [...all(hostile), ...all(reviewParts), ...all(edges)].filter((x) => x.contentType)) {
        const xsd = p.contentType === CHART_CONTENT_TYPE ? 'dml-chart.xsd' : 'dml-spreadsheetDrawing.xsd';
        expect([p.path, xmllint(p, path.join(xsdDir!, xsd))]).toEqual([p.path, '']);
      }
    },
  );

  it('anchors each chart over the plan cells and relates it to its part', () => {
    const drawing = part(hostile, 'xl/drawings/drawing3.xml');
    const rels = part(hostile, 'xl/drawings/_rels/drawing3.xml.rels');
    const targets = Object.fromEntries(
      Array.from(rels.getElementsByTagName('Relationship')).map((r) => [
        r.getAttribute('Id'),
        r.getAttribute('Target'),
      ]),
    );
    const corner = (a: Element, tag: string) => {
      const c = byTag(a, XDR, tag)[0];
      return ['col', 'row'].map((n) => Number(text(byTag(c, XDR, n)[0])));
    };
    const anchors = byTag(drawing, XDR, 'twoCellAnchor');
    expect(anchors.map((a) => [corner(a, 'from'), corner(a, 'to')])).toEqual(
      hostilePlan().charts.map(({ anchor: a }) => [
        [a.col - 1, a.row - 1],
        [a.col - 1 + a.cols, a.row - 1 + a.rows],
      ]),
    );
    const ids = anchors.map((a) => byTag(a, C, 'chart')[0].getAttributeNS(R, 'id'));
    expect(ids.map((id) => targets[id ?? ''])).toEqual([
      '../charts/chart4.xml',
      '../charts/chart5.xml',
      '../charts/chart6.xml',
    ]);
    expect(byTag(drawing, XDR, 'cNvPr').map((e) => e.getAttribute('descr'))).toEqual([
      HOSTILE.pieTitle,
      HOSTILE.columnTitle,
      HOSTILE.lineTitle,
    ]);
  });

  it('draws pie, clustered column and line charts with their titles, a legend, and axes where they belong', () => {
    const [pie, column, line] = [4, 5, 6].map((n) => part(hostile, `xl/charts/chart${n}.xml`));
    expect(byTag(pie, C, 'pieChart')).toHaveLength(1);
    expect(byTag(column, C, 'barDir')[0].getAttribute('val')).toBe('col');
    expect(byTag(column, C, 'grouping')[0].getAttribute('val')).toBe('clustered');
    expect(byTag(line, C, 'lineChart')).toHaveLength(1);
    for (const [doc, title] of [
      [pie, HOSTILE.pieTitle],
      [column, HOSTILE.columnTitle],
      [line, HOSTILE.lineTitle],
    ] as const) {
      expect(
        text(
          byTag(byTag(doc, C, 'title')[0], 'http://schemas.openxmlformats.org/drawingml/2006/main', 't')[0],
        ),
      ).toBe(title);
      expect(byTag(doc, C, 'autoTitleDeleted')[0].getAttribute('val')).toBe('0');
      expect(byTag(doc, C, 'legend')).toHaveLength(1);
    }
    expect([
      byTag(pie, C, 'catAx').length,
      byTag(column, C, 'catAx').length,
      byTag(line, C, 'valAx').length,
    ]).toEqual([0, 1, 1]);
  });

  it('points the series at the quoted sheet and caches the cells, formulas-looking text included', () => {
    const column = part(hostile, 'xl/charts/chart5.xml');
    const formulas = byTag(column, C, 'f').map(text);
    expect(formulas).toEqual([
      "'Q4 ''review'' & <co>'!$B$20",
      "'Q4 ''review'' & <co>'!$A$21:$A$23",
      "'Q4 ''review'' & <co>'!$B$21:$B$23",
      "'Q4 ''review'' & <co>'!$C$20",
      "'Q4 ''review'' & <co>'!$A$21:$A$23",
      "'Q4 ''review'' & <co>'!$C$21:$C$23",
    ]);
    const [raised, closed] = byTag(column, C, 'ser');
    expect(cachePoints(byTag(raised, C, 'tx')[0])).toEqual([[0, 'Raised']]);
    expect(cachePoints(byTag(raised, C, 'cat')[0])).toEqual([
      [0, '2026-09'],
      [1, '2026-10'],
      [2, HOSTILE.formulaCategory],
    ]);
    // "—" (no value) is a gap: no point 1, but the count still covers the range.
    expect(cachePoints(byTag(closed, C, 'val')[0])).toEqual([
      [0, '2'],
      [2, '6'],
    ]);
    expect(byTag(byTag(closed, C, 'val')[0], C, 'ptCount')[0].getAttribute('val')).toBe('3');
  });

  it('labels the pie slices with their values, hiding the empty slice, and keeps the markup as text', () => {
    const pie = part(hostile, 'xl/charts/chart4.xml');
    const labels = byTag(pie, C, 'dLbls')[0];
    expect(byTag(labels, C, 'showVal')[0].getAttribute('val')).toBe('1');
    expect(byTag(labels, C, 'dLbl').map((d) => byTag(d, C, 'idx')[0].getAttribute('val'))).toEqual(['2']);
    expect(cachePoints(byTag(pie, C, 'cat')[0]).map(([, t]) => t)).toEqual([
      HOSTILE.markupCategory,
      HOSTILE.formulaCategory,
      'Empty slice',
      HOSTILE.uniqueCategory,
    ]);
  });

  it('leaves a chart without a title blank instead of letting Excel title it after its series', () => {
    const plan = { ...hostilePlan(), charts: hostilePlan().charts.map((c) => ({ ...c, title: ' ' })) };
    const parts = chartParts({ plan, sheetName: HOSTILE_SHEET, drawingNumber: 1, firstChartNumber: 1 });
    const doc = part(parts, 'xl/charts/chart2.xml');
    expect(byTag(doc, C, 'title')).toHaveLength(0);
    expect(byTag(doc, C, 'autoTitleDeleted')[0].getAttribute('val')).toBe('1');
    expect(orderProblems(doc)).toEqual([]);
  });

  it('keeps the edges valid: a header-only block, a character XML cannot carry, a series of rates', () => {
    const [empty, odd, rates] = [7, 8, 9].map((n) => part(edges, `xl/charts/chart${n}.xml`));
    // A one-cell range below the header, not an inverted one; no cached point.
    expect(byTag(empty, C, 'f').map(text)).toEqual(["'Edges'!$B$1", "'Edges'!$A$2", "'Edges'!$B$2"]);
    expect(byTag(empty, C, 'pt')).toHaveLength(1); // the series name only
    expect(cachePoints(byTag(odd, C, 'cat')[0])).toEqual([[0, 'bell here']]);
    expect(text(byTag(byTag(rates, C, 'val')[0], C, 'formatCode')[0])).toBe('0.0%');
    expect(byTag(byTag(rates, C, 'valAx')[0], C, 'numFmt')[0].getAttribute('formatCode')).toBe('0.0%');
    expect(cachePoints(byTag(rates, C, 'val')[0])).toEqual([
      [0, '0.5'],
      [1, '0.875'],
    ]);
  });

  it('caches date categories as numbers and labels the axis with the date format', () => {
    const line = part(hostile, 'xl/charts/chart6.xml');
    const cat = byTag(line, C, 'cat')[0];
    expect(byTag(cat, C, 'numRef')).toHaveLength(1);
    expect(text(byTag(cat, C, 'formatCode')[0])).toBe('yyyy-mm-dd');
    // The axis says so too: LibreOffice takes the axis format, not the cells'.
    expect(byTag(byTag(line, C, 'catAx')[0], C, 'numFmt')[0].getAttribute('formatCode')).toBe('yyyy-mm-dd');
    expect(byTag(line, C, 'symbol')[0].getAttribute('val')).toBe('none');
  });

  it('draws the review summary charts from its status and trend tables', () => {
    const charts = all(reviewParts)
      .filter((p) => p.contentType === CHART_CONTENT_TYPE)
      .map((p) => parse(p.data));
    charts.forEach((doc, i) => {
      const chart = review.charts[i];
      expect(text(byTag(doc, 'http://schemas.openxmlformats.org/drawingml/2006/main', 't')[0])).toBe(
        chart.title,
      );
      expect(byTag(doc, C, 'ser')).toHaveLength(chart.data.lastCol - chart.data.firstCol);
      const cat = byTag(doc, C, 'cat')[0];
      expect(byTag(cat, C, 'ptCount')[0].getAttribute('val')).toBe(
        String(chart.data.lastRow - chart.data.firstRow),
      );
      const header = review.cells.find(
        (c) => c.row === chart.data.firstRow && c.col === chart.data.firstCol + 1,
      );
      expect(cachePoints(byTag(byTag(doc, C, 'ser')[0], C, 'tx')[0])).toEqual([[0, String(header?.value)]]);
    });
  });
});
