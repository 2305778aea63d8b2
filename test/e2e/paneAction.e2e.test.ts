/**
 * The Action card follows the selection in Excel: selecting another row of the register (in the
 * grid, or from a Home link) shows that action, without any Refresh button.
 */
import { describeInBrowser } from './browser';
import { sampleRegister } from './expected';
import { E2E_TIMEOUT, eventually, startSession, type Pane, type Session } from './harness';
import { openView } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT);

describeInBrowser('the Action card', () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    pane = await session.launchPane({ width: 320 });
    await pane.ready();
  });
  afterAll(() => session?.close());

  test('changes when the selection changes in Excel, with no Refresh button', async () => {
    const { register, sheetName } = await sampleRegister();
    const [a, b] = register.actions.filter((x) => x.id).slice(2, 4);
    await pane.double.select(sheetName, `B${a.row}`);
    const panel = await openView(pane, 'Action');
    await eventually(async () => (await pane.double.selectionHandlerCount()) > 0, {
      what: 'the card to listen to the selection',
    });
    const heading = panel.getByRole('heading', { level: 2 });
    await eventually(async () => (await heading.innerText()).startsWith(a.id), {
      what: `the card to show ${a.id}`,
    });
    expect(await panel.getByRole('button', { name: 'Refresh' }).count()).toBe(0);

    // The user clicks another row in the grid.
    await pane.double.select(sheetName, `C${b.row}`);
    await eventually(async () => (await heading.innerText()).startsWith(b.id), {
      what: `the card to follow to ${b.id}`,
    });
    const facts = await panel.locator('dl').first().innerText();
    expect(facts).toContain(`Row\n${b.row}`);
    const word = String(b.values.status ?? '').trim();
    if (word) expect(facts).toContain(`Status\n${word}`);
    expect(facts).not.toMatch(/\((Implemented|Closed|In progress|Planned|New|Analysis)\)/);

    // A row outside the register: the card says what to do.
    await pane.double.select(sheetName, 'A1');
    await panel.getByText(/Select a cell in a row of the register/).waitFor();
    expect(pane.errors).toEqual([]);
  });
});
