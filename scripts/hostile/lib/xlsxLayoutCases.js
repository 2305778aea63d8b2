// @ts-check
/** Hostile .xlsx layouts built with ExcelJS: empty, blank, titles, headers, formulas, errors, hidden rows, tables, sheet names. */
'use strict';

const { Buffer } = require('node:buffer');

const { FIELDS, HEADERS, cleanAction, rowOf } = require('./register');
const { fillRegister, xlsxBytes, col, clean, DATE_FORMAT } = require('./xlsx');
const { readZip, writeZip } = require('./zip');

/** @typedef {import('./xlsx').Case} Case */

/**
 * Patches a sheet ExcelJS wrote so that its AutoFilter is active (a filterColumn with criteria and
 * sheetPr filterMode), as Excel saves a filtered sheet. ExcelJS cannot write filter criteria.
 * @param {Buffer} bytes @param {number} sheetIndex 1-based @param {number} colId 0-based @param {string} value
 */
function activateFilter(bytes, sheetIndex, colId, value) {
  const entries = readZip(bytes);
  const part = `xl/worksheets/sheet${sheetIndex}.xml`;
  let xml = /** @type {Buffer} */ (entries.get(part)).toString('utf8');
  const criteria = `<filterColumn colId="${colId}"><filters><filter val="${value}"/></filters></filterColumn>`;
  xml = xml.replace(/<autoFilter ref="([^"]+)"\/>/, `<autoFilter ref="$1">${criteria}</autoFilter>`);
  xml = /<sheetPr[ >/]/.test(xml)
    ? xml.replace(/<sheetPr/, '<sheetPr filterMode="1"')
    : xml.replace(/(<worksheet[^>]*>)/, '$1<sheetPr filterMode="1"/>');
  if (!xml.includes('<filterColumn')) throw new Error('no autoFilter to activate');
  entries.set(part, Buffer.from(xml, 'utf8'));
  return writeZip(entries);
}

/** @type {Case[]} */
const XLSX_LAYOUT_CASES = [
  {
    name: 'header-only.xlsx',
    what: 'the header row and nothing else',
    build: () => xlsxBytes((wb) => fillRegister(wb.addWorksheet('Register'), [])),
  },
  {
    name: 'one-row.xlsx',
    what: 'one valid action',
    build: ({ asOf }) => xlsxBytes((wb) => fillRegister(wb.addWorksheet('Register'), clean(1, asOf))),
  },
  {
    name: 'all-blank.xlsx',
    what: 'one sheet, no cells at all',
    build: () => xlsxBytes((wb) => void wb.addWorksheet('Register')),
  },
  {
    name: 'all-blank-styled.xlsx',
    what: 'styled, bordered, date-formatted and merged cells without a single value, on two sheets',
    build: () =>
      xlsxBytes((wb) => {
        for (const name of ['Register', 'Lists']) {
          const ws = wb.addWorksheet(name);
          for (let r = 1; r <= 40; r++)
            for (let c = 1; c <= 12; c++) {
              const cell = ws.getCell(r, c);
              cell.border = { bottom: { style: 'thin' } };
              cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
              cell.numFmt = DATE_FORMAT;
            }
          ws.mergeCells('A1:L1');
        }
      }),
  },
  {
    name: 'header-row-7-merged-titles.xlsx',
    what: 'six title rows with merged cells and a decoy legend row above the header on row 7',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Improvement plan');
        ws.mergeCells('A1:AB1');
        ws.getCell('A1').value = 'ISMS continual improvement plan — ID, Owner, Status, Target date';
        ws.mergeCells('A2:AB2');
        ws.getCell('A2').value = 'Confidential — internal use only';
        ws.mergeCells('A3:D3');
        ws.getCell('A3').value = 'Document owner: ISMS manager';
        // A legend that names columns in separate cells: it must not be taken for the header.
        ['Legend:', 'Status', 'Owner', 'Type', 'Priority'].forEach(
          (t, i) => (ws.getCell(5, i + 1).value = t),
        );
        ws.mergeCells('F5:AB6');
        ws.getCell('F5').value = 'Status: New → Closed. Owner: one named person.';
        fillRegister(ws, clean(12, asOf), { headerRow: 7 });
      }),
  },
  {
    name: 'duplicate-empty-headers.xlsx',
    what: 'repeated header names (ID, Status, target date) and empty header cells above data',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        const fields = [
          'id',
          'title',
          'notes',
          'type',
          'status',
          'status',
          'owner',
          'evidence',
          'targetDate',
          'targetDate',
          'raisedDate',
          'id',
        ];
        const headers = [
          'ID',
          'Title',
          '',
          'Type',
          'Status',
          'Status',
          'Owner',
          '',
          'Target completion date',
          'Target completion date',
          'Date raised',
          'ID',
        ];
        const rows = Array.from({ length: 8 }, (_, i) => {
          const row = rowOf(cleanAction(i, asOf), 'xlsx', fields);
          row[5] = i % 2 ? 'Closed' : 'Open'; // the second Status column disagrees
          row[11] = `OTHER-${i}`;
          return row;
        });
        fillRegister(wb.addWorksheet('Register'), rows, { headers });
      }),
  },
  {
    name: 'formulas-without-values.xlsx',
    what: 'formulas saved without cached results in id, status, owner and date cells, plus 50 template rows of formulas',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Register');
        fillRegister(ws, clean(6, asOf));
        ws.getCell(2, col('id')).value = { formula: '"IP-"&ROW()', date1904: false };
        ws.getCell(3, col('status')).value = { formula: 'IF(TRUE,"Closed","Open")', date1904: false };
        ws.getCell(4, col('owner')).value = { formula: 'VLOOKUP(A4,Lists!A:B,2,FALSE)', date1904: false };
        ws.getCell(5, col('targetDate')).value = { formula: 'DATE(2026,1,31)', date1904: false };
        ws.getCell(6, col('status')).value = {
          formula: 'IF(TRUE,"Open","")',
          result: 'Open',
          date1904: false,
        };
        for (let r = 8; r < 58; r++) {
          ws.getCell(r, col('id')).value = { formula: `IF(B${r}="","","IP-"&ROW())`, date1904: false };
          ws.getCell(r, col('targetDate')).value = { formula: `IF(J${r}="","",J${r}+90)`, date1904: false };
        }
        wb.addWorksheet('Lists').getCell('A1').value = 'IP-000004';
      }),
  },
  {
    name: 'error-cells.xlsx',
    what: '#REF!, #N/A, #VALUE!, #DIV/0! and #NAME? in id, type, status, owner, title and date cells',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Register');
        fillRegister(ws, clean(8, asOf));
        const errors = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?'];
        ['id', 'type', 'status', 'owner', 'title', 'targetDate', 'raisedDate', 'closedDate'].forEach(
          (f, i) => {
            ws.getCell(2 + i, col(f)).value = { error: /** @type {any} */ (errors[i % errors.length]) };
          },
        );
        ws.getCell(9, col('status')).value = {
          formula: 'VLOOKUP(A9,Lists!A:B,2,FALSE)',
          result: { error: /** @type {any} */ ('#N/A') },
          date1904: false,
        };
      }),
  },
  {
    name: 'hidden-rows-active-filter.xlsx',
    what: 'an AutoFilter with an active criterion (Status = Closed), the rows it hides, more hidden rows and a hidden column',
    build: async ({ asOf }) => {
      const bytes = await xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Register');
        const rows = clean(16, asOf);
        fillRegister(ws, rows);
        ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: FIELDS.length } };
        rows.forEach((row, i) => {
          if (row[col('status') - 1] !== 'Closed') ws.getRow(i + 2).hidden = true;
        });
        ws.getColumn(col('description')).hidden = true;
      });
      return activateFilter(bytes, 1, col('status') - 1, 'Closed');
    },
  },
  {
    name: 'table-with-totals-row.xlsx',
    what: 'the register as an Excel table (ListObject) with a totals row ("Total" and SUBTOTAL(103) — a count — of Status)',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        const ws = wb.addWorksheet('Register');
        const rows = clean(10, asOf).map((r) => r.map((v) => (v === null ? '' : v)));
        ws.addTable({
          name: 'Actions',
          ref: 'A1',
          headerRow: true,
          totalsRow: true,
          style: { theme: 'TableStyleMedium2', showRowStripes: true },
          columns: HEADERS.map((name) =>
            name === 'ID'
              ? { name, totalsRowLabel: 'Total' }
              : name === 'Status'
                ? { name, totalsRowFunction: 'count', totalsRowResult: rows.length }
                : { name },
          ),
          rows,
        });
        ws.getColumn(col('raisedDate')).numFmt = DATE_FORMAT;
      }),
  },
  {
    name: 'sheet-names-quotes.xlsx',
    what: 'sheet names with quotes, apostrophes, & < > and exactly 31 characters; the register is not the first sheet',
    build: ({ asOf }) =>
      xlsxBytes((wb) => {
        wb.addWorksheet('Read "me" & <notes>').getCell('A1').value = "O'Brien's notes";
        const name31 = `O'Brien's "ISMS" register (Q4)!`;
        if (name31.length !== 31) throw new Error('the long sheet name must have exactly 31 characters');
        fillRegister(wb.addWorksheet(name31), clean(10, asOf));
        wb.addWorksheet("It's a 'quoted' sheet").getCell('A1').value = 'nothing here';
      }),
  },
  {
    name: 'existing-review-sheet.xlsx',
    what: 'a register plus "Management Review" sheets for the as-of date, for today and a -2 suffix (different case)',
    build: ({ asOf, today }) =>
      xlsxBytes((wb) => {
        fillRegister(wb.addWorksheet('Register'), clean(10, asOf));
        const names = [`Management Review ${asOf}`, `management review ${asOf}-2`];
        if (today !== asOf) names.push(`Management Review ${today}`);
        for (const name of names) {
          const ws = wb.addWorksheet(name);
          ws.getCell('A1').value = 'Decisions of the last meeting — must survive';
          ws.getCell('B2').value = 42;
        }
      }),
  },
];

module.exports = { XLSX_LAYOUT_CASES };
