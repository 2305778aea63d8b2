import './setup';
import { act } from '@testing-library/react';
import { FakeCommands } from './fakeCommands';
import { FakeWorkflow, makeMove } from './fakeWorkflow';
import { openTab, promptDialog, renderPane, screen, within, paneReady } from './renderPane';

const MARKUP = '<img src=x onerror=alert(1)>';

async function setupWith(...moves: ReturnType<typeof makeMove>[]) {
  const workflow = new FakeWorkflow();
  const fake = new FakeCommands();
  const view = renderPane(fake, { workflow });
  await paneReady();
  act(() => workflow.push(...moves));
  return { ...view, workflow };
}

function banner(): HTMLElement {
  return screen.getByRole('region', { name: 'Status changes to complete' });
}

async function showList(user: Awaited<ReturnType<typeof setupWith>>['user']): Promise<HTMLElement> {
  const toggle = within(banner()).getByRole('button', { name: 'Show the list' });
  await user.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  return within(banner()).getByRole('list');
}

describe('pending status changes', () => {
  it('a co-author’s move opens nothing but is listed in the banner', async () => {
    const { user } = await setupWith(makeMove({ origin: 'remote' }));

    expect(
      await within(banner()).findByText('1 action changed status without the required fields'),
    ).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    const list = await showList(user);
    const item = within(list).getByRole('listitem', { name: 'NC-3, row 6: Implemented → Closed' });
    expect(
      within(item).getByText('Missing: Root cause, Effectiveness result, Verified by and Date closed.'),
    ).toBeTruthy();
    expect(within(item).getByText(/changed by a co-author/)).toBeTruthy();
  });

  it('several changes at once (a paste over rows) are listed, not prompted', async () => {
    await setupWith(
      makeMove({ id: 'NC-3', row: 6, single: false }),
      makeMove({ id: 'NC-4', row: 7, type: 'ofi', single: false }),
      makeMove({ id: 'NC-5', row: 8, from: 'new', to: 'closed', single: false }),
    );

    expect(await within(banner()).findByText('3 status changes need your attention')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('Fill in opens the prompt for that move, and the banner stops listing it meanwhile', async () => {
    const { user, workflow } = await setupWith(
      makeMove({ id: 'NC-3', row: 6, origin: 'reconciliation' }),
      makeMove({ id: 'NC-6', row: 9, origin: 'reconciliation' }),
    );
    const list = await showList(user);
    const item = within(list).getByRole('listitem', { name: /^NC-6/ });

    await user.click(within(item).getByRole('button', { name: 'Fill in' }));

    const dialog = await promptDialog(/Closing NC-6/);
    expect(within(banner()).getByText('1 action changed status without the required fields')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(workflow.callsOf('cancelMove')[0].args[0]).toMatchObject({ id: 'NC-6' });
  });

  it('Go to row selects the action’s row in the sheet', async () => {
    const move = makeMove({ origin: 'remote' });
    const { user, workflow } = await setupWith(move);
    const list = await showList(user);

    await user.click(within(list).getByRole('button', { name: 'Go to row' }));

    expect(workflow.callsOf('goToRow').map((c) => c.args)).toEqual([[move.sheetName, 6]]);
  });

  it('Accept as is records the move with the reason the user gives', async () => {
    const move = makeMove({ origin: 'remote' });
    const { user, workflow } = await setupWith(move);
    const list = await showList(user);

    await user.click(within(list).getByRole('button', { name: 'Accept as is' }));
    await user.click(within(list).getByRole('button', { name: 'Accept' }));
    expect(within(list).getByText('Write a reason: it goes into the history.')).toBeTruthy();
    expect(workflow.callsOf('acknowledgeMove')).toHaveLength(0);

    await user.type(
      within(list).getByRole('textbox', { name: /Why accept it as it is/ }),
      'Agreed at review{Enter}',
    );

    expect(workflow.callsOf('acknowledgeMove').map((c) => c.args)).toEqual([[move, 'Agreed at review']]);
    expect(screen.queryByRole('region', { name: 'Status changes to complete' })).toBeNull();
  });

  it('the banner stays visible on every view', async () => {
    const { user } = await setupWith(makeMove({ origin: 'remote' }));
    for (const tab of ['Findings', 'Action', 'Review', 'Register']) {
      await openTab(user, tab);
      expect(banner()).toBeTruthy();
    }
  });

  it('cell text in a move is shown as text, never as markup', async () => {
    const { user } = await setupWith(
      makeMove({ id: 'NC-7', toWord: MARKUP, values: { rootCause: MARKUP }, origin: 'remote' }),
    );
    const list = await showList(user);
    expect(within(list).getByText(`NC-7, row 6: Implemented → ${MARKUP}`)).toBeTruthy();

    await user.click(within(list).getByRole('button', { name: 'Fill in' }));
    const dialog = await promptDialog(/Closing NC-7/);
    expect(within(dialog).getByRole('textbox', { name: /Root-cause statement/ })).toHaveProperty(
      'value',
      MARKUP,
    );
    expect(within(dialog).getByText(`Minor NC NC-7, row 6: Implemented → ${MARKUP}`)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
