/**
 * Opens the production task pane (dist/taskpane.html, unmodified) in Chromium with the office.js
 * CDN request answered by the bundled host double, seeded with a workbook from Node.
 *
 * @example
 * const session = await startSession();
 * const pane = await session.launchPane({ width: 320, workbook: await sampleWorkbook() });
 * await pane.ready();
 * await pane.page.getByRole('tab', { name: 'Findings' }).click();
 * await pane.double.edit('Improvement plan', 'M26', 'Closed', 'Remote'); // a co-author's edit
 */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { workbookFromXlsx } from '../host-double/xlsx';
import { WorkbookModel } from '../host-double';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { serializeWorkbook, type WorkbookJson } from './double/modelJson';
import { handle, type DoubleHandle } from './double/handle';
import { DIST, serveStatic, type StaticServer } from './server';

export { eventually } from './wait';
export type { DoubleHandle } from './double/handle';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLE = path.join(ROOT, 'examples/sample-register.xlsx');
export const RESULTS = path.join(ROOT, 'test-results');
export const SCREENSHOTS = path.join(RESULTS, 'screenshots');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Generous: two cores run webpack-built React and Chromium side by side. */
export const E2E_TIMEOUT = 120_000;

type BuildDouble = { buildBundle(name: 'host-double' | 'playground'): Promise<string> };
// scripts/build-double.js is plain Node (the playground uses it too); typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildBundle } = require('../../scripts/build-double.js') as BuildDouble;

let bundle: Promise<string> | undefined;
/** The double as one browser script (built once per run; cached across runs in test-results/.double). */
export function doubleBundle(): Promise<string> {
  bundle ??= buildBundle('host-double').then((file) => fs.readFile(file, 'utf8'));
  return bundle;
}

let sample: Promise<WorkbookJson> | undefined;
/** The bundled sample register, as the double's workbook JSON. */
export function sampleWorkbook(): Promise<WorkbookJson> {
  sample ??= workbookFromXlsx(SAMPLE).then(serializeWorkbook);
  return sample;
}

function assertBuilt(): void {
  const html = path.join(DIST, 'taskpane.html');
  try {
    readFileSync(html);
  } catch {
    throw new Error(
      `${html} is missing: run \`npm run build\` before the e2e tests (npm run test:e2e does).`,
    );
  }
}

export interface PaneOptions {
  /** Pane width in CSS pixels (Excel's pane: 320 minimum, about 350–500 typical). Default 400. */
  width?: number;
  height?: number;
  /** Emulates Windows high contrast (`forced-colors: active`). */
  forcedColors?: boolean;
  /** Seed workbook (default: the sample register). */
  workbook?: WorkbookJson | WorkbookModel;
  /** Installs Playwright's clock before the pane loads, so a test can fast-forward its timers. */
  clock?: boolean;
  /** The double reports only the manifest's minimum requirement sets (ExcelApi 1.9, no SharedRuntime). */
  minimumSets?: boolean;
  /**
   * localStorage items the pane finds at its first load, as a choice the user made earlier (a
   * language): no second load to apply them. Set only where absent, so the pane's own changes stay.
   */
  storage?: Record<string, string>;
}

export interface Pane {
  page: Page;
  context: BrowserContext;
  double: DoubleHandle;
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  /** Requests the page tried to make to anything but the local server and office.js (aborted). */
  blocked: string[];
  /** Waits until the Home view has checked the register (its figures or an error show). */
  ready(): Promise<void>;
  /** Every axe violation on the page as it is now (WCAG 2.x A/AA and best practices). */
  axe(): Promise<Violation[]>;
  /** Axe violations of impact serious / critical on the page as it is now. */
  seriousViolations(): Promise<Violation[]>;
  /** Saves test-results/screenshots/<name>.png (the whole page, or the viewport for dialogs). */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface Session {
  origin: string;
  launchPane(options?: PaneOptions): Promise<Pane>;
  close(): Promise<void>;
}

/** Starts the static server for dist/ and a browser; one per test file. */
export async function startSession(): Promise<Session> {
  assertBuilt();
  let server: StaticServer | undefined;
  let launched: LaunchedBrowser | undefined;
  try {
    [server, launched] = await Promise.all([serveStatic(), launchBrowser()]);
  } catch (error) {
    await server?.close();
    await launched?.close();
    throw error;
  }
  const { origin } = server;
  const { browser } = launched;
  const panes = new Set<Pane>();

  async function launchPane(options: PaneOptions = {}): Promise<Pane> {
    const width = options.width ?? 400;
    const seed = options.workbook ?? (await sampleWorkbook());
    const json = seed instanceof WorkbookModel ? serializeWorkbook(seed) : seed;
    const minimum = options.minimumSets ? 'window.__hostDoubleMinimumSets = true;\n' : '';
    const script = `${minimum}window.__hostDoubleSeed = ${JSON.stringify(json)};\n${await doubleBundle()}`;
    const context = await browser.newContext({
      viewport: { width, height: options.height ?? 800 },
      forcedColors: options.forcedColors ? 'active' : 'none',
      reducedMotion: 'reduce',
      locale: 'en-GB',
    });
    const blocked: string[] = [];
    // Registered first, so it runs last: anything that is neither ours nor office.js is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script }),
    );
    if (options.clock) await context.clock.install();
    if (options.storage)
      await context.addInitScript((items) => {
        for (const [key, value] of Object.entries(items))
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      }, options.storage);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForFunction(() => window.__hostDouble !== undefined);

    const pane: Pane = {
      page,
      context,
      double: handle(page),
      errors,
      blocked,
      async ready() {
        const detected = page.getByLabel('The register at a glance');
        const failed = page.getByText(/^Checking the register did not finish\.|^No sheet looks like/);
        await detected.or(failed).first().waitFor({ timeout: 60_000 });
        if (await failed.isVisible()) {
          const bar = await page.getByRole('tabpanel').innerText();
          throw new Error(`the pane could not detect the register: ${bar}`);
        }
      },
      async axe() {
        const results = await new AxeBuilder({ page }).analyze();
        return results.violations
          .map((v) => ({
            id: v.id,
            impact: String(v.impact),
            help: v.help,
            targets: v.nodes.filter((n) => !tabsterDummy(v.id, n.html)).map((n) => n.target.join(' ')),
          }))
          .filter((v) => v.targets.length > 0);
      },
      async seriousViolations() {
        return (await pane.axe()).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      },
      async screenshot(name, { fullPage = true } = {}) {
        await fs.mkdir(SCREENSHOTS, { recursive: true });
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file, fullPage, animations: 'disabled' });
        return file;
      },
      async close() {
        panes.delete(pane);
        await context.close();
      },
    };
    panes.add(pane);
    return pane;
  }

  return {
    origin,
    launchPane,
    async close() {
      for (const p of [...panes]) await p.close().catch(() => undefined);
      await launched.close();
      await server.close();
    },
  };
}

/**
 * Fluent UI's focus manager (tabster) puts focus sentinels — `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` — around focus groups; they pass focus on at once and are hidden from screen
 * readers on purpose. axe's aria-hidden-focus rule flags them: a known false positive
 * (microsoft/tabster#288, microsoft/fluentui#27517 "by design"; Accessibility Insights suppresses
 * it). Only those nodes, only for that rule, are ignored; anything else aria-hidden and focusable fails.
 */
function tabsterDummy(rule: string, html: string): boolean {
  return rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(html);
}
