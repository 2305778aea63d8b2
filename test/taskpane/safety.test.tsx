import './setup';
import { FakeCommands, makeAction, registerSheet } from './fakeCommands';
import { openTab, renderPane, screen } from './renderPane';

const MARKUP = '<img src=x onerror=alert(1)>';

describe('cell text from the workbook', () => {
  it('is shown as text, never as markup, in the mapping, the words and the findings', async () => {
    const sheet = registerSheet([makeAction({ id: 'NC-9', status: MARKUP })]);
    sheet[2].push(MARKUP); // a header cell too
    const { user } = renderPane(new FakeCommands({ Register: sheet }), { initialView: 'register' });

    expect(await screen.findByRole('combobox', { name: `Status word “${MARKUP}”` })).toBeTruthy();
    await user.click(screen.getByRole('switch', { name: 'Show all columns' }));
    expect(screen.getAllByRole('option', { name: `O: ${MARKUP}` }).length).toBeGreaterThan(0);

    await openTab(user, 'Findings');
    expect(await screen.findByRole('button', { name: new RegExp(`^NC-9 .*${escape(MARKUP)}`) })).toBeTruthy();

    expect(document.querySelector('img')).toBeNull();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
