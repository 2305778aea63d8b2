import { promises as fs } from 'fs';
import path from 'path';
import { readWorkbook } from '../../../src/cli/io/readWorkbook';
import type { ReaderNotice, ReadResult, SheetData, WorkbookData } from '../../../src/cli/io/types';
import {
  RAISED,
  RAISED_SERIAL,
  makeTempDir,
  removeDir,
  sha256,
  writeRegister,
  writeWorkbook,
} from './fixtures';

let dir: string;
let registerPath: string;
let workbook: WorkbookData;
let register: SheetData;

function ok(result: ReadResult): WorkbookData {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function notice(sheet: SheetData, code: ReaderNotice['code']): ReaderNotice | undefined {
  return sheet.notices.find((n) => n.code === code);
}

/** Value and number format at an A1 address of the sheet (grid starts at A1). */
function at(sheet: SheetData, row: number, col: number): [unknown, string | undefined] {
  return [sheet.grid.values[row - 1]?.[col - 1], sheet.grid.numberFormats?.[row - 1]?.[col - 1]];
}

beforeAll(async () => {
  dir = await makeTempDir();
  registerPath = await writeRegister(dir);
  workbook = ok(await readWorkbook(registerPath));
  register = workbook.sheets[0];
});
afterAll(() => removeDir(dir));

describe('readWorkbook on .xlsx files', () => {
  it('gives every worksheet in tab order, hidden ones flagged', () => {
    expect(workbook.format).toBe('xlsx');
    expect(workbook.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Register', false],
      ['Lists', true],
      ['Secret', true],
    ]);
    expect(workbook.sheets[1].notices).toEqual([
      expect.objectContaining({ code: 'hidden-sheet', sheet: 'Lists' }),
    ]);
    expect(notice(workbook.sheets[2], 'hidden-sheet')?.message).toMatch(/very hidden/);
  });

  it('starts the grid at A1 so grid rows are sheet rows', () => {
    expect(register.grid.firstRow).toBe(1);
    expect(register.grid.firstColumn).toBe(1);
    expect(at(register, 3, 1)[0]).toBe('ID');
  });

  it('trims trailing empty rows and columns and pads the rest to a rectangle', () => {
    expect(register.grid.values).toHaveLength(9);
    for (const row of register.grid.values) expect(row).toHaveLength(8);
    expect(register.grid.values[1]).toEqual(['', '', '', '', '', '', '', '']);
  });

  it('turns a date into its Excel serial and keeps its number format', () => {
    expect(at(register, 4, 2)).toEqual([RAISED_SERIAL, 'dd.mm.yyyy']);
  });

  it('keeps the time of day as the fraction of the serial', () => {
    const [serial, format] = at(register, 4, 3);
    expect(serial).toBeCloseTo(RAISED_SERIAL + 0.75, 10);
    expect(format).toMatch(/[dmy]/);
  });

  it('fills a number format for every cell, General by default', () => {
    const formats = register.grid.numberFormats ?? [];
    expect(formats).toHaveLength(register.grid.values.length);
    for (const row of formats) for (const f of row) expect(typeof f).toBe('string');
    expect(at(register, 3, 1)[1]).toBe('General');
  });

  it('reads rich text, hyperlinks and booleans as their plain values', () => {
    expect(at(register, 4, 4)[0]).toBe('In progress');
    expect(at(register, 4, 5)[0]).toBe('Dana Smith');
    expect(at(register, 4, 7)[0]).toBe(true);
  });

  it('reads a formula as its saved result, shared formulas included', () => {
    expect(at(register, 4, 6)[0]).toBe(0.75);
    expect([7, 8, 9].map((r) => at(register, r, 6)[0])).toEqual([2, 4, 6]);
  });

  it('reads a formula without a saved result as empty and lists where', () => {
    expect(at(register, 5, 2)[0]).toBe('');
    expect([7, 8, 9].map((r) => at(register, r, 8)[0])).toEqual(['', '', '']);
    expect(notice(register, 'formula-without-value')).toMatchObject({
      sheet: 'Register',
      count: 4,
      cells: ['B5', 'H7', 'H8', 'H9'],
    });
  });

  it('reads error values, also as formula results, as their error text', () => {
    expect(at(register, 5, 3)[0]).toBe('#REF!');
    expect(at(register, 5, 4)[0]).toBe('#N/A');
    expect(notice(register, 'error-cells')).toMatchObject({ count: 2, cells: ['C5', 'D5'] });
  });

  it('keeps the value of a merged range in its top-left cell only', () => {
    expect(register.merges).toEqual(['A1:F1']);
    expect(register.grid.values[0]).toEqual(['Improvement register', '', '', '', '', '', '', '']);
    expect(notice(register, 'merged-cells')).toMatchObject({ count: 1, cells: ['A1:F1'] });
  });

  it('still reads hidden rows and columns, and reports them', () => {
    expect(register.hiddenRows).toEqual([6]);
    expect(at(register, 6, 1)[0]).toBe('IP-3 (hidden)');
    expect(notice(register, 'hidden-rows')).toMatchObject({ count: 1, cells: ['6:6'] });
    expect(notice(register, 'hidden-columns')).toMatchObject({ count: 1, cells: ['G:G'] });
  });

  it('reports an AutoFilter', () => {
    expect(notice(register, 'filter-active')).toMatchObject({ cells: ['A3:H9'] });
  });

  it('reports nothing about the file as a whole for a plain .xlsx', () => {
    expect(workbook.notices).toEqual([]);
  });

  it('gives the same serials whatever the machine time zone', async () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        const sheet = ok(await readWorkbook(registerPath)).sheets[0];
        expect(at(sheet, 4, 2)[0]).toBe(RAISED_SERIAL);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('gives 1900-system serials for a workbook that uses the 1904 date system', async () => {
    const mac = await writeWorkbook(dir, 'mac-1904.xlsx', (wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet('Dates').getCell('A1').value = RAISED;
    });
    expect(at(ok(await readWorkbook(mac)).sheets[0], 1, 1)[0]).toBe(RAISED_SERIAL);
  });

  it('reads a .xlsm copy as data and reports that it is macro-enabled', async () => {
    const xlsm = path.join(dir, 'register.xlsm');
    await fs.copyFile(registerPath, xlsm);
    const wb = ok(await readWorkbook(xlsm));
    expect(wb.format).toBe('xlsm');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Register', 'Lists', 'Secret']);
    expect(wb.notices).toEqual([expect.objectContaining({ code: 'macros-present' })]);
  });

  it('reports a workbook whose sheets hold no values as empty', async () => {
    const empty = await writeWorkbook(dir, 'blank.xlsx', (wb) => {
      wb.addWorksheet('One').getCell('B2').numFmt = '0.00';
    });
    const result = await readWorkbook(empty);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'empty' }) });
  });

  it('leaves the workbook byte-identical', async () => {
    const before = await sha256(registerPath);
    await readWorkbook(registerPath);
    expect(await sha256(registerPath)).toBe(before);
  });
});
