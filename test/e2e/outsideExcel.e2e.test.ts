/**
 * The production pane and command pages opened outside Excel — a plain browser tab on their
 * address, as an administrator checking a deployment does — with Microsoft's own office.js
 * (the pinned @microsoft/office-js, served in place of the CDN): a static page that says what the
 * add-in is and how to install it, no buttons, and not one error.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { paneTranslator, type PaneTranslator } from '../../src/core/i18n';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from './browser';
import { E2E_TIMEOUT, SCREENSHOTS } from './harness';
import { serveRealOfficeJs, type ServedOfficeJs } from './officeJs';
import { DIST, serveStatic, type StaticServer } from './server';

jest.setTimeout(E2E_TIMEOUT);

interface Opened {
  page: Page;
  context: BrowserContext;
  errors: string[];
  blocked: string[];
  officeJs: ServedOfficeJs;
}

describeInBrowser('outside Excel, with Microsoft’s office.js', () => {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  let browser: Browser;
  let en: PaneTranslator;
  let de: PaneTranslator;

  beforeAll(async () => {
    await fs.access(path.join(DIST, 'taskpane.html')).catch(() => {
      throw new Error(
        `${DIST}/taskpane.html is missing: run \`npm run build:test\` first (npm run test:e2e does).`,
      );
    });
    [server, launched, en, de] = await Promise.all([
      serveStatic(),
      launchBrowser(),
      paneTranslator('en'),
      paneTranslator('de'),
    ]);
    browser = launched.browser;
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  async function open(page: string, width = 400): Promise<Opened> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-GB' });
    const blocked: string[] = [];
    // Registered first, so it runs last: anything that is neither ours nor the CDN path is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const officeJs = await serveRealOfficeJs(context);
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await tab.goto(`${server.origin}/${page}`);
    return { page: tab, context, errors, blocked, officeJs };
  }

  async function landingShown({ page }: Opened, t: PaneTranslator): Promise<void> {
    await page.getByRole('heading', { level: 1, name: t.t('landing.title') }).waitFor({ timeout: 60_000 });
    await page.getByText(t.t('landing.outside')).waitFor();
  }

  it('the pane says what the add-in is and how to install it, with no buttons and no error', async () => {
    const opened = await open('taskpane.html');
    try {
      const { page } = opened;
      await landingShown(opened, en);
      for (const key of [
        'landing.lead',
        'landing.install.windows',
        'landing.install.mac',
        'landing.install.web',
      ] as const)
        await expect(page.getByText(en.t(key)).isVisible()).resolves.toBe(true);
      await expect(
        page.getByRole('heading', { level: 2, name: en.t('landing.install') }).isVisible(),
      ).resolves.toBe(true);
      expect(await page.getByRole('link', { name: en.t('landing.help') }).getAttribute('href')).toBe(
        'help.html',
      );
      expect(await page.getByRole('link', { name: en.t('landing.playground') }).getAttribute('href')).toBe(
        'help.html#playground',
      );
      // Nothing to press: no button, no tab, no text box.
      expect(await page.getByRole('button').count()).toBe(0);
      expect(await page.getByRole('tab').count()).toBe(0);
      expect(await page.getByRole('textbox').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      // It really was Microsoft's office.js, and it reported no host.
      expect(opened.officeJs.served).toContain('office.js');
      const info = await page.evaluate(() => Office.onReady());
      expect(info).toMatchObject({ host: null, platform: null });
      await fs.mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'outside-excel-en-400.png'), fullPage: true });
      // office.js frames its telemetry proxy 3 s after loading: wait for it, so a late error shows.
      await opened.officeJs.telemetryFramed;
      await page.waitForTimeout(500);
      expect(opened.errors).toEqual([]);
      expect(opened.blocked).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });

  it('speaks the browser’s language and fits 320 px without scrolling sideways', async () => {
    const opened = await open('taskpane.html?lang=de', 320);
    try {
      const { page } = opened;
      await landingShown(opened, de);
      await expect(
        page.getByRole('heading', { level: 2, name: de.t('landing.install') }).isVisible(),
      ).resolves.toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'outside-excel-de-320.png'), fullPage: true });
      await page.waitForTimeout(500);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });

  it('the command page loads and registers nothing, without throwing', async () => {
    const opened = await open('commands.html');
    try {
      const { page } = opened;
      await page.waitForFunction(() => typeof Office !== 'undefined');
      await page.evaluate(() => Office.onReady());
      await opened.officeJs.telemetryFramed;
      await page.waitForTimeout(500);
      expect(opened.officeJs.served).toContain('office.js');
      expect(opened.errors).toEqual([]);
      expect(opened.blocked).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });
});
