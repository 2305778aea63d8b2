import './setup';
import { act } from '@testing-library/react';
import { checkPolicy, dayFromIso, DEFAULT_POLICY, serialFromDay, type FieldKey } from '../../src/core';
import { formSpec, initialValues, policyOffer } from '../../src/taskpane/components/Workflow/moveForm';
import { FakeCommands } from './fakeCommands';
import { FakeWorkflow, FIXTURE_COLUMNS, makeMove } from './fakeWorkflow';
import { promptDialog, renderPane, within, paneReady } from './renderPane';

const TODAY = dayFromIso('2026-11-26')!;
const COLUMNS: FieldKey[] = [...FIXTURE_COLUMNS, 'priority', 'correction', 'similarElsewhere'];

describe('the policy date in the root-cause prompt', () => {
  it('offers the raised date plus the days of the type, or of the priority when stricter', () => {
    const subject = (values: Record<string, string | number>, type = 'major-nc' as const) => ({
      type,
      from: 'analysis' as const,
      to: 'planned' as const,
      values,
      columns: COLUMNS,
    });
    expect(policyOffer(subject({ raisedDate: '2026-09-01' }), DEFAULT_POLICY, TODAY)).toEqual({
      date: '2026-11-30',
      days: 90,
      because: 'a major NC',
      from: '2026-09-01',
      fromRaised: true,
    });
    // A serial from the sheet; a critical priority is stricter (30 days); across the year end.
    const raised = serialFromDay(dayFromIso('2026-12-15')!);
    expect(
      policyOffer(subject({ raisedDate: raised, priority: 'Critical' }), DEFAULT_POLICY, TODAY),
    ).toMatchObject({ date: '2027-01-14', because: 'priority critical' });
    // No date raised: counted from today.
    expect(policyOffer(subject({}, 'ofi' as never), DEFAULT_POLICY, TODAY)).toMatchObject({
      date: '2027-11-26',
      fromRaised: false,
    });
    // A stored policy of its own.
    const mine = checkPolicy({ targetDays: { 'major-nc': 60 } }).policy;
    expect(policyOffer(subject({ raisedDate: '2026-09-01' }), mine, TODAY)?.date).toBe('2026-10-31');
    // Nothing offered: a target date already set, a move to closed, no column, no limit.
    expect(policyOffer(subject({ targetDate: '2027-01-01' }), DEFAULT_POLICY, TODAY)).toBeUndefined();
    expect(policyOffer({ ...subject({}), to: 'closed' }, DEFAULT_POLICY, TODAY)).toBeUndefined();
    expect(
      policyOffer({ ...subject({}), columns: ['status'] as FieldKey[] }, DEFAULT_POLICY, TODAY),
    ).toBeUndefined();
    expect(policyOffer({ ...subject({}), type: undefined }, DEFAULT_POLICY, TODAY)).toBeUndefined();
  });

  it('the target date joins the form prefilled, so Save writes it unless the user changes it', () => {
    const subject = {
      type: 'minor-nc' as const,
      from: 'analysis' as const,
      to: 'planned' as const,
      values: { raisedDate: '2026-10-01' },
      columns: COLUMNS,
    };
    const offer = policyOffer(subject, DEFAULT_POLICY, TODAY)!;
    const spec = formSpec(subject, offer);
    expect(spec.fields).toContain('targetDate');
    expect(spec.required.has('targetDate')).toBe(false);
    const { values, fromRow } = initialValues(subject, spec, '2026-11-26', offer);
    expect(values.targetDate).toBe('2027-03-30');
    expect(fromRow.targetDate).toBe('');
    expect(formSpec(subject).fields).not.toContain('targetDate');
  });

  it('the prompt of a move to planned shows the policy date and why, and Save sends it', async () => {
    const workflow = new FakeWorkflow();
    const view = renderPane(new FakeCommands(), { workflow });
    await paneReady();
    act(() =>
      workflow.push(
        makeMove({
          type: 'major-nc',
          from: 'analysis',
          to: 'planned',
          columns: COLUMNS,
          values: { raisedDate: '2026-09-01', targetDate: '' },
        }),
      ),
    );
    const dialog = await promptDialog(/NC-3/);
    const target = within(dialog).getByLabelText(/Target/) as HTMLInputElement;
    expect(target.value).toBe('2026-11-30');
    expect(dialog.textContent).toContain(
      'The target-date policy offers 30 Nov 2026: 90 days for a major NC, from the date raised (1 Sept 2026).',
    );
    await view.user.type(within(dialog).getByRole('textbox', { name: /Root-cause statement/ }), 'No deputy');
    await view.user.type(within(dialog).getByRole('textbox', { name: /Correction/ }), 'Reviewed now');
    await view.user.click(within(dialog).getByRole('radio', { name: 'No' }));
    await view.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(workflow.callsOf('completeMove')[0].args[1]).toMatchObject({
      fields: { targetDate: '2026-11-30', rootCause: 'No deputy' },
    });
  });
});
