import './setup';
import { PAGE_SIZE } from '../../src/taskpane/components/Findings/FindingList';
import { FakeCommands, makeAction, registerSheet } from './fakeCommands';
import { activePanel, openTab, renderPane, screen, within } from './renderPane';

/** What the real engine finds in the fake workbook, to compare the pane against. */
async function expectedValidation(fake = new FakeCommands()) {
  const outcome = await fake.validate();
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

function groupHeader(code: string): HTMLElement {
  // The group's header: what to do, in words and counted, then the rule code as a detail.
  return screen.getByRole('button', { name: new RegExp(`^[\\d,]+ .* ${code}$`) });
}

function findingButtons(container: HTMLElement = document.body): HTMLElement[] {
  return within(container).queryAllByRole('button', { name: /select in the sheet$/ });
}

describe('Findings view', () => {
  it('groups the findings by severity and rule code, with counts', async () => {
    const expected = await expectedValidation();
    const { user } = renderPane();
    await openTab(user, 'Findings');

    const errors = expected.counts.error;
    const warnings = expected.counts.warning;
    expect(await screen.findByRole('heading', { name: `Errors (${errors})` })).toBeTruthy();
    expect(screen.getByRole('heading', { name: `Warnings (${warnings})` })).toBeTruthy();
    // The fake register lacks some gate columns: one column-missing note, at info level.
    expect(expected.findings.filter((f) => f.severity === 'info').map((f) => f.code)).toEqual([
      'column-missing',
    ]);
    expect(screen.getByRole('heading', { name: `Info (${expected.counts.info})` })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Errors ${errors}`, pressed: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Info ${expected.counts.info}`, pressed: true })).toBeTruthy();

    const overdue = expected.findings.filter((f) => f.code === 'overdue');
    expect(groupHeader('overdue').textContent).toBe(`${overdue.length} overdue actionsoverdue`);
    expect(groupHeader('missing-owner').textContent).toBe('1 open action without an ownermissing-owner');
    expect(screen.getByText(`${expected.findings.length} findings`)).toBeTruthy();
  });

  it('groups collapse and expand', async () => {
    const { user } = renderPane();
    await openTab(user, 'Findings');
    const header = await screen.findByRole('button', { name: /overdue actions? overdue$/ });
    expect(header.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /NC-4 \(row 7\) is \d+ days overdue/ })).toBeTruthy();

    await user.click(header);

    expect(header.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /NC-4 \(row 7\) is \d+ days overdue/ })).toBeNull();
  });

  it('the text filter and the severity toggles narrow the list', async () => {
    const expected = await expectedValidation();
    const { user } = renderPane();
    await openTab(user, 'Findings');
    await screen.findByRole('heading', { name: /^Errors/ });

    await user.type(screen.getByRole('searchbox', { name: 'Filter findings' }), 'NC-4');
    const forNc4 = expected.findings.filter((f) => f.id === 'NC-4');
    expect(
      await screen.findByText(`Showing ${forNc4.length} of ${expected.findings.length} findings`),
    ).toBeTruthy();
    expect(findingButtons().map((b) => b.textContent)).toEqual(
      forNc4.map((f) => expect.stringContaining(f.message)),
    );

    await user.clear(screen.getByRole('searchbox', { name: 'Filter findings' }));
    await user.click(screen.getByRole('button', { name: `Errors ${expected.counts.error}` }));

    expect(
      screen.getByRole('button', { name: `Errors ${expected.counts.error}`, pressed: false }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Errors/ })).toBeNull();
    expect(screen.getByRole('heading', { name: /^Warnings/ })).toBeTruthy();
  });

  it('activating a finding selects its cell in the sheet', async () => {
    const { user, fake } = renderPane();
    await openTab(user, 'Findings');

    await user.click(await screen.findByRole('button', { name: /^NC-2 \(row 5\) is open but has no owner/ }));

    expect(fake.callsOf('goToFinding').map((c) => c.args)).toEqual([{ row: 5, column: 'E' }]);
  });

  it('keyboard: Tab reaches a finding, the arrow keys move within the group and Enter selects the cell', async () => {
    const { user, fake } = renderPane();
    await openTab(user, 'Findings');
    const header = await screen.findByRole('button', { name: /overdue actions? overdue$/ });
    const [first, second] = within(header.closest('.fui-AccordionItem') as HTMLElement).getAllByRole(
      'button',
      {
        name: /days overdue/,
      },
    );

    header.focus();
    await user.tab();
    expect(document.activeElement).toBe(first);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{Enter}');

    expect(fake.callsOf('goToFinding').map((c) => c.args)).toEqual([{ row: 7, column: 'G' }]);
    // Tab leaves the list in one step instead of visiting every finding.
    await user.tab();
    expect([first, second]).not.toContain(document.activeElement);
  });

  it('filters by owner: only the findings of that owner’s actions', async () => {
    const { user } = renderPane();
    await openTab(user, 'Findings');
    await screen.findByRole('heading', { name: /^Errors/ });
    const owner = screen.getByRole('combobox', { name: 'Owner' });
    await user.selectOptions(owner, 'No owner');
    expect(screen.getByRole('status').textContent).toMatch(/^Showing \d+ of \d+ findings$/);
    const shown = findingButtons(activePanel());
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((b) => /NC-2/.test(b.textContent ?? ''))).toBe(true);
  });

  it(`renders ${PAGE_SIZE} findings per group at a time, even for 10,000 findings`, async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => makeAction({ id: `NC-${i + 1}`, owner: '' }));
    const fake = new FakeCommands({ Register: registerSheet(rows) });
    // Opened on Findings: the count below is of this view's DOM alone.
    const { user } = renderPane(fake, { initialView: 'findings' });

    expect(await screen.findByRole('button', { name: 'Errors 10,000' }, { timeout: 15_000 })).toBeTruthy();
    const group = groupHeader('missing-owner').closest('.fui-AccordionItem') as HTMLElement;
    expect(groupHeader('missing-owner').textContent).toBe(
      '10,000 open actions without an ownermissing-owner',
    );
    expect(findingButtons(group)).toHaveLength(PAGE_SIZE);

    await user.click(within(group).getByRole('button', { name: `Show ${PAGE_SIZE} more (9,950 not shown)` }));

    expect(findingButtons(group)).toHaveLength(2 * PAGE_SIZE);
    // Every group shows its first page only (two after "Show more"): a few hundred buttons, not 10,000s.
    expect(document.querySelectorAll('button').length).toBeLessThan(4 * PAGE_SIZE + 50);
  }, 40_000);
});
