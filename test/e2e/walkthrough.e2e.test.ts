/**
 * A new user's walk through the pane, scripted: open → Home → an overdue NC → its row → close it
 * (Implemented on the Action card, then "Closed" typed in the sheet) → the root-cause prompt →
 * saved in the sheet → Home updated.
 */
import { describeInBrowser } from './browser';
import { sampleRegister } from './expected';
import { E2E_TIMEOUT, eventually, startSession, type Pane, type Session } from './harness';
import { openView } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT * 2);

/** A figure of Home's "at a glance" list. */
async function figure(pane: Pane, label: string): Promise<number> {
  const glance = pane.page.getByRole('tabpanel', { name: 'Home' }).getByLabel('The register at a glance');
  const cell = glance.locator('div').filter({ has: pane.page.getByText(label, { exact: true }) });
  return Number((await cell.locator('dd').innerText()).replace(/,/g, ''));
}

describeInBrowser('a walk through the pane', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(() => session?.close());

  test('open → Home → an overdue NC → its row → close it → prompt → saved → Home updated', async () => {
    const { register, sheetName } = await sampleRegister();
    const pane = await session.launchPane({ width: 320 });
    const { page } = pane;
    await pane.ready();

    // Home: what needs me now. The first overdue NC that is in progress.
    const home = page.getByRole('tabpanel', { name: 'Home' });
    const overdue = home.getByRole('region', { name: /^\d+ overdue NCs?$/ });
    const items = overdue.getByRole('button', { name: /select in the sheet$/ });
    const texts = await items.allInnerTexts();
    const index = texts.findIndex((t) => {
      const id = t.split(' · ')[0];
      return register.actions.find((a) => a.id === id)?.state === 'in-progress';
    });
    expect(index).toBeGreaterThanOrEqual(0);
    const id = texts[index].split(' · ')[0];
    const nc = register.actions.find((a) => a.id === id)!;
    const overdueBefore = await figure(pane, 'Overdue');
    const openBefore = await figure(pane, 'Open');

    // Its row: the link selects it in Excel, and the Action card shows it.
    await items.nth(index).click();
    await eventually(async () => (await pane.double.selection())?.address.endsWith(String(nc.row)), {
      what: `row ${nc.row} to be selected`,
    });
    const card = await openView(pane, 'Action');
    await eventually(async () => (await card.getByRole('heading', { level: 2 }).innerText()).startsWith(id), {
      what: `the card to show ${id}`,
    });

    // Close it: first Implemented, from the card (its gate asks for the completion date)…
    const moves = card.getByRole('region', { name: `Move ${id} to` });
    await moves.getByRole('button', { name: 'Implemented' }).click();
    const form = card.locator('form');
    const completion = form.getByLabel(/Completion date/);
    if (!(await completion.inputValue())) await completion.fill(new Date().toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Move to Implemented' }).click();
    await card.getByText(`${id} moved to Implemented.`).waitFor();
    const status = register.mapping.columns.status!.letter;
    await eventually(
      async () => String((await pane.double.values(sheetName, `${status}${nc.row}`))[0][0]) !== 'In progress',
      { what: 'the status cell to change' },
    );

    // …then "Closed" typed in the sheet: the root-cause prompt opens, pre-filled from the row.
    await eventually(async () => (await pane.double.handlerCount()) > 0, { what: 'the status watcher' });
    await pane.double.edit(sheetName, `${status}${nc.row}`, 'Closed');
    const dialog = page.getByRole('alertdialog', { name: new RegExp(id) });
    await dialog.waitFor();
    const rootCause = dialog.getByLabel(/root.?cause statement|^root cause/i);
    if (!(await rootCause.inputValue())) await rootCause.fill('No owner for the review step (walk-through)');
    const action = dialog.getByLabel(/^Corrective action/);
    if ((await action.count()) && !(await action.inputValue()))
      await action.fill('Named an owner (walk-through)');
    await dialog.getByRole('radio', { name: 'Effective', exact: true }).check();
    await dialog.getByLabel('Verified by').fill('Internal auditor (walk-through)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Saved: the row holds the new status and the fields.
    expect((await pane.double.values(sheetName, `${status}${nc.row}`))[0][0]).toBe('Closed');
    const verified = register.mapping.columns.verifiedBy!.letter;
    expect((await pane.double.values(sheetName, `${verified}${nc.row}`))[0][0]).toBe(
      'Internal auditor (walk-through)',
    );

    // Home updated: the NC is no longer overdue, and one action fewer is open.
    await openView(pane, 'Home');
    await eventually(async () => (await figure(pane, 'Open')) === openBefore - 1, {
      what: 'Home to count one open action fewer',
      timeout: 60_000,
    });
    expect(await figure(pane, 'Overdue')).toBe(overdueBefore - 1);
    expect(await home.getByRole('button', { name: new RegExp(`^${id} · `) }).count()).toBe(0);
    await pane.screenshot('walkthrough-home-after-320-light');
    expect(pane.errors).toEqual([]);
    await pane.close();
  });
});
