/**
 * Properties of the core on random registers built from real vocabulary: headers drawn from the
 * alias table (duplicates, blanks and noise included) below random title rows, status / type /
 * source / priority words, dates of every kind, 1–200 rows, ragged rows, and grids that start
 * anywhere on the sheet (firstRow / firstColumn offsets, as the add-in reads a used range).
 *
 * Stronger than the small property in test/core/mapping.test.ts: it checks columns as well as
 * rows, that findings sit at or below the header, determinism on a copy, and the review figures.
 */
import fc from 'fast-check';
import {
  columnNumber,
  computeReview,
  dayFromIso,
  gridWidth,
  parseRegister,
  planReviewSheet,
  validateGrid,
  type Grid,
} from '../../src/core';
import { gridArb } from './arbitraries';

const AS_OF = dayFromIso('2026-11-26')!;
const RUNS = Number(process.env.HOSTILE_RUNS ?? 100);

const clone = (grid: Grid): Grid => JSON.parse(JSON.stringify(grid)) as Grid;

describe('the core on random registers', () => {
  it('maps, validates and reviews any grid without throwing, and gives the same findings for a copy', () => {
    fc.assert(
      fc.property(gridArb, ({ grid }) => {
        const report = validateGrid(grid, { asOf: AS_OF });
        expect(validateGrid(clone(grid), { asOf: AS_OF }).findings).toEqual(report.findings);
        const parsed = parseRegister(grid);
        if (!parsed.ok) return;
        const figures = computeReview(parsed.value, { asOf: AS_OF });
        expect(figures.total).toBe(parsed.value.actions.length);
        expect(Object.values(figures.byStatus).reduce((a, b) => a + b, 0)).toBe(figures.total);
        expect(figures.open).toBeLessThanOrEqual(figures.total);
        const plan = planReviewSheet(figures, { existingSheetNames: ['Register'] });
        expect(plan.name.length).toBeLessThanOrEqual(31);
      }),
      { numRuns: RUNS },
    );
  });

  it('points every finding at a row and a column inside the grid, at or below the header', () => {
    fc.assert(
      fc.property(gridArb, ({ grid, width }) => {
        const firstRow = grid.firstRow!;
        const firstColumn = grid.firstColumn!;
        const lastRow = firstRow + grid.values.length - 1;
        const lastColumn = firstColumn + Math.max(width, gridWidth(grid)) - 1;
        const parsed = parseRegister(grid);
        const report = validateGrid(grid, { asOf: AS_OF });
        for (const f of report.findings) {
          const where = { code: f.code, row: f.row, column: f.column };
          if (f.row !== null) {
            expect({ ...where, inside: f.row >= firstRow && f.row <= lastRow }).toEqual({
              ...where,
              inside: true,
            });
            if (parsed.ok) expect(f.row).toBeGreaterThanOrEqual(parsed.value.mapping.headerRow);
          }
          if (f.column !== '') {
            const n = columnNumber(f.column);
            expect({ ...where, inside: n >= firstColumn && n <= lastColumn }).toEqual({
              ...where,
              inside: true,
            });
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a grid the same wherever it sits on the sheet, only shifting rows and columns', () => {
    fc.assert(
      fc.property(gridArb, ({ grid }) => {
        const atA1 = validateGrid({ ...grid, firstRow: 1, firstColumn: 1 }, { asOf: AS_OF }).findings;
        const shifted = validateGrid(grid, { asOf: AS_OF }).findings;
        const dr = grid.firstRow! - 1;
        const dc = grid.firstColumn! - 1;
        const moved = atA1.map((f) => ({
          code: f.code,
          row: f.row === null ? null : f.row + dr,
          column: f.column === '' ? '' : columnNumber(f.column) + dc,
          field: f.field,
          id: f.id,
        }));
        const actual = shifted.map((f) => ({
          code: f.code,
          row: f.row,
          column: f.column === '' ? '' : columnNumber(f.column),
          field: f.field,
          id: f.id,
        }));
        const key = (x: (typeof moved)[number]) => JSON.stringify(x);
        expect(actual.map(key).sort()).toEqual(moved.map(key).sort());
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
