import type { Finding } from '../core';

/** Fills used to highlight findings (Excel's own "light red" and "light yellow"). */
const FILL: Record<'error' | 'warning', string> = { error: '#FFC7CE', warning: '#FFEB9C' };
/**
 * The rule of every highlight: always true, and recognisable. `ConditionalFormat.id` cannot name
 * our formats — Office.js documents it as the format's priority in the collection it was read
 * from, so it shifts as formats are added or removed — so the next run finds them by this text.
 */
export const HIGHLIGHT_FORMULA = '=ISTEXT("ImprovementPlan:finding")';
/** Address lists are split so one `getRanges` address stays short. */
const MAX_ADDRESS_CHARS = 2000;

/**
 * Cells of the findings as A1 addresses, with vertical runs in one column merged ("C5:C9"), in
 * batches of comma-separated address lists for `Worksheet.getRanges`.
 */
export function addressBatches(findings: readonly Pick<Finding, 'row' | 'column'>[]): string[] {
  const byColumn = new Map<string, Set<number>>();
  for (const f of findings) {
    if (!f.column || f.row === null) continue;
    let rows = byColumn.get(f.column);
    if (!rows) byColumn.set(f.column, (rows = new Set()));
    rows.add(f.row);
  }
  const addresses: string[] = [];
  for (const [col, set] of [...byColumn].sort(([a], [b]) => a.length - b.length || a.localeCompare(b))) {
    const rows = [...set].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      addresses.push(start === prev ? `${col}${start}` : `${col}${start}:${col}${prev}`);
      start = prev = r;
    }
  }
  const batches: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + a.length + 1 > MAX_ADDRESS_CHARS) {
      batches.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) batches.push(current);
  return batches;
}

/**
 * Queues the load of the sheet's conditional formats that {@link highlightFindings} needs, so a
 * caller can send it with an earlier sync (readRegister's `withFirstChunk`).
 */
export function loadHighlightFormats(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return ws.getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
}

/**
 * Highlights the cells of errors and warnings with conditional formats on range areas — a few
 * calls per thousand cells, two syncs whatever the number of findings — and never touches the
 * user's own fills or rules. The previous run's formats on the sheet (found by their formula) are
 * removed first.
 */
export async function highlightFindings(
  context: Excel.RequestContext,
  sheetName: string,
  findings: readonly Finding[],
  loaded?: Excel.ConditionalFormatCollection,
): Promise<number> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  let existing = loaded;
  if (!existing) {
    existing = loadHighlightFormats(ws);
    await context.sync();
  }
  // Last first: should Excel address the items by position, earlier ones do not shift.
  for (const cf of [...existing.items].reverse()) {
    const custom = cf.customOrNullObject;
    if (!custom.isNullObject && custom.rule.formula === HIGHLIGHT_FORMULA) cf.delete();
  }
  let added = 0;
  for (const severity of ['error', 'warning'] as const) {
    for (const batch of addressBatches(findings.filter((f) => f.severity === severity))) {
      const cf = ws.getRanges(batch).conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = HIGHLIGHT_FORMULA;
      cf.custom.format.fill.color = FILL[severity];
      added++;
    }
  }
  await context.sync();
  return added;
}
