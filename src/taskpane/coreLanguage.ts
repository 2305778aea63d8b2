/**
 * The core's messages (findings, the review sheet's language) in the pane's language. Only the
 * views that show the core's words import this module, so the core's English catalogue is in
 * their lazy chunks, not in the first view's script (taskpane.js). English is at hand once this
 * module is in; another language is loaded once per locale and shared by every view.
 */
import { EN, coreTranslator, type CoreTranslator } from '../core/i18n/coreCatalog';
import type { PaneTranslator } from '../core/i18n';

const loaded = new Map<string, CoreTranslator>();
const loading = new Map<string, Promise<CoreTranslator>>();

/** The core's translator for a pane translator's language, loading it once per locale. */
export function loadCoreT(t: Pick<PaneTranslator, 'lang' | 'locale'>): Promise<CoreTranslator> {
  if (t.lang === 'en') return Promise.resolve(EN);
  let promise = loading.get(t.locale);
  if (!promise) {
    promise = coreTranslator(t.locale).then((core) => {
      loaded.set(t.locale, core);
      return core;
    });
    // A chunk that failed to load is tried again by the next view that asks.
    promise.catch(() => loading.delete(t.locale));
    loading.set(t.locale, promise);
  }
  return promise;
}

/** The core's translator for a pane translator's language, when it is loaded already. */
export function cached(t: PaneTranslator): CoreTranslator | undefined {
  return t.lang === 'en' ? EN : loaded.get(t.locale);
}
