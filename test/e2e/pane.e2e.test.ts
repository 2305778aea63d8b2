/**
 * The production pane on the sample register, in Chromium, against the host double: detection,
 * validation and going to a finding's cell.
 */
import { describeInBrowser } from './browser';
import { expectedCounts, sampleRegister } from './expected';
import { E2E_TIMEOUT, eventually, startSession, type Pane, type Session } from './harness';
import { openView } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT);

describeInBrowser('the task pane on the sample register', () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    pane = await session.launchPane({ width: 400 });
    await pane.ready();
  });
  afterAll(() => session?.close());

  test('opening the pane detects the register sheet, its header row and its column mapping', async () => {
    const { register, sheetName } = await sampleRegister();
    const panel = await openView(pane, 'Register');
    await panel.getByRole('button', { name: 'Save mapping' }).waitFor({ timeout: 60_000 });
    const facts = await panel.locator('dl').first().innerText();
    expect(facts).toContain(sheetName);
    expect(facts).toContain(`Header row\n${register.mapping.headerRow}`);
    expect(facts).toContain(`Actions\n${register.actions.length}`);
    // The mapping editor shows each field's detected column, as the core maps it (all columns shown).
    await panel.getByRole('switch', { name: 'Show all columns' }).check();
    const status = register.mapping.columns.status!;
    await expect(panel.getByRole('combobox', { name: /^Status/ }).inputValue()).resolves.toBe(status.letter);
    const owner = register.mapping.columns.owner!;
    await expect(panel.getByRole('combobox', { name: /^Owner/ }).inputValue()).resolves.toBe(owner.letter);
  });

  test('validating lists the findings the core finds, counted by severity', async () => {
    const panel = await openView(pane, 'Findings');
    const summary = panel.getByText(/: [\d,]+ actions, as of .+$/);
    await summary.waitFor({ timeout: 60_000 });
    // Shown in the pane's language; the ISO date is in <time datetime>.
    const asOf = (await summary.locator('time').getAttribute('datetime'))!;
    const counts = await expectedCounts(asOf);
    const total = counts.error + counts.warning + counts.info;
    await expect(panel.getByRole('status').filter({ hasText: 'findings' }).innerText()).resolves.toBe(
      `${total} findings`,
    );
    const group = panel.getByRole('group', { name: 'Show findings by severity' });
    await expect(group.getByRole('button', { name: `Errors ${counts.error}` }).count()).resolves.toBe(1);
    await expect(group.getByRole('button', { name: `Warnings ${counts.warning}` }).count()).resolves.toBe(1);
    await expect(group.getByRole('button', { name: `Info ${counts.info}` }).count()).resolves.toBe(1);
  });

  test('activating a finding selects its cell in the register sheet', async () => {
    const { page } = pane;
    const { sheetName } = await sampleRegister();
    const panel = page.getByRole('tabpanel', { name: 'Findings' });
    const finding = panel.getByRole('button', { name: /Cell [A-Z]+\d+: select in the sheet$/ }).first();
    const cell = /Cell ([A-Z]+\d+): select in the sheet/.exec(await finding.innerText())![1];
    // Select something else first, so the assertion proves the click moved the selection.
    await pane.double.select(sheetName, 'A1');
    await finding.click();
    const selected = await eventually(
      async () => {
        const sel = await pane.double.selection();
        return sel?.address === cell && sel;
      },
      { what: `the selection to move to ${cell}` },
    );
    expect(selected).toEqual({ sheet: sheetName, address: cell });
  });

  test('the pane loads only its own files and office.js, and logs no errors', async () => {
    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});
