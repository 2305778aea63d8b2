import './setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { LANGUAGE_STORAGE_KEY, startPaneLanguage } from '../../src/taskpane/i18n';
import { FakeCommands } from './fakeCommands';
import { FakeWorkflow, makeMove } from './fakeWorkflow';

/** Office as the pane sees it after Office.onReady: only the display language matters here. */
function officeSays(displayLanguage: string): void {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage } };
}

/** Starts the pane as index.tsx does: the language first, then the App with it. */
async function openPane() {
  const translator = await startPaneLanguage();
  const user = userEvent.setup();
  render(<App commands={new FakeCommands()} theme={webLightTheme} translator={translator} />);
  return user;
}

/** Waits until Home has checked the register (its figures show), whatever the language. */
const homeChecked = () =>
  waitFor(() => expect(screen.getByRole('tabpanel').querySelector('dl')).not.toBeNull());

const tabs = () => screen.getAllByRole('tab').map((t) => t.querySelector('.fui-Tab__content')?.textContent);

describe('the pane’s language', () => {
  afterEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('follows Office’s display language: German for de-DE, lang="de", German numbers and dates', async () => {
    officeSays('de-DE');
    await openPane();
    expect(document.documentElement.lang).toBe('de');
    expect(tabs().slice(0, 4)).toEqual(['Start', 'Befunde', 'Maßnahme', 'Bewertung']);
    const glance = await screen.findByLabelText('Das Register auf einen Blick');
    expect(glance.textContent).toContain('Maßnahmen');
    expect(screen.getByRole('heading', { name: 'Was jetzt zu tun ist' })).toBeTruthy();
    // The as-of date as German writes it, the ISO date kept for machines.
    const asOf = screen.getByRole('tabpanel').querySelector('time');
    expect(asOf?.getAttribute('datetime')).toBe('2026-11-26');
    expect(asOf?.textContent).toBe('26.11.2026');
    expect(screen.getByRole('button', { name: 'Register prüfen' })).toBeTruthy();
  });

  it('shows the findings in German: groups, places and the core’s own messages', async () => {
    officeSays('de-DE');
    const user = await openPane();
    await screen.findByLabelText('Das Register auf einen Blick');
    await user.click(screen.getByRole('tab', { name: 'Befunde' }));
    const panel = await screen.findByRole('tabpanel', { name: 'Befunde' });
    const owner = await within(panel).findByText('1 offene Maßnahme ohne Verantwortlichen');
    const group = owner.closest('.fui-AccordionItem') as HTMLElement;
    expect(group.textContent).toMatch(/NC-2 \(Zeile 5\) ist offen/);
    expect(group.textContent).toContain('im Blatt auswählen');
    expect(screen.getByRole('button', { name: /^Fehler \d+$/ })).toBeTruthy();
  });

  it('asks for the root cause in German when a co-worker closes an NC without one', async () => {
    officeSays('de-DE');
    const translator = await startPaneLanguage();
    const workflow = new FakeWorkflow();
    render(
      <App commands={new FakeCommands()} workflow={workflow} theme={webLightTheme} translator={translator} />,
    );
    await screen.findByLabelText('Das Register auf einen Blick');
    act(() => workflow.push(makeMove()));
    const dialog = await screen.findByRole('alertdialog', {
      name: /NC-3 schließen: Ursache und Wirksamkeit/,
    });
    // The register's own words stay as typed; ours are German.
    expect(within(dialog).getByText('Nebenabweichung NC-3, Zeile 6: Implemented → Closed')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /Ursachenbeschreibung/ })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Speichern' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toBeTruthy();
  });

  it('keeps English for a language it does not speak (ja-JP)', async () => {
    officeSays('ja-JP');
    await openPane();
    expect(document.documentElement.lang).toBe('en');
    expect(tabs()[0]).toBe('Home');
    await homeChecked();
  });

  it('lets the user’s stored choice win over Office’s language', async () => {
    officeSays('de-DE');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    await openPane();
    expect(document.documentElement.lang).toBe('fr');
    expect(tabs()[0]).toBe('Accueil');
    expect(await screen.findByLabelText('Le registre en un coup d’œil')).toBeTruthy();
  });

  it('switches language from the picker, stores the choice per user, and goes back to Office’s', async () => {
    officeSays('de-DE');
    const user = await openPane();
    await screen.findByLabelText('Das Register auf einen Blick');
    const picker = screen.getByRole('combobox', { name: 'Sprache' });
    expect((picker as HTMLSelectElement).value).toBe('office');
    expect(screen.getByRole('option', { name: 'Wie in Office (Deutsch)' })).toBeTruthy();

    await user.selectOptions(picker, 'it');
    await waitFor(() => expect(tabs()[1]).toBe('Rilievi'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('it');
    expect(document.documentElement.lang).toBe('it');
    expect(await screen.findByLabelText('Il registro in sintesi')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Lingua' }), 'office');
    await waitFor(() => expect(tabs()[1]).toBe('Befunde'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
    expect(document.documentElement.lang).toBe('de');
  });

  it('shows the pseudo-locale when a test asks for it (?lang=qps-ploc), never offered otherwise', async () => {
    officeSays('en-US');
    window.history.replaceState(null, '', '/?lang=qps-ploc');
    await openPane();
    expect(document.documentElement.lang).toBe('qps-ploc');
    expect(tabs()[0]).toMatch(/^\[Ĥöɱé.*\]$/);
    await homeChecked();
    window.history.replaceState(null, '', '/');
  });

  it('offers every language by its own name, and no pseudo-locale', async () => {
    officeSays('en-GB');
    await openPane();
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'As in Office (English)',
      'English',
      'Deutsch',
      'Français',
      'Español',
      'Italiano',
      'Nederlands',
      'Português',
    ]);
    await homeChecked();
  });
});
