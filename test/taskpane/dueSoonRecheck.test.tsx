import './setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createFollowThroughCommands } from '../../src/commands/followThrough';
import { HISTORY_SHEET, type FieldKey } from '../../src/core';
import { paneTranslator, type PaneTranslator } from '../../src/core/i18n';
import { PaneLanguageProvider } from '../../src/taskpane/i18n';
import { DueSoon } from '../../src/taskpane/components/DueSoon/DueSoon';
import { FollowThroughContext } from '../../src/taskpane/components/DueSoon/followThroughContext';
import { DEFAULT_COLUMNS, makeClosedNc, makeGrid, serial } from '../core/builders';
import { install, workbookOf } from '../excel/harness';

const COLUMNS: FieldKey[] = [...DEFAULT_COLUMNS, 'recheckDate'];
/** Noon on the as-of date of the core tests, local time. */
const NOW = () => new Date(2026, 10, 26, 12);

function renderOver(
  grid: ReturnType<typeof makeGrid>,
  settings: Record<string, unknown> = {},
  translator?: PaneTranslator,
) {
  const workbook = workbookOf({ Register: grid });
  Object.assign(workbook.settings, settings);
  const double = install(workbook);
  const user = userEvent.setup();
  render(
    <PaneLanguageProvider initial={translator}>
      <FluentProvider theme={webLightTheme}>
        <FollowThroughContext.Provider value={createFollowThroughCommands(NOW)}>
          <DueSoon />
        </FollowThroughContext.Provider>
      </FluentProvider>
    </PaneLanguageProvider>,
  );
  return { user, double };
}

describe('Due soon view: re-checks and the policy, over Excel (host double)', () => {
  it('a late re-check is listed with its answers; “Still effective” records it and it leaves the list', async () => {
    const { user, double } = renderOver(
      makeGrid(
        [
          makeClosedNc({ id: 'NC-3', owner: 'Eva Novak', recheckDate: serial('2026-11-20') }),
          makeClosedNc({ id: 'NC-4', owner: 'Eva Novak', recheckDate: serial('2027-06-01') }),
        ],
        { columns: COLUMNS },
      ),
    );
    const eva = await screen.findByRole('region', { name: 'Eva Novak' });
    const [item] = within(eva).getAllByRole('listitem');
    expect(item.textContent).toContain('Re-check 20 Nov 2026, 6 days late');
    await user.click(within(item).getByRole('button', { name: 'Re-check of NC-3: still effective' }));
    expect(await screen.findByText(/Recorded the re-check of row 2 as effective/)).toBeTruthy();
    expect(await screen.findByText(/Nothing is due within 14 days/)).toBeTruthy();
    expect(double.workbook.sheet('Register')?.cell(1, COLUMNS.indexOf('recheckDate'))?.v ?? '').toBe('');
    expect(double.workbook.sheet(HISTORY_SHEET)?.cell(1, 6)?.v).toBe('Re-check: effective.');
  });

  it('“Not effective…” asks why, then reopens the NC with the reason', async () => {
    const { user, double } = renderOver(makeGrid([makeClosedNc({ id: 'NC-3' })]), {
      'improvementPlan.rechecks': { 'NC-3': '2026-11-25' },
    });
    await user.click(await screen.findByRole('button', { name: 'Re-check of NC-3: not effective' }));
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(screen.getByText(/Say why it is not effective/)).toBeTruthy();
    await user.type(screen.getByLabelText(/Why is NC-3 not effective/), 'Shared accounts found again');
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(await screen.findByText(/Reopened row 2 \(status analysis\)/)).toBeTruthy();
    expect(double.workbook.sheet('Register')?.cell(1, DEFAULT_COLUMNS.indexOf('status'))?.v).toBe('Analysis');
    expect(double.workbook.settings['improvementPlan.rechecks']).toEqual({});
    expect(double.workbook.sheet(HISTORY_SHEET)?.cell(1, 6)?.v).toBe(
      'Re-check: not effective. Shared accounts found again',
    );
  });

  it('the policy shows the defaults, saves a change into the workbook, refuses a wrong number and goes back to the defaults', async () => {
    const { user, double } = renderOver(makeGrid([makeClosedNc({ id: 'NC-3' })]));
    const policy = await screen.findByRole('region', { name: 'Target-date policy' });
    expect(within(policy).getByText(/The default policy/)).toBeTruthy();
    const major = within(policy).getByLabelText('Major NC (days)');
    expect((major as HTMLInputElement).value).toBe('90');
    expect((within(policy).getByLabelText('Re-check after closing (days)') as HTMLInputElement).value).toBe(
      '90',
    );
    await user.clear(major);
    await user.type(major, '60');
    const low = within(policy).getByLabelText('Low priority (days)');
    await user.clear(low);
    await user.click(within(policy).getByRole('button', { name: 'Save policy' }));
    expect(await within(policy).findByText(/Saved in the workbook beside the mapping/)).toBeTruthy();
    expect(double.workbook.settings['improvementPlan.policy']).toMatchObject({
      targetDays: { 'major-nc': 60, 'minor-nc': 180 },
      priorityDays: { low: null },
      recheckDays: 90,
    });
    const recheck = within(policy).getByLabelText('Re-check after closing (days)');
    await user.clear(recheck);
    await user.type(recheck, '0');
    await user.click(within(policy).getByRole('button', { name: 'Save policy' }));
    expect(within(policy).getByText(/Enter a whole number of days from 1 to 3,650/)).toBeTruthy();
    expect(double.workbook.settings['improvementPlan.policy']).toMatchObject({ recheckDays: 90 });
    await user.click(within(policy).getByRole('button', { name: 'Use the defaults' }));
    expect(await within(policy).findByText('The default policy applies again.')).toBeTruthy();
    expect(double.workbook.settings['improvementPlan.policy']).toBeUndefined();
    expect((within(policy).getByLabelText('Major NC (days)') as HTMLInputElement).value).toBe('90');
  });

  it('in German: the re-check notices and the policy’s messages are German', async () => {
    const de = await paneTranslator('de-DE');
    const { user } = renderOver(
      makeGrid([makeClosedNc({ id: 'NC-3' })]),
      { 'improvementPlan.rechecks': { 'NC-3': '2026-11-25' } },
      de,
    );
    await user.click(await screen.findByRole('button', { name: 'Nachprüfung von NC-3: nicht wirksam' }));
    await user.click(screen.getByRole('button', { name: 'Wieder öffnen' }));
    expect(screen.getByText(de.t('recheck.sayWhy'))).toBeTruthy();
    await user.type(screen.getByLabelText(/Warum ist NC-3 nicht wirksam/), 'Wieder geteilte Konten');
    await user.click(screen.getByRole('button', { name: 'Wieder öffnen' }));
    expect(await screen.findByText(/^Zeile 2 mit dem Grund wieder geöffnet/)).toBeTruthy();

    const policy = await screen.findByRole('region', { name: 'Zieltermin-Richtlinie' });
    const recheck = within(policy).getByLabelText(/^Nachprüfung nach Abschluss/);
    await user.clear(recheck);
    await user.type(recheck, '0');
    await user.click(within(policy).getByRole('button', { name: 'Richtlinie speichern' }));
    expect(within(policy).getByText(/zwischen 1 und 3\.650/)).toBeTruthy();
    await user.clear(recheck);
    await user.type(recheck, '60');
    await user.click(within(policy).getByRole('button', { name: 'Richtlinie speichern' }));
    expect(
      await within(policy).findByText(/^In der Arbeitsmappe neben der Zuordnung gespeichert/),
    ).toBeTruthy();
  });
});
