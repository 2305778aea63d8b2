import './setup';
import { fireEvent } from '@testing-library/react';
import { FakeCommands } from './fakeCommands';
import { openTab, renderPane, screen } from './renderPane';

const PERIOD = { from: '2025-11-27', to: '2026-11-26', asOf: '2026-11-26' };

function setDate(label: string, value: string): void {
  // jsdom's date input takes a value but has no date picker to type into.
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function figure(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).previousElementSibling?.textContent ?? '';
}

describe('Review view', () => {
  it('defaults to the 12 months up to today', async () => {
    const { user } = renderPane();
    await openTab(user, 'Review');
    const asOf = (await screen.findByLabelText('As of')) as HTMLInputElement;
    const from = screen.getByLabelText('Period from') as HTMLInputElement;
    const to = screen.getByLabelText('Period to') as HTMLInputElement;
    expect(asOf.type).toBe('date');
    expect(to.value).toBe(asOf.value);
    expect(Number(from.value.slice(0, 4))).toBe(Number(asOf.value.slice(0, 4)) - 1);
  });

  it('generates the summary for the chosen dates, shows the key figures and goes to the new sheet', async () => {
    const expected = await new FakeCommands().reviewSummary(PERIOD);
    if (!expected.ok) throw new Error(expected.error.message);
    const { user, fake } = renderPane();
    await openTab(user, 'Review');
    await screen.findByLabelText('As of');
    setDate('Period from', PERIOD.from);
    setDate('Period to', PERIOD.to);
    setDate('As of', PERIOD.asOf);

    await user.click(screen.getByRole('button', { name: 'Generate summary' }));

    const goTo = await screen.findByRole('button', { name: 'Go to sheet “Management Review 2026-11-26”' });
    expect(fake.callsOf('reviewSummary').map((c) => c.args)).toEqual([PERIOD]);
    const f = expected.value.figures;
    expect(figure('Open')).toBe(String(f.open));
    expect(figure('Overdue')).toBe(String(f.overdue));
    expect(figure('Closed in period')).toBe(String(f.closedInPeriod));
    expect(figure('Effectiveness rate')).toBe(`${Math.round(f.effectivenessRate! * 100)} %`);

    await user.click(goTo);

    expect(fake.callsOf('activateSheet').map((c) => c.args)).toEqual(['Management Review 2026-11-26']);
    expect(fake.activeSheet).toBe('Management Review 2026-11-26');
  });

  it('a period that ends before it starts is explained and nothing is generated', async () => {
    const { user, fake } = renderPane();
    await openTab(user, 'Review');
    await screen.findByLabelText('As of');
    setDate('Period from', '2026-12-01');
    setDate('Period to', '2026-01-01');

    await user.click(screen.getByRole('button', { name: 'Generate summary' }));

    expect(screen.getByText('The period ends before it starts.')).toBeTruthy();
    expect(fake.callsOf('reviewSummary')).toHaveLength(0);
  });
});
