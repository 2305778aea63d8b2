/**
 * The Home view on the sample register: the register's health as the core computes it, the
 * actions needing attention now, each selecting its row in Excel, and a check that never writes.
 */
import { describeInBrowser } from './browser';
import { expectedCounts, sampleRegister } from './expected';
import { E2E_TIMEOUT, eventually, startSession, type Pane, type Session } from './harness';
import { validateRegister, dayFromIso, isOpen } from '../../src/core';
import { registerHealth } from '../../src/commands/health';
import { serializeWorkbook } from './double/modelJson';

jest.setTimeout(E2E_TIMEOUT);

describeInBrowser('the Home view', () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    pane = await session.launchPane({ width: 320 });
    await pane.ready();
  });
  afterAll(() => session?.close());

  const home = () => pane.page.getByRole('tabpanel', { name: 'Home' });

  /** The as-of date of the check (shown in the pane's language; its ISO date in <time datetime>). */
  async function asOf(): Promise<string> {
    const time = home()
      .getByText(/checked at .* \(as of .+\)/)
      .locator('time');
    return (await time.getAttribute('datetime'))!;
  }

  test('the pane opens on Home, which shows the register’s health as the core computes it', async () => {
    const tabs = pane.page.getByRole('tablist', { name: 'Improvement Plan views' }).getByRole('tab');
    await expect(tabs.first().getAttribute('aria-selected')).resolves.toBe('true');
    await expect(tabs.first().innerText()).resolves.toBe('Home');
    const day = await asOf();
    const { register } = await sampleRegister();
    const counts = await expectedCounts(day);
    const glance = home().getByLabel('The register at a glance');
    const figure = async (label: string) =>
      Number(
        (
          await glance
            .locator('div')
            .filter({ has: pane.page.getByText(label, { exact: true }) })
            .locator('dd')
            .innerText()
        ).replace(/,/g, ''),
      );
    expect(await figure('Actions')).toBe(register.actions.length);
    expect(await figure('Open')).toBe(register.actions.filter((a) => isOpen(a.state)).length);
    expect(await figure('Errors')).toBe(counts.error);
    expect(await figure('Warnings')).toBe(counts.warning);
    const findings = validateRegister(register, { asOf: dayFromIso(day)! }).findings;
    expect(await figure('Overdue')).toBe(findings.filter((f) => f.code === 'overdue').length);
    expect(await figure('Effectiveness checks due')).toBe(
      findings.filter((f) => f.code === 'effectiveness-check-overdue').length,
    );
  });

  test('each item needing action selects its row in the register sheet', async () => {
    const day = await asOf();
    const { register, sheetName } = await sampleRegister();
    const findings = validateRegister(register, { asOf: dayFromIso(day)! }).findings;
    const needs = registerHealth(register, findings, dayFromIso(day)!).needs;
    const kinds = Object.entries(needs).filter(([, items]) => items.length > 0);
    expect(kinds.length).toBeGreaterThan(0);
    for (const [, items] of kinds) {
      const item = items[0];
      const link = home()
        .getByRole('button', { name: new RegExp(`row ${item.row} · select in the sheet$`) })
        .first();
      await pane.double.select(sheetName, 'A1');
      await link.click();
      const selected = await eventually(
        async () => {
          const sel = await pane.double.selection();
          return sel && sel.address !== 'A1' && sel;
        },
        { what: `the selection to move to row ${item.row}` },
      );
      expect(selected).toEqual({ sheet: sheetName, address: `${item.column}${item.row}` });
    }
  });

  test('checking the register never writes to the workbook', async () => {
    const snapshot = async () => {
      const json = serializeWorkbook(await pane.double.workbook());
      // Only what the user sees as the selection may differ; cells, formats, sheets and settings may not.
      delete json.workbook.selection;
      delete json.workbook.activeSheetId;
      return JSON.stringify(json);
    };
    const before = await snapshot();
    await home().getByRole('button', { name: 'Check register' }).click();
    await home().getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
    await home()
      .getByText(/checked at/)
      .waitFor();
    expect(await snapshot()).toBe(before);
    expect(pane.errors).toEqual([]);
  });
});
