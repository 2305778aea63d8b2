/** Fixture builders for pane tests: a small register in a user's own words, as a grid. */
import type { CellValue, FieldKey } from '../../src/core';

/** The register's own headers (a typical NC register, not the canonical labels). */
export const HEADERS: Partial<Record<FieldKey, string>> = {
  id: 'Ref',
  title: 'Title',
  type: 'Finding type',
  source: 'Source',
  owner: 'Action owner',
  raisedDate: 'Date raised',
  targetDate: 'Target date',
  status: 'Current status',
  rootCause: 'Root cause',
  correctiveAction: 'Corrective action',
  effectivenessResult: 'Effectiveness',
  verifiedBy: 'Verified by',
  closedDate: 'Date closed',
};
/** A column detection leaves unmapped, for tests that map a field by hand. */
export const EXTRA_HEADER = 'Accountable manager';

export type ActionRow = Partial<Record<FieldKey, CellValue>> & { extra?: string };

/** Fixture builder: an open minor NC with everything an open action needs. */
export function makeAction(overrides: ActionRow = {}): ActionRow {
  return {
    id: 'NC-1',
    title: 'Access reviews not done',
    type: 'Minor',
    source: 'Internal audit',
    owner: 'Ana',
    raisedDate: '2026-03-02',
    targetDate: '2027-01-31',
    status: 'Open',
    ...overrides,
  };
}

/** A register sheet: two title rows, the header on row 3, then one row per action. */
export function registerSheet(actions: ActionRow[]): CellValue[][] {
  const fields = Object.keys(HEADERS) as FieldKey[];
  return [
    ['ISMS improvement register'],
    [''],
    [...fields.map((f) => HEADERS[f]!), EXTRA_HEADER],
    ...actions.map((a) => [...fields.map((f) => a[f] ?? ''), a.extra ?? '']),
  ];
}

/** The default workbook: a cover sheet, the register and an older register. */
export function defaultSheets(): Record<string, CellValue[][]> {
  return {
    About: [['About this workbook'], ['Owner: ISMS team']],
    'NC register': registerSheet([
      makeAction({ id: 'NC-1' }),
      makeAction({ id: 'NC-2', owner: '', status: 'In progress' }),
      makeAction({ id: 'NC-3', targetDate: '2026-06-30', status: 'Completed' }),
      makeAction({ id: 'NC-4', type: 'OFI', targetDate: '2026-05-01' }),
      makeAction({
        id: 'NC-5',
        status: 'Closed',
        rootCause: 'Review procedure had no owner',
        correctiveAction: 'Named an owner and scheduled quarterly reviews',
        effectivenessResult: 'Effective',
        verifiedBy: 'Carla',
        closedDate: '2026-09-15',
      }),
    ]),
    'Old register': [
      ['ID', 'Status', 'Owner', 'Due date'],
      ['A-1', 'Open', 'Bo', '2025-01-01'],
    ],
  };
}
