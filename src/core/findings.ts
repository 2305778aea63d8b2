import type { FieldKey } from './model';

export type Severity = 'error' | 'warning' | 'info';

/** One validation finding (DESIGN.md §4). `row` is the sheet row; `column` the column letter. */
export interface Finding {
  code: string;
  severity: Severity;
  /** 1-based sheet row, or null for findings about the whole register. */
  row: number | null;
  /** Column letter, or '' when not tied to a column. */
  column: string;
  /** Canonical field, or '' when not tied to a field. */
  field: FieldKey | '';
  /** The action id of the row ('' when blank or not tied to a row). */
  id: string;
  message: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts per severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Stable order: by row (register-level findings first), then column, then severity, then code. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      a.column.length - b.column.length ||
      a.column.localeCompare(b.column) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
}
