import { loadRegisterSheets } from '../excel/settings';

/**
 * The included register sheets as stored in the workbook (document settings, in memory once
 * Office is ready): the pane names the register at once, before any read. Empty on first use.
 */
export function storedRegisterNames(): string[] {
  try {
    return loadRegisterSheets()
      .filter((s) => s.included)
      .map((s) => s.sheetName);
  } catch {
    return []; // no document settings (outside Office): nothing is known yet
  }
}
