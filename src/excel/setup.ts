import type { MissingColumnsPlan, SetupPlan } from '../core';

const FILL = { overdue: '#FFC7CE', 'missing-required': '#FFEB9C' } as const;

/**
 * Installs the register's guards: dropdown lists (in the sheet's own words) and conditional
 * formats for overdue actions and missing owners / target dates. Values are never changed; a
 * dropdown does not reject what is already typed. Running it again repairs: the formats a
 * previous set-up added (same rule) are replaced, not piled up. Two syncs for the whole plan.
 */
export async function applySetup(
  context: Excel.RequestContext,
  sheetName: string,
  plan: SetupPlan,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const planned = new Set(plan.conditionalFormats.map((cf) => cf.formula));
  const existing = ws.getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
  await context.sync();
  // Last first: should Excel address the items by position, earlier ones do not shift.
  for (const cf of [...existing.items].reverse()) {
    const custom = cf.customOrNullObject;
    if (!custom.isNullObject && planned.has(custom.rule.formula)) cf.delete();
  }
  for (const v of plan.validations) {
    if (v.values.length === 0) continue;
    const range = ws.getRange(v.range);
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.values.join(',') } };
    // Warn, don't block: the register may hold words the list does not (yet) have.
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.warning,
      title: 'Improvement Plan',
      message:
        'This value is not in the register\u2019s list. Keep it only if it is a new word you will map in the add-in.',
    };
  }
  for (const cf of plan.conditionalFormats) {
    const format = ws.getRange(cf.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = FILL[cf.purpose];
  }
  await context.sync();
}

/**
 * Adds the missing workflow columns as new header cells to the right of the register's last
 * used column (bold, like a header). No existing cell is moved or overwritten. One sync.
 */
export async function addColumns(
  context: Excel.RequestContext,
  sheetName: string,
  plan: MissingColumnsPlan,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const first = plan.columns[0].letter;
  const last = plan.columns[plan.columns.length - 1].letter;
  const header = ws.getRange(`${first}${plan.headerRow}:${last}${plan.headerRow}`);
  header.values = [plan.columns.map((c) => c.header)];
  header.format.font.bold = true;
  await context.sync();
}
