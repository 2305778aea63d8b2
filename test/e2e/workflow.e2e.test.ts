/**
 * The status workflow in the production pane: a status typed in the sheet opens the root-cause
 * prompt (Save writes the fields and logs the move; Cancel restores the exact previous value), a
 * co-author's change never opens it, and a paste over many rows is listed and logged once.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CellValue } from '../host-double';
import { HISTORY_HEADERS, HISTORY_SHEET, gateFields, type Action } from '../../src/core';
import { colIndex } from '../host-double/address';
import { describeInBrowser } from './browser';
import { actionNeedingPrompt, sampleRegister } from './expected';
import { E2E_TIMEOUT, RESULTS, eventually, startSession, type Pane, type Session } from './harness';
import { listedRows, tabTo } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT);

/** The prompt's accessible name: "Closing CIP-023: root cause and effectiveness" (or "Root cause for …"). */
const PROMPT = /^(Closing .+: root cause|Root cause for )/i;

describeInBrowser('the status workflow', () => {
  let session: Session;
  let sheet: string;
  let nc: Action;
  let cell: (field: 'status' | 'rootCause' | 'effectivenessResult' | 'verifiedBy' | 'closedDate') => string;

  beforeAll(async () => {
    session = await startSession();
    const { register, sheetName } = await sampleRegister();
    sheet = sheetName;
    nc = await actionNeedingPrompt((a) => a.type === 'minor-nc' && a.state === 'implemented', 'closed');
    cell = (field) => `${register.mapping.columns[field]!.letter}${nc.row}`;
  });
  afterAll(() => session?.close());

  async function openPane(options: { clock?: boolean } = {}): Promise<Pane> {
    const pane = await session.launchPane({ width: 400, ...options });
    await pane.ready();
    // The watcher is listening once its onChanged handler is registered.
    await eventually(async () => (await pane.double.handlerCount()) > 0, { what: 'the status watcher' });
    return pane;
  }

  const prompt = (pane: Pane) => pane.page.getByRole('alertdialog', { name: PROMPT });

  async function history(pane: Pane): Promise<CellValue[][]> {
    const sheets = await pane.double.sheets();
    if (!sheets.some((s) => s.name === HISTORY_SHEET)) return [];
    const [header, ...rows] = await pane.double.values(HISTORY_SHEET);
    expect(header).toEqual(HISTORY_HEADERS);
    return rows;
  }

  test('closing a minor NC in the sheet opens the root-cause prompt; Save writes the fields and logs the move', async () => {
    const pane = await openPane();
    await pane.double.edit(sheet, cell('status'), 'Closed');

    const dialog = prompt(pane);
    await dialog.waitFor();
    await expect(dialog.getAttribute('aria-label').then((l) => l ?? dialog.innerText())).resolves.toMatch(
      nc.id,
    );
    await dialog
      .getByLabel(/root.?cause statement|^root cause/i)
      .fill('No owner for the answer library (e2e)');
    await dialog.getByRole('radio', { name: 'Effective', exact: true }).check();
    await dialog.getByLabel('Verified by').fill('Internal auditor (e2e)');
    const closedOn = await dialog.getByLabel('Date closed').inputValue();
    expect(closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const [status] = (await pane.double.values(sheet, cell('status')))[0];
    expect(status).toBe('Closed');
    expect((await pane.double.values(sheet, cell('rootCause')))[0][0]).toBe(
      'No owner for the answer library (e2e)',
    );
    expect((await pane.double.values(sheet, cell('effectivenessResult')))[0][0]).toBe('Effective');
    expect((await pane.double.values(sheet, cell('verifiedBy')))[0][0]).toBe('Internal auditor (e2e)');
    expect((await pane.double.texts(sheet, cell('closedDate')))[0][0]).toBe(closedOn);

    const moves = (await history(pane)).filter((r) => r[1] === nc.id);
    expect(moves).toHaveLength(1);
    const [, , row, from, to, fields, , how, gateMet] = moves[0];
    // The history sheet holds text (a row number is written as text, like every cell there).
    expect({ row: String(row), from, to, how, gateMet }).toEqual({
      row: String(nc.row),
      from: 'implemented',
      to: 'closed',
      how: 'in the prompt',
      gateMet: 'yes',
    });
    expect(String(fields)).toEqual(expect.stringContaining('rootCause'));
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  test('Cancel in the root-cause prompt puts the previous status back exactly', async () => {
    const pane = await openPane();
    const before = (await pane.double.workbook())
      .sheet(sheet)!
      .cell(nc.row - 1, colIndex(cell('status').replace(/\d+$/, '')));
    await pane.double.edit(sheet, cell('status'), 'Closed');
    const dialog = prompt(pane);
    await dialog.waitFor();
    await dialog.getByLabel('Verified by').fill('typed, then cancelled');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    const after = (await pane.double.workbook())
      .sheet(sheet)!
      .cell(nc.row - 1, colIndex(cell('status').replace(/\d+$/, '')));
    expect(after).toEqual(before);
    expect((await pane.double.values(sheet, cell('verifiedBy')))[0][0]).toBe('');
    expect((await history(pane)).filter((r) => r[1] === nc.id)).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  test("a co-author's status change opens no prompt and is listed and logged instead", async () => {
    const pane = await openPane();
    await pane.double.edit(sheet, cell('status'), 'Closed', 'Remote');
    const banner = pane.page.getByRole('region', { name: 'Status changes to complete' });
    await banner.waitFor();
    // Logged as found, marked as the co-author's.
    const logged = await eventually(
      async () => {
        const rows = (await history(pane)).filter((r) => r[1] === nc.id);
        return rows.length > 0 && rows;
      },
      { what: 'the remote move in the history sheet' },
    );
    expect(logged.map((r) => r[7])).toEqual(['by a co-author (remote)']);
    await expect(pane.page.getByRole('alertdialog').count()).resolves.toBe(0);
    await expect(pane.page.getByRole('dialog').count()).resolves.toBe(0);
    // The value the co-author typed stays: nothing is reverted behind their back.
    expect((await pane.double.values(sheet, cell('status')))[0][0]).toBe('Closed');
    // The list of changes to complete is accessible too.
    expect(await listedRows(pane)).toEqual([nc.row]);
    expect(await pane.seriousViolations()).toEqual([]);
    await pane.close();
  });

  test('a paste of many statuses opens no prompt and each move is listed and logged once', async () => {
    const { register } = await sampleRegister();
    const status = register.mapping.columns.status!.letter;
    // Five consecutive open actions: a realistic paste of "Closed" over a block.
    const open = new Set(['new', 'analysis', 'planned', 'in-progress', 'implemented', 'on-hold']);
    const rows = register.actions.map((a) => a.row);
    const openWindow = (i: number) =>
      register.actions.slice(i, i + 5).every((a, k) => a.row === rows[i] + k && open.has(a.state ?? ''));
    const withCleanMove = (i: number) => register.actions.slice(i, i + 5).some((a) => a.state === 'planned');
    let start = register.actions.findIndex((_, i) => openWindow(i) && withCleanMove(i));
    if (start < 0) start = register.actions.findIndex((_, i) => openWindow(i));
    expect(start).toBeGreaterThanOrEqual(0);
    const block = register.actions.slice(start, start + 5);
    const address = `${status}${block[0].row}:${status}${block[4].row}`;
    // A planned action whose "in progress" gate is met moves on cleanly; the others are pasted "Closed".
    const cleanMove = (a: Action) =>
      a.state === 'planned' &&
      gateFields(a.type, 'in-progress').every((f) => String(a.values[f] ?? '').trim());
    const pasted = block.map((a) => [cleanMove(a) ? 'In progress' : 'Closed']);

    const pane = await openPane({ clock: true });
    await pane.double.edit(sheet, address, pasted);

    const banner = pane.page.getByRole('region', { name: 'Status changes to complete' });
    const historyIds = async () =>
      (await history(pane)).map((r) => String(r[1])).filter((id) => block.some((a) => a.id === id));
    // Every pasted row is either listed (its move needs the user) or logged (its move is complete).
    const settle = () =>
      eventually(
        async () => {
          const listed = (await banner.count()) > 0 ? await listedRows(pane) : [];
          const logged = await historyIds();
          return listed.length + logged.length === block.length && { listed, logged };
        },
        { what: 'every pasted row to be listed or logged' },
      );
    const first = await settle();
    expect(new Set([...first.listed.map((r) => `row ${r}`), ...first.logged])).toHaveProperty('size', 5);
    expect(first.logged).toEqual(block.filter(cleanMove).map((a) => a.id));
    const how = (await history(pane)).filter((r) => first.logged.includes(String(r[1]))).map((r) => r[7]);
    expect(how).toEqual(first.logged.map(() => 'accepted in the sheet'));
    await expect(pane.page.getByRole('alertdialog').count()).resolves.toBe(0);

    // The pane's periodic comparison (every minute) finds the same moves: nothing is listed or logged twice.
    const syncs = (await pane.double.stats()).syncs;
    await pane.page.clock.fastForward('01:05');
    await eventually(async () => (await pane.double.stats()).syncs > syncs, {
      what: 'the periodic comparison',
    });
    await pane.page.waitForTimeout(1000);
    const again = await settle();
    expect(again.listed).toEqual(first.listed);
    expect(again.logged).toEqual(first.logged);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  test('the whole closure flow can be done with the keyboard alone', async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.getByRole('tab', { name: 'Home' }).focus();
    await pane.double.edit(sheet, cell('status'), 'Closed');
    const dialog = prompt(pane);
    await dialog.waitFor();
    // Focus moves into the prompt by itself; from there only Tab, Space and typing are used.
    await eventually(() => dialog.evaluate((d) => d.contains(document.activeElement)), {
      what: 'focus inside the prompt',
    });
    await tabTo(page, (el) => el.role === 'radio' && el.name === 'Effective');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.name === 'Verified by');
    await page.keyboard.type('Keyboard user');
    await tabTo(page, (el) => el.role === 'button' && el.name === 'Save');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    expect((await pane.double.values(sheet, cell('status')))[0][0]).toBe('Closed');
    expect((await pane.double.values(sheet, cell('effectivenessResult')))[0][0]).toBe('Effective');
    expect((await pane.double.values(sheet, cell('verifiedBy')))[0][0]).toBe('Keyboard user');
    // Focus returns to where it was before the prompt opened.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Home');
    await pane.close();
  });

  for (const { theme, forcedColors } of [
    { theme: 'light', forcedColors: false },
    { theme: 'high-contrast', forcedColors: true },
  ]) {
    test(`in ${theme}, the root-cause prompt has no serious or critical axe violation; screenshots at 320 and 500 px`, async () => {
      const pane = await session.launchPane({ width: 320, forcedColors });
      await pane.ready();
      await eventually(async () => (await pane.double.handlerCount()) > 0, { what: 'the status watcher' });
      await pane.double.edit(sheet, cell('status'), 'Closed');
      await prompt(pane).waitFor();
      const violations = await pane.axe();
      await fs.mkdir(path.join(RESULTS, 'axe'), { recursive: true });
      await fs.writeFile(
        path.join(RESULTS, 'axe', `prompt-${theme}.json`),
        JSON.stringify(violations, null, 2),
      );
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      for (const width of [320, 500]) {
        await pane.page.setViewportSize({ width, height: 800 });
        // The dialog is fixed on the viewport: a viewport screenshot shows it as the user sees it.
        const file = await pane.screenshot(`prompt-${width}-${theme}`, { fullPage: false });
        expect(file).toMatch(/\.png$/);
      }
      await pane.close();
    });
  }
});
