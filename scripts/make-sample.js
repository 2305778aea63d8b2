#!/usr/bin/env node
// Writes the bundled sample register, examples/sample-register.xlsx and .csv: 200 fictional but
// realistic improvement actions raised from December 2025 to November 2026, covering every type,
// source and workflow state, with the header on row 3 under a merged title row.
//
// Deterministic: a seeded PRNG, fixed workbook dates and fixed zip timestamps, so running it again
// gives byte-identical files (a CI step can regenerate and compare).
//
// Deliberate defects, so a new user sees findings (validated as of 2026-11-26):
//   - a closed minor NC whose root cause is "TBD"          → nc-closed-without-root-cause
//   - a closed NC verified only "Partially effective"     → nc-closed-without-effectiveness
//   - two rows with the same ID                           → duplicate-id
//   - an open action without an owner                     → missing-owner
//   - "Overdue" typed as a status                         → status-is-overdue
//   - open actions past their target date                 → overdue
//   - a raised date typed as the text "03/04/2026"        → ambiguous-date
//   - a 2013 control reference (A.12.6.1)                 → legacy-2013-requirement
//   - a root cause that only says "Human error"           → blame-only-root-cause
'use strict';
const { Buffer } = require('buffer');
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const { buildActions, HEADERS } = require('./sample-actions');

const OUT_DIR = path.join(__dirname, '..', 'examples');
const SHEET = 'Improvement plan';
const FIXED_DATE = new Date(Date.UTC(2026, 10, 26, 9, 0, 0));
const DATE_FORMAT = 'dd mmm yyyy';

/** Sets every entry's modification time in a zip (local and central headers) to 2026-01-01 00:00. */
function fixZipTimestamps(buf) {
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    buf.writeUInt16LE(0, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    buf.writeUInt16LE(0, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

function styleHeader(row) {
  row.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FF1F4E78' },
      bgColor: { argb: 'FF1F4E78' },
    };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  row.height = 32;
}

async function writeXlsx(actions, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Improvement Plan sample generator';
  wb.lastModifiedBy = 'Improvement Plan sample generator';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 3, xSplit: 2 }] });
  const last = HEADERS.length;
  ws.mergeCells(1, 1, 1, 10);
  ws.getCell(1, 1).value =
    'Northwind Analytics Ltd - ISMS continual improvement plan (ISO/IEC 27001:2022, 10.1 and 10.2)';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value =
    'Nonconformities, corrective actions and opportunities for improvement. Owner: ISMS manager. ' +
    'Fictional sample data made by scripts/make-sample.js.';
  ws.getCell(2, 1).font = { italic: true, color: { argb: 'FF595959' } };
  HEADERS.forEach(([field, header], i) => {
    ws.getCell(3, i + 1).value = header;
    const col = ws.getColumn(i + 1);
    col.width = field === 'description' || field === 'correctiveAction' ? 44 : field === 'title' ? 36 : 16;
  });
  styleHeader(ws.getRow(3));
  actions.forEach((action, r) => {
    HEADERS.forEach(([field, , kind], c) => {
      const value = action[field];
      if (value === undefined || value === '') return;
      const cell = ws.getCell(r + 4, c + 1);
      cell.value = value;
      if (kind === 'date' && typeof value === 'number') cell.numFmt = DATE_FORMAT;
      if (field === 'description' || field === 'correctiveAction')
        cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + actions.length, column: last } };
  const about = wb.addWorksheet('About');
  about.getColumn(1).width = 110;
  [
    'About this workbook',
    'The sheet "Improvement plan" is the register: one row per nonconformity (NC), observation or opportunity for improvement (OFI).',
    'Try: npx improvement-plan validate examples/sample-register.xlsx',
    'and:  npx improvement-plan review examples/sample-register.xlsx --out summary.xlsx',
    'A few rows hold deliberate mistakes (see scripts/make-sample.js) so that the checks have something to find.',
  ].forEach((line, i) => {
    about.getCell(i + 1, 1).value = line;
    if (i === 0) about.getCell(1, 1).font = { bold: true, size: 13 };
  });
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  fs.writeFileSync(file, fixZipTimestamps(bytes));
}

function csvField(value) {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function isoFromSerial(serial) {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

function writeCsv(actions, file) {
  const lines = [HEADERS.map(([, header]) => csvField(header)).join(',')];
  for (const action of actions) {
    lines.push(
      HEADERS.map(([field, , kind]) => {
        const v = action[field];
        return csvField(kind === 'date' && typeof v === 'number' ? isoFromSerial(v) : v);
      }).join(','),
    );
  }
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n', 'utf8');
}

async function makeSample(outDir = OUT_DIR) {
  const actions = buildActions();
  fs.mkdirSync(outDir, { recursive: true });
  const xlsx = path.join(outDir, 'sample-register.xlsx');
  const csv = path.join(outDir, 'sample-register.csv');
  await writeXlsx(actions, xlsx);
  writeCsv(actions, csv);
  return { xlsx, csv, count: actions.length };
}

module.exports = { makeSample };

if (require.main === module) {
  makeSample(process.argv[2]).then(
    ({ xlsx, csv, count }) => console.log(`Wrote ${count} actions to ${xlsx} and ${csv}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
