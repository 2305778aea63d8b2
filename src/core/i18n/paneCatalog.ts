/**
 * The task pane's half of the message catalogue: English built in, every other language a lazy
 * chunk. Imports nothing of the core's messages (see coreCatalog.ts), so the pane's first view
 * carries only its own.
 */
import { pane as enPane, type PaneKey, type PaneMessages } from './locales/en/pane';
import { createTranslator, type Translator } from './format';
import { resolveLanguage, resolveLocale, type Lang } from './languages';

export type { PaneKey, PaneMessages };
export type PaneTranslator = Translator<PaneKey>;

export const EN_PANE: PaneMessages = enPane;

const PANE_LOADERS: Record<Lang, () => Promise<PaneMessages>> = {
  en: () => Promise.resolve(enPane),
  de: () => import(/* webpackChunkName: "i18n-de" */ './locales/de/pane').then((m) => m.pane),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ './locales/fr/pane').then((m) => m.pane),
  es: () => import(/* webpackChunkName: "i18n-es" */ './locales/es/pane').then((m) => m.pane),
  it: () => import(/* webpackChunkName: "i18n-it" */ './locales/it/pane').then((m) => m.pane),
  nl: () => import(/* webpackChunkName: "i18n-nl" */ './locales/nl/pane').then((m) => m.pane),
  pt: () => import(/* webpackChunkName: "i18n-pt" */ './locales/pt/pane').then((m) => m.pane),
};

/** The pane messages for a language tag; English when we lack the language. */
export async function paneTranslator(tag: string | null | undefined): Promise<PaneTranslator> {
  const lang = resolveLanguage(tag);
  return createTranslator<PaneKey>(lang, await PANE_LOADERS[lang](), enPane, resolveLocale(tag));
}

/** One language's pane messages (the pane half of `allCatalogues`). */
export function paneMessages(lang: Lang): Promise<PaneMessages> {
  return PANE_LOADERS[lang]();
}
