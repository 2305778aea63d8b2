/**
 * The command line in the user's language: `--lang`, else LC_ALL / LC_MESSAGES / LANG. In-process
 * runs for the words; the built command (dist/) for the environment and the review workbook,
 * which LibreOffice opens and shows in German.
 */
import { runCli, SAMPLE_XLSX, AS_OF, json } from './cliHarness';

describe('the command line speaks the user’s language', () => {
  it('validate --lang de: German headings, findings and counts; codes unchanged', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF, '--lang', 'de']);
    expect(run.stdout).toMatch(
      /sample-register\.xlsx: Blatt „Improvement plan“, Kopfzeile in Zeile 3, \d+ Maßnahmenzeilen darunter\./,
    );
    expect(run.stdout).toContain('(Stand 26.11.2026)');
    expect(run.stdout).toMatch(/Haken Sie beim Verantwortlichen nach/);
    expect(run.stdout).toContain('  overdue');
    expect(run.stdout).not.toMatch(/ is \d+ days overdue/);
    expect(run.stdout).toMatch(
      /\d+ Fehler, \d+ Warnungen, \d+ Hinweise in 200 Maßnahmenzeilen \(Stand 26\.11\.2026\)\./,
    );
  });

  it('validate --format json keeps the English message and adds the localised one', async () => {
    type Report = { findings: { code: string; message: string; localizedMessage?: string; key?: string }[] };
    const fr = json<Report>(
      await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF, '--format', 'json'], {
        env: { LANG: 'fr_FR.UTF-8' },
      }),
    );
    const overdue = fr.findings.find((f) => f.code === 'overdue')!;
    expect(overdue.message).toMatch(/ days? overdue \(target \d{4}-\d{2}-\d{2}\)/);
    expect(overdue.localizedMessage).toMatch(/est en retard de \d+ jours? \(échéance \d{1,2} \S+ \d{4}\)/);
    expect(overdue).not.toHaveProperty('key');
    const en = json<Report>(await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF, '--format', 'json']));
    expect(en.findings.every((f) => f.localizedMessage === undefined && f.key === undefined)).toBe(true);
  });

  it('the environment decides without --lang: LC_ALL, then LC_MESSAGES, then LANG; C is English', async () => {
    const head = async (env: Record<string, string>, extra: string[] = []) =>
      (await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF, ...extra], { env })).stdout.split('\n')[0];
    expect(await head({ LANG: 'fr_FR.UTF-8' })).toContain(': feuille « Improvement plan », en-tête ligne 3');
    expect(await head({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'it_IT.UTF-8' })).toContain(
      'foglio «Improvement plan»',
    );
    expect(await head({ LANG: 'de_DE.UTF-8', LC_ALL: 'C' })).toContain(
      ': sheet "Improvement plan", header on row 3',
    );
    expect(await head({ LANG: 'de_DE.UTF-8' }, ['--lang', 'es'])).toContain('hoja «Improvement plan»');
    expect(await head({ LANG: 'ja_JP.UTF-8' })).toContain('header on row 3');
  });

  it('review --lang it: the figures in Italian, the JSON keys unchanged', async () => {
    const run = await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF, '--lang', 'it']);
    expect(run.stdout).toContain(
      'Dati del riesame della direzione, periodo dal 27 nov 2025 al 26 nov 2026, al 26 nov 2026:',
    );
    expect(run.stdout).toMatch(/ {2}Efficacia \(non conformità chiuse\) +98,6%/);
    expect(run.stdout).toContain('Aggiungete --out <riesame.xlsx>');
    const figures = json<{ total: number; words: { type: Record<string, string> } }>(
      await runCli(['review', SAMPLE_XLSX, '--as-of', AS_OF, '--lang', 'it', '--json']),
    );
    expect(figures.total).toBe(200);
    expect(Object.keys(figures.words.type)).toContain('minor-nc');
  });

  it('an unknown --lang is one clear line and exit 2', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--lang', 'klingon']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      '--lang must be one of en, de, fr, es, it, nl, pt (or a tag such as de-DE), not "klingon".',
    );
  });
});
