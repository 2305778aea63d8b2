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
    expect(summary.colWidths.get(0)).toBe(34 * 7);
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
