/**
 * A formula cell saved without its result (a file written by a tool that does not calculate) reads
 * as empty. A finding that the cell is missing, or not a date, would send the user looking for a
 * value that is there in Excel: it is reported as `not-calculated` instead, with the way out.
 */
import type { Finding } from '../core/findings';
import { FIELD_LABELS, type FieldKey } from '../core/model';
import type { SheetData } from './io/types';

/** Findings that an empty cell causes. */
const EMPTY_CELL_CODES = new Set([
  'missing-id',
  'missing-owner',
  'missing-target-date',
  'missing-target-review-date',
  'closed-without-date',
  'invalid-date',
]);

/**
 * The addresses of the sheet's formula cells without a saved result: the reader's full list when it
 * keeps one, else the notice's addresses when they are all of them.
 */
export function uncalculatedCells(sheet: Pick<SheetData, 'uncalculated' | 'notices'>): Set<string> {
  if (sheet.uncalculated) return new Set(sheet.uncalculated);
  const notice = sheet.notices.find((n) => n.code === 'formula-without-value');
  const cells = notice?.cells ?? [];
  return new Set(notice && (notice.count ?? 0) <= cells.length ? cells : []);
}

/**
 * Findings about an empty cell that holds an uncalculated formula become `not-calculated`
 * (a warning: the value is most likely there once the file is calculated).
 *
 * @example markUncalculated([missingTargetDateInL14], sheetWithFormulaInL14)[0].code // 'not-calculated'
 */
export function markUncalculated(
  findings: Finding[],
  sheet: Pick<SheetData, 'uncalculated' | 'notices'>,
): Finding[] {
  const cells = uncalculatedCells(sheet);
  if (cells.size === 0) return findings;
  return findings.map((f) => {
    if (!EMPTY_CELL_CODES.has(f.code) || f.row === null || !f.column) return f;
    const address = `${f.column}${f.row}`;
    if (!cells.has(address)) return f;
    const label = f.field ? FIELD_LABELS[f.field as FieldKey] : 'the';
    const { key: _key, values: _values, ...rest } = f;
    return {
      ...rest,
      code: 'not-calculated',
      severity: 'warning',
      message:
        `${f.id ? `${f.id} (row ${f.row})` : `Row ${f.row}`}: ${label} is a formula that was never calculated ` +
        `(${address} has no saved result). Open the file in Excel and save it so the result is stored, then run again.`,
      // The rule's own key would say the rule's message; a finding without a field stays English.
      ...(f.field ? { key: 'finding.not-calculated' as const, values: { address } } : {}),
    };
  });
}
