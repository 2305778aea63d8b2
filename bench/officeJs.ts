/**
 * Part 5, second table — Microsoft's own office.js (`@microsoft/office-js` 1.1.110, pinned: the
 * npm package is no longer updated, so it is a fixed reference) served in place of the CDN, the
 * production pane opened in a plain tab, CPU throttled as for the first table. Outside Office
 * office.js loads its helper scripts and resolves `Office.onReady` with no host, and the pane
 * shows its landing page: this times what the real office.js costs before any add-in code can
 * run, which the first table's stand-in (the host double) cannot say.
 */
import type { Browser } from 'playwright-core';
import { serveRealOfficeJs } from '../test/e2e/officeJs';
import { median, round } from './timing';
import type { Table } from './report';

/** Marks: dcl (office.js and the deferred bundles have run), onReady, landing (its heading shown). */
const MARKS = `(() => {
  const m = (window.__officeMarks = {});
  document.addEventListener('DOMContentLoaded', () => {
    m.dcl = performance.now();
    Office.onReady().then(() => (m.onReady = performance.now()));
  });
  new MutationObserver(() => {
    if (m.landing === undefined && document.querySelector('main h1')) m.landing = performance.now();
  }).observe(document, { subtree: true, childList: true });
})();`;

interface OfficeMarks {
  dcl?: number;
  onReady?: number;
  landing?: number;
  /** When office.js itself had arrived (its resource timing's responseEnd). */
  officeJs?: number;
  /** When the last of office.js's own helper scripts had arrived. */
  helpers?: number;
  files: number;
  errors: string[];
}

async function measureOnce(browser: Browser, origin: string, throttle: number): Promise<OfficeMarks> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 }, locale: 'en-GB' });
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient'),
    );
    const served = await serveRealOfficeJs(context);
    await context.addInitScript({ content: MARKS });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${origin}/taskpane.html`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as { __officeMarks?: { landing?: number } }).__officeMarks?.landing !== undefined,
      null,
      { timeout: 60_000, polling: 50 },
    );
    const marks = await page.evaluate(() => {
      const m = (window as { __officeMarks?: Record<string, number> }).__officeMarks ?? {};
      const cdn = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.startsWith('https://appsforoffice.microsoft.com/'))
        .map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd }));
      const officeJs = cdn.find((e) => e.name.endsWith('/hosted/office.js'))?.end;
      return { ...m, officeJs, helpers: Math.max(0, ...cdn.map((e) => e.end)) };
    });
    return { ...marks, files: served.served.length, errors };
  } finally {
    await context.close();
  }
}

/** Five page loads after one warm-up; the table for part 5. */
export async function measureRealOfficeJs(
  browser: Browser,
  origin: string,
  throttle: number,
  runs: number,
): Promise<{ table: Table; data: Record<string, unknown>; errors: string[] }> {
  await measureOnce(browser, origin, throttle);
  const samples: OfficeMarks[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measureOnce(browser, origin, throttle));
  const at = (k: 'dcl' | 'onReady' | 'landing' | 'officeJs' | 'helpers') =>
    median(samples.map((s) => s[k] ?? NaN));
  const runsOf = (k: 'dcl' | 'onReady' | 'landing' | 'officeJs' | 'helpers') =>
    samples.map((s) => round(s[k] ?? NaN)).join(', ');
  const table: Table = {
    title: `Microsoft's office.js 1.1.110 (@microsoft/office-js, served locally), the pane in a plain tab: ${runs} page loads after 1 warm-up, medians`,
    columns: ['measure', 'median ms', 'runs (ms)', 'goal ms'],
    rows: [
      ['navigation → office.js received', round(at('officeJs')), runsOf('officeJs'), ''],
      [
        `navigation → office.js's own scripts received (${samples[0]?.files ?? 0} files)`,
        round(at('helpers')),
        runsOf('helpers'),
        '',
      ],
      [
        'navigation → DOMContentLoaded (office.js and our bundles have run)',
        round(at('dcl')),
        runsOf('dcl'),
        '',
      ],
      [
        'navigation → Office.onReady resolved (no host: a plain tab)',
        round(at('onReady')),
        runsOf('onReady'),
        '',
      ],
      ['navigation → landing page shown', round(at('landing')), runsOf('landing'), ''],
    ],
  };
  return {
    table,
    data: {
      samples,
      medianMs: {
        officeJs: at('officeJs'),
        helpers: at('helpers'),
        dcl: at('dcl'),
        onReady: at('onReady'),
        landing: at('landing'),
      },
    },
    errors: [...new Set(samples.flatMap((s) => s.errors))],
  };
}
