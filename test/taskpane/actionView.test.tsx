import './setup';
import { FakeCommands } from './fakeCommands';
import { entry, FakeWorkflow, makeRow } from './fakeWorkflow';
import { act } from '@testing-library/react';
import { description, openTab, paneReady, renderPane, screen, within } from './renderPane';

function fact(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

function setup(workflow = new FakeWorkflow()) {
  return { ...renderPane(new FakeCommands(), { workflow }), workflow };
}

const implemented = () =>
  makeRow({
    state: 'implemented',
    statusWord: 'Done',
    values: { id: 'NC-1', owner: 'Ana', rootCause: 'No deputy', correctiveAction: 'Named a deputy' },
  });

describe('Action view', () => {
  it('shows the action in the selected row with its allowed moves and its history', async () => {
    const workflow = new FakeWorkflow();
    workflow.addRow(implemented());
    workflow.history.push(
      entry('NC-1', 4, 'analysis', 'planned', 'Plan agreed with Ana', 'prompt', ['rootCause']),
      entry('NC-2', 5, 'new', 'analysis'),
    );
    const { user } = setup(workflow);
    await openTab(user, 'Action');

    expect(await screen.findByRole('heading', { name: /^NC-1/ })).toBeTruthy();
    expect(fact('Type')).toBe('Minor NC');
    // The register's own word; the add-in's reading only because it differs.
    expect(fact('Status')).toBe('Done, read as Implemented');
    expect(fact('Owner')).toBe('Ana');
    const moves = screen.getByRole('region', { name: 'Move NC-1 to' });
    const buttons = within(moves)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons).toEqual(['Closed', 'On hold', 'Cancelled']);
    // What each gate still needs in this row.
    const closing = within(moves).getByRole('button', { name: 'Closed' }).closest('li')!;
    expect(closing.textContent).toMatch(/Still needs: .*Effectiveness result.*Verified by/);
    const onHold = within(moves).getByRole('button', { name: 'On hold' }).closest('li')!;
    expect(onHold.textContent).toMatch(/Ready: nothing missing/);

    const history = screen.getByRole('list', { name: 'History' });
    const [item] = within(history).getAllByRole('listitem');
    expect(within(history).getAllByRole('listitem')).toHaveLength(1);
    expect(within(item).getByText('Analysis → Planned')).toBeTruthy();
    expect(within(item).getByText('Filled in: Root cause')).toBeTruthy();
    expect(within(item).getByText('Comment: Plan agreed with Ana')).toBeTruthy();
    expect(within(item).getByText(/in the prompt/)).toBeTruthy();
  });

  it('choosing a move opens the gate form; missing fields are marked, then the move is made', async () => {
    const workflow = new FakeWorkflow();
    workflow.addRow(implemented());
    const { user } = setup(workflow);
    await openTab(user, 'Action');
    await user.click(await screen.findByRole('button', { name: 'Closed' }));

    const form = screen.getByRole('heading', { name: 'Move NC-1 to Closed' }).closest('form')!;
    expect(within(form).getByRole('textbox', { name: /Root-cause statement/ })).toHaveProperty(
      'value',
      'No deputy',
    );
    await user.click(within(form).getByRole('button', { name: 'Move to Closed' }));

    expect(workflow.callsOf('moveAction')).toHaveLength(1);
    const verifiedBy = within(form).getByRole('textbox', { name: /Verified by/ });
    expect(verifiedBy.getAttribute('aria-invalid')).toBe('true');
    expect(description(within(form).getByRole('radiogroup', { name: /Effectiveness result/ }))).toMatch(
      /Must be “Effective”/,
    );

    await user.click(within(form).getByRole('radio', { name: 'Effective' }));
    await user.type(verifiedBy, 'Carla');
    await user.click(within(form).getByRole('button', { name: 'Move to Closed' }));

    expect(workflow.callsOf('moveAction')[1].args).toEqual([
      4,
      'closed',
      { fields: expect.objectContaining({ effectivenessResult: 'Effective', verifiedBy: 'Carla' }) },
    ]);
    expect(await screen.findByText('NC-1 moved to Closed.')).toBeTruthy();
    expect(fact('Status')).toBe('Closed');
    expect(
      within(screen.getByRole('list', { name: 'History' })).getByText('Implemented → Closed'),
    ).toBeTruthy();
  });

  it('cancelling an action asks for a reason before anything is written', async () => {
    const workflow = new FakeWorkflow();
    workflow.addRow(implemented());
    const { user } = setup(workflow);
    await openTab(user, 'Action');
    await user.click(await screen.findByRole('button', { name: 'Cancelled' }));

    await user.click(screen.getByRole('button', { name: 'Move to Cancelled' }));
    const reason = screen.getByRole('textbox', { name: /Reason for cancelling/ });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(workflow.callsOf('moveAction')).toHaveLength(0);

    await user.type(reason, 'Duplicate of NC-2');
    await user.click(screen.getByRole('button', { name: 'Move to Cancelled' }));
    expect(workflow.callsOf('moveAction')[0].args).toEqual([
      4,
      'cancelled',
      { fields: {}, comment: 'Duplicate of NC-2' },
    ]);
    expect(await screen.findByText('NC-1 moved to Cancelled.')).toBeTruthy();
  });

  it('follows the selection in Excel, with no Refresh button', async () => {
    const workflow = new FakeWorkflow();
    const { user } = setup(workflow);
    await openTab(user, 'Action');
    expect(await screen.findByText(/Select a cell in a row of the register/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
    expect(workflow.selectionListenerCount).toBe(1);

    workflow.addRow(makeRow({ id: 'NC-2', row: 5 }), false);
    act(() => workflow.select(5));
    expect(await screen.findByRole('heading', { name: /^NC-2/ })).toBeTruthy();

    workflow.addRow(makeRow({ id: 'NC-9', row: 12 }), false);
    act(() => workflow.select(12));
    expect(await screen.findByRole('heading', { name: /^NC-9/ })).toBeTruthy();

    // A selection made while another view is shown is read when the card is shown again.
    await openTab(user, 'Findings');
    act(() => workflow.select(5));
    await openTab(user, 'Action');
    expect(await screen.findByRole('heading', { name: /^NC-2/ })).toBeTruthy();
  });

  it('shows the row’s findings from the last check, in words', async () => {
    const workflow = new FakeWorkflow();
    workflow.addRow(makeRow({ id: 'NC-2', row: 5, values: { id: 'NC-2', owner: '' } }));
    const { user } = setup(workflow);
    await paneReady();
    await openTab(user, 'Action');
    const section = await screen.findByRole('region', { name: /^Findings \(\d+\)$/ });
    expect(within(section).getAllByRole('listitem').length).toBeGreaterThan(0);
  });
});
