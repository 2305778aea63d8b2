/**
 * The languages the add-in, the review sheet and the command line speak. English is the
 * source and the fallback; a language is added by adding its catalogue files under
 * `locales/` (see README, "Languages").
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language's own name, for the pane's language picker. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  pt: 'Português',
};

/** BCP 47 locale used with Intl when only the language is known. */
export const DEFAULT_LOCALE: Record<Lang, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  pt: 'pt-PT',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a tag as Office (`de-DE`, `pt-BR`), a browser (`fr`) or a POSIX
 * environment (`it_IT.UTF-8`, `C`, `POSIX`) gives it; English when none of ours matches.
 */
export function resolveLanguage(tag: string | null | undefined): Lang {
  const primary = String(tag ?? '')
    .trim()
    .split(/[-_.@]/)[0]!
    .toLowerCase();
  return isLang(primary) ? primary : 'en';
}

/**
 * The locale for Intl formatting: the tag itself when it is a valid BCP 47 tag of one of our
 * languages (so `de-CH` keeps Swiss number grouping), otherwise the language's default.
 */
export function resolveLocale(tag: string | null | undefined): string {
  const lang = resolveLanguage(tag);
  const bcp = String(tag ?? '')
    .trim()
    .split('.')[0]!
    .replace('_', '-');
  if (isLang(bcp.split('-')[0]!.toLowerCase())) {
    try {
      const [canonical] = Intl.getCanonicalLocales(bcp);
      if (canonical) return canonical;
    } catch {
      /* not a BCP 47 tag: the default below */
    }
  }
  return DEFAULT_LOCALE[lang];
}
