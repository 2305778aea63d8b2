/**
 * ICU's one start-up cost: the page's first Intl number, date or plural format costs 0.1–0.3 s at
 * 4× CPU throttle, whichever comes first, and the others almost nothing after it (BENCHMARKS.md,
 * part 5). Paid when the page is first idle — in taskpane.html while the pane's own script is still
 * compiling, Office is connecting or the pane's chunks are on their way — instead of on the first
 * check's path, where Home's figures or the "More" menu's count would pay it. Nothing is formatted
 * for the user here; without an idle callback (jsdom, old hosts) nothing is done.
 */
export function warmIntlWhenIdle(): void {
  if (typeof requestIdleCallback !== 'function') return;
  requestIdleCallback(() => {
    try {
      new Intl.NumberFormat().format(1);
    } catch {
      // Nothing warmed: the formats are made when first used, as without this.
    }
  });
}
