/**
 * The one message catalogue: `core` (findings, review sheet, command line) and `pane` (the
 * task pane), English built in, every other language loaded on demand — a lazy chunk in the
 * pane, a plain require on the command line.
 */
import { core as enCore, type CoreKey, type CoreMessages } from './locales/en/core';
import { pane as enPane, type PaneKey, type PaneMessages } from './locales/en/pane';
import { createTranslator, type Translator } from './format';
import { DEFAULT_LOCALE, LANGUAGES, resolveLanguage, resolveLocale, type Lang } from './languages';

export type { CoreKey, CoreMessages, PaneKey, PaneMessages };
export type CoreTranslator = Translator<CoreKey>;
export type PaneTranslator = Translator<PaneKey>;

export const EN_CORE: CoreMessages = enCore;
export const EN_PANE: PaneMessages = enPane;

const CORE_LOADERS: Record<Lang, () => Promise<CoreMessages>> = {
  en: () => Promise.resolve(enCore),
  de: () => import(/* webpackChunkName: "i18n-de" */ './locales/de/core').then((m) => m.core),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ './locales/fr/core').then((m) => m.core),
  es: () => import(/* webpackChunkName: "i18n-es" */ './locales/es/core').then((m) => m.core),
  it: () => import(/* webpackChunkName: "i18n-it" */ './locales/it/core').then((m) => m.core),
  nl: () => import(/* webpackChunkName: "i18n-nl" */ './locales/nl/core').then((m) => m.core),
  pt: () => import(/* webpackChunkName: "i18n-pt" */ './locales/pt/core').then((m) => m.core),
};

const PANE_LOADERS: Record<Lang, () => Promise<PaneMessages>> = {
  en: () => Promise.resolve(enPane),
  de: () => import(/* webpackChunkName: "i18n-de" */ './locales/de/pane').then((m) => m.pane),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ './locales/fr/pane').then((m) => m.pane),
  es: () => import(/* webpackChunkName: "i18n-es" */ './locales/es/pane').then((m) => m.pane),
  it: () => import(/* webpackChunkName: "i18n-it" */ './locales/it/pane').then((m) => m.pane),
  nl: () => import(/* webpackChunkName: "i18n-nl" */ './locales/nl/pane').then((m) => m.pane),
  pt: () => import(/* webpackChunkName: "i18n-pt" */ './locales/pt/pane').then((m) => m.pane),
};

/** English, available at once (the default of every function that writes words). */
export const EN: CoreTranslator = createTranslator<CoreKey>('en', enCore, enCore, DEFAULT_LOCALE.en);

/** The core messages for a language tag ("de-DE", "it_IT.UTF-8"); English when we lack the language. */
export async function coreTranslator(tag: string | null | undefined): Promise<CoreTranslator> {
  const lang = resolveLanguage(tag);
  return createTranslator<CoreKey>(lang, await CORE_LOADERS[lang](), enCore, resolveLocale(tag));
}

/** The pane messages for a language tag; English when we lack the language. */
export async function paneTranslator(tag: string | null | undefined): Promise<PaneTranslator> {
  const lang = resolveLanguage(tag);
  return createTranslator<PaneKey>(lang, await PANE_LOADERS[lang](), enPane, resolveLocale(tag));
}

/** Every language's catalogues, for the completeness test and the pseudo-locale. */
export async function allCatalogues(): Promise<Record<Lang, { core: CoreMessages; pane: PaneMessages }>> {
  const out = {} as Record<Lang, { core: CoreMessages; pane: PaneMessages }>;
  for (const lang of LANGUAGES)
    out[lang] = { core: await CORE_LOADERS[lang](), pane: await PANE_LOADERS[lang]() };
  return out;
}
