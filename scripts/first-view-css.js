// The CSS of the pane's first view, written into taskpane.html at build time (BENCHMARKS.md part 5).
//
// At run time Griffel inserts each rule of a component's styles with `insertRule` the first time the
// component renders: the first view's ~400 rules, one by one, inside the first commit (24–76 ms at 4×
// CPU throttle in profiles). Here the first view is rendered once in Node at build time (React's
// renderToString, a server-side Griffel renderer) and the rules it inserted are written into the page
// as Griffel's own `<style data-make-styles-bucket>` elements, one rule a line. In the browser the
// parser reads them with the page, before office.js; the pane then hands them to Griffel's renderer
// (src/taskpane/firstViewStyles.ts), which inserts only what they do not hold.
//
//   node scripts/first-view-css.js          prints the elements as JSON ({ attributes, rules }[])
//   require('./scripts/first-view-css.js').FirstViewCss   the webpack plugin (production builds)
//
// The render runs in a child process: it loads the pane's TypeScript through a require hook and
// stubs `requestIdleCallback` (as in the browser, nothing waits for idle in the first commit), none
// of which belongs in webpack's process.
'use strict';

const path = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');

/** Renders the first view in this process and returns its Griffel style elements. */
function renderFirstViewCss() {
  const fs = require('node:fs');
  const ts = require('typescript');
  const compile = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        jsx: ts.JsxEmit.ReactJSX,
        esModuleInterop: true,
        isolatedModules: true,
      },
      reportDiagnostics: false,
    });
    module._compile(outputText, filename);
  };
  require.extensions['.ts'] = compile;
  require.extensions['.tsx'] = compile;
  // The browser's first commit: the pane mounts what the first view does not show once it is idle.
  globalThis.requestIdleCallback = () => 0;
  globalThis.cancelIdleCallback = () => undefined;

  const { createElement } = require('react');
  const { renderToString } = require('react-dom/server');
  const { RendererProvider, createDOMRenderer } = require('@fluentui/react-components');
  const { styleBucketOrdering } = require('@griffel/core');
  const { App } = require(path.join(ROOT, 'src/taskpane/App.tsx'));

  const renderer = createDOMRenderer(undefined); // no document: rules are kept, not inserted
  const errors = [];
  const html = renderToString(
    createElement(
      RendererProvider,
      { renderer },
      // No command runs in the first render (the pane calls them from effects, which a server render skips).
      createElement(App, { commands: {} }),
    ),
    { onError: (error) => errors.push(error) },
  );
  if (errors.length) throw new Error(`the first view failed to render: ${errors[0]}`);
  if (!html.includes('role="tablist"')) throw new Error('the first view rendered no tab list');
  const order = (sheet) => styleBucketOrdering.indexOf(sheet.bucketName);
  return Object.values(renderer.stylesheets)
    .sort((a, b) => {
      if (order(a) !== order(b)) return order(a) - order(b);
      const media = renderer.compareMediaQueries(
        a.elementAttributes.media ?? '',
        b.elementAttributes.media ?? '',
      );
      return (
        media || Number(a.elementAttributes['data-priority']) - Number(b.elementAttributes['data-priority'])
      );
    })
    .map((sheet) => ({ attributes: { ...sheet.elementAttributes }, rules: sheet.cssRules() }))
    .filter((sheet) => sheet.rules.length > 0);
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The `<style>` elements for the page: one rule a line (src/taskpane/firstViewStyles.ts splits them
 * back into the strings Griffel keys its cache by). A rule with a line break or `</` in it would
 * break that or the page, so the build stops instead.
 */
function styleElements(sheets) {
  return sheets
    .map(({ attributes, rules }) => {
      for (const rule of rules)
        if (/[\n\r]|<\//.test(rule))
          throw new Error(`first-view-css: a rule cannot be written as one line: ${rule}`);
      const attrs = Object.entries(attributes)
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('');
      return `<style${attrs}>\n${rules.join('\n')}\n</style>`;
    })
    .join('');
}

/** The elements, rendered in a child process (see above). */
function firstViewCss() {
  const json = execFileSync(process.execPath, [path.join(__dirname, 'first-view-css.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(json);
}

/**
 * Webpack plugin: writes the first view's CSS at the end of taskpane.html's <head> (production
 * builds; the other pages are left as they are). It edits the emitted page after webpack's own
 * minimizer has run over it: that minimizer rewrites inline CSS (reorders declarations, expands
 * `system-ui`), and the rules must stay the exact strings Griffel keys its cache by.
 */
class FirstViewCss {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap('FirstViewCss', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'FirstViewCss', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          if (!assets['taskpane.html']) return;
          compilation.updateAsset('taskpane.html', (source) => {
            const html = source.source().toString();
            if (!html.includes('</head>')) throw new Error('first-view-css: taskpane.html has no </head>');
            return new sources.RawSource(html.replace('</head>', `${styleElements(firstViewCss())}</head>`));
          });
        },
      );
    });
  }
}

module.exports = { FirstViewCss, firstViewCss, styleElements };

if (require.main === module) process.stdout.write(JSON.stringify(renderFirstViewCss()));
