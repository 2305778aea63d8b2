import './setup';
import { act } from '@testing-library/react';
import { dayFromLocalDate, isoFromDay, type FieldKey } from '../../src/core';
import { FakeCommands } from './fakeCommands';
import { FakeWorkflow, FIXTURE_COLUMNS, makeMove } from './fakeWorkflow';
import { promptDialog, renderPane, screen, within, paneReady } from './renderPane';

async function setupWith(...moves: ReturnType<typeof makeMove>[]) {
  const workflow = new FakeWorkflow();
  const view = renderPane(new FakeCommands(), { workflow });
  await paneReady();
  act(() => workflow.push(...moves));
  return { ...view, workflow };
}

const RCA_COLUMNS: FieldKey[] = [
  ...FIXTURE_COLUMNS,
  'rcaMethod',
  'causeCategory',
  'correction',
  'similarElsewhere',
];

describe('root-cause prompt forms', () => {
  it('the whole closure can be done by keyboard alone', async () => {
    const { user, workflow } = await setupWith(makeMove());
    const dialog = await promptDialog(/Closing NC-3/);
    const rootCause = within(dialog).getByRole('textbox', { name: /Root-cause statement/ });
    expect(document.activeElement).toBe(rootCause);

    await user.keyboard('The access procedure named no deputy reviewer');
    await user.tab(); // corrective action, already filled in the row
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: /Corrective action/ }));
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: 'Effective' }));
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: /Verified by/ }));
    await user.keyboard('Carla{Enter}');

    expect(workflow.callsOf('completeMove')[0].args[1]).toEqual({
      fields: {
        rootCause: 'The access procedure named no deputy reviewer',
        effectivenessResult: 'Effective',
        verifiedBy: 'Carla',
        closedDate: isoFromDay(dayFromLocalDate(new Date())),
      },
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(workflow.pending).toHaveLength(0);
  });

  it('with 5 whys, five “Why?” answers compose the root-cause statement and go into the history', async () => {
    const { user, workflow } = await setupWith(
      makeMove({ columns: RCA_COLUMNS, values: { effectivenessResult: 'Effective', verifiedBy: 'Carla' } }),
    );
    const dialog = await promptDialog(/Closing NC-3/);
    expect(within(dialog).queryByRole('textbox', { name: /Why\?/ })).toBeNull();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: /analysis method/ }), '5 whys');
    const whys = within(dialog).getAllByRole('textbox', { name: /^Why\? \(\d of 5\)/ });
    expect(whys).toHaveLength(5);
    await user.type(whys[0], 'Access was not reviewed');
    await user.type(whys[1], 'The reviewer was on leave');
    await user.type(whys[2], 'The procedure names no deputy.');

    const statement =
      'Access was not reviewed, because the reviewer was on leave, because the procedure names no deputy';
    expect(within(dialog).getByRole('textbox', { name: /Root-cause statement/ })).toHaveProperty(
      'value',
      statement,
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Cause category/ }), 'Process');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const [, input] = workflow.callsOf('completeMove')[0].args as [
      unknown,
      { fields: object; comment: string },
    ];
    expect(input.fields).toMatchObject({
      rcaMethod: '5 whys',
      causeCategory: 'Process',
      rootCause: statement,
    });
    expect(input.comment).toBe(
      '5 whys: 1) Access was not reviewed 2) The reviewer was on leave 3) The procedure names no deputy.',
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('an NC entering planned asks for the cause and its reach, not for closure fields', async () => {
    await setupWith(makeMove({ from: 'analysis', to: 'planned', columns: RCA_COLUMNS }));
    const dialog = await promptDialog(/Root cause for NC-3/);

    expect(
      within(dialog)
        .getByRole('textbox', { name: /Correction/ })
        .hasAttribute('required'),
    ).toBe(true);
    expect(within(dialog).getByRole('radiogroup', { name: /Could it occur elsewhere/ })).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: 'Unknown' })).toBeTruthy();
    expect(within(dialog).queryByLabelText(/Date closed/)).toBeNull();
    expect(within(dialog).queryByRole('radio', { name: 'Effective' })).toBeNull();
  });

  it('a move the workflow does not allow offers to undo it, or to keep it with a reason', async () => {
    const move = makeMove({ from: 'new', to: 'closed' });
    expect(move.kind).toBe('not-allowed');
    const { user, workflow } = await setupWith(move);
    const dialog = await promptDialog(/NC-3: this status change is not allowed/);
    expect(within(dialog).getByText(/skips workflow steps/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Keep it anyway' }));
    expect(within(dialog).getByText('Write why the change stays.')).toBeTruthy();
    expect(workflow.callsOf('acknowledgeMove')).toHaveLength(0);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason to keep it anyway/ }),
      'Closed at review',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep it anyway' }));

    expect(workflow.callsOf('acknowledgeMove').map((c) => c.args)).toEqual([[move, 'Closed at review']]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('Undo the change restores the previous status of a move that is not allowed', async () => {
    const move = makeMove({ from: 'new', to: 'closed' });
    const { user, workflow } = await setupWith(move);
    const dialog = await promptDialog(/not allowed/);

    await user.click(within(dialog).getByRole('button', { name: 'Undo the change' }));

    expect(workflow.callsOf('cancelMove').map((c) => c.args)).toEqual([[move]]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
