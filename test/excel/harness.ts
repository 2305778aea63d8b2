/**
 * Shared set-up for adapter tests: an installed host double over a register built with the core
 * fixture builders, and small readers of the double's model.
 */
import type { FieldKey, Grid } from '../../src/core';
import { makeAction, makeGrid, type ActionSpec } from '../core/builders';
import {
  installHostDouble,
  workbookFromGrid,
  WorkbookModel,
  type CellValue,
  type GridSheet,
  type HostDouble,
  type HostDoubleOptions,
} from '../host-double';

let current: HostDouble | null = null;

/** Installs a double over `workbook` and uninstalls it after the test. */
export function install(workbook: WorkbookModel, options?: HostDoubleOptions): HostDouble {
  current?.uninstall();
  current = installHostDouble(workbook, options);
  return current;
}

afterEach(() => {
  current?.uninstall();
  current = null;
});

/** A grid as the double stores it (values and number formats). */
export function sheetOf(grid: Grid): GridSheet {
  return { values: grid.values, numberFormats: grid.numberFormats };
}

/** A workbook whose sheets are core-style grids (or plain rows). */
export function workbookOf(sheets: Record<string, Grid | CellValue[][]>): WorkbookModel {
  const out: Record<string, GridSheet | CellValue[][]> = {};
  for (const [name, s] of Object.entries(sheets)) out[name] = Array.isArray(s) ? s : sheetOf(s);
  return workbookFromGrid(out);
}

/** 25 canonical columns: the fixture builder's 21 plus description, priority, sourceRef, lastUpdated. */
export const WIDE_COLUMNS: FieldKey[] = [
  'id',
  'title',
  'description',
  'type',
  'source',
  'sourceRef',
  'requirement',
  'priority',
  'owner',
  'raisedDate',
  'targetReviewDate',
  'targetDate',
  'status',
  'correction',
  'rootCause',
  'similarElsewhere',
  'correctiveAction',
  'remediation',
  'completionDate',
  'effectivenessResult',
  'verifiedBy',
  'evidence',
  'closedDate',
  'lastUpdated',
  'notes',
];

/** `n` well-formed open actions with distinct ids (and `extra` fields on each). */
export function manyActions(n: number, extra: (i: number) => ActionSpec = () => ({})): ActionSpec[] {
  return Array.from({ length: n }, (_, i) =>
    makeAction({
      id: `NC-${String(i + 1).padStart(6, '0')}`,
      description: `Finding ${i + 1} from the access review sample`,
      priority: 'High',
      sourceRef: `IA-2026-${(i % 40) + 1}`,
      ...extra(i),
    }),
  );
}

/** A register grid of `n` actions over the 25 wide columns. */
export function wideRegister(n: number, extra?: (i: number) => ActionSpec): Grid {
  return makeGrid(manyActions(n, extra), { columns: WIDE_COLUMNS });
}

/** Every stored value of a sheet, keyed by cell (to compare before / after). */
export function allValues(double: HostDouble, sheet: string): Map<number, CellValue | undefined> {
  const s = double.workbook.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return new Map([...s.cells].map(([k, c]) => [k, c.v]));
}

/** Runs `step` in `Excel.run` (the adapter functions take a RequestContext). */
export function run<T>(step: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(step);
}
