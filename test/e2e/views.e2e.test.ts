/**
 * Every view of the pane at the narrowest (320 px) and a wide (800 px) pane, in the light theme,
 * Office's dark theme and Windows high contrast (forced colours): a screenshot each, kept under
 * test-results/screenshots/ for CI, and no serious or critical axe violation. All violations,
 * whatever their impact, are written to test-results/axe/ for review.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeInBrowser } from './browser';
import { actionNeedingPrompt, sampleRegister } from './expected';
import { E2E_TIMEOUT, RESULTS, startSession, type Pane, type Session, type Violation } from './harness';
import { openView } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT * 2);

/** Office's dark theme colours (Excel's "Black" Office theme), as `Office.context.officeTheme` gives them. */
const DARK = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#ffffff',
  controlBackgroundColor: '#262626',
  controlForegroundColor: '#ffffff',
};

const THEMES = [
  { theme: 'light', forcedColors: false, dark: false },
  { theme: 'dark', forcedColors: false, dark: true },
  { theme: 'high-contrast', forcedColors: true, dark: false },
] as const;
const WIDTHS = [320, 800] as const;

/** Waits until a view has content and nothing in it is still running. */
async function settle(pane: Pane, view: string): Promise<void> {
  const panel = pane.page.getByRole('tabpanel', { name: view });
  await panel.getByRole('heading').first().waitFor();
  if (view === 'Home') await panel.getByLabel('The register at a glance').waitFor({ timeout: 60_000 });
  if (view === 'Register')
    await panel.getByRole('button', { name: 'Save mapping' }).waitFor({ timeout: 60_000 });
  if (view === 'Action') await panel.locator('dl').first().waitFor({ timeout: 60_000 });
  if (view === 'Findings')
    await panel
      .getByRole('status')
      .filter({ hasText: /findings/ })
      .waitFor({ timeout: 60_000 });
  // The Review view is shown with a generated summary (once per pane).
  if (view === 'Review' && (await panel.getByText(/Created the sheet/).count()) === 0) {
    await panel.getByRole('button', { name: 'Generate summary' }).click();
    await panel.getByText(/Created the sheet/).waitFor({ timeout: 60_000 });
  }
  await panel.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
}

/** axe rules about the page's structure (moderate impact, but how a screen-reader user finds their way). */
const STRUCTURE_RULES = ['landmark-one-main', 'page-has-heading-one', 'region'];

describeInBrowser('every pane view', () => {
  let session: Session;
  const report: Record<string, Violation[]> = {};

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await fs.mkdir(path.join(RESULTS, 'axe'), { recursive: true });
    await fs.writeFile(path.join(RESULTS, 'axe', 'views.json'), JSON.stringify(report, null, 2));
    await session?.close();
  });

  for (const { theme, forcedColors, dark } of THEMES) {
    test(`in ${theme}: each view renders at ${WIDTHS.join(' and ')} px (screenshots) and has no serious or critical axe violation`, async () => {
      const { sheetName } = await sampleRegister();
      const nc = await actionNeedingPrompt((a) => a.type === 'minor-nc', 'closed');
      const pane = await session.launchPane({ width: WIDTHS[0], forcedColors });
      if (dark) {
        // Office reports its dark theme before the pane starts: set it, then open the pane again.
        await pane.context.addInitScript((colours) => {
          window.__hostDoubleOfficeTheme = colours;
        }, DARK);
        await pane.page.reload();
      }
      await pane.ready();
      // A register row is selected, as it would be in Excel, so the Action view shows an action.
      await pane.double.select(sheetName, `A${nc.row}`);

      // Every view, whether its tab is shown or in the "More" menu.
      const tabs = await pane.page.evaluate(() =>
        [...document.querySelectorAll('[role="tablist"] .fui-Tab[role="tab"]')].map(
          (t) => t.querySelector('.fui-Tab__content')?.textContent ?? '',
        ),
      );
      expect(tabs).toEqual(expect.arrayContaining(['Home', 'Findings', 'Action', 'Review', 'Register']));
      const serious: Record<string, Violation[]> = {};
      const structure: Record<string, string[]> = {};
      // One pane, resized: as the user drags the pane's edge in Excel.
      for (const width of WIDTHS) {
        await pane.page.setViewportSize({ width, height: 800 });
        for (const view of tabs) {
          // The Review view's new sheet is active afterwards: the register row is selected again.
          if (view === 'Action') await pane.double.select(sheetName, `A${nc.row}`);
          await openView(pane, view);
          await settle(pane, view);
          const file = await pane.screenshot(`${view.toLowerCase().replace(/\s+/g, '-')}-${width}-${theme}`);
          await expect(fs.stat(file).then((st) => st.size)).resolves.toBeGreaterThan(1000);
          // axe's rules depend on the DOM and the colours, not on the width: once per theme is enough
          // (and each run takes seconds on a busy two-core machine).
          if (width !== WIDTHS[0]) continue;
          const violations = await pane.axe();
          report[`${view} ${theme}`] = violations;
          serious[view] = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          // The page structure a screen reader navigates by: one main landmark, one h1, all content in landmarks.
          structure[view] = violations.map((v) => v.id).filter((id) => STRUCTURE_RULES.includes(id));
        }
      }
      expect(serious).toEqual(Object.fromEntries(tabs.map((v) => [v, []])));
      expect(structure).toEqual(Object.fromEntries(tabs.map((v) => [v, []])));
      expect(pane.errors).toEqual([]);
      await pane.close();
    });
  }
});
