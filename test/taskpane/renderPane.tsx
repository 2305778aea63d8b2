import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App, type AppProps } from '../../src/taskpane/App';
import { FakeCommands } from './fakeCommands';

/** Renders the whole pane over a fake workbook, on the given view. */
export function renderPane(fake = new FakeCommands(), props: Partial<AppProps> = {}) {
  const user = userEvent.setup();
  render(<App commands={fake} theme={webLightTheme} {...props} />);
  return { user, fake };
}

/** The panel of the visible view. */
export function activePanel(): HTMLElement {
  return screen.getByRole('tabpanel');
}

export { screen, within };

/** The accessible description of an element (its `aria-describedby` text). */
export function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

/** Opens a view by its tab, or from the "More" menu when its tab did not fit, as a user would. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, name: string): Promise<HTMLElement> {
  const tab = screen.queryByRole('tab', { name });
  if (tab) await user.click(tab);
  else {
    await user.click(screen.getByRole('tab', { name: /^More \(\d+\)$/ }));
    await user.click(await screen.findByRole('menuitem', { name }));
  }
  return screen.getByRole('tabpanel');
}

/** The dialog the workflow opened (the prompt is an alert dialog: clicking outside does not close it). */
export function promptDialog(name?: RegExp | string): Promise<HTMLElement> {
  return screen.findByRole('alertdialog', name === undefined ? {} : { name });
}

/** Waits until the first view (Home) has checked the register and shows its figures. */
export function paneReady(): Promise<HTMLElement> {
  return screen.findByLabelText('The register at a glance');
}
