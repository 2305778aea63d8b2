import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'fs';
import path from 'path';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import { findSoffice } from '../hostile/libreoffice';
import { json, removeDir, runCli, sha256, SAMPLE_XLSX, STACK_TRACE, tempDir } from './cliHarness';
import { writeCsv, writeXlsx } from './dueRegister';

let dir: string;
let xlsx: string;
beforeAll(async () => {
  dir = await tempDir();
  xlsx = await writeXlsx(dir);
});
afterAll(() => removeDir(dir));

const soffice = findSoffice();
const itIfSoffice = soffice || process.env.CI ? it : it.skip;

describe('improvement-plan evidence', () => {
  it('prints the gaps of each NC for the stage it has reached', async () => {
    const run = await runCli(['evidence', xlsx, '--as-of', '2026-11-26']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '4 NCs (as of 2026-11-26): 0 with a complete 10.2 trail for the stage reached, 4 with gaps.',
    );
    expect(run.stdout).toContain(
      'NC-2 (row 3, Implemented) — Backups not tested\n  (f) no requirement reference (no Requirement / control column)\n  (d) check 10 days late, no result',
    );
    expect(run.stdout).toContain(
      'NC-4 (row 5, Closed) — Visitor log incomplete\n  (f) no requirement reference (no Requirement / control column)\n  (b) no root cause\n  (d) no verifier',
    );
    expect(run.stdout).toContain('Add --out <evidence.xlsx>');
  });

  it('--lang fr: the summary, each NC’s line and the hint in French; the JSON unchanged', async () => {
    const run = await runCli(['evidence', xlsx, '--as-of', '2026-11-26', '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '4 non-conformités (au 26 nov. 2026) : 0 avec une trace 10.2 complète pour l’étape atteinte, 4 avec des lacunes.',
    );
    expect(run.stdout).toContain('NC-2 (ligne 3, Implemented) — Backups not tested\n');
    expect(run.stdout).toContain('Ajoutez --out <evidence.xlsx> pour écrire toute la trace');
    const json = await runCli(['evidence', xlsx, '--as-of', '2026-11-26', '--lang', 'fr', '--json']);
    const english = await runCli(['evidence', xlsx, '--as-of', '2026-11-26', '--json']);
    expect(json.stdout).toBe(english.stdout);
  });

  it('--json carries the whole trail', async () => {
    const run = await runCli(['evidence', xlsx, '--as-of', '2026-11-26', '--json']);
    const out = json<{ ncs: { id: string; steps: Record<string, { text: string }> }[]; output: null }>(run);
    expect(out.ncs.map((n) => n.id)).toEqual(['NC-1', 'NC-2', 'NC-4', 'NC-5']);
    expect(out.ncs[0].steps.b.text).toBe('No calendar entry\nSimilar elsewhere: No');
    expect(out.output).toBeNull();
  });

  it('--out writes a copy with a dated "Evidence 10.2" sheet that the reader and LibreOffice open; the input is untouched', async () => {
    const before = await sha256(xlsx);
    const out = path.join(dir, 'evidence.xlsx');
    const run = await runCli(['evidence', xlsx, '--as-of', '2026-11-26', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Wrote ${out}: a copy of plan.xlsx with the sheet "Evidence 10.2 2026-11-26" added.`,
    );
    expect(await sha256(xlsx)).toBe(before);
    const read = await readWorkbook(out);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.sheets.map((s) => s.name)).toEqual(['Improvement plan', 'Evidence 10.2 2026-11-26']);
    const values = read.value.sheets[1].grid.values;
    const nc4 = values.find((r) => r[0] === 'NC-4')!;
    expect(nc4[1]).toBe('Closed');
    expect(String(nc4[4])).toContain('GAP: no root cause');
    expect(nc4[9]).toBe(
      '(f) no requirement reference (no Requirement / control column)\n(b) no root cause\n(d) no verifier',
    );
    // A second run refuses to replace it without --force.
    const again = await runCli(['evidence', xlsx, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).not.toMatch(STACK_TRACE);
  });

  itIfSoffice(
    'LibreOffice opens the copy and prints the evidence sheet',
    () => {
      const out = path.join(dir, 'evidence.xlsx');
      const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
      const pdfDir = path.join(dir, 'pdf');
      fs.mkdirSync(pdfDir, { recursive: true });
      try {
        spawnSync(
          soffice!,
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'pdf',
            '--outdir',
            pdfDir,
            out,
          ],
          { encoding: 'utf8', timeout: 170_000 },
        );
      } finally {
        fs.rmSync(new URL(profile), { recursive: true, force: true });
      }
      const pdf = path.join(pdfDir, 'evidence.pdf');
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Corrective action evidence');
      expect(text).toContain('GAP: no root cause');
    },
    200_000,
  );

  it('a CSV register gives a new workbook with the register and the evidence sheet', async () => {
    const csv = await writeCsv(dir);
    const out = path.join(dir, 'from-csv.xlsx');
    const run = await runCli(['evidence', csv, '--as-of', '2026-11-26', '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(json<{ output: { sheet: string } }>(run).output.sheet).toBe('Evidence 10.2 2026-11-26');
  });

  it('the sample register', async () => {
    const run = await runCli(['evidence', SAMPLE_XLSX, '--as-of', '2026-11-26', '--json']);
    expect(run.code).toBe(0);
    const out = json<{ counts: { ncs: number; withGaps: number } }>(run);
    expect(out.counts.ncs).toBeGreaterThan(50);
    expect(out.counts.withGaps).toBeGreaterThan(0);
  });
});
