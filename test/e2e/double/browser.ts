/**
 * Browser entry of the host double: bundled into one IIFE script that stands in for office.js.
 * It installs `Office` / `Excel` / `OfficeExtension` on the page, seeded from
 * `window.__hostDoubleSeed` (set by the script's prefix), and exposes `window.__hostDouble`.
 */
import { installHostDouble, type CellValue, type SheetModel } from '../../host-double';
import { formatRect, parseAddress } from '../../host-double/address';
import { readGrid, textAt, usedRect, valueAt } from '../../host-double/cells';
import { createWorkbook } from '../../host-double/model';
import { deserializeWorkbook, serializeWorkbook } from './modelJson';
import type { PageDouble } from './pageApi';

const seed = window.__hostDoubleSeed;
const workbook = seed ? deserializeWorkbook(seed) : createWorkbook();
// Office's dark theme when the page asks for it (set before this script runs, like the seed).
const double = installHostDouble(workbook, {
  platform: 'OfficeOnline',
  officeTheme: window.__hostDoubleOfficeTheme,
  // An Excel with only what the manifest requires (as Excel on iPad), when the page asks for it.
  minimumSets: window.__hostDoubleMinimumSets === true,
});
let edits = 0;

function sheetOrThrow(name: string): SheetModel {
  const sheet = workbook.sheet(name);
  if (!sheet) throw new Error(`host double: no sheet named '${name}'`);
  return sheet;
}

function rectOf(sheet: SheetModel, address?: string) {
  if (address === undefined) {
    const used = usedRect(sheet, false);
    return used && { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols };
  }
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`host double: '${address}' is not an A1 address`);
  return parsed.rect;
}

const api: PageDouble = {
  sheets: () =>
    workbook.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      active: s.id === workbook.activeSheet()?.id,
    })),
  values(sheetName, address) {
    const sheet = sheetOrThrow(sheetName);
    const rect = rectOf(sheet, address);
    return rect ? readGrid<CellValue>(rect, (r, c) => valueAt(sheet, r, c)) : [];
  },
  texts(sheetName, address) {
    const sheet = sheetOrThrow(sheetName);
    const rect = rectOf(sheet, address);
    return rect ? readGrid(rect, (r, c) => textAt(sheet, r, c)) : [];
  },
  used(sheetName) {
    const sheet = sheetOrThrow(sheetName);
    const rect = rectOf(sheet);
    if (!rect) return { address: null, values: [], texts: [] };
    return {
      address: formatRect(rect),
      values: readGrid<CellValue>(rect, (r, c) => valueAt(sheet, r, c)),
      texts: readGrid(rect, (r, c) => textAt(sheet, r, c)),
    };
  },
  async edit(sheet, address, values, source = 'Local') {
    edits += 1;
    await double.edit(sheet, address, values, { source });
  },
  select: (sheet, address) => double.select(sheet, address),
  selection: () => double.selection,
  settings: () => JSON.parse(JSON.stringify(workbook.settings)) as Record<string, unknown>,
  stats: () => ({
    syncs: double.stats.syncs,
    maxRequestBytes: double.stats.maxRequestBytes,
    maxResponseBytes: double.stats.maxResponseBytes,
  }),
  handlerCount: () => double.handlerCount,
  selectionHandlerCount: () => double.selectionHandlerCount,
  revision: () => double.stats.syncs + edits,
  workbookJson: () => serializeWorkbook(workbook),
  invokeCommand: (actionId, timeoutMs) => double.invokeCommand(actionId, { timeoutMs }),
};

window.__hostDouble = api;
