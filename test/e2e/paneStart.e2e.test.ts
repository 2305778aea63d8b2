/**
 * The pane's start (issue 22): the first view — the tabs, and the register's name when the
 * workbook has its mapping stored — renders from what is in memory, before the backend chunk (the
 * command list, the Excel adapter and the core) has arrived; Home's check runs once it is in.
 * The backend chunk is held back by the test until the first view is asserted.
 */
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from './browser';
import { E2E_TIMEOUT, OFFICE_JS, doubleBundle, sampleWorkbook } from './harness';
import { serveStatic, type StaticServer } from './server';
import { installHostDouble } from '../host-double';
import { workbookFromXlsx } from '../host-double/xlsx';
import { createExcelCommands } from '../../src/commands/commandList';
import { DETECTION_CACHE_KEY } from '../../src/commands/detectionCache';
import path from 'path';
import type { Page } from 'playwright-core';
import type {} from './double/pageApi';

jest.setTimeout(E2E_TIMEOUT);

const SAMPLE = path.resolve(__dirname, '../../examples/sample-register.xlsx');

/**
 * The document settings after "Save mapping" on the sample register and the pane's read that
 * follows it (the mapping and the detection's cache), and its sheet's name.
 */
async function savedMapping(): Promise<{ sheetName: string; settings: Record<string, unknown> }> {
  const workbook = await workbookFromXlsx(SAMPLE);
  const double = installHostDouble(workbook);
  try {
    const commands = createExcelCommands();
    const detected = await commands.detectRegister();
    if (!detected.ok) throw new Error(detected.error.message);
    const saved = await commands.saveConfig({
      ...detected.value.config,
      sheetName: detected.value.sheetName,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    // As the pane does after a save: it reads the register again, which stores the header
    // detection as a cache, so later starts read with it (src/commands/detectionCache.ts).
    const reread = await commands.detectRegister();
    if (!reread.ok) throw new Error(reread.error.message);
    if (!workbook.settings[DETECTION_CACHE_KEY]) throw new Error('the header detection was not stored');
    return {
      sheetName: detected.value.sheetName,
      settings: JSON.parse(JSON.stringify(workbook.settings)) as Record<string, unknown>,
    };
  } finally {
    double.uninstall();
  }
}

/** The syncs the double has answered in the page so far. */
const syncs = (page: Page) => page.evaluate(() => window.__hostDouble!.stats().syncs);
/** The status watchers' change handlers registered with the double. */
const handlers = (page: Page) => page.evaluate(() => window.__hostDouble!.handlerCount());

describeInBrowser('the pane’s start', () => {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  let saved: Awaited<ReturnType<typeof savedMapping>>;

  beforeAll(async () => {
    [server, launched, saved] = await Promise.all([serveStatic(), launchBrowser(), savedMapping()]);
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  /** Opens the pane with the backend chunk held until `release()`; settings put in before the pane runs. */
  async function open(settings?: Record<string, unknown>) {
    const script = `window.__hostDoubleSeed = ${JSON.stringify(await sampleWorkbook())};\n${await doubleBundle()}`;
    const context = await launched.browser.newContext({
      viewport: { width: 400, height: 800 },
      locale: 'en-GB',
    });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const backend: string[] = [];
    let backendRequested: () => void = () => undefined;
    const requested = new Promise<void>((resolve) => (backendRequested = resolve));
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${server.origin}/`)
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script }),
    );
    await context.route(/\/backend\.[0-9a-f]+\.js$/, async (route) => {
      backend.push(route.request().url());
      backendRequested();
      await released;
      await route.continue();
    });
    await context.addInitScript({
      content: `(() => {
        const settings = ${JSON.stringify(settings ?? null)};
        let api;
        Object.defineProperty(window, '__hostDouble', {
          configurable: true,
          get: () => api,
          set: (v) => {
            api = v;
            if (settings) for (const k of Object.keys(settings)) Office.context.document.settings.set(k, settings[k]);
          },
        });
      })();`,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Not 'load': the held chunk holds the load event back.
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'commit' });
    return { page, context, release, backend, requested, errors };
  }

  test('with the mapping stored: the tabs and the register’s name show before the backend has arrived', async () => {
    const { page, context, release, backend, requested, errors } = await open(saved.settings);
    try {
      const tabs = page.getByRole('tablist', { name: 'Improvement Plan views' }).getByRole('tab');
      await tabs.first().waitFor();
      const home = page.getByRole('tabpanel', { name: 'Home' });
      await home.getByText(saved.sheetName, { exact: true }).waitFor();
      // Requested once the first view is on screen, and held by the test.
      await requested;
      expect(backend).toHaveLength(1);
      expect(await page.getByLabel('The register at a glance').count()).toBe(0);
      // Nothing has read the workbook yet: the ribbon's commands in this page leave the status
      // guard's start to the pane (which starts it after the first view).
      expect(await syncs(page)).toBe(0);
      release();
      await page.getByLabel('The register at a glance').waitFor({ timeout: 60_000 });
      // After the check the name is in the "checked" line; the line shown before it is gone.
      await expect(home.getByText(saved.sheetName, { exact: true }).count()).resolves.toBe(0);
      // One status watcher in the page (the runtime's one guard, shared by the ribbon and the pane).
      await page.waitForFunction(() => window.__hostDouble!.handlerCount() > 0, null, { timeout: 60_000 });
      await page.waitForTimeout(500);
      expect(await handlers(page)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('on first use (nothing stored): the tabs show at once, the register is named by the check', async () => {
    const { page, context, release, errors } = await open();
    try {
      await page.getByRole('tablist', { name: 'Improvement Plan views' }).getByRole('tab').first().waitFor();
      const home = page.getByRole('tabpanel', { name: 'Home' });
      await home.waitFor();
      expect(await home.innerText()).not.toContain(saved.sheetName);
      release();
      await page.getByLabel('The register at a glance').waitFor({ timeout: 60_000 });
      expect(await home.innerText()).toContain(saved.sheetName);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
