/** The notices about one worksheet: hidden data, merges, formulas without results, errors, filters. */
import { columnLetter } from '../../core/grid';
import { type CellTally, listCells, plural } from './cellTally';
import type { ReaderNotice, ReaderNoticeCode } from './types';

export interface SheetFacts {
  sheet: string;
  state: string | undefined;
  formulas: CellTally;
  errors: CellTally;
  merges: string[];
  hiddenRows: number[];
  hiddenColumns: number[];
  autoFilter: unknown;
  /** Table totals rows (skipped: they hold sums, not actions). */
  totalsRows?: number[];
}

function counted(
  code: ReaderNoticeCode,
  sheet: string,
  count: number,
  cells: string[],
  message: (list: string) => string,
): ReaderNotice {
  return { code, sheet, count, cells, message: message(listCells(cells, count)) };
}

function hiddenSheetNotice({ sheet, state }: SheetFacts): ReaderNotice | undefined {
  if (state !== 'hidden' && state !== 'veryHidden') return undefined;
  const how = state === 'veryHidden' ? 'very hidden (only visible from the VBA editor)' : 'hidden';
  return { code: 'hidden-sheet', sheet, message: `Sheet "${sheet}" is ${how}; it is still read.` };
}

function filterNotice({ sheet, autoFilter }: SheetFacts): ReaderNotice | undefined {
  if (!autoFilter) return undefined;
  // Loaded files always give the `ref` string; the object form only appears on sheets built in code.
  const ref = typeof autoFilter === 'string' ? autoFilter : undefined;
  return {
    code: 'filter-active',
    sheet,
    cells: ref ? [ref] : undefined,
    message: `"${sheet}" has an AutoFilter${ref ? ` on ${ref}` : ''}; rows the filter hides are still read.`,
  };
}

/** Notices for one sheet, in a stable order; empty when there is nothing to say. */
export function sheetNotices(f: SheetFacts): ReaderNotice[] {
  const { sheet, formulas, errors, merges, hiddenRows, hiddenColumns } = f;
  const notices: (ReaderNotice | undefined)[] = [hiddenSheetNotice(f)];
  for (const row of f.totalsRows ?? []) {
    notices.push({
      code: 'totals-row',
      sheet,
      cells: [`${row}:${row}`],
      message: `Row ${row} of "${sheet}" is an Excel table's totals row; it is not read as an action.`,
    });
  }
  if (formulas.count > 0) {
    const has = formulas.count === 1 ? 'has' : 'have';
    notices.push(
      counted(
        'formula-without-value',
        sheet,
        formulas.count,
        formulas.cells,
        (list) =>
          `${plural(formulas.count, 'formula cell')} in "${sheet}" ${has} no saved result (${list}) and ` +
          `${formulas.count === 1 ? 'reads' : 'read'} as empty. Open the file in Excel and save it so the results are stored.`,
      ),
    );
  }
  if (errors.count > 0) {
    const hold = errors.count === 1 ? 'holds' : 'hold';
    notices.push(
      counted(
        'error-cells',
        sheet,
        errors.count,
        errors.cells,
        (list) =>
          `${plural(errors.count, 'cell')} in "${sheet}" ${hold} an Excel error such as #REF! or #N/A (${list}); ` +
          'they read as the error text.',
      ),
    );
  }
  if (merges.length > 0) {
    notices.push(
      counted(
        'merged-cells',
        sheet,
        merges.length,
        merges.slice(0, 5),
        (list) =>
          `${plural(merges.length, 'merged range')} in "${sheet}" (${list}); only the top-left cell of each holds the value.`,
      ),
    );
  }
  if (hiddenRows.length > 0) {
    const cells = hiddenRows.slice(0, 5).map((r) => `${r}:${r}`);
    notices.push(
      counted(
        'hidden-rows',
        sheet,
        hiddenRows.length,
        cells,
        (list) =>
          `${plural(hiddenRows.length, 'hidden row')} with data in "${sheet}" (${list}); they are still read.`,
      ),
    );
  }
  if (hiddenColumns.length > 0) {
    const cells = hiddenColumns.slice(0, 5).map((n) => `${columnLetter(n)}:${columnLetter(n)}`);
    notices.push(
      counted(
        'hidden-columns',
        sheet,
        hiddenColumns.length,
        cells,
        (list) =>
          `${plural(hiddenColumns.length, 'hidden column')} in "${sheet}" (${list}); they are still read.`,
      ),
    );
  }
  notices.push(filterNotice(f));
  return notices.filter((n): n is ReaderNotice => n !== undefined);
}
