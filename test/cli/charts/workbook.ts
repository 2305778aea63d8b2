/**
 * Builds an .xlsx holding sheet plans, with or without their chart parts, for the LibreOffice
 * tests: ExcelJS writes the cells, JSZip adds what the package writer adds around
 * {@link chartParts} — the parts, their content types, the sheet's relationship to its drawing and
 * the sheet's `<drawing r:id>` element.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PLAN_FORMATS, type SheetPlan } from '../../../src/core';
import { chartParts } from '../../../src/cli/writer/charts';

const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
/** CT_Worksheet children that come after `drawing`: the element goes before the first of them. */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** A plan and how it prints: one page wide (as the summary prints), or all on one page. */
export interface TestSheet {
  plan: SheetPlan;
  onePage?: boolean;
}

async function cellsOnly(sheets: TestSheet[]): Promise<JSZip> {
  const workbook = new ExcelJS.Workbook();
  for (const { plan, onePage } of sheets) {
    // Never cut a chart by a vertical page break (and, on one page, by none at all).
    const sheet = workbook.addWorksheet(plan.name, {
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: onePage ? 1 : 0 },
    });
    for (const c of plan.cells) {
      const cell = sheet.getCell(c.row, c.col);
      cell.value = c.value; // a string stays a string: "=SUM(…)" is text, not a formula
      cell.numFmt = PLAN_FORMATS[c.kind];
    }
    plan.columnWidths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    for (const col of plan.hiddenColumns ?? []) sheet.getColumn(col).hidden = true;
  }
  return JSZip.loadAsync(await workbook.xlsx.writeBuffer());
}

/** Part path of each sheet by name, read from the workbook part and its relationships. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const unescape = (s: string) =>
    s
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const paths = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]) ?? '';
    paths.set(unescape(m[1]), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return paths;
}

/**
 * The workbook as bytes; with `charts`, each plan's charts are added as DrawingML parts (drawing
 * N for the N-th sheet, chart numbers running on across sheets).
 */
export async function workbookBytes(sheets: TestSheet[], options: { charts: boolean }): Promise<Buffer> {
  const zip = await cellsOnly(sheets);
  if (options.charts) {
    const paths = await sheetPaths(zip);
    const overrides: string[] = [];
    let nextChart = 1;
    for (const [i, { plan }] of sheets.entries()) {
      const result = chartParts({
        plan,
        sheetName: plan.name,
        drawingNumber: i + 1,
        firstChartNumber: nextChart,
      });
      if (!result) continue;
      nextChart += plan.charts.length;
      for (const part of result.parts) {
        zip.file(part.path, part.data);
        if (part.contentType)
          overrides.push(`<Override PartName="/${part.path}" ContentType="${part.contentType}"/>`);
      }
      const sheetPath = paths.get(plan.name)!;
      const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
      const rels = (await zip.file(relsPath)?.async('string')) ?? EMPTY_RELS;
      const drawingTarget = `../${result.drawingPath.slice('xl/'.length)}`;
      zip.file(
        relsPath,
        rels.replace(
          '</Relationships>',
          `<Relationship Id="rIdCharts" Type="${DRAWING_REL}" Target="${drawingTarget}"/></Relationships>`,
        ),
      );
      const sheet = await zip.file(sheetPath)!.async('string');
      const after = AFTER_DRAWING.map((t) => sheet.indexOf(`<${t}`)).filter((at) => at >= 0);
      const at = after.length > 0 ? Math.min(...after) : sheet.lastIndexOf('</worksheet>');
      zip.file(sheetPath, `${sheet.slice(0, at)}<drawing r:id="rIdCharts"/>${sheet.slice(at)}`);
    }
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
