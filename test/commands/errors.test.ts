import { createExcelCommands } from '../../src/commands/commandList';
import { toUserError } from '../../src/excel/errors';
import { AS_OF_ISO, makeAction, makeGrid } from '../core/builders';
import { install, wideRegister, workbookOf } from '../excel/harness';

function register() {
  return makeGrid([makeAction({ id: 'NC-001' }), makeAction({ id: 'NC-002', owner: '' })]);
}

describe('failures are explained to the user', () => {
  test('an edit conflict during validate: edit-conflict, try again', async () => {
    const double = install(workbookOf({ Register: register() }));
    double.failNextSync({ code: 'EditConflict' });
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'edit-conflict', retry: true } });
    expect(!outcome.ok && outcome.error.message).toMatch(/Someone else changed the workbook/);
  });

  test('Excel’s documented Conflict code is an edit conflict too', () => {
    expect(toUserError({ code: 'Conflict' })).toMatchObject({ code: 'edit-conflict', retry: true });
  });

  test('the register sheet deleted by a co-author while it is read: sheet-missing, with what to do', async () => {
    const double = install(workbookOf({ Register: wideRegister(6_000) }));
    const outcome = await createExcelCommands().validate({
      asOf: AS_OF_ISO,
      onProgress: () => {
        const sheet = double.workbook.sheet('Register');
        if (!sheet) return;
        double.workbook.sheets = double.workbook.sheets.filter((s) => s !== sheet);
        sheet.deleted = true;
      },
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'sheet-missing', retry: true } });
    expect(!outcome.ok && outcome.error.message).toMatch(/renamed or deleted/);
  });

  test('going to a finding after the register sheet was deleted: sheet-missing', async () => {
    const double = install(workbookOf({ Register: register(), Other: [['x']] }));
    const commands = createExcelCommands();
    await commands.validate({ asOf: AS_OF_ISO, highlight: false });
    const sheet = double.workbook.sheet('Register')!;
    double.workbook.sheets = double.workbook.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    const outcome = await commands.goToFinding({ row: 3, column: 'F' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'sheet-missing' } });
  });

  test('the stored register sheet no longer exists and no other sheet is a register: no-register', async () => {
    const workbook = workbookOf({ Notes: [['Minutes']] });
    workbook.settings = { 'improvementPlan.config': { sheetName: 'Register' } };
    install(workbook);
    const outcome = await createExcelCommands().validate();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-register' } });
  });

  test('a workbook that holds only a risk register is answered with what it looks like, in words', async () => {
    install(
      workbookOf({
        Risks: [
          ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk score', 'Owner', 'Status'],
          ['R1', 'Ransomware', 3, 4, 12, 'Ana', 'Open'],
          ['R2', 'Phishing', 4, 3, 12, 'Ben', 'Open'],
        ],
      }),
    );
    const outcome = await createExcelCommands().validate();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-register' } });
    expect(!outcome.ok && outcome.error.message).toMatch(/"Risks" looks like a risk register: .*Likelihood/);
  });

  test('an empty work-order log beside a filled equipment register: the workbook is an inventory, said as the command line says it', async () => {
    const equipment = [
      ['Asset ID', 'Description', 'Manufacturer', 'Model', 'Serial #', 'Location'],
      ['EQ-01', 'Mixing mill', 'Farrel', 'M-84', 'S123', 'Hall A'],
      ['EQ-02', 'Press 1', 'Dunning', 'P-20', 'S124', 'Hall A'],
      ['EQ-03', 'Press 2', 'Dunning', 'P-20', 'S125', 'Hall B'],
      ['EQ-04', 'Compressor', 'Atlas Copco', 'GA30', 'S126', 'Utility'],
      ['EQ-05', 'Forklift', 'Toyota', '8FG', 'S127', 'Store'],
    ];
    const header = ['WO #', 'Asset ID', 'Issue', 'Assigned To', 'Due Date', 'Status', 'Date Closed'];
    install(workbookOf({ 'Equipment Register': equipment, 'Work Order Log': [header] }));
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-register' } });
    expect(!outcome.ok && outcome.error.message).toMatch(
      /"Equipment Register" looks like an asset inventory: .*the register-like sheet "Work Order Log" is empty/,
    );
    install(
      workbookOf({
        'Equipment Register': equipment,
        'Work Order Log': [header, ['WO-1', 'EQ-02', 'Leaking seal', 'Ana', '2026-01-10', 'Open', '']],
      }),
    );
    expect(await createExcelCommands().validate({ asOf: AS_OF_ISO })).toMatchObject({ ok: true });
  });

  test('a response Excel refuses as too large, even for one row: payload-too-large', async () => {
    // One 30,000-character cell below the header scan, against a 20 kB limit: the chunk is
    // halved down to that single row, which still cannot fit.
    const actions = Array.from({ length: 20 }, (_, i) => makeAction({ id: `NC-${i + 1}` }));
    actions.push(makeAction({ id: 'NC-21', notes: 'z'.repeat(30_000) }));
    const double = install(workbookOf({ Register: makeGrid(actions) }), { payloadLimitBytes: 20_000 });
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'payload-too-large', retry: true } });
    const refused = double.stats.responses.filter((r) => r.bytes === 0).length;
    expect(refused).toBeGreaterThan(1);
    expect(refused).toBeLessThanOrEqual(Math.ceil(Math.log2(21)) + 1);
  });

  test('a request Excel refuses as too large: payload-too-large', async () => {
    const double = install(workbookOf({ Register: register() }));
    double.failNextSync({ code: 'RequestPayloadSizeLimitExceeded' });
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'payload-too-large', retry: true } });
  });

  test('an Excel without RangeAreas (before ExcelApi 1.9): not-supported, no point retrying', async () => {
    install(workbookOf({ Register: register() }), { requirementSets: { ExcelApi: '1.8' } });
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'not-supported', retry: false } });
  });

  test('a cancelled validation: cancelled, nothing changed', async () => {
    const double = install(workbookOf({ Register: register() }));
    const controller = new AbortController();
    controller.abort();
    const outcome = await createExcelCommands().validate({ signal: controller.signal });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(double.workbook.sheet('Register')?.conditionalFormats).toEqual([]);
  });

  test('a lost connection (fetch failure) is unexpected but still says to try again', async () => {
    const double = install(workbookOf({ Register: register() }));
    double.failNextSync(new TypeError('Failed to fetch'));
    const outcome = await createExcelCommands().validate();
    expect(outcome).toMatchObject({ ok: false, error: { retry: true } });
  });
});
