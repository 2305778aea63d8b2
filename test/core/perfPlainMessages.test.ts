import { IntlMessageFormat } from 'intl-messageformat';
import { allCatalogues } from '../../src/core/i18n/catalog';
import { createTranslator, placeholders, type MessageValues } from '../../src/core/i18n/format';
import { DEFAULT_LOCALE, LANGUAGES } from '../../src/core/i18n/languages';

/**
 * Issue 22: messages whose only arguments are plain `{name}`s are formatted without
 * intl-messageformat. Every message of every catalogue, in every language, must read exactly as
 * intl-messageformat writes it — or fail as it fails.
 */
function icu(source: string, locale: string, values: MessageValues | undefined): string {
  const out = new IntlMessageFormat(source, locale).format(values as Record<string, string | number | Date>);
  return Array.isArray(out) ? out.join('') : String(out);
}

/** The message as `format` gives it, or the error it throws (its message). */
function outcome(format: () => string): string {
  try {
    return `ok:${format()}`;
  } catch (error) {
    return `error:${(error as Error).message}`;
  }
}

/** Values of several kinds for a message's arguments; plural and number arguments get numbers. */
function valueSets(source: string): MessageValues[] {
  const names = placeholders(source);
  const each = (value: (name: string) => MessageValues[string]) =>
    Object.fromEntries(names.map((n) => [n, value(n)])) as MessageValues;
  return [
    each((n) => `«${n}» l'{x} <b> # 12`),
    each(() => 1234.5),
    each(() => 0),
    each(() => ''),
    each(() => null),
    each(() => undefined),
    each(() => new Date(Date.UTC(2026, 10, 26))),
    // A value missing: the message fails as intl-messageformat fails (when it has arguments).
    Object.fromEntries(names.slice(1).map((n) => [n, 'x'])),
  ];
}

describe('plain {name} messages formatted without intl-messageformat', () => {
  test('every catalogue message in every language reads exactly as intl-messageformat writes it', async () => {
    const catalogues = await allCatalogues();
    let compared = 0;
    let plain = 0;
    for (const lang of LANGUAGES) {
      const locale = DEFAULT_LOCALE[lang];
      for (const part of ['core', 'pane'] as const) {
        const messages = catalogues[lang][part] as Record<string, string>;
        const t = createTranslator(lang, messages, catalogues.en[part] as Record<string, string>, locale);
        for (const [key, source] of Object.entries(messages)) {
          if (!source.includes('{')) continue;
          if (!/\{\s*\w+\s*,/.test(source)) plain++;
          for (const values of valueSets(source)) {
            const expected = outcome(() => icu(source, locale, values));
            // Each key twice: its first format compiles it, the second reads the compiled form.
            expect(`${lang} ${key}: ${outcome(() => t.t(key, values))}`).toBe(`${lang} ${key}: ${expected}`);
            expect(`${lang} ${key}: ${outcome(() => t.t(key, values))}`).toBe(`${lang} ${key}: ${expected}`);
            compared++;
          }
        }
      }
    }
    // Most messages with arguments are plain `{name}`s (the count is a floor, not exact).
    expect(plain).toBeGreaterThan(1_000);
    expect(compared).toBeGreaterThan(10_000);
  });

  test('the apostrophes and braces ICU reads as syntax keep their meaning', () => {
    const messages: Record<string, string> = {
      word: "l'action {name} d'audit",
      quoted: "'{name}' is {name}",
      doubled: "it''s {name}",
      pound: '{name} # 1',
      plural: '{n, plural, one {# row} other {# rows}} for {name}',
      spaced: '{ name } here',
      select: '{kind, select, nc {an NC} other {{name}}}',
      tag: 'a <b>{name}</b>',
    };
    const t = createTranslator('fr', messages, messages, 'fr-FR');
    for (const [key, source] of Object.entries(messages)) {
      const values = { name: 'X', n: 2000, kind: 'nc' };
      const tags = { b: (chunks: unknown[]) => chunks.join('') };
      const expected = outcome(() => icu(source, 'fr-FR', { ...values, ...(tags as object) }));
      expect([key, outcome(() => t.t(key, { ...values, ...(tags as object) }))]).toEqual([key, expected]);
    }
  });
});
