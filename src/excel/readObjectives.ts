/**
 * The workbook's objectives sheets (clause 6.2, reviewed under 9.3.2 d 4) read for the pane's
 * management review, as the command line finds them beside its registers: among the visible
 * sheets that are not registers nor the add-in's own, a sheet whose header names the objective,
 * how it is measured or its target, and who or when (or dated measurement columns); a
 * measurements table on another sheet is attached to it.
 *
 * Two loads: the top rows of the other sheets are queued by the caller (with a read it makes
 * anyway, so no round trip of their own), then one sync reads the used range of the objectives
 * and measurements sheets found — none when there are none.
 */
import type { CellValue, Grid } from '../core';
import {
  isObjectivesSheet,
  parseMeasurementsTable,
  parseObjectives,
  readObjectivesSheets,
  type ObjectivesSheet,
} from '../core/objectives';
import { isOwnSheet } from './readRegister';

/** Rows judged at the top of each sheet, as many as the core scans for an objectives header. */
const HEADER_SCAN_ROWS = 20;

/** An objectives sheet read, with the sheet its measurements table was on. */
export interface ReadObjectives {
  objectives: ObjectivesSheet;
  measurementsSheet?: string;
  /** Rows of the measurements table that name no objective. */
  orphanRows: number[];
}

/** The queued top-row loads of the candidate sheets; `read()` once they have been synced. */
export interface ObjectivesProbe {
  read(): Promise<ReadObjectives[]>;
}

function gridOf(range: Excel.Range, formats: boolean): Grid {
  return {
    values: range.values as CellValue[][],
    numberFormats: formats ? (range.numberFormat as string[][]) : undefined,
    firstRow: range.rowIndex + 1,
    firstColumn: range.columnIndex + 1,
  };
}

/**
 * Queues the loads that judge `names` (the sheets not read as registers) for objectives: each
 * sheet's visibility and the used part of its top rows. Nothing is synced here.
 *
 * @example const probe = queueObjectivesProbe(context, others); await context.sync(); await probe.read()
 */
export function queueObjectivesProbe(
  context: Excel.RequestContext,
  names: readonly string[],
): ObjectivesProbe {
  const probes = names
    .filter((name) => !isOwnSheet(name))
    .map((name) => {
      const sheet = context.workbook.worksheets.getItem(name).load('visibility');
      const top = sheet
        .getRange(`1:${HEADER_SCAN_ROWS}`)
        .getUsedRangeOrNullObject(true)
        .load('values,numberFormat,rowIndex,columnIndex');
      return { name, sheet, top };
    });
  return {
    async read() {
      const tops = probes
        .filter((p) => p.sheet.visibility === 'Visible' && !p.top.isNullObject)
        .map((p) => ({ name: p.name, grid: gridOf(p.top, true) }));
      const found = tops.filter((t) => isObjectivesSheet(parseObjectives(t.grid, t.name)));
      if (found.length === 0) return [];
      const tables = tops.filter((t) => !found.includes(t) && parseMeasurementsTable(t.grid, t.name));
      // One sync: the used range of each objectives sheet and measurements table.
      const full = [...found, ...tables].map((t) => ({
        name: t.name,
        table: tables.includes(t),
        used: context.workbook.worksheets
          .getItem(t.name)
          .getUsedRangeOrNullObject(true)
          .load('values,numberFormat,rowIndex,columnIndex'),
      }));
      await context.sync();
      const grids = full
        .filter((f) => !f.used.isNullObject)
        .map((f) => ({ name: f.name, table: f.table, grid: gridOf(f.used, true) }));
      return readObjectivesSheets(grids);
    },
  };
}
