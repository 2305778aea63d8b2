/**
 * Part 5 — the task pane in headless Chromium, CPU throttled 4× (DevTools
 * `Emulation.setCPUThrottlingRate`): the production build (part 4's output), the office.js CDN
 * request answered by the bundled host double seeded with the sample register — the e2e
 * harness's pieces (test/e2e/server.ts, test/e2e/double, scripts/build-double.js).
 *
 * - navigation → interactive: from navigation start to the Home view showing the checked
 *   register's figures ("The register at a glance", the pane's first usable state); also from
 *   the moment Office.onReady resolves (the office.js stand-in is the test double, not our code: in
 *   Office it is Microsoft's office.js), so the add-in's own share is visible;
 * - status watcher registered: the pane starts the watcher after the first view (src/taskpane/
 *   startup.ts); the edit below waits for its onChanged handler, as the e2e tests do;
 * - status change → prompt: a local edit of an open NC's status to "Closed" (its gate lacks
 *   fields) until a dialog is in the DOM.
 * Times are `performance.now()` inside the page, marked by a MutationObserver.
 */
import path from 'path';
import { existsSync, readFileSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';
import { columnLetter, isNc, isOpen } from '../src/core';
import { readRegister } from '../src/excel/readRegister';
import { installHostDouble } from '../test/host-double';
import { workbookFromXlsx } from '../test/host-double/xlsx';
import { serializeWorkbook } from '../test/e2e/double/modelJson';
import { serveStatic } from '../test/e2e/server';
import { BENCH_DIST } from './bundle';
import { emptyPart, type Options, type PartResult } from './report';
import { measureRealOfficeJs } from './officeJs';
import { median, round } from './timing';

const ROOT = path.resolve(__dirname, '..');
const SAMPLE = path.join(ROOT, 'examples/sample-register.xlsx');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const GOAL_INTERACTIVE_MS = 500;
export const GOAL_PROMPT_MS = 100;
const THROTTLE = 4;
const RUNS = 5;
const PROMPT_TIMEOUT_MS = 5_000;

/**
 * Marks set in the page: double (the office.js stand-in has run), onReady (Office.onReady has
 * resolved), dcl (the deferred bundles have run), app (tabs rendered), ready (register detected),
 * watching (set by the bench: the watcher's onChanged handler is registered), edit / prompt.
 */
const MARKS = `(() => {
  const m = (window.__benchMarks = {});
  let api;
  Object.defineProperty(window, '__hostDouble', {
    configurable: true,
    get: () => api,
    set: (v) => {
      api = v;
      m.double = performance.now();
      Office.onReady().then(() => (m.onReady = performance.now()));
    },
  });
  document.addEventListener('DOMContentLoaded', () => (m.dcl = performance.now()));
  const check = () => {
    if (m.app === undefined && document.querySelector('[role=tablist] [role=tab]')) m.app = performance.now();
    // The pane opens on Home: usable once its figures of the checked register show (as test/e2e's ready()).
    if (m.ready === undefined && document.querySelector('dl[aria-label="The register at a glance"]')) m.ready = performance.now();
    if (m.edit !== undefined && m.prompt === undefined && document.querySelector('[role=dialog],[role=alertdialog]')) {
      m.prompt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Marks {
  double?: number;
  onReady?: number;
  dcl?: number;
  /** When the last script of the initial view (lazy chunks included) arrived. */
  scripts?: number;
  app?: number;
  ready?: number;
  watching?: number;
  edit?: number;
  prompt?: number;
}

/** The first open NC of the sample register and the cell of its status. */
async function statusCellOfOpenNc(workbook: Awaited<ReturnType<typeof workbookFromXlsx>>) {
  const double = installHostDouble(workbook);
  try {
    const read = await Excel.run((context) => readRegister(context));
    if (!read?.parsed.ok) throw new Error('the sample register was not found by readRegister');
    const register = read.parsed.value;
    const status = register.mapping.columns.status?.column;
    const action = register.actions.find((a) => isNc(a.type) && isOpen(a.state) && a.state !== 'implemented');
    if (!status || !action) throw new Error('the sample register has no open NC to close');
    return {
      sheet: read.sheetName,
      address: `${columnLetter(status)}${action.row}`,
      rows: register.actions.length,
    };
  } finally {
    double.uninstall();
  }
}

async function doubleScript(seedJson: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildBundle } = require(path.join(ROOT, 'scripts/build-double.js')) as {
    buildBundle(name: string): Promise<string>;
  };
  const file = await buildBundle('host-double');
  return `window.__hostDoubleSeed = ${seedJson};\n${readFileSync(file, 'utf8')}`;
}

async function measureOnce(
  browser: Browser,
  origin: string,
  script: string,
  target: { sheet: string; address: string },
): Promise<Marks & { errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 }, locale: 'en-GB' });
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient'),
    );
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script }),
    );
    await context.addInitScript({ content: MARKS });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(`${origin}/taskpane.html`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as { __benchMarks?: Marks }).__benchMarks?.ready !== undefined,
      null,
      {
        timeout: 60_000,
        polling: 50,
      },
    );
    // The edit is prompted only once the watcher listens (the e2e tests wait for it the same way).
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __benchMarks: Marks; __hostDouble: { handlerCount(): number } };
        if (w.__hostDouble.handlerCount() === 0) return false;
        w.__benchMarks.watching ??= performance.now();
        return true;
      },
      null,
      { timeout: 60_000, polling: 'raf' },
    );
    await page.evaluate(
      async ([sheet, address]) => {
        const w = window as unknown as {
          __benchMarks: Marks;
          __hostDouble: { edit(s: string, a: string, v: string, src: string): Promise<void> };
        };
        w.__benchMarks.edit = performance.now();
        await w.__hostDouble.edit(sheet, address, 'Closed', 'Local');
      },
      [target.sheet, target.address] as const,
    );
    await page
      .waitForFunction(() => (window as { __benchMarks?: Marks }).__benchMarks?.prompt !== undefined, null, {
        timeout: PROMPT_TIMEOUT_MS,
        polling: 50,
      })
      .catch(() => undefined);
    const marks = await page.evaluate(() => {
      const m = (window as { __benchMarks?: Marks }).__benchMarks ?? {};
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < (m.ready ?? Infinity))
        .map((e) => (e as PerformanceResourceTiming).responseEnd);
      return { ...m, scripts: Math.max(0, ...scripts) };
    });
    return { ...marks, errors };
  } finally {
    await context.close();
  }
}

export async function runPane(options: Options, done: PartResult[]): Promise<PartResult> {
  const part = emptyPart(
    'pane',
    `5. Pane start-up and reaction (headless Chromium, CPU ${THROTTLE}× slower)`,
  );
  const built = done.find((p) => p.id === 'bundle' && !p.error)?.data.outputPath as string | undefined;
  // Part 4's build; on its own (--only pane), the last bench build, else the shared dist/.
  const dist =
    built ?? (existsSync(path.join(BENCH_DIST, 'taskpane.html')) ? BENCH_DIST : path.join(ROOT, 'dist'));
  if (!existsSync(path.join(dist, 'taskpane.html'))) {
    throw new Error(`${dist}/taskpane.html is missing: run the bundle part (or npm run build) first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}`);
  const workbook = await workbookFromXlsx(SAMPLE);
  const target = await statusCellOfOpenNc(workbook);
  options.log('pane: bundling the host double (cached in test-results/.double)');
  const script = await doubleScript(JSON.stringify(serializeWorkbook(await workbookFromXlsx(SAMPLE))));
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const samples: (Marks & { errors: string[] })[] = [];
  let real: Awaited<ReturnType<typeof measureRealOfficeJs>> | undefined;
  try {
    options.log(`pane: 1 warm-up + ${RUNS} page loads`);
    await measureOnce(browser, server.origin, script, target);
    for (let i = 0; i < RUNS; i++) samples.push(await measureOnce(browser, server.origin, script, target));
    options.log(`pane: Microsoft's office.js in a plain tab, 1 warm-up + ${RUNS} page loads`);
    real = await measureRealOfficeJs(browser, server.origin, THROTTLE, RUNS);
  } finally {
    await browser.close();
    await server.close();
  }
  const at = (k: keyof Marks) => median(samples.map((s) => s[k] ?? NaN));
  const runsOf = (k: keyof Marks) => samples.map((s) => round(s[k] ?? NaN)).join(', ');
  const ready = at('ready');
  const app = at('app');
  const own = samples.map((s) => (s.ready ?? NaN) - (s.onReady ?? NaN));
  const ownReady = median(own);
  const prompted = samples.filter((s) => s.prompt !== undefined && s.edit !== undefined);
  const reaction = prompted.length ? median(prompted.map((s) => s.prompt! - s.edit!)) : NaN;
  part.tables.push({
    title: `sample register (${target.rows} actions), ${RUNS} page loads after 1 warm-up, medians`,
    columns: ['measure', 'median ms', 'runs (ms)', 'goal ms'],
    rows: [
      ['navigation → office.js stand-in (double) has run', round(at('double')), runsOf('double'), ''],
      ['navigation → Office.onReady resolved', round(at('onReady')), runsOf('onReady'), ''],
      ['navigation → DOMContentLoaded (initial bundles run)', round(at('dcl')), runsOf('dcl'), ''],
      ['navigation → tabs rendered', round(app), runsOf('app'), ''],
      ['navigation → last script of the first view received', round(at('scripts')), runsOf('scripts'), ''],
      ['navigation → interactive (register detected)', round(ready), runsOf('ready'), GOAL_INTERACTIVE_MS],
      [
        'Office.onReady resolved → interactive (the add-in’s own share)',
        round(ownReady),
        own.map((v) => round(v)).join(', '),
        '',
      ],
      ['navigation → status watcher registered', round(at('watching')), runsOf('watching'), ''],
      [
        'status change → prompt visible',
        prompted.length ? round(reaction) : 'no prompt',
        prompted.map((s) => round(s.prompt! - s.edit!)).join(', '),
        GOAL_PROMPT_MS,
      ],
    ],
  });
  if (real) {
    part.tables.push(real.table);
    if (real.errors.length)
      part.notes.push(`Page errors with Microsoft's office.js: ${real.errors.join(' | ')}`);
    part.notes.push(
      "The second table runs Microsoft's own office.js, not the stand-in: in a plain tab (no Office host) it " +
        'loads its helper scripts and resolves Office.onReady with no host, and the pane shows its landing page. ' +
        'It times what the real office.js costs before the add-in can start; inside Excel, office.js then loads ' +
        "the host's own script as well, which no test outside Office can serve.",
    );
  }
  const errors = [...new Set(samples.flatMap((s) => s.errors))];
  if (errors.length) part.notes.push(`Page errors: ${errors.join(' | ')}`);
  part.notes.push(
    `Edit: ${target.sheet}!${target.address} (an open NC) set to "Closed" by a local edit through the double.`,
    "The build served is part 4's production build (same webpack config as npm run build).",
    'navigation → interactive is the goal as the issue defines it. It includes the office.js stand-in: the ' +
      'host double (a test double, not shipped) and its seeded workbook, parsed and run before our bundles, ' +
      'and every Excel call the pane makes goes through it. "Office.onReady resolved → interactive" is the ' +
      'add-in’s own share: download and run of our bundles, first render, register detection and check, Home view.',
    'The status watcher starts after the first view is interactive (src/taskpane/startup.ts); the edit is made ' +
      'once its onChanged handler is registered.',
  );
  part.data = {
    dist,
    target,
    samples,
    realOfficeJs: real?.data,
    medianMs: {
      double: at('double'),
      onReady: at('onReady'),
      dcl: at('dcl'),
      app,
      scripts: at('scripts'),
      ready,
      ownReady,
      watching: at('watching'),
      reaction,
    },
  };
  part.goals.push({
    goal: `navigation → interactive ≤ ${GOAL_INTERACTIVE_MS} ms (CPU ${THROTTLE}×)`,
    measured: `${round(ready)} ms`,
    met: ready <= GOAL_INTERACTIVE_MS,
    why:
      ready <= GOAL_INTERACTIVE_MS
        ? undefined
        : 'the office.js stand-in alone takes ~0.9 s; running the React + Fluent UI bundle, the first render and detecting the register take the rest (BENCHMARKS.md, "Why goals are missed").',
  });
  part.goals.push(
    prompted.length
      ? {
          goal: `status change → prompt ≤ ${GOAL_PROMPT_MS} ms (CPU ${THROTTLE}×)`,
          measured: `${round(reaction)} ms`,
          met: reaction <= GOAL_PROMPT_MS,
          why:
            reaction <= GOAL_PROMPT_MS
              ? undefined
              : "mostly the Fluent dialog's first render (React commit, style insertion, focus trap); the watcher's one read of the changed row is the rest (BENCHMARKS.md).",
        }
      : {
          goal: `status change → prompt ≤ ${GOAL_PROMPT_MS} ms (CPU ${THROTTLE}×)`,
          measured: `no dialog within ${PROMPT_TIMEOUT_MS} ms`,
          met: null,
          why: 'the built pane opened no prompt although its status watcher was registered: see the page errors above.',
        },
  );
  return part;
}
