/**
 * The language of the command line's words (findings, headings, the review sheet): `--lang`,
 * else the environment as POSIX programs read it — LC_ALL, then LC_MESSAGES, then LANG; "C" and
 * "POSIX" are English. Usage text and JSON keys stay English whatever the language.
 */
import { coreTranslator, type CoreTranslator } from '../core/i18n/catalog';
import { isLang, LANGUAGES } from '../core/i18n/languages';

/** The language tag the run uses, as given ("de", "fr_FR.UTF-8"); undefined means English. */
export function languageTag(
  option: string | undefined,
  env: Record<string, string | undefined>,
): string | undefined {
  if (option !== undefined) return option;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * Whether `--lang` names one of our languages ("de", "de-CH", "pt_BR.UTF-8"); the message for
 * one it does not. A language from the environment that we lack is English, silently, as other
 * programs do.
 */
export function checkLangOption(tag: string): string | undefined {
  const primary = tag
    .trim()
    .split(/[-_.@]/)[0]!
    .toLowerCase();
  return isLang(primary)
    ? undefined
    : `--lang must be one of ${LANGUAGES.join(', ')} (or a tag such as de-DE), not "${tag}".`;
}

/** The translator for the run. */
export function cliTranslator(
  option: string | undefined,
  env: Record<string, string | undefined>,
): Promise<CoreTranslator> {
  return coreTranslator(languageTag(option, env));
}
