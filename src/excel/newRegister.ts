import { canonicalValues, templateHeaders, TEMPLATE_STATUS_WORDS, uniqueSheetName, STATES } from '../core';
import { removeSheetIfPresent } from './writePlan';

/**
 * Creates a clean register: a new sheet with the canonical columns as an Excel table, dropdowns
 * for status, type, source and priority, frozen header. Existing sheets are never touched. As for
 * summary sheets, the sheet is built hidden and shown last; if the batch fails part-way, the
 * hidden half-made sheet is removed again.
 */
export async function createRegisterSheet(
  context: Excel.RequestContext,
  existingNames: string[],
): Promise<string> {
  const name = uniqueSheetName('Improvement Plan', existingNames);
  try {
    await buildRegisterSheet(context, name);
  } catch (error) {
    await removeSheetIfPresent(context, name, error).catch(() => undefined);
    throw error;
  }
  return name;
}

async function buildRegisterSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const ws = context.workbook.worksheets.add(name);
  ws.visibility = Excel.SheetVisibility.hidden;
  const headers = templateHeaders();
  const last = headers[headers.length - 1].letter;
  ws.getRange(`A1:${last}1`).values = [headers.map((h) => h.header)];
  const table = ws.tables.add(`A1:${last}2`, true);
  table.name = `ImprovementPlan${Date.now().toString(36)}`;
  const lists: Record<string, string[]> = {
    status: STATES.map((s) => TEMPLATE_STATUS_WORDS[s]),
    type: canonicalValues('type'),
    source: canonicalValues('source'),
    priority: canonicalValues('priority'),
  };
  for (const h of headers) {
    const list = lists[h.field];
    const range = ws.getRange(`${h.letter}2:${h.letter}2000`);
    if (list) range.dataValidation.rule = { list: { inCellDropDown: true, source: list.join(',') } };
    // Format the table's first body row; rows the table grows into inherit the column format.
    if (/Date$/.test(h.field) || h.field === 'lastUpdated')
      ws.getRange(`${h.letter}2`).numberFormat = [['yyyy-mm-dd']];
  }
  ws.getRange(`A:${last}`).format.columnWidth = 110;
  ws.visibility = Excel.SheetVisibility.visible;
  ws.freezePanes.freezeRows(1);
  ws.activate();
  await context.sync();
}
