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

/**
 * Opens a view by its tab, or from the "More" menu when the tab did not fit the pane's width.
 * Returns the view's panel.
 */
export async function openView(pane: Pane, name: string) {
  const { page } = pane;
  const tab = page
    .getByRole('tablist', { name: 'Improvement Plan views' })
    .getByRole('tab', { name, exact: true });
  const panel = page.getByRole('tabpanel', { name, exact: true });
  // The row measures itself again when the "More" menu mounts after the first view, so a tab seen
  // a moment ago may have moved into the menu (or back): try the way the row shows now, a few times.
  for (let attempt = 0; ; attempt++) {
    try {
      if (await tab.isVisible()) await tab.click({ timeout: 3_000 });
      else {
        await page.getByRole('tab', { name: /^More \(\d+\)$/ }).click({ timeout: 3_000 });
        await page.getByRole('menuitem', { name, exact: true }).click({ timeout: 3_000 });
      }
      await panel.waitFor({ timeout: 3_000 });
      return panel;
    } catch (error) {
      if (attempt >= 4) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Overflow of the page and the tab row, as the user would see it (clipped or scrolling). */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth)
      problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const list = document.querySelector('[role="tablist"]');
    if (list) {
      const shown = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].filter(
        (t) => t.offsetParent !== null,
      );
      const tops = new Set(shown.map((t) => Math.round(t.getBoundingClientRect().top)));
      if (tops.size > 1) problems.push(`the tabs wrap onto ${tops.size} rows`);
      const right = list.getBoundingClientRect().right;
      for (const t of shown)
        if (t.getBoundingClientRect().right > right + 0.5) problems.push(`tab “${t.textContent}” is cut off`);
    }
    // Any visible control wider than the page (a field running past the right edge).
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, input, select, textarea, [role="combobox"]',
    )) {
      if (el.offsetParent === null) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > doc.clientWidth + 0.5)
        problems.push(
          `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}” runs past the right edge`,
        );
    }
    return problems;
  });
}
