import { REVIEW_COLUMN_WIDTHS } from '../../src/core';
import { createExcelCommands } from '../../src/commands/commandList';
import type { HostDouble } from '../host-double';
import { AS_OF_ISO, makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';
import { allValues, install, workbookOf } from '../excel/harness';

const NAME = `Management Review ${AS_OF_ISO}`;

function register() {
  return makeGrid([
    makeAction({ id: 'NC-001', title: '=HYPERLINK("http://x")', targetDate: serial('2026-10-01') }),
    makeAction({ id: 'NC-002', title: '+44 20 7946 0000 not answered', targetDate: serial('2026-09-30') }),
    makeClosedNc({ id: 'NC-003' }),
    makeAction({ id: 'MR-001', source: 'Management review', type: 'OFI' }),
  ]);
}

function sheetNames(double: HostDouble): string[] {
  return double.workbook.sheets.map((s) => s.name);
}

/** Every cell of a sheet whose stored value is `text`. */
function cellsHolding(double: HostDouble, sheet: string, text: string) {
  return [...double.workbook.sheet(sheet)!.cells.values()].filter((c) => c.v === text);
}

describe('the management review summary sheet', () => {
  test('two summaries the same day go to two new visible sheets, the second with a suffix', async () => {
    const double = install(workbookOf({ Register: register() }));
    const commands = createExcelCommands();
    const first = await commands.reviewSummary({ asOf: AS_OF_ISO });
    const second = await commands.reviewSummary({ asOf: AS_OF_ISO });
    expect(first).toMatchObject({ ok: true, value: { sheetName: NAME } });
    expect(second).toMatchObject({ ok: true, value: { sheetName: `${NAME}-2` } });
    expect(sheetNames(double)).toEqual(['Register', NAME, `${NAME}-2`]);
    for (const name of [NAME, `${NAME}-2`]) expect(double.workbook.sheet(name)?.visibility).toBe('Visible');
    expect(double.workbook.activeSheet().name).toBe(`${NAME}-2`);
    const summary = double.workbook.sheet(NAME)!;
    expect(summary.charts.map((c) => c.title)).toEqual(
      expect.arrayContaining(['Actions by status', 'Raised vs closed per month']),
    );
    expect(summary.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 7 });
    expect(summary.colWidths.get(0)).toBe(REVIEW_COLUMN_WIDTHS[0] * 7);
  });

  test('an existing sheet with that name — visible or hidden, any case — is never touched', async () => {
    const double = install(
      workbookOf({
        Register: register(),
        [NAME]: [['My own notes for the review'], ['keep me']],
        [`management review ${AS_OF_ISO}-2`]: [['hidden draft']],
      }),
    );
    double.workbook.sheet(`management review ${AS_OF_ISO}-2`)!.visibility = 'Hidden';
    const mine = allValues(double, NAME);
    const hidden = allValues(double, `management review ${AS_OF_ISO}-2`);
    const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
    expect(outcome).toMatchObject({ ok: true, value: { sheetName: `${NAME}-3` } });
    expect(allValues(double, NAME)).toEqual(mine);
    expect(allValues(double, `management review ${AS_OF_ISO}-2`)).toEqual(hidden);
    expect(double.workbook.sheet(`management review ${AS_OF_ISO}-2`)?.visibility).toBe('Hidden');
  });

  test('register text that looks like a formula is written as text', async () => {
    const double = install(workbookOf({ Register: register() }));
    const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
    expect(outcome.ok).toBe(true);
    const hyperlink = cellsHolding(double, NAME, '=HYPERLINK("http://x")');
    expect(hyperlink.length).toBeGreaterThan(0);
    for (const cell of hyperlink) expect(cell.f).toBeUndefined();
    const phone = cellsHolding(double, NAME, '+44 20 7946 0000 not answered');
    expect(phone.length).toBeGreaterThan(0);
    expect(phone.every((c) => c.f === undefined)).toBe(true);
  });

  test('when the write fails, no summary sheet is left and the outcome asks to try again', async () => {
    const double = install(workbookOf({ Register: register() }));
    const before = sheetNames(double);
    const outcome = await createExcelCommands().reviewSummary({
      asOf: AS_OF_ISO,
      // After the last chunk is read, the next sync is the one that writes the sheet.
      onProgress: ({ fraction }) => {
        if (fraction === 1) double.failNextSync({ code: 'GeneralException' });
      },
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'network', retry: true } });
    expect(!outcome.ok && outcome.error.message).toMatch(/Try again/);
    expect(sheetNames(double)).toEqual(before);
  });

  test('when the write fails part-way, the half-written hidden sheet is removed', async () => {
    const double = install(workbookOf({ Register: register() }));
    const outcome = await createExcelCommands().reviewSummary({
      asOf: AS_OF_ISO,
      onProgress: ({ fraction }) => {
        if (fraction === 1) double.failNextSync({ code: 'EditConflict' }, { afterOperations: 12 });
      },
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'edit-conflict', retry: true } });
    expect(sheetNames(double)).toEqual(['Register']);
    // A new attempt then gets the plain name.
    const again = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
    expect(again).toMatchObject({ ok: true, value: { sheetName: NAME } });
  });

  test('no register: nothing is written', async () => {
    const double = install(workbookOf({ Notes: [['Nothing to see']] }));
    const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-register' } });
    expect(sheetNames(double)).toEqual(['Notes']);
  });
});

describe('the summary sheet in Excel prints and follows up the last review', () => {
  test('page setup: landscape, one page wide, title rows, print area, header and footer', async () => {
    const double = install(workbookOf({ Register: register() }));
    const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
    expect(outcome.ok).toBe(true);
    const sheet = double.workbook.sheet(NAME)!;
    expect(sheet.print).toMatchObject({
      orientation: 'Landscape',
      // The double's Office runs in en-US, which prints on Letter.
      paperSize: 'Letter',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
      headerFooter: { leftHeader: 'Register', rightFooter: 'Page &P of &N', leftFooter: '&A' },
    });
    expect(sheet.print.printArea).toMatch(/^A1:H\d+$/);
    // The hidden block far right (AN:AS) is hidden and outside the print area.
    for (let c = 39; c <= 44; c++) expect(sheet.hiddenCols.has(c)).toBe(true);
    expect(sheet.hiddenCols.has(0)).toBe(false);
    // Long text wraps, in rows tall enough for it.
    const wrapped = [...sheet.cells.values()].filter((c) => c.wrap);
    expect(wrapped.length).toBeGreaterThan(0);
    expect(sheet.rowHeights.size).toBeGreaterThan(0);
  });

  test('a second review follows up the first: decisions typed in the meeting, period from the day after it', async () => {
    const double = install(workbookOf({ Register: register() }));
    const commands = createExcelCommands();
    const first = await commands.reviewSummary({ asOf: '2026-06-30' });
    expect(first).toMatchObject({ ok: true, value: { sheetName: 'Management Review 2026-06-30' } });
    // In the meeting: a decision with its owner and the register action that carries it.
    const firstSheet = double.workbook.sheet('Management Review 2026-06-30')!;
    const header = [...firstSheet.cells.entries()].find(([, c]) => c.v === 'Decision')!;
    const row = Math.floor(header[0] / 16384) + 2; // 1-based row below the header
    await double.edit('Management Review 2026-06-30', `A${row}`, [['Fund a password manager']]);
    await double.edit('Management Review 2026-06-30', `D${row}`, [['Dana Reyes']]);
    await double.edit('Management Review 2026-06-30', `F${row}`, [['MR-001']]);

    const second = await commands.reviewSummary({ asOf: AS_OF_ISO });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const fu = second.value.figures.followUp!;
    expect(fu).toMatchObject({ sheet: 'Management Review 2026-06-30', asOf: '2026-06-30' });
    expect(second.value.figures.period.from).toBe('2026-07-01');
    expect(fu.decisions).toEqual([
      expect.objectContaining({
        decision: 'Fund a password manager',
        actionId: 'MR-001',
        now: 'In progress',
      }),
    ]);
    expect(
      cellsHolding(
        double,
        NAME,
        '(a) Since the last review (2026-06-30, sheet "Management Review 2026-06-30")',
      ),
    ).toHaveLength(1);
  });
});

describe('the summary sheet in the pane’s language', () => {
  test.each([
    ['de', 'Managementbewertung'],
    ['fr-FR', 'Revue de direction'],
  ])('lang %s: the sheet, its headings and its charts are in that language', async (lang, word) => {
    const { EN, coreTranslator } = await import('../../src/core/i18n');
    const t = await coreTranslator(lang);
    const double = install(workbookOf({ Register: register() }));
    const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO, lang });
    expect(outcome.ok).toBe(true);
    const name = outcome.ok ? outcome.value.sheetName : '';
    expect(name).toContain(word);
    expect(name).not.toBe(NAME);
    const summary = double.workbook.sheet(name)!;
    expect(summary.charts.map((c) => c.title)).toContain(t.t('review.chart.status'));
    expect(summary.charts.map((c) => c.title)).not.toContain(EN.t('review.chart.status'));
  });
});
