/**
 * Set up / repair lists exactly which cells it will write before it writes anything; the sheet
 * is unchanged until "Write these", and then holds the listed dropdowns.
 */
import { describeInBrowser } from './browser';
import { sampleRegister } from './expected';
import { E2E_TIMEOUT, startSession, type Pane, type Session } from './harness';
import { serializeWorkbook } from './double/modelJson';
import { formatRect } from '../host-double/address';
import { openView } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT);

describeInBrowser('setting up the register from the pane', () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    pane = await session.launchPane({ width: 320 });
    await pane.ready();
  });
  afterAll(() => session?.close());

  test('lists the cells it will write, writes nothing before “Write these”, then writes those', async () => {
    const { sheetName } = await sampleRegister();
    const panel = await openView(pane, 'Register');
    await panel.getByRole('button', { name: 'Save mapping' }).waitFor({ timeout: 60_000 });
    const snapshot = async () => JSON.stringify(serializeWorkbook(await pane.double.workbook()).sheets);
    const before = await snapshot();

    await panel.getByRole('button', { name: 'Set up / repair register…' }).click();
    const title = panel.getByText(`The set-up will write to “${sheetName}”:`);
    await title.waitFor({ timeout: 60_000 });
    const items = await panel.locator('.fui-MessageBar li').allInnerTexts();
    const ranges = items.map((t) => /^(\S+): /.exec(t)?.[1]);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((r) => r && /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(r))).toBe(true);
    expect(await snapshot()).toBe(before);

    await panel.getByRole('button', { name: 'Write these' }).click();
    await panel.getByText(/Register set up:/).waitFor({ timeout: 60_000 });
    const workbook = await pane.double.workbook();
    const sheet = workbook.sheet(sheetName)!;

    const written = sheet.validations.map((v) => formatRect(v.rect));
    const listed = items.filter((t) => /a dropdown/.test(t)).map((t) => /^(\S+): /.exec(t)![1]);
    expect(written.sort()).toEqual(listed.sort());
    expect(pane.errors).toEqual([]);
  });
});
