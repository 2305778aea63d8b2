/**
 * The production pane on an Excel with only what manifest.xml requires to install — ExcelApi 1.9
 * and no shared runtime, as Excel on iPad — simulated by the host double's minimumSets mode
 * (every call above those sets fails with ApiNotFound, as in Office): the pane still works, and
 * what needs more ("Open with this workbook") is explained instead of offered.
 */
import { describeInBrowser } from './browser';
import { E2E_TIMEOUT, startSession, type Pane, type Session } from './harness';
import { openView } from './paneHelpers';

jest.setTimeout(E2E_TIMEOUT);

describeInBrowser('the pane with only the manifest’s minimum requirement sets', () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    pane = await session.launchPane({ width: 320, minimumSets: true });
    await pane.ready();
  });
  afterAll(() => session?.close());

  test('Home checks the register; the switch is explained, not offered', async () => {
    const { page } = pane;
    const sets = await page.evaluate(() => [
      Office.context.requirements.isSetSupported('ExcelApi', '1.9'),
      Office.context.requirements.isSetSupported('ExcelApi', '1.10'),
      Office.context.requirements.isSetSupported('SharedRuntime', '1.1'),
    ]);
    expect(sets).toEqual([true, false, false]);
    await page.getByText(/cannot open add-ins with a workbook/).waitFor();
    expect(await page.getByRole('switch', { name: 'Open with this workbook' }).count()).toBe(0);
    await pane.screenshot('minimum-sets-home-320');
  });

  test('validating lists findings and the Register view shows the detected mapping', async () => {
    const findings = await openView(pane, 'Findings');
    await findings.getByRole('status').filter({ hasText: 'findings' }).waitFor({ timeout: 60_000 });
    const register = await openView(pane, 'Register');
    await register.getByRole('button', { name: 'Save mapping' }).waitFor({ timeout: 60_000 });
    expect(pane.errors).toEqual([]);
    expect(pane.blocked).toEqual([]);
  });
});
