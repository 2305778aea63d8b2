import { mappingToStore, parseRegister } from '../../src/core';
import type { CellValue, Grid } from '../../src/core/grid';

/**
 * Class 43 (issue 14): rows typed one column beside their header — a template's header from
 * column C, its rows pasted from column B (a real lessons-learnt log of the t- held-out set).
 */
const grid = (...rows: CellValue[][]): Grid => ({ values: rows });

function read(g: Grid) {
  const parsed = parseRegister(g, {}, 'LESSONS LEARNED');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const SHIFTED = grid(
  ['', 'LESSONS LEARNED', '', '', '', '', '', ''],
  ['', '', 'SL. NO', 'DATE RAISED', 'EVENT', 'ACTIONS', 'OWNER', 'STATUS', 'ADDITIONAL COMMENTS'],
  ['', 1, '2026-05-14', 'Data cleaning took longer', 'Standardised the column names', 'Omkar', 'Solved', ''],
  ['', 2, '2026-05-21', 'Tableau Public row limit', 'Pre-aggregated in pandas', 'Omkar', 'Solved', ''],
  ['', 3, '2026-05-28', 'Income stored as text', 'Mapped the categories', 'Omkar', 'Pending', ''],
);

describe('class 43: rows one column beside their header', () => {
  it('reads each header over the cells one column left when the rows sit there', () => {
    const register = read(SHIFTED);
    expect(register.headerShift?.by).toBe(-1);
    expect(register.mapping.columns.status?.letter).toBe('G');
    expect(register.mapping.columns.owner?.letter).toBe('F');
    expect(register.actions.map((a) => a.state)).toEqual(['closed', 'closed', 'new']);
  });

  it('stores the mapping by letters, since the header texts name the columns beside them', () => {
    const register = read(SHIFTED);
    const stored = mappingToStore(SHIFTED, register);
    expect(stored.fields.status).toBe('G');
    expect(stored.headers).toBeUndefined();
  });

  it('an unlabelled row-number column before the header is not a shift', () => {
    const register = read(
      grid(
        ['', 'ID', 'Action', 'Owner', 'Due date', 'Status', 'Comments'],
        [1, 'A-1', 'Enforce MFA', 'Ana', '2026-03-01', 'Open', ''],
        [2, 'A-2', 'Patch VPN', 'Ben', '2026-03-01', 'Closed', ''],
        [3, 'A-3', 'Review access', 'Cy', '2026-03-01', 'Open', ''],
      ),
    );
    expect(register.headerShift).toBeUndefined();
    expect(register.mapping.columns.status?.letter).toBe('F');
  });
});
