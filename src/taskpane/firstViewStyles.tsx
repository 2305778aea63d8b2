import type { ReactNode } from 'react';
import { getStyleSheetKey, type GriffelRenderer, type StyleBucketName } from '@griffel/core';
import { useRenderer_unstable } from '@griffel/react';

/** The attribute Griffel marks its `<style>` elements with (its bucket: `d`, `h`, `m`…). */
const BUCKET = 'data-make-styles-bucket';

const adopted = new WeakSet<GriffelRenderer>();

/**
 * Hands the first view's CSS, written into taskpane.html at build time (scripts/first-view-css.js),
 * to Griffel's renderer: each `<style data-make-styles-bucket>` element becomes the renderer's sheet
 * for its bucket (later rules of that bucket are appended to it, as Griffel does to its own), and
 * each of its rules — one a line — is marked inserted, so the first commit inserts none of them
 * again. What Griffel's `rehydrateRendererCache` does for server-rendered pages, without the CSS
 * parser it brings (the rules are split by line, the way the build wrote them).
 *
 * Once per renderer; returns the number of rules taken over (0 on a page without them).
 */
export function adoptFirstViewStyles(
  renderer: GriffelRenderer,
  doc: Document | undefined = typeof document === 'undefined' ? undefined : document,
): number {
  if (!doc || adopted.has(renderer)) return 0;
  adopted.add(renderer);
  let rules = 0;
  for (const element of Array.from(doc.head.querySelectorAll<HTMLStyleElement>(`style[${BUCKET}]`))) {
    const bucketName = element.getAttribute(BUCKET) as StyleBucketName;
    const key = getStyleSheetKey(
      bucketName,
      element.getAttribute('data-container') ?? (element.media || '0'),
      element.getAttribute('data-priority') ?? '0',
    );
    renderer.stylesheets[key] ??= {
      elementAttributes: Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value])),
      element,
      bucketName,
      cssRules: () => Array.from(element.sheet?.cssRules ?? [], (rule) => rule.cssText),
      insertRule: (rule) => element.sheet?.insertRule(rule, element.sheet.cssRules.length),
    };
    for (const rule of (element.textContent ?? '').split('\n')) {
      if (!rule) continue;
      renderer.insertionCache[rule] = bucketName;
      rules++;
    }
  }
  return rules;
}

/** Around the pane: the renderer its components use takes the page's first-view CSS over before they render. */
export function FirstViewStyles({ children }: { children: ReactNode }) {
  adoptFirstViewStyles(useRenderer_unstable());
  return children;
}
