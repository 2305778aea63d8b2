/**
 * `init --objectives`: a clean sheet of information-security objectives (ISO/IEC 27001:2022
 * clause 6.2) beside the register — what, how it is measured, the target, who, by when — with
 * one measurement column per month, which `validate` and `review` read and trend.
 */
import type ExcelJS from 'exceljs';

export const OBJECTIVES_SHEET = 'Objectives';

/** The fixed columns, with their widths; the month columns follow. */
export const OBJECTIVE_COLUMNS: readonly [string, number][] = [
  ['ID', 8],
  ['Objective', 36],
  ['Measure (KPI)', 30],
  ['Baseline', 10],
  ['Target value', 12],
  ['Owner', 16],
  ['Due date', 12],
];

/** Months of measurement columns written: a year from the month of `now`. */
export const OBJECTIVE_MONTHS = 12;

/** The month headers ("2026-11" …): text, so every spreadsheet reads them as written. */
export function monthHeaders(now: Date): string[] {
  return Array.from({ length: OBJECTIVE_MONTHS }, (_, i) => {
    const d = new Date(now.getFullYear(), now.getMonth() + i, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

/**
 * Adds the objectives sheet to a workbook: a frozen, bold header; dates as dates; the target and
 * measurement columns as numbers (a percentage is written 95% and read as 0.95).
 *
 * @example addObjectivesSheet(workbook, new Date()).headers.length // 19
 */
export function addObjectivesSheet(
  workbook: ExcelJS.Workbook,
  now: Date,
): { sheet: string; headers: string[] } {
  const ws = workbook.addWorksheet(OBJECTIVES_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const headers = [...OBJECTIVE_COLUMNS.map(([h]) => h), ...monthHeaders(now)];
  headers.forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = h;
    cell.numFmt = '@';
    cell.font = { bold: true };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFE2EFDA' },
      bgColor: { argb: 'FFE2EFDA' },
    };
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getColumn(i + 1).width = OBJECTIVE_COLUMNS[i]?.[1] ?? 10;
  });
  ws.getColumn(7).numFmt = 'yyyy-mm-dd';
  return { sheet: OBJECTIVES_SHEET, headers };
}
