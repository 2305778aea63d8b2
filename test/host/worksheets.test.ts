import { rejection, setup } from './helpers';

describe('worksheets', () => {
  test('getItemOrNullObject: isNullObject is known only after sync, and a null object cannot be changed', async () => {
    setup({ Register: [] });
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('register');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      missing.getRange('A1').values = [['x']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('getItem on a missing sheet fails only when the object is used', async () => {
    setup({ Register: [] });
    await Excel.run(async (context) => {
      const ghost = context.workbook.worksheets.getItem('Ghost');
      await context.sync();
      ghost.load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('adding a sheet whose name exists in any case fails with ItemAlreadyExists', async () => {
    const double = setup({ Register: [] });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('REGISTER');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Register']);
  });

  test.each([
    ['x'.repeat(32)],
    ['a/b'],
    ['a:b'],
    ['[x]'],
    ['what?'],
    ['star*'],
    ['back\\slash'],
    ['History'],
    [''],
  ])('adding a sheet named %j fails with InvalidArgument', async (name) => {
    setup({ Register: [] });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('a new sheet is usable in the same batch and listed after the others', async () => {
    setup({ Register: [] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Management Review 2026-11-26');
      sheet.getRange('A1').values = [['Summary']];
      sheet.load('name, position, visibility, id');
      const all = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect([sheet.name, sheet.position, sheet.visibility]).toEqual([
        'Management Review 2026-11-26',
        1,
        'Visible',
      ]);
      expect(sheet.id).toMatch(/^\{.+\}$/);
      expect(all.items.map((s) => s.name)).toEqual(['Register', 'Management Review 2026-11-26']);
      const cell = sheet.getRange('A1').load('address, values');
      await context.sync();
      expect(cell.address).toBe("'Management Review 2026-11-26'!A1");
      expect(cell.values).toEqual([['Summary']]);
    });
  });

  test('the last visible sheet can be neither hidden nor deleted', async () => {
    setup({ Only: [], Hidden: [] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Hidden').visibility = 'VeryHidden';
      await context.sync();
      context.workbook.worksheets.getItem('Only').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      context.workbook.worksheets.getItem('Only').visibility = 'Hidden';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });

  test('deleting the active sheet activates the next visible one', async () => {
    const double = setup({ A: [], B: [], C: [] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').activate();
      context.workbook.worksheets.getItem('A').delete();
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(active.name).toBe('B');
    });
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['B', 'C']);
  });

  test('a protected sheet refuses writes with AccessDenied until unprotected', async () => {
    const double = setup({ Register: [] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Register');
      sheet.protection.protect({ allowFormatCells: true });
      await context.sync();
      sheet.protection.load('protected');
      sheet.getRange('A1').format.font.bold = true;
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
      sheet.getRange('A1').values = [['no']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      sheet.protection.unprotect();
      sheet.getRange('A1').values = [['yes']];
      await context.sync();
    });
    expect(double.workbook.sheet('Register')?.cell(0, 0)).toMatchObject({ v: 'yes', bold: true });
  });

  test('used range, whole rows and columns, indexes and freeze panes', async () => {
    setup({
      Data: [
        ['', ''],
        ['', 'b2', 'c2'],
        ['', '', 'c3'],
      ],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const used = sheet.getUsedRange(true).load('address, rowIndex, columnIndex, rowCount, columnCount');
      const col = sheet.getRange('C:C').load('address, isEntireColumn');
      const row = sheet.getRange('5:5').load('address, columnCount');
      const byIndex = sheet.getRangeByIndexes(1, 1, 2, 2).load('address');
      const empty = context.workbook.worksheets.add('Empty');
      const none = empty.getUsedRangeOrNullObject();
      const a1 = empty.getUsedRange().load('address');
      sheet.freezePanes.freezeRows(1);
      const frozen = sheet.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect([used.address, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
        'Data!B2:C3',
        1,
        1,
        2,
        2,
      ]);
      expect([col.address, col.isEntireColumn]).toEqual(['Data!C:C', true]);
      expect([row.address, row.columnCount]).toEqual(['Data!5:5', 16384]);
      expect(byIndex.address).toBe('Data!B2:C3');
      expect(none.isNullObject).toBe(true);
      expect(a1.address).toBe('Empty!A1');
      expect(frozen.address).toBe('Data!1:1');
    });
  });

  test('range navigation: cell, offset, resize, row, column, entire row', async () => {
    setup({ S: [] });
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem('S').getRange('B2:D4');
      const parts = [
        base.getCell(1, 1),
        base.getOffsetRange(1, -1),
        base.getResizedRange(1, 0),
        base.getRow(2),
        base.getColumn(0),
        base.getEntireRow(),
        base.getLastCell(),
      ].map((r) => r.load('address'));
      await context.sync();
      expect(parts.map((p) => p.address)).toEqual([
        'S!C3',
        'S!A3:C5',
        'S!B2:D5',
        'S!B4:D4',
        'S!B2:B4',
        'S!2:4',
        'S!D4',
      ]);
    });
  });

  test('select records the selection; getSelectedRange returns it', async () => {
    const double = setup({ S: [], T: [] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('T').getRange('C5:D6').select();
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(selected.address).toBe('T!C5:D6');
    });
    expect(double.selection).toEqual({ sheet: 'T', address: 'C5:D6' });
  });

  test('APIs above the supported requirement set fail with ApiNotFound', async () => {
    setup({ S: [] }, { requirementSets: { ExcelApi: '1.6' } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').freezePanes.freezeRows(1);
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });
});
