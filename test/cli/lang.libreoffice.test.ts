/**
 * The built command line (bin/ → dist/, `npx tsc -p tsconfig.cli.json`) in German: LANG decides
 * the words of validate and of the review workbook, and LibreOffice Calc opens that workbook and
 * shows the German sheet, its headings and 9.3.2 items (per-sheet CSV, LibreOffice 7.2+). In CI a
 * missing soffice or build fails the test; elsewhere it is skipped.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import { AS_OF, removeDir, ROOT, SAMPLE_XLSX, tempDir } from './cliHarness';

const BIN = path.join(ROOT, 'bin', 'improvement-plan.js');
const BUILT = fs.existsSync(path.join(ROOT, 'dist', 'cli', 'lang.js'));
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const soffice = [
  '/usr/bin',
  '/usr/local/bin',
  '/opt/libreoffice/program',
  ...(process.env.PATH ?? '').split(':'),
]
  .map((d) => path.join(d, 'soffice'))
  .find((p) => fs.existsSync(p));
const describeIfReady = (soffice && BUILT) || process.env.CI ? describe : describe.skip;

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args, '--as-of', AS_OF], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 120_000,
  });
}

describeIfReady('the built command line in German, and its review workbook in LibreOffice', () => {
  let dir: string;
  let sheet: string;
  let review: ReturnType<typeof cli>;

  beforeAll(async () => {
    if (!soffice || !BUILT)
      throw new Error('needs soffice and the built command line (npx tsc -p tsconfig.cli.json)');
    dir = await tempDir();
    const out = path.join(dir, 'bewertung.xlsx');
    review = cli(['review', SAMPLE_XLSX, '--out', out], { LANG: 'de_DE.UTF-8' });
    expect(review.status).toBe(0);
    const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
    const csvDir = path.join(dir, 'csv');
    const result = spawnSync(
      soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', csvDir, out],
      { encoding: 'utf8', timeout: 120_000 },
    );
    fs.rmSync(new URL(profile), { recursive: true, force: true });
    const csv = path.join(csvDir, 'bewertung-Managementbewertung 2026-11-26.csv');
    if (!fs.existsSync(csv))
      throw new Error(
        `LibreOffice did not write ${csv}. Status ${result.status}\n${result.stdout}\n${result.stderr}`,
      );
    sheet = fs.readFileSync(csv, 'utf8');
  }, 180_000);

  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it('LANG=de_DE.UTF-8 and --lang fr change validate’s words', () => {
    const de = cli(['validate', SAMPLE_XLSX], { LANG: 'de_DE.UTF-8' });
    expect(de.stdout.split('\n')[0]).toMatch(
      /: Blatt „Improvement plan“, Kopfzeile in Zeile 3, 200 Maßnahmenzeilen darunter\.$/,
    );
    expect(de.stdout).toContain('Jeder Maßnahme eine eigene ID geben');
    const fr = cli(['validate', SAMPLE_XLSX, '--lang', 'fr'], { LANG: 'de_DE.UTF-8' });
    expect(fr.stdout).toContain('Donner à chaque action son propre identifiant');
    const c = cli(['validate', SAMPLE_XLSX], { LANG: 'C' });
    expect(c.stdout.split('\n')[0]).toMatch(
      /: sheet "Improvement plan", header on row 3, 200 action rows below the header\.$/,
    );
  });

  it('writes the German review sheet, which LibreOffice opens with its German headings', () => {
    expect(review.stdout).toContain('sheet "Managementbewertung 2026-11-26"');
    for (const heading of [
      'Managementbewertung — fortlaufende Verbesserung (ISO/IEC 27001:2022 Abschnitt 9.3)',
      'Datenqualität — worauf diese Zahlen beruhen',
      'Kennzahlen',
      '(a) Status von Maßnahmen aus vorherigen Managementbewertungen',
      '(d1) Nichtkonformitäten und Korrekturmaßnahmen — Status',
      '(d3) Auditergebnisse',
      '(f) Ergebnisse der Risikobeurteilung und Status des Plans für die Risikobehandlung',
      '(g) Möglichkeiten zur fortlaufenden Verbesserung (offene Verbesserungspotenziale)',
      'Entscheidungen und Maßnahmen (Abschnitt 9.3.3) — in der Sitzung auszufüllen',
    ])
      expect([heading, sheet.includes(heading)]).toEqual([heading, true]);
    expect(sheet).not.toContain('Key figures');
    // The period and as-of cells are dates LibreOffice formats (yyyy-mm-dd), not text.
    expect(sheet.split(/\r?\n/)[1]).toMatch(/Zeitraum,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},Stand,2026-11-26/);
  });
});
