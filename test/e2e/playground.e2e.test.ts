/**
 * The playground (npm run playground): the production pane beside a grid of the double's
 * workbook. A user edits the grid, the pane reacts; files open and download in the browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Frame, Page } from 'playwright-core';
import { calendarEvents, dayFromLocalDate, dueList } from '../../src/core';
import { workbookFromXlsx } from '../host-double/xlsx';
import { describeInBrowser, launchBrowser, type LaunchedBrowser } from './browser';
import { actionNeedingPrompt, sampleRegister } from './expected';
import { E2E_TIMEOUT, RESULTS, ROOT, eventually } from './harness';

jest.setTimeout(E2E_TIMEOUT * 2);

/** Starts `node scripts/playground.js` on a free port; resolves with its URL. */
function startPlayground(): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/playground.js'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the playground did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited with ${code}:\n${output}`));
    });
  });
}

describeInBrowser('the playground', () => {
  let server: Awaited<ReturnType<typeof startPlayground>>;
  let launched: LaunchedBrowser;
  let page: Page;
  const blocked: string[] = [];
  const errors: string[] = [];

  const paneFrame = (): Frame => {
    const frame = page.frames().find((f) => f.url().includes('/pane/taskpane.html'));
    if (!frame) throw new Error('the pane frame is not loaded');
    return frame;
  };
  const cell = (row: number, col: number) =>
    page.locator(`#grid td[data-row="${row - 1}"][data-col="${col - 1}"]`);
  /** The pane is up and has detected the register. */
  // The pane opens on Home, whose figures show once the register is found and checked.
  const paneReady = () =>
    eventually(async () => (await paneFrame().getByLabel('The register at a glance').count()) > 0, {
      timeout: 60_000,
      what: 'the pane to detect the register',
    });
  /** Opens a view by its tab, or from the "More" menu when the tab row has no room for it. */
  const openTab = async (name: string) => {
    const frame = paneFrame();
    const tab = frame
      .getByRole('tablist', { name: 'Improvement Plan views' })
      .getByRole('tab', { name, exact: true });
    if (await tab.isVisible()) await tab.click();
    else {
      await frame.getByRole('tab', { name: /^More \(\d+\)$/ }).click();
      await frame.getByRole('menuitem', { name, exact: true }).click();
    }
  };

  beforeAll(async () => {
    [server, launched] = await Promise.all([startPlayground(), launchBrowser()]);
    const context = await launched.browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
  });
  afterAll(async () => {
    await launched?.close();
    server?.child.kill('SIGTERM');
  });

  test('opens on the sample register, with the grid beside the pane', async () => {
    const { sheetName, register } = await sampleRegister();
    await page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name: sheetName }).waitFor();
    const header = register.mapping.headerRow;
    await expect(cell(header, 1).innerText()).resolves.toBe('Action ID');
    await paneReady();
    expect(blocked).toEqual([]);
  });

  test('a status typed in the grid opens the prompt in the pane; Cancel restores it in the grid', async () => {
    const { register } = await sampleRegister();
    const nc = await actionNeedingPrompt((a) => a.type === 'minor-nc' && a.state === 'implemented', 'closed');
    const status = register.mapping.columns.status!.column;
    const before = await cell(nc.row, status).innerText();
    await cell(nc.row, status).dblclick();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Closed');
    await page.keyboard.press('Enter');
    await eventually(async () => (await cell(nc.row, status).innerText()) === 'Closed', {
      what: 'the grid to show the typed status',
    });

    const dialog = paneFrame().getByRole('alertdialog', { name: new RegExp(nc.id) });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => (await cell(nc.row, status).innerText()) === before, {
      what: 'the grid to show the restored status',
    });
  });

  test('the Due soon view lists the sample’s dates by owner; Export to calendar downloads an .ics that ical.js reads, with the same UIDs the second time', async () => {
    const { register } = await sampleRegister();
    // The browser and this test run on the same machine: the same local "today".
    const expected = dueList(register, { asOf: dayFromLocalDate(new Date()), within: 14, escalateAfter: 30 });
    const frame = paneFrame();
    await openTab('Due soon');
    const panel = frame.getByRole('tabpanel', { name: 'Due soon' });
    await panel.getByRole('status').first().waitFor({ timeout: 60_000 });
    const owners = await panel
      .getByRole('region')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(owners.filter((o) => o !== 'Target-date policy')).toEqual(
      expected.owners.map((o) => o.owner || 'No owner'),
    );
    const items = expected.owners.reduce((n, o) => n + o.items.length, 0);
    expect(await panel.getByRole('listitem').count()).toBe(items);

    const exportOnce = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Export to calendar' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const file = path.join(RESULTS, 'playground', name);
      await download.saveAs(file);
      const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
      return root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    };
    const first = await exportOnce('plan-1.ics');
    const want = calendarEvents(register, { registerKey: 'k', registerName: 'n', now: new Date() });
    expect(first.map((e) => e.uid.split('.').slice(0, 2).join('.'))).toEqual(
      want.map((e) => e.uid.split('.').slice(0, 2).join('.')),
    );
    expect(first.length).toBeGreaterThan(0);
    const second = await exportOnce('plan-2.ics');
    // A re-import updates the same events: every UID again, none new.
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    expect(errors).toEqual([]);
  });

  test('the workbook downloads as .xlsx with what the add-in wrote', async () => {
    const frame = paneFrame();
    await openTab('Review');
    await frame.getByRole('button', { name: 'Generate summary' }).click();
    const created = frame.getByText(/Created the sheet “([^”]+)”/);
    await created.waitFor({ timeout: 60_000 });
    const name = /“([^”]+)”/.exec(await created.innerText())![1];
    // The grid follows Excel's active sheet: the new summary.
    await page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .xlsx' }).click(),
    ]);
    const file = path.join(RESULTS, 'playground', download.suggestedFilename());
    await download.saveAs(file);
    const wb = await workbookFromXlsx(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([name]));
    const sheet = wb.sheet(name)!;
    expect(String(sheet.cell(0, 0)?.v)).toMatch(/^Management review/);
  });

  test('a CSV register opened from disk is read by the pane', async () => {
    await page.locator('#open-file').setInputFiles(path.join(ROOT, 'examples/sample-register.csv'));
    await page
      .getByRole('navigation', { name: 'Sheets' })
      .getByRole('button', { name: 'sample-register' })
      .waitFor();
    await paneReady();
    // The Register view says which sheet it read.
    await openTab('Register');
    const register = paneFrame().getByRole('tabpanel', { name: 'Register' });
    await register
      .getByText(/sample-register/)
      .first()
      .waitFor();
    expect(await register.innerText()).toContain('sample-register');
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
