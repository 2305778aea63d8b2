/**
 * The JSON form of the double's workbook, which carries the seed into the browser and the page's
 * workbook back: nothing is lost on the way, and new objects never reuse an id.
 */
import { workbookFromXlsx, xlsxBuffer } from '../host-double/xlsx';
import { deserializeWorkbook, serializeWorkbook } from './double/modelJson';
import { SAMPLE } from './harness';

describe("the double's workbook as JSON", () => {
  test('a workbook survives JSON text unchanged, and saves to the same .xlsx', async () => {
    const wb = await workbookFromXlsx(SAMPLE);
    wb.settings = { mapping: { sheetName: 'Improvement plan' } };
    const json = serializeWorkbook(wb);
    const back = deserializeWorkbook(JSON.stringify(json));
    expect(serializeWorkbook(back)).toEqual(json);
    expect(back.sheets.map((s) => [s.id, s.name, s.cells.size])).toEqual(
      wb.sheets.map((s) => [s.id, s.name, s.cells.size]),
    );
    expect(back.activeSheet().name).toBe(wb.activeSheet().name);
    const [a, b] = await Promise.all([xlsxBuffer(wb), xlsxBuffer(back)]);
    const [ra, rb] = await Promise.all([workbookFromXlsx(a), workbookFromXlsx(b)]);
    expect(serializeWorkbook(rb)).toEqual(serializeWorkbook(ra));
  });

  test('a sheet added after the round trip gets a new id', async () => {
    const wb = await workbookFromXlsx(SAMPLE);
    const back = deserializeWorkbook(serializeWorkbook(wb));
    const ids = new Set(back.sheets.map((s) => s.id));
    const added = back.addSheet('Management Review 2026-11-26');
    expect(ids.has(added.id)).toBe(false);
  });
});
