// @ts-check
/** The 100,000-row register, written with ExcelJS's streaming writer (memory stays flat). */
'use strict';

const { Buffer } = require('node:buffer');

const { PassThrough } = require('node:stream');
const ExcelJS = require('exceljs');
const { COLUMNS, DATE_FIELDS, cleanAction, rowOf } = require('./register');
const { DATE_FORMAT } = require('./xlsx');

const BIG_ROWS = 100_000;
/** Every gate field of the workflow, so a clean row raises no gate finding. */
const BIG_FIELDS = [
  'id',
  'title',
  'type',
  'source',
  'owner',
  'raisedDate',
  'targetReviewDate',
  'targetDate',
  'status',
  'correction',
  'rootCause',
  'similarElsewhere',
  'correctiveAction',
  'remediation',
  'completionDate',
  'effectivenessResult',
  'verifiedBy',
  'evidence',
  'closedDate',
  'notes',
];

/**
 * 100,000 actions; one in every 1,000 has no owner (an error) so the run has findings to report.
 * @param {{ asOf: string }} ctx
 * @returns {Promise<Buffer>}
 */
async function bigRegisterBytes({ asOf }) {
  const sink = new PassThrough();
  /** @type {Buffer[]} */
  const chunks = [];
  sink.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => sink.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: true,
    useStyles: true,
  });
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  const ws = wb.addWorksheet('Register');
  ws.columns = BIG_FIELDS.map((f) => ({
    header: /** @type {string} */ (COLUMNS.find(([k]) => k === f)?.[1]),
    key: f,
    width: 16,
    style: DATE_FIELDS.has(f) ? { numFmt: DATE_FORMAT } : {},
  }));
  for (let i = 0; i < BIG_ROWS; i++) {
    const a = cleanAction(i, asOf);
    if (i % 1000 === 500) a.owner = ''; // status Implemented: open, so missing-owner is an error
    ws.addRow(rowOf(a, 'xlsx', BIG_FIELDS)).commit();
  }
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

module.exports = { bigRegisterBytes, BIG_ROWS };
