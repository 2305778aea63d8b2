import path from 'path';
import * as headerMapping from '../../src/core/mapping/headers';
import { mappingToStore, type Grid, type RegisterConfig } from '../../src/core';
import { readRegister, registerOf, type ReadResult } from '../../src/excel/readRegister';
import { workbookFromXlsx } from '../host-double/xlsx';
import type { WorkbookModel } from '../host-double';
import { install, run, wideRegister, workbookOf } from './harness';

/**
 * Issue 22: with the stored mapping naming the header row, every column and the header row's
 * texts, the read chooses the stored sheet and maps it without detecting the header (in the
 * sheet search, the read and the core); the same read as with the header detected.
 */
const SAMPLE = path.resolve(__dirname, '../../examples/sample-register.xlsx');

async function read(workbook: () => Promise<WorkbookModel> | WorkbookModel, config?: RegisterConfig) {
  const double = install(await workbook());
  const detect = jest.spyOn(headerMapping, 'detectHeader');
  try {
    const result = await run((context) => readRegister(context, { config }));
    if (!result) throw new Error('no register read');
    return { result, detections: detect.mock.calls.length, syncs: double.stats.syncs };
  } finally {
    detect.mockRestore();
  }
}

/** Everything a read returns but the sheet choice's score (the search's ranking, not read further). */
function comparable(r: ReadResult) {
  const { score: _score, ...choice } = r.choice;
  return { ...r, choice };
}

async function storedConfigOf(
  workbook: () => Promise<WorkbookModel> | WorkbookModel,
): Promise<RegisterConfig> {
  const { result } = await read(workbook);
  const register = registerOf(result)!;
  return { sheetName: result.sheetName, ...mappingToStore(result.grid, register) };
}

describe('reading with a stored mapping that names every column', () => {
  const cases: [string, () => Promise<WorkbookModel> | WorkbookModel][] = [
    ['the sample register', () => workbookFromXlsx(SAMPLE)],
    ['a 3,000-row register of 25 columns', () => workbookOf({ Register: wideRegister(3_000) })],
  ];
  it.each(cases)(
    '%s: no header detection, the same read and syncs',
    async (_, workbook) => {
      const config = await storedConfigOf(workbook);
      expect(config.headers).toBeDefined();
      const trusted = await read(workbook, config);
      const detected = await read(workbook, { ...config, headers: undefined });
      expect(trusted.detections).toBe(0);
      expect(detected.detections).toBeGreaterThanOrEqual(3);
      expect(comparable(trusted.result)).toEqual(comparable(detected.result));
      expect(trusted.syncs).toBe(detected.syncs);
      // Three reads of a 3,000-row workbook: seconds on a shared, loaded machine.
    },
    30_000,
  );

  test('a header renamed since the mapping was stored: the header is detected, as without the texts', async () => {
    const grid = wideRegister(500);
    const config = await storedConfigOf(() => workbookOf({ Register: grid }));
    const renamed: Grid = {
      ...grid,
      values: [grid.values[0].map((v, c) => (c === 7 ? 'Severity' : v)), ...grid.values.slice(1)],
    };
    const trusted = await read(() => workbookOf({ Register: renamed }), config);
    const detected = await read(() => workbookOf({ Register: renamed }), { ...config, headers: undefined });
    expect(trusted.detections).toBeGreaterThan(0);
    expect(trusted.result.parsed).toEqual(detected.result.parsed);
  }, 30_000);
});
