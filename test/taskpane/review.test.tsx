import './setup';
import { fireEvent, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { computeReview, formatPercent, keyFigures } from '../../src/core';
import { ReviewFigures } from '../../src/taskpane/components/Review/ReviewFigures';
import { AS_OF, makeAction, registerOf, serial } from '../core/builders';
import { FakeCommands } from './fakeCommands';
import { openTab, renderPane, screen, within } from './renderPane';
import { presetDates } from '../../src/taskpane/components/Review/useReview';

const PERIOD = { from: '2025-11-27', to: '2026-11-26', asOf: '2026-11-26' };

function setDate(label: string, value: string): void {
  // The Fluent date picker takes typed dates (yyyy-mm-dd) and reads them when the field loses focus.
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

function figure(label: string): string {
  // In the Review view's figures (Home, mounted but hidden, has an "Open" figure too).
  const panel = screen.queryByRole('tabpanel') ?? document.body;
  const figures = within(panel).getByLabelText('Key figures');
  return within(figures).getByText(label, { selector: 'dt' }).previousElementSibling?.textContent ?? '';
}

describe('Review view', () => {
  it('defaults to today, the period starting after the last review (from left blank)', async () => {
    const { user, fake } = renderPane();
    await openTab(user, 'Review');
    const asOf = (await screen.findByLabelText('As of')) as HTMLInputElement;
    const from = screen.getByLabelText('Period from') as HTMLInputElement;
    const to = screen.getByLabelText('Period to') as HTMLInputElement;
    // A Fluent date picker showing ISO dates, not the browser's own mm/dd/yyyy field.
    expect(asOf.type).toBe('text');
    expect(asOf.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(to.value).toBe(asOf.value);
    expect(from.value).toBe('');
    expect(screen.getByText('Blank: from the last review sheet, else the last 12 months.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Generate summary' }));

    // No "from": the core starts the period the day after the last review sheet.
    expect(fake.callsOf('reviewSummary').map((c) => c.args)).toEqual([{ asOf: asOf.value, to: to.value }]);
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
    expect(figure('Closed in the period')).toBe(String(f.closedInPeriod));
    // The same precision as the sheet's 0.0% format.
    expect(figure('Effectiveness (NCs closed)')).toBe(formatPercent(f.effectivenessRate!));

    await user.click(goTo);

    expect(fake.callsOf('activateSheet').map((c) => c.args)).toEqual(['Management Review 2026-11-26']);
    expect(fake.activeSheet).toBe('Management Review 2026-11-26');
  });

  it('period presets fill the dates: last 12 months, this calendar year, since the last review', async () => {
    const { user, fake } = renderPane();
    await openTab(user, 'Review');
    const asOf = ((await screen.findByLabelText('As of')) as HTMLInputElement).value;
    const from = () => (screen.getByLabelText('Period from') as HTMLInputElement).value;
    const year = asOf.slice(0, 4);
    expect(screen.getByRole('radio', { name: 'Since the last review' })).toHaveProperty('checked', true);

    await user.click(screen.getByRole('radio', { name: 'This calendar year' }));
    expect(from()).toBe(`${year}-01-01`);
    await user.click(screen.getByRole('radio', { name: 'Last 12 months' }));
    expect(from()).toBe(presetDates('last-12-months', asOf).from);
    await user.click(screen.getByRole('button', { name: 'Generate summary' }));
    expect(fake.callsOf('reviewSummary')[0].args).toMatchObject({ from: from(), to: asOf });

    await user.click(screen.getByRole('radio', { name: 'Since the last review' }));
    expect(from()).toBe('');
    // Typing a date of one's own chooses "Dates of my own".
    setDate('Period from', '2026-02-01');
    expect(screen.getByRole('radio', { name: 'Dates of my own' })).toHaveProperty('checked', true);
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

describe('Review figures', () => {
  it('a figure that rests on a missing column says "Unknown" and why, never 0', () => {
    const register = registerOf(
      [makeAction({ title: 'Backups not tested', targetDate: serial('2026-06-30') })],
      { columns: ['title', 'owner', 'targetDate'] },
    );
    const figures = computeReview(register, { asOf: AS_OF });
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewFigures figures={figures} />
      </FluentProvider>,
    );
    expect(figure('Raised in the period')).toBe('Unknownthe register has no Date raised column');
    expect(figure('Open')).toBe('1read from the dates: the register has no Status column');
    // The pane and the sheet read the same list of figures.
    expect(keyFigures(figures).map((k) => k.label)).toEqual(
      [...document.querySelectorAll('dt')].map((dt) => dt.textContent),
    );
  });
});

describe('period presets', () => {
  it('end on the as-of date; the last 12 months start the day after a year earlier', () => {
    expect(presetDates('calendar-year', '2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26' });
    expect(presetDates('last-12-months', '2026-11-26')).toEqual({ from: '2025-11-27', to: '2026-11-26' });
    expect(presetDates('last-12-months', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(presetDates('since-last-review', '2026-11-26')).toEqual({ from: '', to: '2026-11-26' });
  });
});
