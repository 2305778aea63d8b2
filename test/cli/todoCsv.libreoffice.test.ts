/**
 * `validate --format csv` opened by a real spreadsheet program: LibreOffice imports the to-do list
 * (UTF-8 with its byte-order mark, commas, quotes) into an .xlsx with one row per finding, and the
 * cells that start with = + - @ arrive as text, never as formulas. In CI a missing soffice fails.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';
import { AS_OF, removeDir, runCli, tempDir } from './cliHarness';

const soffice = ['/usr/bin', '/usr/local/bin', '/opt/libreoffice/program']
  .map((d) => path.join(d, 'soffice'))
  .find((p) => fs.existsSync(p));
const describeIfSoffice = soffice || process.env.CI ? describe : describe.skip;

describeIfSoffice('the CSV to-do list in a spreadsheet program (LibreOffice)', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it('opens with its header, one row per finding, and formula-like text kept as text', async () => {
    if (!soffice) throw new Error('soffice (LibreOffice) is not installed, and CI requires this test to run');
    dir = await tempDir();
    const register = path.join(dir, 'register.csv');
    fs.writeFileSync(
      register,
      'ID,Title,Type,Status,Owner,Target date\n' +
        '"=1+1",Ünïcode title,Minor NC,Open,,2026-12-31\n+A1,B,Minor NC,Open,,2026-12-31\n@SUM(A1),C,Minor NC,Open,,2026-01-31\n',
    );
    const run = await runCli(['validate', register, '--format', 'csv', '--as-of', AS_OF]);
    const todo = path.join(dir, 'todo.csv');
    fs.writeFileSync(todo, run.stdout);
    const profile = pathToFileURL(path.join(dir, `lo-${randomBytes(4).toString('hex')}`)).href;
    const converted = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        todo,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const xlsx = path.join(dir, 'todo.xlsx');
    if (!fs.existsSync(xlsx))
      throw new Error(`LibreOffice wrote no xlsx: ${converted.stdout}${converted.stderr}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([
      'Done',
      'Severity',
      'What to do',
      'Code',
      'Row',
      'Column',
      'ID',
      'Field',
      'Message',
    ]);
    const findings = run.stdout.trimEnd().split('\r\n').length - 1;
    expect(rows.length - 1).toBe(findings);
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    const ids = rows
      .slice(1)
      .map((r) => r[6])
      .filter((id) => typeof id === 'string');
    expect(new Set(ids)).toEqual(new Set(["'=1+1", "'+A1", "'@SUM(A1)"]));
    expect(rows.some((r) => String(r[8]).includes('missing') || String(r[3]).startsWith('missing'))).toBe(
      true,
    );
  }, 150_000);
});
