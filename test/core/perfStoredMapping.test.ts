import fs from 'node:fs';
import path from 'node:path';
import * as headerMapping from '../../src/core/mapping/headers';
import {
  findRegisterSheet,
  mappingToStore,
  parseRegister,
  storedMapping,
  validateRegister,
  type Grid,
  type HeaderMapping,
  type RegisterConfig,
} from '../../src/core';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import { syntheticRegister } from '../../bench/synthetic';
import { AS_OF } from './builders';

/**
 * Issue 22: a stored mapping that names the header row, every mapped column and the header row's
 * texts is used as it is — the header is not detected again — and reads the register exactly as
 * the detection does with the same config.
 */
const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const EXAMPLES = path.resolve(__dirname, '../../examples');
const corpusFiles = fs.existsSync(CORPUS)
  ? fs
      .readdirSync(CORPUS)
      .filter((f) => /\.(xlsx|csv)$/i.test(f))
      .map((f) => path.join(CORPUS, f))
  : [];

/** The register sheet of a file as detection finds it, with its grid. */
async function registerSheet(file: string): Promise<{ grid: Grid; name: string } | undefined> {
  const read = await readWorkbook(file);
  if (!read.ok) return undefined;
  const choice = findRegisterSheet(read.value.sheets).choice;
  return choice ? { grid: read.value.sheets[choice.index].grid, name: choice.name } : undefined;
}

/** The config to store after reading `grid` with nothing stored. */
function storedConfig(grid: Grid, name: string): RegisterConfig | undefined {
  const first = parseRegister(grid, {}, name);
  return first.ok ? { sheetName: name, ...mappingToStore(grid, first.value) } : undefined;
}

/** Reads with and without trusting the stored mapping; counts the header detections of each. */
function bothWays(grid: Grid, config: RegisterConfig, name: string) {
  const detect = jest.spyOn(headerMapping, 'detectHeader');
  try {
    const trusted = parseRegister(grid, config, name);
    const trustedCalls = detect.mock.calls.length;
    detect.mockClear();
    const detected = parseRegister(grid, { ...config, headers: undefined }, name);
    return { trusted, detected, trustedCalls, detectedCalls: detect.mock.calls.length };
  } finally {
    detect.mockRestore();
  }
}

describe('a stored mapping that names every column is used without detecting the header', () => {
  const cases = [
    ...corpusFiles.map((file) => [path.basename(file), file] as const),
    ['sample-register.xlsx', path.join(EXAMPLES, 'sample-register.xlsx')] as const,
  ];
  it.each(cases)('%s: the same register, findings included, and no header detection', async (_, file) => {
    const sheet = await registerSheet(file);
    // Not a register (the corrupt file, the risk register): nothing is stored for it.
    if (!sheet) return;
    const config = storedConfig(sheet.grid, sheet.name)!;
    const { trusted, detected, trustedCalls, detectedCalls } = bothWays(sheet.grid, config, sheet.name);
    expect(trustedCalls).toBe(0);
    expect(detectedCalls).toBeGreaterThan(0);
    expect(trusted).toEqual(detected);
    if (!trusted.ok || !detected.ok) throw new Error('the stored mapping did not read');
    expect(validateRegister(trusted.value, { asOf: AS_OF }).findings).toEqual(
      validateRegister(detected.value, { asOf: AS_OF }).findings,
    );
  });

  test('the 2,000-row synthetic register: the same actions and findings', () => {
    const grid = syntheticRegister(2_000);
    const config = storedConfig(grid, 'Register')!;
    expect(Object.keys(config.fields!)).toHaveLength(25);
    const { trusted, detected, trustedCalls } = bothWays(grid, config, 'Register');
    expect(trustedCalls).toBe(0);
    expect(trusted).toEqual(detected);
    if (!trusted.ok || !detected.ok) throw new Error('the stored mapping did not read');
    expect(validateRegister(trusted.value, { asOf: AS_OF }).findings).toEqual(
      validateRegister(detected.value, { asOf: AS_OF }).findings,
    );
  });

  test('the stored texts are from column A; fields by header text, or by letter where headers repeat', () => {
    const grid: Grid = {
      values: [
        ['Improvement plan', '', '', ''],
        ['ID', 'Owner', 'Notes', 'Notes', 'Status'],
        ['NC-1', 'Ana', 'x', 'y', 'Open'],
      ],
      firstRow: 3,
      firstColumn: 2,
    };
    const mapping: HeaderMapping = {
      headerRow: 4,
      columns: {
        id: { field: 'id', column: 2, letter: 'B', header: 'ID', confidence: 'exact' },
        evidence: { field: 'evidence', column: 5, letter: 'E', header: 'Notes', confidence: 'alias' },
      },
      unmapped: [],
      duplicates: [],
      badOverrides: [],
      ruledOut: [],
    };
    const stored = mappingToStore(grid, { mapping });
    expect(stored).toEqual({
      headerRow: 4,
      fields: { id: 'ID', evidence: 'E' },
      headers: ['', 'ID', 'Owner', 'Notes', 'Notes', 'Status'],
    });
    const trusted = storedMapping(grid, stored)!;
    expect(trusted.columns.evidence).toMatchObject({ column: 5, letter: 'E', header: 'Notes' });
    expect(trusted.unmapped.map((u) => u.letter)).toEqual(['C', 'D', 'F']);
  });

  test('a changed header, a field naming no column or a missing part: the header is detected as before', () => {
    const grid = syntheticRegister(300);
    const config = storedConfig(grid, 'Register')!;
    expect(storedMapping(grid, config)).toBeDefined();
    const at = config.headerRow! - (grid.firstRow ?? 1);
    const renamed: Grid = { ...grid, values: grid.values.map((row, r) => (r === at ? [...row] : row)) };
    renamed.values[at][7] = 'Severity';
    const misses: RegisterConfig[] = [
      { ...config, headers: undefined },
      { ...config, headerRow: undefined },
      { ...config, headerRow: config.headerRow! + 1 },
      { ...config, headers: [...config.headers!, 'Comments'] },
      { ...config, headers: config.headers!.slice(0, -1) },
      { ...config, fields: { ...config.fields, owner: 'Accountable' } },
    ];
    for (const miss of misses) expect(storedMapping(grid, miss)).toBeUndefined();
    expect(storedMapping(renamed, config)).toBeUndefined();
    // Detected again: the new header's column is read for what its words say (the override kept).
    const { trusted, detected, trustedCalls } = bothWays(renamed, config, 'Register');
    expect(trustedCalls).toBeGreaterThan(0);
    expect(trusted).toEqual(detected);
  });
});
