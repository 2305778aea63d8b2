/**
 * A register workbook made by LibreOffice, holding what a rebuilt copy would lose: a chart, a
 * pivot table (with its cache), a comment (and its VML shape), an image and a data-validation
 * list. The test writes it as flat OpenDocument (.fods) and LibreOffice saves it as .xlsx.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { soffice } from './packageHelpers';

/** A 4×4 red PNG. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(12, 0).fill(Buffer.from([255, 0, 0]))]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat([row, row, row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const STATUSES = ['Open', 'Closed', 'In progress', 'Open', 'Closed', 'Open'];

function cell(value: string, row: number, col: number): string {
  const validation = row > 0 && col === 3 ? ' table:content-validation-name="status"' : '';
  const note =
    row === 1 && col === 1
      ? '<office:annotation><dc:creator>Auditor</dc:creator><text:p>Check this finding</text:p></office:annotation>'
      : '';
  const numeric = row > 0 && col === 7;
  const type = numeric ? `office:value-type="float" office:value="${value}"` : 'office:value-type="string"';
  return `<table:table-cell ${type}${validation}>${note}<text:p>${value}</text:p></table:table-cell>`;
}

function fods(): string {
  const rows = [['ID', 'Title', 'Type', 'Status', 'Owner', 'Target date', 'Date raised', 'Count']];
  STATUSES.forEach((s, i) =>
    rows.push([
      `NC-${i + 1}`,
      `Finding ${i + 1}`,
      'Minor NC',
      s,
      'Ana',
      '2026-01-31',
      '2026-01-02',
      String(i + 1),
    ]),
  );
  const body = rows
    .map((r, i) => `<table:table-row>${r.map((v, j) => cell(v, i, j)).join('')}</table:table-row>`)
    .join('');
  const ranges = 'Register.A1:Register.A7 Register.H1:Register.H7';
  const chart =
    '<draw:frame draw:z-index="1" draw:name="Chart1" svg:width="8cm" svg:height="6cm" svg:x="12cm" svg:y="0.5cm">' +
    `<draw:object draw:notify-on-update-of-ranges="${ranges}">` +
    '<office:document office:mimetype="application/vnd.oasis.opendocument.chart" office:version="1.3"><office:body><office:chart>' +
    '<chart:chart chart:class="chart:bar" svg:width="8cm" svg:height="6cm"><chart:title><text:p>Counts</text:p></chart:title>' +
    `<chart:plot-area table:cell-range-address="${ranges}" chart:data-source-has-labels="both">` +
    '<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="Register.A2:Register.A7"/></chart:axis>' +
    '<chart:axis chart:dimension="y" chart:name="primary-y"/>' +
    '<chart:series chart:values-cell-range-address="Register.H2:Register.H7" chart:label-cell-address="Register.H1" chart:class="chart:bar"/>' +
    '</chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>';
  const image =
    '<draw:frame draw:z-index="2" draw:name="Logo" svg:width="1cm" svg:height="1cm" svg:x="12cm" svg:y="7cm">' +
    `<draw:image><office:binary-data>${png().toString('base64')}</office:binary-data></draw:image></draw:frame>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' +
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"' +
    ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"' +
    ' xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"' +
    ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"' +
    ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' +
    '<office:body><office:spreadsheet>' +
    '<table:content-validations><table:content-validation table:name="status"' +
    ' table:condition="of:cell-content-is-in-list(&quot;Open&quot;;&quot;Closed&quot;;&quot;In progress&quot;)"' +
    ' table:allow-empty-cell="true" table:base-cell-address="Register.D2"/></table:content-validations>' +
    `<table:table table:name="Register"><table:shapes>${chart}${image}</table:shapes>${body}</table:table>` +
    '<table:table table:name="Pivot"><table:table-row><table:table-cell/></table:table-row></table:table>' +
    '<table:data-pilot-tables><table:data-pilot-table table:name="DataPilot1" table:target-range-address="Pivot.A1:Pivot.B6">' +
    '<table:source-cell-range table:cell-range-address="Register.A1:Register.H7"/>' +
    '<table:data-pilot-field table:source-field-name="Status" table:orientation="row"/>' +
    '<table:data-pilot-field table:source-field-name="Count" table:orientation="data" table:function="sum"/>' +
    '<table:data-pilot-field table:source-field-name="" table:orientation="column" table:is-data-layout-field="true"/>' +
    '</table:data-pilot-table></table:data-pilot-tables>' +
    '</office:spreadsheet></office:body></office:document>'
  );
}

/** Writes `<dir>/made.xlsx` with LibreOffice and returns its path. */
export function libreOfficeWorkbook(dir: string): string {
  const source = path.join(dir, 'made.fods');
  fs.writeFileSync(source, fods());
  const log = soffice(['--convert-to', 'xlsx', '--outdir', dir, source]);
  const out = path.join(dir, 'made.xlsx');
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}:\n${log}`);
  return out;
}
