/**
 * What the command line must do with each corpus file: the exit code of `validate`, the message of
 * an unusable file (exit 2), and facts of the JSON report. Exit codes: 0 no errors, 1 errors
 * found, 2 the file cannot be used. Every generated case must have an entry here.
 */

export interface Expectation {
  /** Exit code of validate; 'counts' = 1 when the JSON counts errors, else 0 (real-world files). */
  validate: 0 | 1 | 2 | 'counts';
  /** For exit 2: the message, on stderr and in the JSON `error`. */
  message?: RegExp;
  rows?: number;
  headerRow?: number;
  sheet?: string;
  /** Reader notice codes that must be reported. */
  notices?: string[];
  /** Finding codes that must be reported. */
  findings?: string[];
  /** The summary sheet name when it is not the plain "Management Review <as-of>". */
  summarySheet?: string;
  /** Hostile strings that must come back as literal text in the output workbook. */
  injection?: boolean;
  /**
   * A bug in src/ this file exposes, not yet fixed: the review tests run as `it.failing` until it
   * is. Once fixed they start failing as "passed unexpectedly" — then delete this line.
   */
  knownBug?: string;
  /**
   * Why the copy is not converted by LibreOffice (its CSV export writes every sheet up to the last
   * cell: a sheet reaching XFD1048576 is 17 GB of CSV, and the one batch conversion times out).
   */
  skipLibreOffice?: string;
}

const EMPTY = /is empty/;
const DAMAGED =
  /could not be opened as a workbook: it is damaged or incomplete.*Open it in Excel and save it again/;

export const EXPECTED: Record<string, Expectation> = {
  'header-only.xlsx': { validate: 0, rows: 0, headerRow: 1 },
  'one-row.xlsx': { validate: 0, rows: 1 },
  'all-blank.xlsx': { validate: 2, message: EMPTY },
  'all-blank-styled.xlsx': { validate: 2, message: EMPTY },
  'header-row-7-merged-titles.xlsx': {
    validate: 0,
    rows: 12,
    headerRow: 7,
    sheet: 'Improvement plan',
    notices: ['merged-cells'],
  },
  'duplicate-empty-headers.xlsx': { validate: 0, rows: 8, findings: ['column-missing'] },
  'formulas-without-values.xlsx': {
    validate: 1,
    rows: 6,
    notices: ['formula-without-value'],
    // A formula without a saved result is reported as not calculated, not as a missing value (c70f90e).
    findings: ['not-calculated', 'unknown-status'],
  },
  'error-cells.xlsx': {
    validate: 1,
    rows: 8,
    notices: ['error-cells'],
    findings: ['missing-id', 'unknown-type', 'unknown-status', 'missing-owner', 'invalid-date'],
  },
  'long-cells-32767.xlsx': { validate: 0, rows: 3 },
  'unicode.xlsx': { validate: 0, rows: 8, sheet: '🔥 Registro ✓ ش' },
  'dates-every-kind.xlsx': { validate: 1, rows: 25, findings: ['invalid-date', 'ambiguous-date'] },
  'hidden-rows-active-filter.xlsx': {
    validate: 0,
    rows: 16,
    notices: ['hidden-rows', 'hidden-columns', 'filter-active'],
  },
  // 10 actions; the table's totals row is not an action (see the dedicated test in cli.test.ts).
  'table-with-totals-row.xlsx': { validate: 'counts' },
  'sheet-names-quotes.xlsx': { validate: 0, rows: 10, sheet: `O'Brien's "ISMS" register (Q4)!` },
  'existing-review-sheet.xlsx': { validate: 0, rows: 10, summarySheet: 'Management Review 2026-11-26-3' },
  'injection.xlsx': {
    validate: 1,
    rows: 17,
    findings: ['unknown-status', 'unknown-type', 'invalid-date'],
    injection: true,
  },
  'empty.csv': { validate: 2, message: /empty\.csv is empty \(0 bytes\)/ },
  'all-blank.csv': { validate: 2, message: /No sheet looks like an improvement register/ },
  'header-only.csv': { validate: 0, rows: 0 },
  'one-row.csv': { validate: 0, rows: 1 },
  'bom-crlf.csv': { validate: 0, rows: 10, notices: ['bom'] },
  'ragged-rows.csv': { validate: 1, rows: 11, notices: ['ragged-rows'], findings: ['missing-owner'] },
  'multiline-cells.csv': { validate: 0, rows: 6 },
  'unterminated-quote.csv': { validate: 1, rows: 4, notices: ['unclosed-quote', 'ragged-rows'] },
  'semicolon.csv': { validate: 0, rows: 8 },
  'latin1.csv': { validate: 0, rows: 6, notices: ['latin1-encoding'] },
  'utf16-tab.csv': { validate: 0, rows: 5, notices: ['bom'] },
  'injection.csv': {
    validate: 1,
    rows: 17,
    findings: ['unknown-status', 'unknown-type', 'invalid-date'],
    injection: true,
  },
  'long-cells.csv': { validate: 0, rows: 2 },
  'unicode.csv': { validate: 0, rows: 8 },
  'dates-as-text.csv': { validate: 1, rows: 17, findings: ['invalid-date', 'ambiguous-date'] },
  'control-chars.csv': { validate: 0, rows: 4 },
  'terminal-escapes.csv': { validate: 1, rows: 3, findings: ['unknown-status'] },
  'wide-row-20000-fields.csv': {
    validate: 0,
    rows: 3,
    notices: ['ragged-rows'],
  },
  'History.csv': { validate: 0, rows: 3 },
  "'apostrophes'.csv": { validate: 0, rows: 3 },
  'encrypted-password.xlsx': {
    validate: 2,
    message:
      /encrypted-password\.xlsx is protected with a password \(encrypted\)\. Open it in Excel, remove the password/,
  },
  'truncated-half.xlsx': { validate: 2, message: DAMAGED },
  'truncated-tail.xlsx': { validate: 2, message: DAMAGED },
  'rows-100000.xlsx': { validate: 1, rows: 100_000, findings: ['missing-owner'] },
  // Issue 16: cost set by what is there, one package or refused, files recognised by content.
  'stray-cell-xfd1048576.xlsx': {
    validate: 0,
    rows: 12,
    notices: ['far-cells'],
    skipLibreOffice:
      'the copy keeps the input sheet, whose cell at XFD1048576 LibreOffice would export as 17 GB of CSV',
  },
  'columns-whole-sheet.xlsx': { validate: 0, rows: 12 },
  'merge-whole-sheet.xlsx': {
    validate: 2,
    message: /holds more than [\d,]+ cells .*IMPROVEMENT_PLAN_MAX_CELLS/,
  },
  'zip-bomb-300mb.xlsx': {
    validate: 2,
    message: /inflate to more than 100 MB .*IMPROVEMENT_PLAN_MAX_INFLATED_MB/,
  },
  'duplicate-sheet-entry.xlsx': {
    validate: 2,
    message: /holds two entries named "xl\/worksheets\/sheet1\.xml"/,
  },
  'traversal-entry.xlsx': { validate: 2, message: /"\.\.\/\.\.\/evil\.xml" points outside the package/ },
  'content-type-contradiction.xlsx': {
    validate: 2,
    message: /"xl\/styles\.xml" is declared as .*contradicts/,
  },
  'workbook-named.csv': { validate: 2, message: /is an Excel workbook \(\.xlsx\) with a \.csv name/ },
  // Read as the CSV it is (Excel opens it after a warning), and said so.
  'csv-named.xlsx': { validate: 0, rows: 6, notices: ['csv-as-workbook'] },
  'utf16-no-bom.csv': { validate: 0, rows: 7, notices: ['utf16-encoding'] },
  'stray-quote-29-rows.csv': { validate: 0, rows: 29, notices: ['unclosed-quote'] },
  'wide-line-2m-delimiters.csv': { validate: 0, rows: 10, notices: ['far-cells'] },
};

/** ../shared/corpus: the two files that are not registers; every other one is read. */
export const SHARED_EXPECTED: Record<string, Expectation> = {
  'corrupt-not-a-zip.xlsx': {
    validate: 2,
    message: /is not a valid Excel workbook \(it is not a zip package\)/,
  },
  'soa-mangled-ids.xlsx': { validate: 2, message: /not-a-register\): .*Statement of Applicability/ },
  'risk-register-merged-header.xlsx': { validate: 2, message: /not-a-register\): .*a risk register/ },
};

export const expectationFor = (label: string): Expectation =>
  label.startsWith('shared/')
    ? (SHARED_EXPECTED[label.slice('shared/'.length)] ?? { validate: 'counts' })
    : EXPECTED[label];
