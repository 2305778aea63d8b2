import './setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ICAL from 'ical.js';
import type { FollowThroughCommands } from '../../src/commands/followThrough';
import {
  dayFromIso,
  DEFAULT_POLICY,
  dueList,
  evidenceView,
  planEvidenceSheet,
  writeCalendar,
  type FieldKey,
} from '../../src/core';
import { DueSoon } from '../../src/taskpane/components/DueSoon/DueSoon';
import { FollowThroughContext } from '../../src/taskpane/components/DueSoon/followThroughContext';
import { AS_OF_ISO, DEFAULT_COLUMNS, makeAction, registerOf, serial } from '../core/builders';

const COLUMNS: FieldKey[] = [...DEFAULT_COLUMNS, 'effectivenessDueDate'];
const register = registerOf(
  [
    makeAction({
      id: 'NC-1',
      owner: 'Dana Reyes <dana@example.org>',
      targetDate: serial('2026-10-17'),
      targetReviewDate: serial('2026-12-01'),
    }),
    makeAction({
      id: 'NC-2',
      owner: 'Ali Khan',
      status: 'Implemented',
      completionDate: serial('2026-08-20'),
      targetReviewDate: '',
      effectivenessDueDate: serial('2026-11-16'),
    }),
    makeAction({
      id: 'NC-3',
      owner: 'Ali Khan',
      title: 'Backups, restores; tests',
      targetDate: serial('2026-12-30'),
      targetReviewDate: '',
    }),
  ],
  { columns: COLUMNS },
);

/** The real engine over a register made here, as the Excel commands would give it. */
function fakeCommands() {
  const calls: { dueSoon: unknown[]; calendar: unknown[]; evidence: string[] } = {
    dueSoon: [],
    calendar: [],
    evidence: [],
  };
  const commands: FollowThroughCommands = {
    dueSoon: async (options = {}) => {
      calls.dueSoon.push({ within: options.within, escalateAfter: options.escalateAfter });
      return {
        ok: true,
        value: { sheetName: 'Register', ...dueList(register, { asOf: dayFromIso(AS_OF_ISO)!, ...options }) },
      };
    },
    calendar: async (options = {}) => {
      calls.calendar.push({ alarmDays: options.alarmDays });
      const { text, events } = writeCalendar(register, {
        registerKey: 'plan.xlsx#Register',
        registerName: 'plan.xlsx, sheet "Register"',
        now: new Date(Date.UTC(2026, 10, 26)),
        alarmDays: options.alarmDays,
      });
      return { ok: true, value: { fileName: 'plan.ics', text, events: events.length } };
    },
    evidenceSheet: async () => {
      const view = evidenceView(register, dayFromIso(AS_OF_ISO)!);
      const plan = planEvidenceSheet(view, { existingSheetNames: ['Register'] });
      calls.evidence.push(plan.name);
      return { ok: true, value: { sheetName: plan.name, counts: view.counts } };
    },
    // No closed NC here has a re-check; the pane's re-check and policy tests use Excel's commands (dueSoonRecheck).
    recordRecheck: async () => ({
      ok: false,
      error: { code: 'not-allowed', message: 'Only a closed action has a re-check to record.', retry: false },
    }),
    policy: () => ({ ok: true, value: { policy: DEFAULT_POLICY, stored: false } }),
    savePolicy: async () => ({ ok: true, value: { problems: [] } }),
  };
  return { commands, calls };
}

function renderView(commands: FollowThroughCommands) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <FollowThroughContext.Provider value={commands}>
        <DueSoon />
      </FollowThroughContext.Provider>
    </FluentProvider>,
  );
  return user;
}

describe('Due soon view', () => {
  it('lists the dates due within 14 days or passed when first shown, grouped by owner, escalations first', async () => {
    const { commands, calls } = fakeCommands();
    renderView(commands);
    const dana = await screen.findByRole('region', { name: 'Dana Reyes <dana@example.org>' });
    expect(calls.dueSoon).toEqual([{ within: 14, escalateAfter: 30 }]);
    expect(screen.getByRole('status').textContent).toBe(
      '3 dates for 2 owners (as of 26 Nov 2026): 1 due soon, 1 overdue, 1 to escalate (overdue by more than 30 days).',
    );
    const items = within(dana)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toContain('Escalate');
    expect(items[0]).toContain('Target date 17 Oct 2026, 40 days late');
    expect(items[1]).toContain('Progress review 1 Dec 2026, in 5 days');
    const ali = screen.getByRole('region', { name: 'Ali Khan' });
    expect(
      within(ali)
        .getAllByRole('listitem')
        .map((li) => li.textContent)[0],
    ).toContain('Effectiveness check 16 Nov 2026, 10 days late');
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(regions).toEqual(['Dana Reyes <dana@example.org>', 'Ali Khan', 'Target-date policy']);
  });

  it('a wider window takes in later dates; a wrong number is said at its field and nothing runs', async () => {
    const { commands, calls } = fakeCommands();
    const user = renderView(commands);
    await screen.findByRole('region', { name: 'Ali Khan' });
    const within = screen.getByLabelText('Due within (days)');
    await user.clear(within);
    await user.type(within, '40');
    await user.click(screen.getByRole('button', { name: 'Show due soon' }));
    expect(await screen.findByText('NC-3')).toBeTruthy();
    await user.clear(within);
    await user.type(within, '1.5');
    await user.click(screen.getByRole('button', { name: 'Show due soon' }));
    expect(screen.getByText('Enter a whole number of days from 0 to 3,650.')).toBeTruthy();
    expect(calls.dueSoon).toEqual([
      { within: 14, escalateAfter: 30 },
      { within: 40, escalateAfter: 30 },
    ]);
  });

  it('Export to calendar downloads an .ics file that ical.js reads, with the chosen reminder', async () => {
    const { commands, calls } = fakeCommands();
    const user = renderView(commands);
    await screen.findByRole('region', { name: 'Ali Khan' });
    const blobs: Blob[] = [];
    const urls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = (b: Blob) => {
      blobs.push(b);
      return 'blob:plan';
    };
    URL.revokeObjectURL = () => {};
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href}`);
    });
    try {
      const reminder = screen.getByLabelText('Reminder (days before)');
      await user.clear(reminder);
      await user.type(reminder, '7');
      await user.click(screen.getByRole('button', { name: 'Export to calendar' }));
      expect(await screen.findByText(/^Downloaded plan\.ics: 4 events\./)).toBeTruthy();
      expect(calls.calendar).toEqual([{ alarmDays: 7 }]);
      expect(clicked).toEqual(['plan.ics blob:plan']);
      expect(blobs[0].type).toBe('text/calendar;charset=utf-8');
      // jsdom's Blob has no text(): read it as a browser would, with a FileReader.
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blobs[0]);
      });
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      expect(events.map((e) => new ICAL.Event(e).summary)).toContain('Due: NC-3 Backups, restores; tests');
      for (const e of events)
        expect(String(e.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-P7D');
      // The link is gone once clicked.
      expect(document.querySelector('a[download]')).toBeNull();
      await act(async () => new Promise((r) => setTimeout(r, 0)));
    } finally {
      click.mockRestore();
      URL.createObjectURL = urls.create;
      URL.revokeObjectURL = urls.revoke;
    }
  });

  it('Write evidence sheet creates the dated 10.2 sheet and says how many NCs have gaps', async () => {
    const { commands, calls } = fakeCommands();
    const user = renderView(commands);
    await screen.findByRole('region', { name: 'Ali Khan' });
    await user.click(screen.getByRole('button', { name: 'Write evidence sheet' }));
    expect(
      await screen.findByText('Created the sheet “Evidence 10.2 2026-11-26”: 3 NCs, 1 with gaps.'),
    ).toBeTruthy();
    expect(calls.evidence).toEqual(['Evidence 10.2 2026-11-26']);
  });

  it('says why when the register cannot be read, with Retry', async () => {
    const { commands } = fakeCommands();
    commands.dueSoon = async () => ({
      ok: false,
      error: { code: 'no-register', message: 'No sheet looks like an improvement register.', retry: true },
    });
    renderView(commands);
    expect(await screen.findByText('No sheet looks like an improvement register.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
