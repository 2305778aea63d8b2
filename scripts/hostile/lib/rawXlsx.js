// @ts-check
/**
 * Workbook packages written part by part, for the cases ExcelJS would never write: a stray cell at
 * XFD1048576, a dimension that lies, merges over the whole sheet, duplicate or escaping part names,
 * content types that contradict their part.
 */
'use strict';

const { Buffer } = require('node:buffer');
const { writeZip } = require('./zip');

const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** @param {string} s */
const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `<row>` markup for rows of strings from `firstRow`, as inline strings.
 * @param {string[][]} rows
 * @param {number} [firstRow]
 */
function rowsXml(rows, firstRow = 1) {
  return rows
    .map((cells, i) => {
      const r = firstRow + i;
      const cs = cells
        .map((v, c) =>
          v === ''
            ? ''
            : `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`,
        )
        .join('');
      return `<row r="${r}">${cs}</row>`;
    })
    .join('');
}

/**
 * A worksheet part.
 * @param {string} sheetData inner markup of `<sheetData>`
 * @param {{ before?: string, after?: string }} [o] markup before `<sheetData>` (dimension, cols) and after (mergeCells)
 */
function sheetXml(sheetData, o = {}) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `${o.before ?? ''}<sheetData>${sheetData}</sheetData>${o.after ?? ''}</worksheet>`
  );
}

/**
 * A whole package: one worksheet part per entry of `sheets` (name → worksheet XML), the parts a
 * reader needs around them, then `extra` entries as given (which may repeat or contradict a name).
 * @param {{ sheets: [string, string][], extra?: import('./zip').ZipInput[], types?: Record<string, string> }} spec
 * @returns {Buffer}
 */
function packageBytes(spec) {
  const overrides = spec.sheets
    .map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SML}worksheet+xml"/>`,
    )
    .join('');
  const extraTypes = Object.entries(spec.types ?? {})
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('');
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${SML}sheet.main+xml"/>${overrides}${extraTypes}</Types>`;
  const rels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>` +
    spec.sheets
      .map(([name], i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    '</sheets></workbook>';
  const workbookRels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    spec.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    '</Relationships>';
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(workbookRels) },
    ...spec.sheets.map(([, xml], i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(xml) })),
    ...(spec.extra ?? []),
  ]);
}

/** The header and a few actions of a small register, as rows of strings. */
const REGISTER_ROWS = [
  ['Ref', 'Type', 'Description', 'Owner', 'Status', 'Due date', 'Corrective action'],
  [
    'NC-001',
    'Minor NC',
    'Access reviews not done',
    'Ana',
    'Open',
    '2026-12-31',
    'Schedule quarterly reviews',
  ],
  ['NC-002', 'Major NC', 'No backup restore test', 'Ben', 'Open', '2027-01-15', 'Run a restore test'],
  ['OFI-003', 'OFI', 'Improve onboarding checklist', 'Cy', 'Closed', '2026-10-01', 'Add security section'],
];

module.exports = { packageBytes, sheetXml, rowsXml, REGISTER_ROWS, SML };
