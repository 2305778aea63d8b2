import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { findSoffice } from '../hostile/libreoffice';
import { json, removeDir, runCli, STACK_TRACE, tempDir } from './cliHarness';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

const soffice = findSoffice();
const itIfSoffice = soffice || process.env.CI ? it : it.skip;

async function headerNote(file: string, header: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  let note = '';
  ws.getRow(1).eachCell((cell) => {
    if (cell.value === header) {
      const n = cell.note as string | { texts: { text: string }[] } | undefined;
      note = typeof n === 'string' ? n : (n?.texts.map((t) => t.text).join('') ?? '');
    }
  });
  return note;
}

describe('init writes the target-date policy into the new register', () => {
  it('the defaults as the note of the target-date and re-check headers, and in the output', async () => {
    const file = path.join(dir, 'default.xlsx');
    const run = await runCli(['init', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Target-date policy: at most this long from "Date raised" to "Target completion date": major NC 90 days, minor NC 180 days, NC 180 days, observation 365 days, OFI 365 days.',
    );
    const note = await headerNote(file, 'Target completion date');
    expect(note).toContain('major NC 90 days');
    expect(note).toContain('critical 30 days');
    expect(note).toContain('checked again 90 days later');
    expect(await headerNote(file, 'Re-check date')).toBe(note);
  });

  it('init --policy uses the file’s days; a wrong file stops it before anything is written', async () => {
    const policy = path.join(dir, 'policy.json');
    fs.writeFileSync(policy, JSON.stringify({ targetDays: { 'major-nc': 60 }, recheckDays: null }));
    const file = path.join(dir, 'mine.xlsx');
    const run = await runCli(['init', file, '--policy', policy, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(json<{ policy: { from: string; targetDays: Record<string, number> } }>(run).policy).toMatchObject({
      from: 'file',
      targetDays: { 'major-nc': 60, 'minor-nc': 180 },
      recheckDays: null,
    });
    const note = await headerNote(file, 'Target completion date');
    expect(note).toContain('major NC 60 days');
    expect(note).toContain('No re-check is scheduled');

    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{ "targetDays": { "major-nc": 0 } }');
    const refused = path.join(dir, 'refused.xlsx');
    const stopped = await runCli(['init', refused, '--policy', bad]);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toContain('"targetDays.major-nc" must be a whole number of days from 1 to 3650');
    expect(stopped.stderr).not.toMatch(STACK_TRACE);
    expect(fs.existsSync(refused)).toBe(false);
    // --policy belongs to the commands that use it.
    expect((await runCli(['mapping', file, '--policy', policy])).stderr).toContain(
      '--policy is an option of validate and review and init, not of mapping.',
    );
  });

  itIfSoffice(
    'LibreOffice opens the new register with its notes and reads its headers',
    () => {
      const file = path.join(dir, 'default.xlsx');
      const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
      const outDir = path.join(dir, 'csv');
      fs.mkdirSync(outDir, { recursive: true });
      try {
        spawnSync(
          soffice!,
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'csv',
            '--outdir',
            outDir,
            file,
          ],
          { encoding: 'utf8', timeout: 170_000 },
        );
      } finally {
        fs.rmSync(new URL(profile), { recursive: true, force: true });
      }
      const csv = fs.readFileSync(path.join(outDir, 'default.csv'), 'utf8');
      expect(csv.split('\n')[0]).toContain('Target completion date');
      expect(csv.split('\n')[0]).toContain('Re-check date');
    },
    200_000,
  );
});
