import fs from 'fs';
import path from 'path';
import { allNotices, readWorkbook } from '../../../src/cli/io/readWorkbook';
import type { ReadResult, WorkbookData } from '../../../src/cli/io/types';
import { sha256 } from './fixtures';

/** ../shared/corpus beside the checkout: real-world files, present in CI, absent elsewhere. */
const dir = path.resolve(__dirname, '../../../../shared/corpus');
const describeIfCorpus = fs.existsSync(dir) ? describe : describe.skip;
const readable = /\.(xlsx|xlsm|csv)$/i;
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => readable.test(f)) : [];

function ok(result: ReadResult): WorkbookData {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const read = (name: string): Promise<ReadResult> => readWorkbook(path.join(dir, name));
const codes = (wb: WorkbookData): string[] => [...new Set(allNotices(wb).map((n) => n.code))];

describeIfCorpus('readWorkbook on the real-world corpus', () => {
  it.each(files)('%s reads without throwing and is left byte-identical', async (name) => {
    const filePath = path.join(dir, name);
    const before = await sha256(filePath);
    const result = await readWorkbook(filePath);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(20);
    expect(await sha256(filePath)).toBe(before);
  });

  it('the file that is not a zip is corrupt', async () => {
    expect(await read('corrupt-not-a-zip.xlsx')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'corrupt' }),
    });
  });

  it('the ICT Institute template has its NC register header on row 5, and real date serials', async () => {
    const wb = ok(await read('nc-register-template-cc-by.xlsx'));
    const sheet = wb.sheets.find((s) => s.name === 'Non-conformity register');
    expect(sheet).toBeDefined();
    const row5 = sheet?.grid.values[4] ?? [];
    expect(row5).toEqual(
      expect.arrayContaining(['Responsible for corrective action', 'Planned completion date']),
    );
    const dateColumn = row5.indexOf('Planned completion date');
    const serial = sheet?.grid.values[5][dateColumn];
    expect(typeof serial).toBe('number');
    expect(sheet?.grid.numberFormats?.[5][dateColumn]).not.toBe('General');
  });

  it('the findings workbook reports its formulas without saved values', async () => {
    const wb = ok(await read('findings-remediation-workbook.xlsx'));
    const register = wb.sheets.find((s) => s.name === 'Findings Register');
    const formulas = register?.notices.find((n) => n.code === 'formula-without-value');
    expect(formulas?.count).toBe(50);
    expect(register?.grid.values[2][0]).toBe('Finding ID');
    expect(register?.merges.length).toBeGreaterThan(0);
  });

  it('the Spanish .xlsm reports macros and its 6 hidden sheets among 52', async () => {
    const wb = ok(await read('spanish-52-sheets-with-macros.xlsm'));
    expect(wb.format).toBe('xlsm');
    expect(wb.sheets).toHaveLength(52);
    expect(wb.notices.map((n) => n.code)).toContain('macros-present');
    expect(wb.sheets.filter((s) => s.hidden)).toHaveLength(6);
    expect(allNotices(wb).filter((n) => n.code === 'hidden-sheet')).toHaveLength(6);
  });

  it('the open CAPA tracker reports ragged rows', async () => {
    const wb = ok(await read('capa-tracker-open-ragged.csv'));
    const ragged = wb.sheets[0].notices.find((n) => n.code === 'ragged-rows');
    expect(ragged?.count).toBe(5);
    const [header, ...rows] = wb.sheets[0].grid.values;
    for (const row of rows) expect(row.length).toBe(header.length + 1);
  });

  it('the closed CAPA tracker reads cleanly', async () => {
    const wb = ok(await read('capa-tracker-closed.csv'));
    expect(codes(wb)).toEqual([]);
    expect(wb.sheets[0].grid.values).toHaveLength(6);
  });

  it('the gap log keeps multi-line cells in one row', async () => {
    const wb = ok(await read('gap-action-log-multiline.csv'));
    const [header, ...rows] = wb.sheets[0].grid.values;
    expect(header[0]).toBe('Title');
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      expect(String(row[0])).toMatch(/^[A-Z]+-\d+/);
    }
    expect(rows.some((r) => String(r[1]).includes('\n'))).toBe(true);
  });

  it('the SoA with 717 merged cells is read, not rejected', async () => {
    const wb = ok(await read('soa-mangled-ids.xlsx'));
    expect(wb.sheets[0].merges).toHaveLength(717);
  });
});
