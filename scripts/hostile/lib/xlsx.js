// @ts-check
/** ExcelJS helpers for the corpus: pinned workbook dates (stable bytes) and register sheets. */
'use strict';

const { Buffer } = require('node:buffer');

const ExcelJS = require('exceljs');
const { FIELDS, HEADERS, cleanAction, rowOf } = require('./register');

const DATE_FORMAT = 'yyyy-mm-dd';

/** @typedef {{ asOf: string, today: string }} Context */
/** @typedef {{ name: string, what: string, build: (ctx: Context) => Promise<Buffer> }} Case */

/** 1-based column of a field in the canonical header. */
const col = (/** @type {string} */ field) => /** @type {readonly string[]} */ (FIELDS).indexOf(field) + 1;

/** `n` clean actions as ExcelJS rows. */
const clean = (/** @type {number} */ n, /** @type {string} */ asOf, first = 0) =>
  Array.from({ length: n }, (_, i) => rowOf(cleanAction(first + i, asOf), 'xlsx'));

/**
 * The bytes of a workbook built by `build`.
 * @param {(wb: import('exceljs').Workbook) => void | Promise<void>} build
 * @returns {Promise<Buffer>}
 */
async function xlsxBytes(build) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'improvement-plan hostile corpus';
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  await build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Writes a header and rows from `headerRow` down; Date values get a date number format.
 * @param {import('exceljs').Worksheet} ws
 * @param {readonly unknown[][]} rows
 * @param {{ headers?: readonly string[], headerRow?: number }} [options]
 */
function fillRegister(ws, rows, options = {}) {
  const headers = options.headers ?? HEADERS;
  const headerRow = options.headerRow ?? 1;
  headers.forEach((h, c) => {
    if (h !== '') ws.getCell(headerRow, c + 1).value = h;
  });
  ws.getRow(headerRow).font = { bold: true };
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      const cell = ws.getCell(headerRow + 1 + r, c + 1);
      cell.value = /** @type {import('exceljs').CellValue} */ (value);
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  });
}

module.exports = { xlsxBytes, fillRegister, col, clean, DATE_FORMAT };
