import type { Finding } from '../core';

/** Selects the cell of a finding (or its row when it has no column) on the register sheet. */
export async function selectFinding(
  context: Excel.RequestContext,
  sheetName: string,
  finding: Pick<Finding, 'row' | 'column'>,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  ws.activate();
  const address =
    finding.row === null
      ? 'A1'
      : finding.column
        ? `${finding.column}${finding.row}`
        : `${finding.row}:${finding.row}`;
  ws.getRange(address).select();
  await context.sync();
}

/** Activates a sheet by name. */
export async function activateSheet(context: Excel.RequestContext, name: string): Promise<void> {
  context.workbook.worksheets.getItem(name).activate();
  await context.sync();
}
