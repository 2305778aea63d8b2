/**
 * The core's messages in the pane's language, for the views that show them. Kept apart from
 * coreLanguage.ts: the language provider (i18n.tsx) loads that module itself, and this hook reads
 * the provider, so the two modules do not import each other.
 */
import { useEffect, useState } from 'react';
import { EN, type CoreTranslator } from '../core/i18n/coreCatalog';
import { cached, loadCoreT } from './coreLanguage';
import { useT } from './i18n';

/**
 * The core's translator for the pane's language: findings through `findingMessage(f, core)`.
 * English (the core's default) until the language's chunk is in — then the view renders again.
 */
export function useCoreT(): CoreTranslator {
  const t = useT();
  const [, setVersion] = useState(0);
  const core = cached(t);
  useEffect(() => {
    if (core) return;
    let current = true;
    loadCoreT(t).then(
      () => current && setVersion((v) => v + 1),
      (error: unknown) =>
        console.error('Improvement Plan: the findings’ language could not be loaded', error),
    );
    return () => {
      current = false;
    };
  }, [t, core]);
  return core ?? EN;
}
