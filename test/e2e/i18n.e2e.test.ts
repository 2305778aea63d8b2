/**
 * The pane in every language at Excel's narrowest pane (320 px): in the pseudo-locale (every word
 * accented and about 40 % longer) and in German (the longest real language), every view fits —
 * no sideways scrolling, no tab cut off, no text clipped by its box; and a screenshot of Home per
 * language under test-results/i18n/. The language is chosen as a user does: the stored choice
 * (localStorage), the pane reloaded.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LANGUAGES, paneTranslator, type Lang } from '../../src/core/i18n';
import { describeInBrowser } from './browser';
import { sampleRegister } from './expected';
import { E2E_TIMEOUT, RESULTS, startSession, type Pane, type Session } from './harness';
import { layoutProblems } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT * 4);

const SHOTS = path.join(RESULTS, 'i18n');
const STORAGE_KEY = 'improvementPlan.language';
const WIDTH = 320;

/** Opens the pane at 320 px with the language choice stored, as after the user chose it. */
async function paneIn(session: Session, choice: Lang | 'qps-ploc'): Promise<Pane> {
  const pane = await session.launchPane({ width: WIDTH, storage: { [STORAGE_KEY]: choice } });
  await homeChecked(pane.page);
  return pane;
}

/** Home has checked the register: its figures show (whatever the language says around them). */
async function homeChecked(page: Page): Promise<void> {
  await page.locator('[role="tabpanel"]:not([hidden]) dl').first().waitFor({ timeout: 60_000 });
}

/** The views as the tab row shows them (tabs in the "More" menu included): name and id. */
function viewTabs(page: Page): Promise<{ name: string; id: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="tablist"] .fui-Tab[role="tab"]')].map((t) => ({
      name: t.querySelector('.fui-Tab__content')?.textContent ?? '',
      id: t.id.replace(/^.*-tab-/, ''),
    })),
  );
}

/** Opens a view by its tab, or from the "More" menu (the tab row's menu button) when it did not fit. */
async function openView(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.locator('[role="tablist"] [aria-haspopup="menu"]').click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  }
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await panel.waitFor();
  await panel.getByRole('heading').first().waitFor();
  await panel.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
}

/**
 * Text cut off by its own box: an element that hides or ellipsises what overflows it while its
 * content is wider (or taller) than the box. The screen-reader-only heading (1 px, clipped on
 * purpose) is not text a reader sees.
 */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.getElementById('root');
    if (!root) return ['no #root'];
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.offsetParent === null || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden on purpose
      const wide = el.scrollWidth > el.clientWidth + 1;
      const tall = el.scrollHeight > el.clientHeight + 1;
      if (
        (wide && (hides(style.overflowX) || style.textOverflow === 'ellipsis')) ||
        (tall && hides(style.overflowY))
      )
        out.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => c.startsWith('fui-')).join('.')} “${el.textContent.trim().slice(0, 60)}” is clipped (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
    }
    return out;
  });
}

describeInBrowser('the pane in each language at 320 px', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    await fs.mkdir(SHOTS, { recursive: true });
  });
  afterAll(() => session?.close());

  for (const choice of ['qps-ploc', 'de'] as const) {
    test(`${choice}: every view fits 320 px, nothing clipped, no sideways scrolling`, async () => {
      const pane = await paneIn(session, choice);
      const { page } = pane;
      const { sheetName } = await sampleRegister();
      await pane.double.select(sheetName, 'A5');
      // The clipping check sees clipped text: a box too narrow for its words, hiding the rest.
      await page.evaluate(() => {
        const probe = document.createElement('p');
        probe.id = 'clip-probe';
        probe.textContent = 'Wirksamkeitsprüfungen überfällig';
        probe.setAttribute('style', 'width: 60px; overflow: hidden; white-space: nowrap');
        document.querySelector('[role="tabpanel"]:not([hidden])')?.append(probe);
      });
      expect((await clippedText(page)).join()).toContain('Wirksamkeitsprüfungen überfällig');
      await page.evaluate(() => document.getElementById('clip-probe')?.remove());
      expect(await clippedText(page)).toEqual([]);
      const lang = await page.evaluate(() => document.documentElement.lang);
      expect(lang).toBe(choice);
      const tabs = await viewTabs(page);
      const views = tabs.map((v) => v.name);
      if (choice === 'de') {
        const t = await paneTranslator('de');
        expect(views.slice(0, 4)).toEqual(
          ['view.home', 'view.findings', 'view.action', 'view.review'].map((k) => t.t(k as never)),
        );
      } else expect(views.every((v) => /^\[.*\]$/.test(v))).toBe(true);
      const problems: Record<string, string[]> = {};
      for (const { name, id } of tabs) {
        await openView(page, name);
        problems[name] = [...(await layoutProblems(page)), ...(await clippedText(page))];
        await page.screenshot({ path: path.join(SHOTS, `${choice}-${id}.png`), fullPage: true });
      }
      await fs.writeFile(path.join(SHOTS, `${choice}-layout.json`), JSON.stringify(problems, null, 2));
      expect(problems).toEqual(Object.fromEntries(views.map((v) => [v, []])));
      expect(pane.errors).toEqual([]);
      await pane.close();
    });
  }

  test('a screenshot of Home at 320 px in each language, each in its own words', async () => {
    for (const lang of LANGUAGES) {
      const pane = await paneIn(session, lang);
      const t = await paneTranslator(lang);
      await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
      await pane.page.getByRole('heading', { name: t.t('home.heading') }).waitFor();
      await pane.page.getByLabel(t.t('home.glance')).waitFor();
      await pane.page.screenshot({ path: path.join(SHOTS, `home-${lang}.png`), fullPage: true });
      expect({ lang, problems: await layoutProblems(pane.page) }).toEqual({ lang, problems: [] });
      expect(pane.errors).toEqual([]);
      await pane.close();
    }
  });
});
