/**
 * Several registers in one workbook, in the browser (issue 21): the Register view lists every
 * register sheet, the user includes the CAPA log and the incident list, and a finding on the
 * incident list selects its cell on that sheet.
 */
import { describeInBrowser } from './browser';
import { E2E_TIMEOUT, startSession, type Pane, type Session } from './harness';
import { openView } from './paneHelpers';
import { AUDIT, CAPA, INCIDENTS } from '../core/rollupFixture';
import { workbookFromGrid } from '../host-double';

jest.setTimeout(E2E_TIMEOUT * 2);

describeInBrowser('several registers in one workbook', () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    pane = await session.launchPane({
      width: 400,
      workbook: workbookFromGrid({
        'Read me': [['How this workbook is kept']],
        [AUDIT.name]: AUDIT.rows,
        [CAPA.name]: CAPA.rows,
        [INCIDENTS.name]: INCIDENTS.rows,
      }),
    });
    await pane.ready();
  });
  afterAll(() => session?.close());

  test('lists the registers, includes two more, and a finding navigates to its own sheet', async () => {
    const panel = await openView(pane, 'Register');
    const list = panel.getByRole('region', { name: 'Registers in this workbook' });
    await list.waitFor({ timeout: 60_000 });
    const boxes = list.getByRole('checkbox');
    expect(await boxes.count()).toBe(3);
    expect(await list.getByRole('checkbox', { name: `${AUDIT.name} (header row 3)` }).isChecked()).toBe(true);
    for (const s of [CAPA, INCIDENTS]) {
      const box = list.getByRole('checkbox', { name: new RegExp(`^${s.name} `) });
      expect(await box.isChecked()).toBe(false);
      await box.click();
      await panel.getByText(new RegExp(`^“${s.name}” is included`)).waitFor({ timeout: 60_000 });
    }
    await pane.screenshot('several-registers-register-400');

    const findings = await openView(pane, 'Findings');
    await findings.getByRole('button', { name: /^Run validation/ }).click();
    await findings
      .getByText(`${AUDIT.name}, ${CAPA.name}, ${INCIDENTS.name}`, { exact: false })
      .waitFor({ timeout: 60_000 });
    const onIncidents = findings
      .getByRole('button', { name: new RegExp(`${INCIDENTS.name} · (Cell|Row) \\w+: select in the sheet`) })
      .first();
    await onIncidents.waitFor({ timeout: 60_000 });
    const place = /· (?:Cell|Row) (\w+):/.exec((await onIncidents.textContent()) ?? '')![1];
    await onIncidents.click();
    let selection: { sheet: string; address: string } | null = null;
    for (let i = 0; i < 50 && selection?.sheet !== INCIDENTS.name; i++) {
      await pane.page.waitForTimeout(100);
      selection = await pane.double.selection();
    }
    expect(selection?.sheet).toBe(INCIDENTS.name);
    expect(selection?.address.replace(/:.*$/, '')).toBe(place);
    await pane.screenshot('several-registers-findings-400');
    expect(pane.errors).toEqual([]);
  });
});
