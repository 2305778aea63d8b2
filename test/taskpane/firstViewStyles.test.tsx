import './setup';
import { render, screen } from '@testing-library/react';
import { RendererProvider, createDOMRenderer, type GriffelRenderer } from '@fluentui/react-components';
import { useRenderer_unstable } from '@griffel/react';
import { App } from '../../src/taskpane/App';
import { adoptFirstViewStyles, FirstViewStyles } from '../../src/taskpane/firstViewStyles';
import { FakeCommands } from './fakeCommands';

/**
 * The production build writes the first view's CSS into taskpane.html (scripts/first-view-css.js,
 * webpack.config.js) and the pane hands it to Griffel's renderer before the first render
 * (src/taskpane/firstViewStyles.tsx): the first commit then inserts none of those rules again.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { firstViewCss, styleElements } = require('../../scripts/first-view-css.js') as {
  firstViewCss(): { attributes: Record<string, string>; rules: string[] }[];
  styleElements(sheets: { attributes: Record<string, string>; rules: string[] }[]): string;
};

const sheets = firstViewCss();
const allRules = sheets.flatMap((s) => s.rules);

/** Griffel's own rules inserted while `run` runs (every CSSStyleSheet.insertRule call). */
function insertedDuring(run: () => void): string[] {
  const inserted: string[] = [];
  const original = CSSStyleSheet.prototype.insertRule;
  CSSStyleSheet.prototype.insertRule = function (rule: string, index?: number) {
    inserted.push(rule);
    return original.call(this, rule, index);
  };
  try {
    run();
  } finally {
    CSSStyleSheet.prototype.insertRule = original;
  }
  return inserted;
}

describe("the first view's CSS written at build time", () => {
  beforeEach(() => {
    document.head.querySelectorAll('style').forEach((e) => e.remove());
    document.head.insertAdjacentHTML('beforeend', styleElements(sheets));
  });

  it('holds the rules of the tab list, the provider and Home’s placeholder, in Griffel’s bucket order', () => {
    expect(allRules.length).toBeGreaterThan(200);
    expect(new Set(allRules).size).toBe(allRules.length);
    expect(allRules.some((r) => r.includes('--colorNeutralBackground1'))).toBe(true);
    expect(sheets.map((s) => s.attributes['data-make-styles-bucket'])).toEqual(
      [...sheets.map((s) => s.attributes['data-make-styles-bucket'])].sort(
        (a, b) => 'rdlvwfihasktmcx'.indexOf(a!) - 'rdlvwfihasktmcx'.indexOf(b!),
      ),
    );
  });

  it('writes one rule a line and refuses a rule that cannot be', () => {
    const html = styleElements(sheets);
    const lines = html.split('\n').filter((l) => !l.startsWith('<') && !l.startsWith('</'));
    expect(lines).toEqual(allRules);
    expect(() =>
      styleElements([{ attributes: { 'data-make-styles-bucket': 'd' }, rules: ['.a{content:"\n"}'] }]),
    ).toThrow(/one line/);
    expect(() =>
      styleElements([{ attributes: { 'data-make-styles-bucket': 'd' }, rules: ['.a{}</style>'] }]),
    ).toThrow(/one line/);
  });

  it('takes the rules over once per renderer, and appends later rules of a bucket to its element', () => {
    const renderer = createDOMRenderer(document);
    expect(adoptFirstViewStyles(renderer)).toBe(allRules.length);
    expect(adoptFirstViewStyles(renderer)).toBe(0);
    expect(Object.keys(renderer.insertionCache).sort()).toEqual([...allRules].sort());
    const before = document.head.querySelectorAll('style').length;
    const inserted = insertedDuring(() =>
      renderer.insertCSSRules({ d: [allRules.find((r) => r.startsWith('.f'))!, '.fzz{color:red;}'] }),
    );
    expect(inserted).toEqual(['.fzz{color:red;}']);
    expect(document.head.querySelectorAll('style').length).toBe(before);
    const d0 = document.head.querySelector<HTMLStyleElement>(
      'style[data-make-styles-bucket="d"][data-priority="0"]',
    )!;
    expect(Array.from(d0.sheet!.cssRules, (r) => r.cssText).some((t) => t.startsWith('.fzz'))).toBe(true);
  });

  it('is what the first render inserts, and leaves that render nothing to insert', () => {
    // As in the browser: what waits for the first idle moment is not in the first commit.
    const idle = window.requestIdleCallback;
    const cancel = window.cancelIdleCallback;
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => undefined;
    try {
      // Without the page's CSS, a renderer of its own: the rules the first render inserts.
      document.head.querySelectorAll('style').forEach((e) => e.remove());
      const control = createDOMRenderer(document);
      render(
        <RendererProvider renderer={control}>
          <App commands={new FakeCommands()} />
        </RendererProvider>,
      ).unmount();
      expect(Object.keys(control.insertionCache).sort()).toEqual([...allRules].sort());

      // With it, as index.tsx renders the pane: the renderer Fluent's components use takes it over.
      document.head.querySelectorAll('style').forEach((e) => e.remove());
      document.head.insertAdjacentHTML('beforeend', styleElements(sheets));
      const elements = document.head.querySelectorAll('style[data-make-styles-bucket]').length;
      let used: GriffelRenderer | undefined;
      function Probe() {
        used = useRenderer_unstable();
        return null;
      }
      const view = render(
        <FirstViewStyles>
          <Probe />
          <App commands={new FakeCommands()} />
        </FirstViewStyles>,
      );
      expect(screen.getAllByRole('tab').length).toBeGreaterThan(1);
      // Every rule the render asked for was in the page: none inserted, no Griffel <style> added
      // (the provider's theme variables are a <style> of their own, as before).
      expect(Object.keys(used!.insertionCache).sort()).toEqual([...allRules].sort());
      expect(document.head.querySelectorAll('style[data-make-styles-bucket]').length).toBe(elements);
      view.unmount();
    } finally {
      window.requestIdleCallback = idle;
      window.cancelIdleCallback = cancel;
    }
  });
});
