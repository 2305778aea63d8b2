import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { paneTranslator } from '../../../core/i18n';
import { Landing } from './Landing';

/**
 * The language of the page outside Office, where there is no Office display language: `?lang=`
 * (a support link, the tests), else the browser's first language.
 */
export function browserLanguage(): string | undefined {
  try {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked) return asked;
  } catch {
    // No location (not a browser): the navigator below.
  }
  return typeof navigator === 'undefined' ? undefined : (navigator.languages?.[0] ?? navigator.language);
}

/** Shows the landing page in `container`, in the browser's language (English when we lack it). */
export async function renderLanding(container: HTMLElement): Promise<void> {
  const t = await paneTranslator(browserLanguage());
  document.documentElement.lang = t.locale.split('-')[0]!;
  createRoot(container).render(
    <StrictMode>
      <Landing t={t} />
    </StrictMode>,
  );
}
