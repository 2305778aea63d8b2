/**
 * Copies Excel opens without repair (issue 16 part 6): text cut at 32,767 characters with a note
 * saying what was cut, sheet names within Excel's rules, and the input left as it was.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { AS_OF, json, removeDir, runCli, sha256, tempDir } from '../cliHarness';
import { partText } from './packageHelpers';

type LoadInput = Parameters<ExcelJS.Workbook['xlsx']['load']>[0];

describe("the copy keeps within Excel's limits and says what it shortened", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => removeDir(dir));

  it('cuts a CSV cell longer than 32,767 characters in the copy, names the cell, leaves the CSV as it was', async () => {
    const long = 'Root cause: ' + 'x'.repeat(40_000);
    const input = path.join(dir, 'register.csv');
    fs.writeFileSync(
      input,
      [
        'ID,Title,Type,Status,Owner,Target date,Date raised,Notes',
        `OFI-1,Fix it,OFI,Open,Ana,2026-01-31,2026-01-02,${long}`,
      ].join('\n'),
    );
    const before = await sha256(input);
    const out = path.join(dir, 'copy.xlsx');
    const run = await runCli(['review', input, '--as-of', AS_OF, '--out', out, '--json']);
    expect(run.code).toBe(0);
    const notes = json<{ output: { notes: string[] } }>(run).output.notes;
    expect(notes.join('\n')).toMatch(
      /1 cell of the register held more than Excel's 32,767 characters .*first: H2/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as LoadInput);
    const cell = String(wb.worksheets[0].getCell('H2').value);
    expect(cell.length).toBe(32_767);
    expect(cell.endsWith('…')).toBe(true);
    expect(await sha256(input)).toBe(before);
  });

  it("names the register sheet within Excel's rules whatever the CSV file is called", async () => {
    const input = path.join(dir, 'History.csv');
    fs.writeFileSync(
      input,
      'ID,Title,Type,Status,Owner,Target date,Date raised\nOFI-1,Fix it,OFI,Open,Ana,2026-01-31,2026-01-02\n',
    );
    const odd = path.join(dir, "'[Q3]: actions*?' and a name far longer than thirty-one characters.csv");
    fs.copyFileSync(input, odd);
    for (const [file, sheet] of [
      [input, 'History (register)'],
      [odd, "-Q3-- actions--' and a name far"],
    ]) {
      const out = path.join(dir, `copy-${path.basename(file, '.csv').length}.xlsx`);
      const run = await runCli(['review', file, '--as-of', AS_OF, '--out', out]);
      expect(run.code).toBe(0);
      const workbook = partText(fs.readFileSync(out), 'xl/workbook.xml');
      const names = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
      expect(names[0]).toBe(sheet);
      for (const n of names) {
        expect(n.length).toBeLessThanOrEqual(31);
        expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      }
    }
  });
});
