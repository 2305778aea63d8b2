import { parseRegister, validateRegister, type CellValue, type Grid } from '../../src/core';
import { AS_OF } from './builders';

const HEADER = [
  'CAPA Number',
  'Title',
  'Primary Status',
  'Owner',
  'Current Phase Due Date',
  'Step ID',
  'Modified Date',
];
const STEPS = ['tVerifyInitiation', 'tInvestigate', 'tApproveExtension', 'tImplement'];

/** A workflow export: every CAPA repeated on one row per step, grouped by step as such exports are. */
function stepExport(capas: number, closedEvery = 3): Grid {
  const rows: CellValue[][] = [HEADER];
  for (const step of STEPS)
    for (let i = 1; i <= capas; i++)
      rows.push([
        `CAPA-2025-${String(i).padStart(4, '0')}`,
        `Corrective action ${i}`,
        i % closedEvery === 0 ? 'CLOSED' : 'INWORKS',
        `Owner ${i % 5}`,
        '2026-06-30',
        step,
        `2026-0${1 + (i % 8)}-1${i % 10}`,
      ]);
  return { values: rows };
}

function read(grid: Grid) {
  const parsed = parseRegister(grid);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('one row per workflow step', () => {
  it('reads each ID once, from its last step row, and says why', () => {
    const register = read(stepExport(30));
    expect(register.actions).toHaveLength(30);
    expect(register.stepLog).toMatchObject({ rows: 120, actions: 30 });
    expect(register.stepLog!.reason).toMatch(/120 rows are 30 actions/);
    // The last step row of CAPA 1 is in the last block (row 1 + 3 × 30 + 1).
    expect(register.actions[0]).toMatchObject({ id: 'CAPA-2025-0001', row: 92 });
    expect(register.actions.filter((a) => a.state === 'closed')).toHaveLength(10);
    const findings = validateRegister(register, { asOf: AS_OF }).findings;
    expect(findings.filter((f) => f.code === 'duplicate-id')).toHaveLength(0);
  });

  it('leaves a register with a few duplicated IDs as rows (the duplicates stay a finding)', () => {
    const grid = stepExport(30);
    const once = { values: grid.values.slice(0, 31).concat(grid.values.slice(31, 34)) };
    const register = read(once);
    expect(register.stepLog).toBeUndefined();
    expect(register.actions).toHaveLength(33);
    expect(validateRegister(register, { asOf: AS_OF }).findings.some((f) => f.code === 'duplicate-id')).toBe(
      true,
    );
  });

  it('does not merge rows that share a number but are different actions (titles differ)', () => {
    const grid = stepExport(30);
    const values = grid.values.map((row, r) =>
      r === 0 ? row : [row[0], `${row[1]} — finding ${r}`, ...row.slice(2)],
    );
    const register = read({ values });
    expect(register.stepLog).toBeUndefined();
    expect(register.actions).toHaveLength(120);
  });

  it('does not merge when the same ID carries different statuses (a history, not copies)', () => {
    const grid = stepExport(30);
    const values = grid.values.map((row, r) =>
      r <= 60 ? row : [row[0], row[1], 'On hold', ...row.slice(3)],
    );
    expect(read({ values }).stepLog).toBeUndefined();
  });

  it('a POA&M kept with one row per milestone: the rows of an item are one action, however few', () => {
    const register = read({
      values: [
        ['id', 'control_title', 'milestone', 'target_date', 'milestone_status', 'item_status'],
        [
          'POAM-001',
          'Use MFA for network access',
          'Deploy Duo to login nodes',
          '2026-03-15',
          'done',
          'in_progress',
        ],
        [
          'POAM-001',
          'Use MFA for network access',
          'Validate MFA bypass for batch jobs',
          '2026-03-30',
          'open',
          'in_progress',
        ],
        ['POAM-002', 'Limit remote sessions', 'Set idle time-out', '2026-05-01', 'open', 'open'],
      ],
    });
    expect(register.actions.map((a) => [a.id, a.row])).toEqual([
      ['POAM-001', 3],
      ['POAM-002', 4],
    ]);
    expect(register.stepLog!.reason).toMatch(
      /3 rows are 2 actions: each ID repeats on one row per milestone/,
    );
    // Without a milestone column, two rows of one ID stay two rows (and a duplicate-ID finding).
    const plain = read({
      values: [
        ['id', 'control_title', 'task', 'target_date', 'item_status'],
        ['POAM-001', 'Use MFA for network access', 'Deploy Duo to login nodes', '2026-03-15', 'in_progress'],
        ['POAM-001', 'Use MFA for network access', 'Validate MFA bypass', '2026-03-30', 'in_progress'],
      ],
    });
    expect(plain.actions).toHaveLength(2);
  });

  it('rows of one item agree on its status whatever its case or spacing ("in_progress", "IN_PROGRESS ")', () => {
    const register = read({
      values: [
        ['id', 'control_title', 'milestone', 'target_date', 'item_status'],
        ['POAM-001', 'Use MFA for network access', 'Deploy Duo', '2026-03-15', 'in_progress'],
        ['POAM-001', 'Use MFA for network access ', 'Validate the bypass', '2026-03-30', 'IN_PROGRESS '],
      ],
    });
    expect(register.actions).toHaveLength(1);
  });
});
