/** Small helpers for tests that drive the pane: the pending-moves list and keyboard-only focus moves. */
import type { Page } from 'playwright-core';
import type { Pane } from './harness';

/** Rows listed in the pending-moves banner (expanding it when needed). */
export async function listedRows(pane: Pane): Promise<number[]> {
  const banner = pane.page.getByRole('region', { name: 'Status changes to complete' });
  const show = banner.getByRole('button', { name: 'Show the list' });
  if (await show.count()) await show.click();
  const items = await banner.getByRole('listitem').allInnerTexts();
  return items.map((t) => Number(/, row (\d+):/.exec(t)?.[1])).sort((a, b) => a - b);
}

/** Presses Tab until the focused element matches (role and accessible name as the page sees them). */
export async function tabTo(
  page: Page,
  match: (el: { role: string; name: string }) => boolean,
  max = 60,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a) return { role: '', name: '' };
      const labelled = a.getAttribute('aria-labelledby');
      const byId = labelled
        ? labelled
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : '';
      const label = (a as HTMLInputElement).labels?.[0]?.textContent ?? '';
      const role =
        a.getAttribute('role') ?? (a instanceof HTMLInputElement ? a.type : a.tagName.toLowerCase());
      return {
        role: role === 'submit' ? 'button' : role,
        name: (a.getAttribute('aria-label') ?? (byId || label || a.textContent || ''))
          .replace(/\s*\*$/, '')
          .trim(),
      };
    });
    if (match(el)) return;
  }
  throw new Error(`Tab never reached the wanted element within ${max} presses`);
}
