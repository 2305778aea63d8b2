// @ts-check
/** Hostile .xlsx content built with ExcelJS: 32,767-character cells, Unicode, every kind of date, formula injection. */
'use strict';

const { FIELDS, HEADERS, TEXT_FIELDS, cleanAction, rowOf } = require('./register');
const { INJECTIONS, UNICODE } = require('./payloads');
const { injectionActions } = require('./injection');
const { fillRegister, xlsxBytes, col, clean, DATE_FORMAT } = require('./xlsx');

/** @typedef {import('./xlsx').Case} Case */

/** @type {Case[]} */
const XLSX_CONTENT_CASES = [
  {
    name: 'long-cells-32767.xlsx',
    what: "every text field of three actions at Excel's limit of 32,767 characters (with astral characters)",
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        // Exactly 32,767 UTF-16 code units, never ending in half a surrogate pair.
        const long = (/** @type {string} */ seed) => {
          const cut = `${seed} ${'🔥é'.repeat(20_000)}`.slice(0, 32_767);
          return /[\uD800-\uDBFF]$/.test(cut) ? `${cut.slice(0, -1)}x` : cut;
        };
        const rows = [0, 5, 3].map((i, k) => {
          const a = cleanAction(i, asOf);
          for (const f of TEXT_FIELDS) a[f] = long(`${f}${k}`);
          return rowOf(a, 'xlsx');
        });
        fillRegister(wb.addWorksheet('Register'), rows);
      }),
  },
  {
    name: 'unicode.xlsx',
    what: 'emoji, right-to-left text, combining marks, zero-width and BOM characters in values, headers and sheet names',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        const values = Object.values(UNICODE);
        const rows = values.map((u, i) => {
          const a = cleanAction(i, asOf);
          for (const f of TEXT_FIELDS) a[f] = `${u} ${f}`;
          a.id = `${u} #${i}`;
          if (i === 3) a.status = UNICODE.nbsp;
          return rowOf(a, 'xlsx');
        });
        const headers = HEADERS.map((h) => (h === 'Description' ? 'Descripcio\u0301n' : h));
        fillRegister(wb.addWorksheet('🔥 Registro ✓ ش'), rows, { headers });
      }),
  },
  {
    name: 'dates-every-kind.xlsx',
    what: 'text dates in six formats, ambiguous and impossible dates, serials with and without a date format, serial 60, 0, negative and huge serials, booleans and pre-1900 dates in date columns',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Register');
        /** @type {[unknown, string?][]} value and number format for the target date */
        const variants = [
          ['2026-03-14'],
          ['14/03/2026'],
          ['03/14/2026'],
          ['14.03.2026'],
          ['14-Mar-2026'],
          ['March 14, 2026'],
          ['03/04/2026'],
          ['2026-02-30'],
          ['14 de marzo de 2026'],
          ['next Friday'],
          [46095, DATE_FORMAT],
          [46095.75, 'dd/mm/yyyy hh:mm'],
          [46095, 'General'],
          [12, 'General'],
          [60, DATE_FORMAT],
          [0, DATE_FORMAT],
          [-5, DATE_FORMAT],
          [2_958_465, DATE_FORMAT],
          [2_958_466, DATE_FORMAT],
          [1e15, DATE_FORMAT],
          [true],
          [false],
          [new Date(Date.UTC(1899, 0, 1)), DATE_FORMAT],
          [59, DATE_FORMAT],
          ['46095', '@'],
        ];
        fillRegister(ws, clean(variants.length, asOf));
        variants.forEach(([value, format], i) => {
          for (const f of ['targetDate', 'raisedDate']) {
            const cell = ws.getCell(2 + i, col(f));
            cell.value = /** @type {import('exceljs').CellValue} */ (value);
            cell.numFmt = format ?? 'General';
          }
          ws.getCell(2 + i, col('notes')).value = `target date: ${String(value)} (${format ?? 'text'})`;
        });
      }),
  },
  {
    name: 'injection.xlsx',
    what: 'formula-injection strings and <img onerror> in every text field, in status/type words, a header and a sheet name',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Register');
        const fields = [...FIELDS, 'extra'];
        const rows = injectionActions(asOf).map((a) => rowOf({ ...a, extra: INJECTIONS[3] }, 'xlsx', fields));
        fillRegister(ws, rows, { headers: [...HEADERS, INJECTIONS[2]] });
        const decoy = wb.addWorksheet(INJECTIONS[1]); // '/' in the others is not allowed in a sheet name
        INJECTIONS.forEach((p, i) => (decoy.getCell(i + 1, 1).value = p));
      }),
  },
];

module.exports = { XLSX_CONTENT_CASES };
