/**
 * Part 5, line (a) — Microsoft's own office.js (`@microsoft/office-js` 1.1.110, pinned: the npm
 * package is no longer updated, so it is a fixed reference), served by bench/pane.ts's server in
 * place of the CDN, the production pane's page, CPU throttled as for the rest of part 5, cold and
 * warm cache:
 * - in a plain tab (no host): office.js loads its strings and resolves `Office.onReady` with no
 *   host (the pane then shows its landing page);
 * - with Excel-on-the-web host info (`?_host_Info=Excel$Web$16.01$en-US$$$$0`, as Excel on the web
 *   opens a pane): office.js loads Excel's host file (excel-web-16.00.js, 1.4 MB) as well, then asks
 *   its host frame for the conversation — which no test outside Office can answer, so
 *   `Office.onReady` never resolves there: the line ends when the host file has run and office.js
 *   stops (its `conversationId` error).
 * It times what office.js costs before any add-in code can run, which the double cannot say.
 */
import type { Browser } from 'playwright-core';
import { OFFICE_JS_DIST } from '../test/e2e/officeJs';
import { median, round } from './timing';
import type { Table } from './report';

export { OFFICE_JS_DIST };

export const EXCEL_WEB_HOST_INFO = 'Excel$Web$16.01$en-US$$$$0';

/** Marks: dcl, onReady, stopped (office.js's error without a host frame). */
const MARKS = `(() => {
  const m = (window.__officeMarks = {});
  addEventListener('error', () => (m.stopped ??= performance.now()));
  document.addEventListener('DOMContentLoaded', () => {
    m.dcl = performance.now();
    Office.onReady().then(() => (m.onReady = performance.now()));
  });
})();`;

interface OfficeMarks {
  dcl?: number;
  onReady?: number;
  stopped?: number;
  /** office.js itself received (resource timing's responseEnd). */
  officeJs?: number;
  /** The last of the files office.js loads itself received. */
  helpers?: number;
  files: string[];
  errors: string[];
}

async function measureContext(
  browser: Browser,
  url: string,
  throttle: number,
  loads: number,
  until: 'onReady' | 'stopped',
): Promise<OfficeMarks[]> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 }, locale: 'en-GB' });
  const out: OfficeMarks[] = [];
  try {
    await context.addInitScript({ content: MARKS });
    const page = await context.newPage();
    let errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    for (let i = 0; i < loads; i++) {
      errors = [];
      await page.goto(url, { waitUntil: 'commit' });
      await page
        .waitForFunction(
          (k) =>
            (window as unknown as { __officeMarks?: Record<string, number> }).__officeMarks?.[k] !==
            undefined,
          until,
          { timeout: 30_000, polling: 50 },
        )
        .catch(() => undefined);
      const marks = await page.evaluate(() => {
        const m = (window as { __officeMarks?: Record<string, number> }).__officeMarks ?? {};
        const own = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/office-js/'))
          .map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd }));
        return {
          ...m,
          officeJs: own.find((e) => e.name.endsWith('/office-js/office.js'))?.end,
          helpers: Math.max(0, ...own.map((e) => e.end)),
          files: own.map((e) => e.name.replace(/^.*\/office-js\//, '')),
        };
      });
      out.push({ ...marks, errors });
    }
  } finally {
    await context.close();
  }
  return out;
}

/** `runs` rounds of a plain tab and an Excel-on-the-web tab, `loads` loads each; the table (a). */
export async function measureRealOfficeJs(
  browser: Browser,
  origin: string,
  throttle: number,
  runs: number,
  loads: number,
): Promise<{ table: Table; data: Record<string, unknown>; errors: string[] }> {
  const plain: OfficeMarks[][] = [];
  const web: OfficeMarks[][] = [];
  for (let i = 0; i < runs; i++) {
    plain.push(await measureContext(browser, `${origin}/taskpane.html`, throttle, loads, 'onReady'));
    web.push(
      await measureContext(
        browser,
        `${origin}/taskpane.html?_host_Info=${EXCEL_WEB_HOST_INFO}`,
        throttle,
        loads,
        'stopped',
      ),
    );
  }
  const rows: (string | number)[][] = [];
  const medians: Record<string, number> = {};
  const line = (label: string, key: string, xs: (number | undefined)[]) => {
    const v = xs.map((x) => x ?? NaN);
    medians[key] = median(v);
    rows.push([
      label,
      round(medians[key]),
      v.map((x) => (Number.isFinite(x) ? round(x) : '–')).join(', '),
      '',
    ]);
  };
  for (const cache of ['cold', 'warm'] as const) {
    const at = (set: OfficeMarks[][]) => set.map((c) => c[cache === 'cold' ? 0 : c.length - 1]);
    const p = at(plain);
    const w = at(web);
    line(
      `(a) plain tab: navigation → office.js received, ${cache}`,
      `plainOfficeJs_${cache}`,
      p.map((s) => s.officeJs),
    );
    line(
      `(a) plain tab: navigation → Office.onReady (no host), ${cache}`,
      `plainOnReady_${cache}`,
      p.map((s) => s.onReady),
    );
    line(
      `(a) Excel on the web: navigation → its files received (${w[0]?.files.join(', ') ?? ''}), ${cache}`,
      `webFiles_${cache}`,
      w.map((s) => s.helpers),
    );
    line(
      `(a) Excel on the web: navigation → host file run, office.js waits for Excel, ${cache}`,
      `webStopped_${cache}`,
      w.map((s) => s.stopped),
    );
  }
  const table: Table = {
    title: `Microsoft's office.js 1.1.110 (@microsoft/office-js, served locally), ${runs} rounds, medians`,
    columns: ['measure', 'median ms', 'runs (ms)', 'goal'],
    rows,
  };
  const all = [...plain.flat(), ...web.flat()];
  return {
    table,
    data: { medianMs: medians, plain, web },
    errors: [...new Set(all.flatMap((s) => s.errors))].filter((e) => !/conversationId/.test(e)),
  };
}
