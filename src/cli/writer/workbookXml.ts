/**
 * The workbook part: its sheet list read, and one sheet added at the end with its print area and
 * print titles as defined names. Everything else of the part is kept byte for byte.
 */
import type { SheetPlan } from '../../core/review/sheetPlan';
import { attributes, insertBeforeClose, prefixFor, rootPrefix, startTags } from './opc';
import { columnLetters, escapeXml, NS_MAIN, NS_REL, quotedSheet, XML_HEADER } from './xml';

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
}

export interface WorkbookInfo {
  prefix: string;
  sheets: WorkbookSheet[];
  /** Sheets cannot be added (Review › Protect Workbook, structure). */
  structureLocked: boolean;
}

/** The sheets of a workbook part, or why it cannot be read. */
export function readWorkbookXml(xml: string): WorkbookInfo | string {
  const prefix = rootPrefix(xml, 'workbook');
  if (prefix === undefined) return 'its workbook part has no workbook element';
  const relPrefix = prefixFor(xml, NS_REL) ?? 'r';
  const sheets = startTags(xml, prefix, 'sheet').map((tag) => {
    const a = attributes(tag);
    return { name: a.name ?? '', sheetId: Number(a.sheetId) || 0, relId: a[`${relPrefix}:id`] ?? '' };
  });
  if (!new RegExp(`<${prefix}sheets[\\s>/]`).test(xml)) return 'its workbook part lists no sheets';
  const protection = startTags(xml, prefix, 'workbookProtection')[0];
  const lock = protection ? attributes(protection).lockStructure : undefined;
  return { prefix, sheets, structureLocked: lock === '1' || lock === 'true' };
}

/** The defined names of a plan's print area and print titles for the sheet at `index`. */
export function printNames(plan: SheetPlan, sheetName: string, index: number): string[] {
  const print = plan.print;
  if (!print) return [];
  const q = quotedSheet(sheetName);
  const names: string[] = [];
  const { lastRow, lastCol } = print.area;
  if (lastRow >= 1 && lastCol >= 1) {
    const area = `${q}!$A$1:$${columnLetters(lastCol)}$${lastRow}`;
    names.push(
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(area)}</definedName>`,
    );
  }
  if (print.titleRows && print.titleRows.first >= 1 && print.titleRows.last >= print.titleRows.first) {
    const titles = `${q}!$${print.titleRows.first}:$${print.titleRows.last}`;
    names.push(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(titles)}</definedName>`,
    );
  }
  return names;
}

/** Elements that follow definedNames in CT_Workbook: the names go before the first present. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

function addDefinedNames(xml: string, prefix: string, names: string[]): string | undefined {
  if (names.length === 0) return xml;
  const prefixed = names.map((n) =>
    n
      .replace(/^<definedName/, `<${prefix}definedName`)
      .replace(/<\/definedName>$/, `</${prefix}definedName>`),
  );
  if (new RegExp(`<${prefix}definedNames[\\s>/]`).test(xml)) {
    return insertBeforeClose(xml, prefix, 'definedNames', prefixed.join(''));
  }
  const block = `<${prefix}definedNames>${prefixed.join('')}</${prefix}definedNames>`;
  let at = -1;
  for (const local of AFTER_DEFINED_NAMES) {
    const m = new RegExp(`<${prefix}${local}[\\s>/]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${prefix}workbook>`);
  if (at < 0) return undefined;
  return xml.slice(0, at) + block + xml.slice(at);
}

/**
 * The workbook part with one more sheet at the end of the tab order (and its defined names), or
 * undefined when the part's shape does not allow it.
 */
export function addSheetToWorkbook(
  xml: string,
  info: WorkbookInfo,
  sheet: { name: string; relId: string; definedNames: string[] },
): string | undefined {
  const { prefix } = info;
  const sheetId = info.sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
  // Only a prefix bound on the root is in scope everywhere (openpyxl binds r: on each sheet).
  const root = new RegExp(`<${prefix}workbook[^>]*>`).exec(xml)?.[0] ?? '';
  const relPrefix = prefixFor(root, NS_REL);
  const rid = relPrefix
    ? `${relPrefix}:id="${escapeXml(sheet.relId)}"`
    : `r:id="${escapeXml(sheet.relId)}" xmlns:r="${NS_REL}"`;
  const tag = `<${prefix}sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId}" ${rid}/>`;
  const withSheet = insertBeforeClose(xml, prefix, 'sheets', tag);
  if (withSheet === undefined) return undefined;
  return addDefinedNames(withSheet, prefix, sheet.definedNames);
}

/** A new workbook part with no sheet yet (the CSV copy's sheets are added to it). */
export const NEW_WORKBOOK =
  XML_HEADER +
  `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
  '<bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>';
