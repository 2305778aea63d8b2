import './setup';
import { FakeCommands } from './fakeCommands';
import { activePanel, paneReady, renderPane, screen, within } from './renderPane';

function figure(label: string): string {
  const glance = screen.getByLabelText('The register at a glance');
  const dt = within(glance).getByText(label, { selector: 'dt' });
  return dt.parentElement?.querySelector('dd')?.textContent ?? '';
}

describe('Home view', () => {
  it('opens first and shows the register’s health, checked without highlighting the sheet', async () => {
    const { fake } = renderPane();
    await paneReady();
    expect(screen.getByRole('tab', { name: 'Home' }).getAttribute('aria-selected')).toBe('true');
    expect(figure('Actions')).toBe('5');
    expect(figure('Open')).toBe('4');
    expect(Number(figure('Errors'))).toBeGreaterThan(0);
    // "Check register" never writes: no highlights.
    expect(fake.callsOf('validate')[0].args).toMatchObject({ highlight: false });
    // The as-of date in the pane's language, its ISO date kept in <time dateTime>.
    const asOf = activePanel().querySelector('time');
    expect(asOf?.getAttribute('datetime')).toBe('2026-11-26');
    expect(asOf?.parentElement?.textContent).toMatch(
      /checked at .* \(as of 26 Nov 2026\)\. Checking never changes your sheet\./,
    );
  });

  it('lists what needs action now in words, each selecting its row', async () => {
    const { user, fake } = renderPane();
    await paneReady();
    const owner = screen.getByRole('region', { name: '1 open action without an owner' });
    const item = within(owner).getByRole('button', { name: /^NC-2 .*row 5 · select in the sheet$/ });
    await user.click(item);
    expect(fake.callsOf('goToFinding').at(-1)?.args).toMatchObject({ row: 5 });
    // Overdue NCs come first, then other overdue actions.
    const regions = screen
      .getAllByRole('region', { name: /overdue/ })
      .map((r) => r.querySelector('h3')?.textContent);
    expect(regions).toEqual(['1 overdue NC', '1 other overdue action']);
  });

  it('with no register, says so and offers the sheet picker from where the user is', async () => {
    const fake = new FakeCommands({ About: [['About this workbook']] });
    const { user } = renderPane(fake);
    const choose = await screen.findByRole('button', { name: 'Choose the register sheet' });
    await user.click(choose);
    expect(screen.getByRole('tab', { name: 'Register' }).getAttribute('aria-selected')).toBe('true');
    expect(activePanel()).toBeTruthy();
  });
});
