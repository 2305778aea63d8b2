/**
 * The one writer of every copy `review --out` makes: a package is extended, never rebuilt. Every
 * part of the source is written as it is stored (raw compressed bytes), except the four parts that
 * must name the new sheet — the workbook part, its relationships, the content types and, when our
 * formats are needed, the styles — which get our additions and keep every other byte. The summary
 * sheet, its relationships and its drawing and chart parts are added at the end.
 */
import type { SheetPlan } from '../../core/review/sheetPlan';
import { chartParts } from './charts';
import {
  addOverride,
  addRelationship,
  contentTypeOf,
  ensureDefault,
  freeRelId,
  relationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
} from './opc';
import { renderSheetXml, Shortened } from './renderPlan';
import { MAX_CELL_FORMATS, NEW_STYLES, StyleBook, StylesProblem } from './styles';
import { addSheetToWorkbook, printNames, readWorkbookXml } from './workbookXml';
import {
  CT_RELS,
  CT_STYLES,
  CT_WORKBOOK,
  CT_WORKBOOK_MACRO,
  CT_WORKSHEET,
  NS_PKG_REL,
  REL_DRAWING,
  REL_OFFICE_DOCUMENT,
  REL_STYLES,
  REL_WORKSHEET,
  XML_HEADER,
} from './xml';
import type { ZipWriter } from './zipWriter';

/** A package to extend: its part names in order, the text of small parts, and a raw copy. */
export interface PackageSource {
  names: string[];
  /** The part as text (inflated within a budget); undefined when absent, an Error when unreadable. */
  text(name: string): string | undefined | Error;
  copy(name: string, zip: ZipWriter): Promise<void>;
  /** Called once the styles are known (a source that writes its own sheets takes its formats here). */
  prepare?(styles: StyleBook): void;
}

export interface Extension {
  sheet: string;
  macroEnabled: boolean;
  /** Titles of the charts drawn in the summary sheet. */
  charts: string[];
  /** What the user should know about the copy (known once it is written). */
  notes(): string[];
  write(zip: ZipWriter): Promise<void>;
}

/** Why a package cannot be extended safely (shown after "<file> cannot be extended safely: "). */
export class CannotExtend extends Error {}

const STRICT = 'http://purl.oclc.org/ooxml/';

function need(source: PackageSource, name: string, what: string): string {
  const text = source.text(name);
  if (text instanceof Error) throw new CannotExtend(`its ${what} (${name}) cannot be read: ${text.message}`);
  if (text === undefined) throw new CannotExtend(`it has no ${what} (${name})`);
  if (text.includes(STRICT)) {
    throw new CannotExtend(
      'it is saved as "Strict Open XML Spreadsheet", which this tool does not write. Save it as an Excel Workbook (.xlsx) and retry',
    );
  }
  return text;
}

function find(names: string[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return names.find((n) => n.toLowerCase() === lower);
}

/** N for a new `prefix N suffix` part: one more than the highest in use. */
function freeNumber(names: string[], pattern: RegExp): number {
  let max = 0;
  for (const n of names) {
    const m = pattern.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

function edited(result: string | undefined, what: string): string {
  if (result === undefined) throw new CannotExtend(`its ${what} has a shape this tool does not recognise`);
  return result;
}

function shortenedNote(shortened: Shortened, where: string): string[] {
  if (shortened.count === 0) return [];
  return [
    `${shortened.count} ${shortened.count === 1 ? 'text was' : 'texts were'} longer than Excel's 32,767 characters per cell ` +
      `and ${shortened.count === 1 ? 'was' : 'were'} shortened in ${where} (ending in "…"; first: ${shortened.cells.join(', ')}).`,
  ];
}

/**
 * Plans the extension of `source` by the summary sheet `plan(existingSheetNames)`. Throws
 * {@link CannotExtend} when the package cannot be extended without losing or breaking anything.
 */
export function extendPackage(source: PackageSource, plan: (existing: string[]) => SheetPlan): Extension {
  const names = source.names;
  const typesName = find(names, '[Content_Types].xml') ?? '[Content_Types].xml';
  let types = need(source, typesName, 'content types');
  const rootRels = need(source, find(names, '_rels/.rels') ?? '_rels/.rels', 'package relationships');
  const office = relationships(rootRels).find((r) => r.type === REL_OFFICE_DOCUMENT && !r.external);
  if (!office) throw new CannotExtend('its package relationships name no workbook part');
  const workbookPath = find(names, resolveTarget('', office.target)) ?? resolveTarget('', office.target);
  const workbookType = contentTypeOf(types, workbookPath);
  if (workbookType !== CT_WORKBOOK && workbookType !== CT_WORKBOOK_MACRO) {
    throw new CannotExtend(
      `its workbook part is of type ${workbookType ?? 'unknown'} (an .xlsx or .xlsm workbook is needed; templates and binary workbooks are not extended)`,
    );
  }
  let workbook = need(source, workbookPath, 'workbook part');
  const relsPath = find(names, relsPathOf(workbookPath)) ?? relsPathOf(workbookPath);
  let rels = need(source, relsPath, 'workbook relationships');
  const info = readWorkbookXml(workbook);
  if (typeof info === 'string') throw new CannotExtend(info);
  if (info.structureLocked) {
    throw new CannotExtend(
      'its structure is protected (Review › Protect Workbook), so no sheet can be added. Remove the protection in Excel and retry',
    );
  }
  const sheetPlan = plan(info.sheets.map((s) => s.name));
  const sheetName = sheetPlan.name;

  // Styles: the workbook's own part, or a new one.
  const stylesRel = relationships(rels).find((r) => r.type === REL_STYLES && !r.external);
  const stylesPath = stylesRel ? resolveTarget(workbookPath, stylesRel.target) : undefined;
  const stylesName = stylesPath ? (find(names, stylesPath) ?? stylesPath) : undefined;
  let styles: StyleBook;
  try {
    styles = new StyleBook(stylesName ? need(source, stylesName, 'styles part') : NEW_STYLES);
  } catch (e) {
    if (e instanceof StylesProblem) throw new CannotExtend(e.message);
    throw e;
  }
  source.prepare?.(styles);

  // Names of the new parts, unused in the package (compared as OPC does, ignoring case).
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const sheetPath = `${folder}worksheets/sheet${freeNumber(names, /^.*worksheets\/(?:_rels\/)?sheet(\d+)\.xml(?:\.rels)?$/i)}.xml`;
  const added: { path: string; data: string | Buffer | Iterable<string> }[] = [];
  const addedTypes: { path: string; type: string }[] = [{ path: sheetPath, type: CT_WORKSHEET }];

  const charts = chartParts({
    plan: sheetPlan,
    sheetName,
    drawingNumber: freeNumber(names, /^xl\/drawings\/(?:_rels\/)?drawing(\d+)\.xml(?:\.rels)?$/i),
    firstChartNumber: freeNumber(names, /^xl\/charts\/(?:_rels\/)?chart(\d+)\.xml(?:\.rels)?$/i),
  });
  let drawingRelId: string | undefined;
  if (charts) {
    drawingRelId = 'rId1';
    const sheetRels =
      XML_HEADER +
      `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="${drawingRelId}" Type="${REL_DRAWING}" ` +
      `Target="${relativeTarget(sheetPath, charts.drawingPath)}"/></Relationships>`;
    added.push({ path: relsPathOf(sheetPath), data: sheetRels });
    for (const part of charts.parts) {
      added.push({ path: part.path, data: part.data });
      if (part.contentType) addedTypes.push({ path: part.path, type: part.contentType });
    }
  }
  const shortened = new Shortened();
  // Every format the sheet uses is taken before the styles part is written (the sheet comes last).
  const seen = new Set<string>();
  for (const cell of sheetPlan.cells) {
    const kind = cell.kind === 'text' || typeof cell.value === 'string' ? 'text' : cell.kind;
    const key = `${cell.style ?? ''}|${kind}|${cell.wrap ? 1 : 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    styles.id({ style: cell.style, kind, wrap: cell.wrap });
  }
  added.unshift({ path: sheetPath, data: renderSheetXml(sheetPlan, styles, { drawingRelId, shortened }) });

  // The four parts that name the new ones.
  const sheetRelId = freeRelId(rels);
  rels = edited(
    addRelationship(rels, {
      id: sheetRelId,
      type: REL_WORKSHEET,
      target: relativeTarget(workbookPath, sheetPath),
    }),
    'workbook relationships',
  );
  workbook = edited(
    addSheetToWorkbook(workbook, info, {
      name: sheetName,
      relId: sheetRelId,
      definedNames: printNames(sheetPlan, sheetName, info.sheets.length),
    }),
    'workbook part',
  );
  const rewritten = new Map<string, string>([
    [typesName, ''],
    [relsPath, rels],
    [workbookPath, workbook],
  ]);
  const notes: string[] = [];
  if (!styles.styled) {
    notes.push(
      styles.formats > MAX_CELL_FORMATS
        ? `The workbook already holds ${styles.formats.toLocaleString('en-US')} cell formats, more than Excel's limit of 64,000 (Excel may offer to repair it; the file was left as it is): the sheet "${sheetName}" is written without its formatting.`
        : `The workbook already holds nearly Excel's limit of 64,000 cell formats: the sheet "${sheetName}" is written without its formatting.`,
    );
  }
  if (styles.changed) {
    if (stylesName) rewritten.set(stylesName, styles.render());
    else {
      const newStyles = `${folder}styles.xml`;
      added.push({ path: newStyles, data: styles.render() });
      addedTypes.push({ path: newStyles, type: CT_STYLES });
      rels = edited(
        addRelationship(rels, {
          id: freeRelId(rels),
          type: REL_STYLES,
          target: relativeTarget(workbookPath, newStyles),
        }),
        'workbook relationships',
      );
      rewritten.set(relsPath, rels);
    }
  }
  for (const { path, type } of addedTypes) types = edited(addOverride(types, path, type), 'content types');
  types = edited(ensureDefault(types, 'rels', CT_RELS), 'content types');
  rewritten.set(typesName, types);
  for (const part of added) {
    if (find(names, part.path)) throw new CannotExtend(`it already holds a part named ${part.path}`);
  }

  return {
    sheet: sheetName,
    macroEnabled: workbookType === CT_WORKBOOK_MACRO,
    charts: charts ? sheetPlan.charts.map((c) => c.title) : [],
    notes: () => [...shortenedNote(shortened, `the sheet "${sheetName}"`), ...notes],
    async write(zip: ZipWriter): Promise<void> {
      for (const name of names) {
        const text = rewritten.get(name);
        if (text !== undefined) await zip.addFile(name, text);
        else await source.copy(name, zip);
      }
      for (const part of added) {
        if (typeof part.data === 'string' || Buffer.isBuffer(part.data))
          await zip.addFile(part.path, part.data);
        else await zip.addStream(part.path, part.data);
      }
      await zip.finish();
    },
  };
}
