/**
 * Nothing clipped at the narrowest pane: at 320, 500 and 800 px every view fits the width (no
 * sideways scrolling, no tab row wrapping onto a second line, no control past the right edge),
 * also with tab labels 40 % longer, as German ones are.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeInBrowser } from './browser';
import { sampleRegister } from './expected';
import { E2E_TIMEOUT, RESULTS, startSession, type Pane, type Session } from './harness';
import { layoutProblems, openView } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT * 2);

const WIDTHS = [320, 500, 800] as const;

async function viewNames(pane: Pane): Promise<string[]> {
  // Every view, whether its tab is shown or in the "More" menu (the tab elements are all there).
  return pane.page.evaluate(() =>
    [...document.querySelectorAll('[role="tablist"] .fui-Tab[role="tab"]')].map(
      // Fluent renders the label twice (once hidden, to reserve the width of the bold selected label).
      (t) => t.querySelector('.fui-Tab__content')?.textContent ?? '',
    ),
  );
}

describeInBrowser('the pane at 320, 500 and 800 px', () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    pane = await session.launchPane({ width: 320 });
    await pane.ready();
    const { sheetName } = await sampleRegister();
    await pane.double.select(sheetName, 'A5');
  });
  afterAll(() => session?.close());

  test('every view fits each width: no sideways scrolling, one row of tabs, no control cut off', async () => {
    const problems: Record<string, string[]> = {};
    const views = await viewNames(pane);
    expect(views.slice(0, 4)).toEqual(['Home', 'Findings', 'Action', 'Review']);
    for (const width of WIDTHS) {
      await pane.page.setViewportSize({ width, height: 800 });
      for (const view of views) {
        const panel = await openView(pane, view);
        await panel.getByRole('heading').first().waitFor();
        await panel.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
        problems[`${view} at ${width}`] = await layoutProblems(pane.page);
      }
    }
    await fs.mkdir(RESULTS, { recursive: true });
    await fs.writeFile(path.join(RESULTS, 'layout.json'), JSON.stringify(problems, null, 2));
    // Every view, Due soon included, fits every width.
    expect(problems).toEqual(Object.fromEntries(Object.keys(problems).map((k) => [k, []])));
  });

  test('with labels 40 % longer (German), the tabs still fit in one row and the rest is in “More”', async () => {
    await pane.page.evaluate(() => {
      for (const tab of document.querySelectorAll(
        '[role="tablist"] .fui-Tab[role="tab"] .fui-Tab__content',
      )) {
        const text = tab.textContent ?? '';
        tab.textContent = text + 'x'.repeat(Math.ceil(text.length * 0.4));
      }
    });
    for (const width of WIDTHS) {
      // Resizing makes the row measure itself again, as dragging the pane's edge does.
      await pane.page.setViewportSize({ width: width + 1, height: 800 });
      await pane.page.setViewportSize({ width, height: 800 });
      await pane.page.waitForTimeout(100);
      expect({ width, problems: await layoutProblems(pane.page) }).toEqual({ width, problems: [] });
    }
    await pane.page.setViewportSize({ width: 320, height: 800 });
    await pane.page.waitForTimeout(100);
    await expect(pane.page.getByRole('tab', { name: /^More \(\d+\)$/ }).isVisible()).resolves.toBe(true);
    expect(pane.errors).toEqual([]);
  });
});
