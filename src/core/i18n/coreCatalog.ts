/**
 * The core's half of the message catalogue (findings, review sheet, command line): English
 * built in, every other language loaded on demand. Its own module so that a bundle which only
 * needs the pane's messages (the task pane's first view) does not carry the core's English.
 */
import { core as enCore, type CoreKey, type CoreMessages } from './locales/en/core';
import { createTranslator, type Translator } from './format';
import { DEFAULT_LOCALE, resolveLanguage, resolveLocale, type Lang } from './languages';

export type { CoreKey, CoreMessages };
export type CoreTranslator = Translator<CoreKey>;

export const EN_CORE: CoreMessages = enCore;

const CORE_LOADERS: Record<Lang, () => Promise<CoreMessages>> = {
  en: () => Promise.resolve(enCore),
  de: () => import(/* webpackChunkName: "i18n-de" */ './locales/de/core').then((m) => m.core),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ './locales/fr/core').then((m) => m.core),
  es: () => import(/* webpackChunkName: "i18n-es" */ './locales/es/core').then((m) => m.core),
  it: () => import(/* webpackChunkName: "i18n-it" */ './locales/it/core').then((m) => m.core),
  nl: () => import(/* webpackChunkName: "i18n-nl" */ './locales/nl/core').then((m) => m.core),
  pt: () => import(/* webpackChunkName: "i18n-pt" */ './locales/pt/core').then((m) => m.core),
};

/** English, available at once (the default of every function that writes words). */
export const EN: CoreTranslator = createTranslator<CoreKey>('en', enCore, enCore, DEFAULT_LOCALE.en);

/** The core messages for a language tag ("de-DE", "it_IT.UTF-8"); English when we lack the language. */
export async function coreTranslator(tag: string | null | undefined): Promise<CoreTranslator> {
  const lang = resolveLanguage(tag);
  return createTranslator<CoreKey>(lang, await CORE_LOADERS[lang](), enCore, resolveLocale(tag));
}

/** One language's core messages (the core half of `allCatalogues`). */
export function coreMessages(lang: Lang): Promise<CoreMessages> {
  return CORE_LOADERS[lang]();
}
