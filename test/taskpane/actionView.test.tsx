import './setup';
import { FakeCommands } from './fakeCommands';
import { entry, FakeWorkflow, makeRow } from './fakeWorkflow';
import { description, openTab, renderPane, screen, within } from './renderPane';

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

    expect(await screen.findByText('NC-1', { selector: 'dd' })).toBeTruthy();
    expect(fact('Type')).toBe('Minor NC');
    expect(fact('Status')).toBe('Done (Implemented)');
    const moves = screen.getByRole('region', { name: 'Move NC-1 to' });
    const buttons = within(moves)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons).toEqual(['Closed', 'On hold', 'Cancelled']);

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
    expect(fact('Status')).toBe('Closed (Closed)');
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

  it('reads the selected row again on Refresh and each time the tab is opened', async () => {
    const workflow = new FakeWorkflow();
    const { user } = setup(workflow);
    await openTab(user, 'Action');
    expect(
      await screen.findByText('Select a cell in a row of the register, then choose Refresh.'),
    ).toBeTruthy();

    workflow.addRow(makeRow({ id: 'NC-2', row: 5 }));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('NC-2', { selector: 'dd' })).toBeTruthy();

    workflow.addRow(makeRow({ id: 'NC-9', row: 12 }));
    await openTab(user, 'Register');
    await openTab(user, 'Action');
    expect(await screen.findByText('NC-9', { selector: 'dd' })).toBeTruthy();
    expect(workflow.callsOf('selectedAction')).toHaveLength(3);
  });
});
