/**
 * The one message catalogue: `core` (findings, review sheet, command line, coreCatalog.ts) and
 * `pane` (the task pane, paneCatalog.ts), English built in, every other language loaded on demand —
 * a lazy chunk in the pane, a plain require on the command line. The two halves are separate
 * modules so that the pane's first view bundles the pane's English only; this module re-exports
 * both, so every import of it keeps working.
 */
import { coreMessages, type CoreMessages } from './coreCatalog';
import { paneMessages, type PaneMessages } from './paneCatalog';
import { LANGUAGES, type Lang } from './languages';

export * from './coreCatalog';
export * from './paneCatalog';

/** Every language's catalogues, for the completeness test and the pseudo-locale. */
export async function allCatalogues(): Promise<Record<Lang, { core: CoreMessages; pane: PaneMessages }>> {
  const out = {} as Record<Lang, { core: CoreMessages; pane: PaneMessages }>;
  for (const lang of LANGUAGES)
    out[lang] = { core: await coreMessages(lang), pane: await paneMessages(lang) };
  return out;
}
