import {
  EN,
  LANGUAGES,
  allCatalogues,
  coreTranslator,
  paneTranslator,
  placeholders,
  resolveLanguage,
  resolveLocale,
} from '../../../src/core/i18n';

describe('message catalogue', () => {
  it('has every English key in every language, with the same arguments', async () => {
    const all = await allCatalogues();
    const problems: string[] = [];
    for (const lang of LANGUAGES) {
      for (const part of ['core', 'pane'] as const) {
        const en = all.en[part] as Record<string, string>;
        const other = all[lang][part] as Record<string, string>;
        for (const key of Object.keys(en)) {
          if (typeof other[key] !== 'string' || other[key]!.trim() === '') {
            problems.push(`${lang}/${part}: ${key} missing`);
            continue;
          }
          const want = placeholders(en[key]!).join(',');
          const got = placeholders(other[key]!).join(',');
          if (want !== got)
            problems.push(`${lang}/${part}: ${key} uses {${got}} where English uses {${want}}`);
        }
        for (const key of Object.keys(other))
          if (!(key in en)) problems.push(`${lang}/${part}: ${key} not in English`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds the arguments of plural and select messages', () => {
    expect(placeholders('{count, plural, one {# action for {owner}} other {# actions}} on {date}')).toEqual([
      'count',
      'date',
      'owner',
    ]);
    expect(placeholders("It''s '{literal}'")).toEqual([]);
  });

  it('reads language tags from Office, browsers and POSIX', () => {
    expect(resolveLanguage('de-DE')).toBe('de');
    expect(resolveLanguage('pt-BR')).toBe('pt');
    expect(resolveLanguage('it_IT.UTF-8')).toBe('it');
    expect(resolveLanguage('C')).toBe('en');
    expect(resolveLanguage('ja-JP')).toBe('en');
    expect(resolveLanguage(undefined)).toBe('en');
    expect(resolveLocale('de-CH')).toBe('de-CH');
    expect(resolveLocale('fr_FR.UTF-8')).toBe('fr-FR');
    expect(resolveLocale('C.UTF-8')).toBe('en-GB');
  });

  it('formats numbers, shares and dates with the language’s conventions', async () => {
    const de = await coreTranslator('de-DE');
    expect(de.number(12345.5)).toBe('12.345,5');
    expect(de.percent(0.25)).toMatch(/^25\s%$/);
    expect(de.date('2026-03-01')).toBe('01.03.2026');
    expect(EN.number(12345.5)).toBe('12,345.5');
    expect(de.date('not a date')).toBe('not a date');
  });

  it('falls back to English, then to the key, never to an empty string', async () => {
    const pane = await paneTranslator('fr');
    expect(pane.t('pane.language')).toBe('Langue');
    expect(EN.t('language.name')).toBe('English');
    expect(EN.t('no.such.key' as never)).toBe('no.such.key');
  });
});
