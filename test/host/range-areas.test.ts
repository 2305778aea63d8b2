import { rejection, setup } from './helpers';

describe('RangeAreas from worksheet.getRanges', () => {
  test('comma-separated areas read back as one object with every area', async () => {
    setup({ Register: [] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Register');
      const areas = sheet
        .getRanges('C5:C9, E2,Register!G:G')
        .load('address,areaCount,cellCount,isEntireColumn');
      areas.areas.load('items/address');
      const count = areas.areas.getCount();
      await context.sync();
      expect(areas.address).toBe('Register!C5:C9, Register!E2, Register!G:G');
      expect(areas.areaCount).toBe(3);
      expect(areas.cellCount).toBe(5 + 1 + 1048576);
      expect(areas.isEntireColumn).toBe(false);
      expect(areas.areas.items.map((r) => r.address)).toEqual([
        'Register!C5:C9',
        'Register!E2',
        'Register!G:G',
      ]);
      expect(count.value).toBe(3);
    });
  });

  test('no address gives the whole sheet as one area', async () => {
    setup({ Register: [] });
    await Excel.run(async (context) => {
      const whole = context.workbook.worksheets.getItem('Register').getRanges().load('areaCount,isEntireRow');
      await context.sync();
      expect([whole.areaCount, whole.isEntireRow]).toEqual([1, true]);
    });
  });

  test('a malformed area or another sheet’s prefix fails the sync with InvalidArgument', async () => {
    setup({ Register: [], Other: [] });
    for (const address of ['A1,not an address', 'A1,Other!B2', 'A1,,B2']) {
      const error = await rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Register').getRanges(address).load('address');
          await context.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    }
  });

  test('Excel reads only the first 8192 characters: a longer address silently loses or changes areas', async () => {
    setup({ Register: [] });
    // 2,000 cells "B10000".."B11999" (6 chars + comma) — the cut lands inside an area.
    const cells = Array.from({ length: 2000 }, (_, i) => `B${10000 + i}`);
    const address = cells.join(',');
    expect(address.length).toBeGreaterThan(8192);
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Register').getRanges(address).load('areaCount');
      areas.areas.load('items/address');
      await context.sync();
      const kept = Math.floor(8192 / 7); // whole "Bnnnnn," areas before the cut
      expect(areas.areaCount).toBe(kept + 1);
      // The area cut in the middle is a different cell: "B11170" became "B1".
      expect(areas.areas.items[kept].address).toBe(`Register!${address.slice(kept * 7, 8192)}`);
      expect(areas.areas.items[kept].address).not.toBe(`Register!${cells[kept]}`);
    });
  });

  test('getRanges needs ExcelApi 1.9: an older host fails the sync with ApiNotFound', async () => {
    setup({ Register: [] }, { requirementSets: { ExcelApi: '1.8' } });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Register').getRanges('A1,B2').load('address');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
  });

  test('the address travels in the request and counts toward its payload', async () => {
    const double = setup({ Register: [] });
    const address = Array.from({ length: 500 }, (_, i) => `C${i * 2 + 1}`).join(',');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Register').getRanges(address).format.fill.color = '#FFC7CE';
      await context.sync();
    });
    expect(double.stats.requests[0].bytes).toBeGreaterThan(address.length);
  });

  test('format.fill.color sets every area, reads the common colour, null when the areas differ', async () => {
    const double = setup({ Register: [['a', 'b', 'c', 'd']] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Register');
      const areas = sheet.getRanges('A1,C1');
      areas.format.fill.color = 'pink';
      areas.format.font.bold = true;
      const same = sheet.getRanges('A1,C1').format.fill.load('color');
      const mixed = sheet.getRanges('A1:B1,C1').format.fill.load('color');
      await context.sync();
      expect(same.color).toBe('#FFC0CB');
      expect(mixed.color).toBeNull();
    });
    const sheet = double.workbook.sheet('Register')!;
    expect([0, 1, 2, 3].map((c) => sheet.cell(0, c)?.fill)).toEqual([
      '#FFC0CB',
      undefined,
      '#FFC0CB',
      undefined,
    ]);
    expect(sheet.cell(0, 2)?.bold).toBe(true);
    expect(sheet.cell(0, 0)?.v).toBe('a');
  });

  test('members the double does not model on RangeAreas throw loudly', async () => {
    setup({ Register: [] });
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Register').getRanges('A1,B2');
      expect(() => (areas as unknown as { copyFrom: unknown }).copyFrom).toThrow(
        'not supported by the host double: RangeAreas.copyFrom',
      );
      await context.sync();
    });
  });
});
