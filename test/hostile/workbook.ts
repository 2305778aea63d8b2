/** What an .xlsx holds, read back with ExcelJS: sheet names, formula cells, text cells. */
import ExcelJS from 'exceljs';

export interface WorkbookFacts {
  sheets: string[];
  /** `sheet!A1` of every formula cell. */
  formulas: string[];
  /** Per sheet: every string cell value. */
  strings: Map<string, string[]>;
  /** Per sheet: the value of every non-empty cell by address (for "left as it was" checks). */
  values: Map<string, Map<string, unknown>>;
}

/** The xlsx facts of `file`; only ExcelJS's documented cell API is used. */
export async function workbookFacts(file: string): Promise<WorkbookFacts> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const facts: WorkbookFacts = { sheets: [], formulas: [], strings: new Map(), values: new Map() };
  for (const ws of wb.worksheets) {
    facts.sheets.push(ws.name);
    const strings: string[] = [];
    const values = new Map<string, unknown>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
          facts.formulas.push(`${ws.name}!${cell.address}`);
        else if (typeof cell.value === 'string') strings.push(cell.value);
        values.set(cell.address, cell.value);
      });
    });
    facts.strings.set(ws.name, strings);
    facts.values.set(ws.name, values);
  }
  return facts;
}
