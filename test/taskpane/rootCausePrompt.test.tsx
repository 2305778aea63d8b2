import './setup';
import { act } from '@testing-library/react';
import { dayFromLocalDate, isoFromDay } from '../../src/core';
import { FakeWorkflow, FIXTURE_COLUMNS, makeMove } from './fakeWorkflow';
import { promptDialog, renderPane, screen, within, paneReady } from './renderPane';
import { FakeCommands } from './fakeCommands';

function setup() {
  const workflow = new FakeWorkflow();
  const view = renderPane(new FakeCommands(), { workflow });
  return { ...view, workflow };
}

async function pushed(workflow: FakeWorkflow, ...moves: ReturnType<typeof makeMove>[]) {
  await paneReady();
  act(() => workflow.push(...moves));
}

const today = () => isoFromDay(dayFromLocalDate(new Date()));

describe('root-cause prompt', () => {
  it('closing a minor NC without a root cause opens the prompt', async () => {
    const { workflow } = setup();
    await pushed(workflow, makeMove());

    const dialog = await promptDialog(/Closing NC-3: root cause and effectiveness/);
    expect(within(dialog).getByText('Minor NC NC-3, row 6: Implemented → Closed')).toBeTruthy();
    expect(within(dialog).getByText(/To move to closed, fill in: Root cause/)).toBeTruthy();
    const rootCause = within(dialog).getByRole('textbox', { name: /Root-cause statement/ });
    expect(rootCause.hasAttribute('required')).toBe(true);
    expect(within(dialog).getByLabelText(/Date closed/)).toBeTruthy();
    // The banner does not repeat the move being prompted.
    expect(screen.queryByText(/changed status without the required fields/)).toBeNull();
  });

  it('Save writes the typed fields and closes the prompt', async () => {
    const { user, workflow } = setup();
    const move = makeMove();
    await pushed(workflow, move);
    const dialog = await promptDialog(/Closing NC-3/);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Root-cause statement/ }),
      'No deputy reviewer',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Effective' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Verified by/ }), 'Carla');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(workflow.callsOf('completeMove')).toHaveLength(1);
    expect(workflow.callsOf('completeMove')[0].args).toEqual([
      move,
      {
        fields: {
          rootCause: 'No deputy reviewer',
          effectivenessResult: 'Effective',
          verifiedBy: 'Carla',
          closedDate: today(),
        },
      },
    ]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(workflow.pending).toHaveLength(0);
    expect(workflow.history.at(-1)).toMatchObject({
      id: 'NC-3',
      from: 'implemented',
      to: 'closed',
      via: 'prompt',
    });
  });

  it('Save with a required field left empty keeps the prompt open and marks the field', async () => {
    const { user, workflow } = setup();
    await pushed(workflow, makeMove());
    const dialog = await promptDialog(/Closing NC-3/);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Root-cause statement/ }),
      'No deputy reviewer',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Effective' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(workflow.callsOf('completeMove')).toHaveLength(1);
    const verifiedBy = within(dialog).getByRole('textbox', { name: /Verified by/ });
    expect(verifiedBy.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Needed to move to Closed.')).toBeTruthy();
    expect(screen.getByRole('alertdialog')).toBe(dialog);
    expect(workflow.pending).toHaveLength(1);

    await user.type(verifiedBy, 'Carla');
    expect(verifiedBy.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('Cancel restores the previous status through cancelMove and closes the prompt', async () => {
    const { user, workflow } = setup();
    const move = makeMove();
    await pushed(workflow, move);
    const dialog = await promptDialog(/Closing NC-3/);
    expect(within(dialog).getByText(/Cancel puts the status back to “Implemented”/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(workflow.callsOf('cancelMove').map((c) => c.args)).toEqual([[move]]);
    expect(workflow.callsOf('completeMove')).toHaveLength(0);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps focus inside while open; Escape is Cancel, and focus goes back where it was', async () => {
    const { user, workflow } = setup();
    const tab = screen.getByRole('tab', { name: 'Register' });
    tab.focus();
    await pushed(workflow, makeMove());
    const dialog = await promptDialog(/Closing NC-3/);
    expect(dialog.contains(document.activeElement)).toBe(true);
    for (let i = 0; i < 10; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }

    await user.keyboard('{Escape}');

    expect(workflow.callsOf('cancelMove')).toHaveLength(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(tab);
  });

  it('a root cause that only blames a person shows a gentle hint, not an error', async () => {
    const { user, workflow } = setup();
    await pushed(workflow, makeMove());
    const dialog = await promptDialog(/Closing NC-3/);
    const rootCause = within(dialog).getByRole('textbox', { name: /Root-cause statement/ });

    await user.type(rootCause, 'Human error');

    expect(
      within(dialog).getByText(/Ask why it was possible: which process, tool, training or control/),
    ).toBeTruthy();
    expect(rootCause.getAttribute('aria-invalid')).not.toBe('true');

    await user.type(rootCause, ' because the procedure had no checklist');
    expect(within(dialog).queryByText(/Ask why it was possible/)).toBeNull();
  });

  it('an effectiveness result other than effective explains that the NC cannot close yet', async () => {
    const { user, workflow } = setup();
    await pushed(workflow, makeMove({ values: { rootCause: 'No deputy', verifiedBy: 'Carla' } }));
    const dialog = await promptDialog(/Closing NC-3/);

    await user.click(within(dialog).getByRole('radio', { name: 'Partially effective' }));
    expect(within(dialog).getByText(/cannot close until the action is verified effective/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Must be “Effective”/)).toBeTruthy();
    expect(screen.getByRole('alertdialog')).toBe(dialog);
  });

  it('closing an OFI shows the short prompt: remediation, dates and evidence, no root cause', async () => {
    const { workflow } = setup();
    const columns = [...FIXTURE_COLUMNS, 'remediation', 'completionDate', 'evidence'] as const;
    await pushed(workflow, makeMove({ id: 'OFI-2', type: 'ofi', columns: [...columns] }));

    const dialog = await promptDialog(/Closing OFI-2: what was done/);
    const remediation = within(dialog).getByRole('textbox', { name: /Remediation implemented/ });
    expect(remediation.hasAttribute('required')).toBe(true);
    expect(within(dialog).getByLabelText(/Completion date/)).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /Evidence link/ })).toBeTruthy();
    expect((within(dialog).getByLabelText(/Date closed/) as HTMLInputElement).value).toBe(today());
    expect(within(dialog).queryByRole('textbox', { name: /Root-cause statement/ })).toBeNull();
    expect(within(dialog).queryByRole('radio', { name: 'Effective' })).toBeNull();
  });

  it('shows only fields the register has a column for, and names the gate fields without one', async () => {
    const { workflow } = setup();
    const columns = FIXTURE_COLUMNS.filter((f) => f !== 'verifiedBy');
    await pushed(workflow, makeMove({ columns }));

    const dialog = await promptDialog(/Closing NC-3/);
    expect(within(dialog).queryByRole('textbox', { name: /Verified by/ })).toBeNull();
    expect(within(dialog).queryByRole('combobox', { name: /Cause category/ })).toBeNull();
    expect(within(dialog).getByText(/The register has no column for Verified by/)).toBeTruthy();
  });

  it('prefills from the row, and Save writes back only what the user changed', async () => {
    const { user, workflow } = setup();
    const values = { closedDate: 46000, rootCause: 'No deputy reviewer', effectivenessResult: 'Yes' };
    await pushed(workflow, makeMove({ values }));

    const dialog = await promptDialog(/Closing NC-3/);
    // An Excel date serial is shown as its date; the register's "Yes" as the offered word.
    expect((within(dialog).getByLabelText(/Date closed/) as HTMLInputElement).value).toBe('2025-12-09');
    const rootCause = within(dialog).getByRole('textbox', { name: /Root-cause statement/ });
    expect(rootCause).toHaveProperty('value', 'No deputy reviewer');
    expect(within(dialog).getByRole('radio', { name: 'Effective' })).toHaveProperty('checked', true);

    await user.type(within(dialog).getByRole('textbox', { name: /Verified by/ }), 'Carla');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(workflow.callsOf('completeMove')[0].args[1]).toEqual({ fields: { verifiedBy: 'Carla' } });
  });

  it("offers and writes the register's own effectiveness words", async () => {
    const { user, workflow } = setup();
    const effectivenessWords = { effective: 'Yes', 'not-effective': 'No' };
    await pushed(workflow, makeMove({ effectivenessWords }));
    const dialog = await promptDialog(/Closing NC-3/);

    // Its words where it has them, ours for the result its column never uses.
    for (const name of ['Yes', 'Partially effective', 'No']) {
      expect(within(dialog).getByRole('radio', { name })).toBeTruthy();
    }
    expect(within(dialog).queryByRole('radio', { name: 'Effective' })).toBeNull();
    await user.type(within(dialog).getByRole('textbox', { name: /Root-cause statement/ }), 'No deputy');
    await user.click(within(dialog).getByRole('radio', { name: 'Yes' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Verified by/ }), 'Carla');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(workflow.callsOf('completeMove')[0].args[1]).toMatchObject({
      fields: { effectivenessResult: 'Yes' },
    });
  });
});
