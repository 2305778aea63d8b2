import './setup';
import { paneTranslator } from '../../src/core/i18n';
import { FakeCommands } from './fakeCommands';
import { description, renderPane as renderAt, screen, within } from './renderPane';

/** The pane opened on the Register view (Home is the first view). */
const renderPane = (fake = new FakeCommands(), props: Parameters<typeof renderAt>[1] = {}) =>
  renderAt(fake, { initialView: 'register', ...props });

/** Opens every field of the mapping (only the uncertain and missing ones show at first). */
async function showAllColumns(user: { click: (e: Element) => Promise<void> }) {
  await user.click(await screen.findByRole('switch', { name: 'Show all columns' }));
}

/** Set up / repair lists the cells it will write; "Write these" writes them. */
async function setUp(user: { click: (e: Element) => Promise<void> }, write = 'Write these') {
  await user.click(await screen.findByRole('button', { name: 'Set up / repair register…' }));
  await user.click(await screen.findByRole('button', { name: write }));
}

function fact(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('Register view', () => {
  it('shows the detected sheet, header row and each field’s column with its confidence', async () => {
    const { user } = renderPane();
    expect(await screen.findByText('NC register', { selector: 'dd' })).toBeTruthy();
    expect(
      screen.getByText(
        /^We read “NC register”, header row 3, 5 actions; \d+ fields found, \d+ uncertain, \d+ missing\.$/,
      ),
    ).toBeTruthy();
    // Only the fields to check are open; the owner was found with certainty.
    expect(screen.queryByRole('combobox', { name: 'Owner' })).toBeNull();
    await showAllColumns(user);
    expect(fact('Header row')).toBe('3');
    expect(fact('Actions')).toBe('5');
    expect(fact('Mapping')).toBe('Detected, not saved yet');

    const owner = screen.getByRole('combobox', { name: 'Owner' }) as HTMLSelectElement;
    expect(owner.selectedOptions[0].textContent).toBe('E: Action owner');
    expect(description(owner)).toMatch(
      /^Exact match Why this column\? short texts such as names or teams; \d+\.\d% sure; next best: N “Accountable manager”\.$/,
    );
  });

  it('saving the mapping stores the column the user chose for a field in the workbook', async () => {
    const { user, fake } = renderPane();
    await showAllColumns(user);
    const owner = (await screen.findByRole('combobox', { name: 'Owner' })) as HTMLSelectElement;
    await user.selectOptions(owner, 'N');
    expect(description(owner)).toBe('Changed: not saved yet');

    await user.click(screen.getByRole('button', { name: 'Save mapping' }));

    expect(await screen.findByText(/Mapping saved in the workbook/)).toBeTruthy();
    expect(fake.callsOf('saveConfig')).toHaveLength(1);
    expect(fake.callsOf('saveConfig')[0].args).toEqual({
      sheetName: 'NC register',
      headerRow: 3,
      fields: { owner: 'Accountable manager' },
    });
    // The pane reads the register again with the stored mapping.
    expect(await screen.findByText('Saved in the workbook')).toBeTruthy();
    const reread = screen.getByRole('combobox', { name: 'Owner' }) as HTMLSelectElement;
    expect(reread.selectedOptions[0].textContent).toBe('N: Accountable manager');
    expect(description(reread)).toBe('Set by you');
  });

  it('the last row of the actions can be set, is stored with the mapping, and cleared to find the end again', async () => {
    const fake = new FakeCommands();
    const { user } = renderPane(fake);
    const last = (await screen.findByRole('spinbutton', {
      name: 'Last row of the actions',
    })) as HTMLInputElement;
    expect(description(last)).toMatch(/^Found: row \d+/);
    await user.type(last, '5');
    await user.click(screen.getByRole('button', { name: 'Save mapping' }));
    expect(fake.stored?.rows).toEqual({ last: 5 });
  });

  it('mapping an assumed status word stores it in the vocabulary', async () => {
    const { user, fake } = renderPane();
    const word = await screen.findByRole('combobox', { name: 'Status word “Completed”' });
    expect(description(word)).toMatch(/"Completed" is read as implemented/);

    await user.selectOptions(word, 'closed');
    await user.click(screen.getByRole('button', { name: 'Save mapping' }));

    await screen.findByText(/Mapping saved/);
    expect(fake.callsOf('saveConfig')[0].args).toMatchObject({
      vocabulary: { status: { Completed: 'closed' } },
    });
  });

  it('choosing another sheet that looks like a register stores the choice and reads that sheet', async () => {
    const { user, fake } = renderPane();
    const other = await screen.findByRole('combobox', { name: 'Other sheets that look like registers' });
    expect(within(other).getByRole('option', { name: 'Old register (header row 1)' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Use this sheet' }));

    expect(await screen.findByText('Old register', { selector: 'dd' })).toBeTruthy();
    expect(fake.callsOf('saveConfig')[0].args).toEqual({ sheetName: 'Old register', headerRow: 1 });
  });

  it('set up / repair reports what was installed', async () => {
    const { user, fake } = renderPane();
    await setUp(user);

    const message = await screen.findByText(/Register set up:/);
    const counts = await new FakeCommands().setupRegister();
    if (!counts.ok) throw new Error('setup failed in the fake');
    expect(message.textContent).toContain(
      `${counts.value.validations} dropdown lists and ${counts.value.conditionalFormats} highlight rules`,
    );
    expect(fake.callsOf('setupRegister')).toHaveLength(1);
  });

  it('set up offers the missing workflow columns and adds them only when asked', async () => {
    const { user, fake } = renderPane();
    await setUp(user);
    const offer = await screen.findByRole('button', { name: /^Add \d+ columns$/ });
    expect(screen.getByText(/The workflow needs columns this register does not have/).textContent).toContain(
      'Completion date',
    );
    expect(fake.callsOf('setupRegister')[0].args).toBe(false);

    await user.click(offer);

    expect(await screen.findByText(/Added the columns .*Completion date/)).toBeTruthy();
    expect(fake.callsOf('setupRegister')[1].args).toBe(true);
  });

  it('a workbook without a register says so and still offers a new register', async () => {
    const fake = new FakeCommands({ About: [['About this workbook']] });
    const { user } = renderPane(fake);
    expect(
      await screen.findByText(/No sheet in this workbook looks like an improvement register/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'New register' }));

    expect(
      await screen.findByText('Created the sheet “Improvement Plan” with a clean register table.'),
    ).toBeTruthy();
    expect(await screen.findByText('Improvement Plan', { selector: 'dd' })).toBeTruthy();
  });

  it('set up / repair lists exactly the cells it will write, and writes nothing until asked', async () => {
    const { user, fake } = renderPane();
    await user.click(await screen.findByRole('button', { name: 'Set up / repair register…' }));
    const list = await screen.findByText(/^The set-up will write to “NC register”:$/);
    const preview = await fake.previewSetup();
    if (!preview.ok) throw new Error(preview.error.message);
    const items = within(list.closest('.fui-MessageBar') as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => /^(\S+): /.exec(li.textContent ?? '')?.[1])).toEqual([
      ...preview.value.validations.map((v) => v.range),
      ...preview.value.conditionalFormats.map((c) => c.range),
      ...preview.value.missingColumns.map((c) => c.address),
    ]);
    expect(fake.callsOf('setupRegister')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.callsOf('setupRegister')).toHaveLength(0);
  });

  it('when no register is found, the sheet picker is right there', async () => {
    const fake = new FakeCommands({
      About: [['About this workbook']],
      Actions: [
        ['Ref', 'Topic', 'Comment', 'Week'],
        ['A-1', 'Fix backups', 'Bo', '2026-01-01'],
      ],
    });
    const { user } = renderPane(fake);
    const picker = await screen.findByRole('combobox', { name: 'Read this sheet as the register' });
    await user.selectOptions(picker, 'Actions');
    await user.click(screen.getByRole('button', { name: 'Use this sheet' }));
    expect(fake.callsOf('saveConfig')[0].args).toEqual({ sheetName: 'Actions' });
  });
});

const DE_CLOSED = 'Abgeschlossen';

describe('Register view in the user’s language', () => {
  it('German: the summary, the facts, the confidence and the why in German, with German numbers', async () => {
    const { user } = renderPane(new FakeCommands(), { translator: await paneTranslator('de-DE') });
    expect(
      await screen.findByText(
        /^Gelesen: „NC register“, Kopfzeile 3, 5 Maßnahmen; \d+ Felder gefunden, \d+ unsicher, \d+ fehlend\.$/,
      ),
    ).toBeTruthy();
    expect(fact('Kopfzeile')).toBe('3');
    expect(fact('Maßnahmen')).toBe('5');
    expect(fact('Zuordnung')).toBe('Erkannt, noch nicht gespeichert');
    expect(screen.getByRole('heading', { name: 'Spalten' })).toBeTruthy();
    await user.click(screen.getByRole('switch', { name: 'Alle Spalten anzeigen' }));
    // The field's name from the words shared with the review sheet.
    const owner = screen.getByRole('combobox', { name: 'Verantwortlich' }) as HTMLSelectElement;
    expect(description(owner)).toMatch(
      /^Genaue Übereinstimmung Warum diese Spalte\? .+; \d+,\d\s?% sicher; nächstbeste: N „Accountable manager“\.$/,
    );
    await user.selectOptions(owner, 'N');
    expect(description(owner)).toBe('Geändert: noch nicht gespeichert');
    // The word check: the column's name and what each choice means, in German; the value stays the key.
    const word = screen.getByRole('combobox', { name: 'Wort für Status „Completed“' }) as HTMLSelectElement;
    const closed = within(word).getByRole('option', { name: DE_CLOSED }) as HTMLOptionElement;
    expect(closed.value).toBe('closed');
  });

  it('French: the set-up preview and its notice', async () => {
    const { user } = renderPane(new FakeCommands(), { translator: await paneTranslator('fr-FR') });
    await user.click(await screen.findByRole('button', { name: 'Configurer / réparer le registre…' }));
    expect(await screen.findByText(/^La configuration écrira dans « NC register » :$/)).toBeTruthy();
    expect(screen.getByText(/Aucune valeur saisie n’est modifiée/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Écrire ceci' }));
    expect(await screen.findByText(/^Registre configuré : \d+ listes? déroulantes?/)).toBeTruthy();
  });
});
