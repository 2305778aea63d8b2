/**
 * The moment the pane's first view is on screen. What the first view does not draw — Home's own
 * code (its placeholder is drawn from memory), the backend chunk — is requested from then on, not
 * while the first view renders: appending a chunk's `<script>` (or webpack's prefetch `<link>`s at
 * start) costs the main thread several milliseconds each at 4× CPU throttle, about 0.1–0.2 s for
 * the first view's dozen chunks.
 */
let markShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (markShown = resolve));

/** Resolves once the first view has been committed and painted (at once in jsdom). */
export function firstViewShown(): Promise<void> {
  return shown;
}

/**
 * Called by the pane after its first commit: resolves firstViewShown after the next paint (a
 * task after the next animation frame). Where the browser has no idle callback (jsdom), at once.
 */
export function firstViewCommitted(): void {
  if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function') markShown();
  else requestAnimationFrame(() => setTimeout(markShown, 0));
}
