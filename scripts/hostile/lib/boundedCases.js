// @ts-check
/**
 * Files that cost more than they hold, or are two packages in one, or are not what their name
 * says (issue 16): a stray cell at XFD1048576, a dimension and columns claiming the whole sheet, a
 * merge over the whole sheet, a zip bomb, duplicate and escaping entries, a content type that
 * contradicts its part, a workbook named .csv, a CSV named .xlsx, UTF-16 without a byte-order
 * mark, a stray quote that would swallow the rows after it.
 */
'use strict';

const { Buffer } = require('node:buffer');
const zlib = require('node:zlib');

const { HEADERS, cleanAction, rowOf } = require('./register');
const { clean, fillRegister, xlsxBytes } = require('./xlsx');
const { readZip, writeZip, crc32 } = require('./zip');
const { csvText } = require('./csvCases');

/** @typedef {import('./xlsx').Case} Case */
/** @typedef {import('./zip').ZipInput} ZipInput */

const SHEET = 'xl/worksheets/sheet1.xml';

const registerBytes = (/** @type {string} */ asOf, rows = 12) =>
  xlsxBytes((wb) => fillRegister(wb.addWorksheet('Register'), clean(rows, asOf)));

/**
 * The register's entries, with `patch` applied to the text of the parts it names.
 * @param {string} asOf @param {Record<string, (xml: string) => string>} patch
 * @returns {Promise<ZipInput[]>}
 */
async function patchedEntries(asOf, patch) {
  const entries = readZip(await registerBytes(asOf));
  return [...entries].map(([name, data]) => ({
    name,
    data: patch[name] ? Buffer.from(patch[name](data.toString('utf8'))) : data,
  }));
}

const STRAY = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>stray</t></is></c></row>';

/**
 * A deflated entry of `size` zero bytes, compressed as a stream (never held whole), with its CRC.
 * @param {string} name @param {number} size
 * @returns {Promise<Buffer>} a zip holding the register plus that entry
 */
async function bombBytes(name, size, asOf) {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflater = zlib.createDeflateRaw({ level: 9 });
  /** @type {Buffer[]} */
  const out = [];
  deflater.on('data', (d) => out.push(d));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = crc32Continue(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  const packed = Buffer.concat(out);
  const base = readZip(await registerBytes(asOf));
  return writeZipWithPacked(
    [...base].map(([n, data]) => ({ name: n, data })),
    { name, packed, size, crc },
  );
}

/** CRC-32 continued over one more chunk (the lib's crc32 starts afresh). */
function crc32Continue(/** @type {Buffer} */ bytes, /** @type {number} */ previous) {
  const native = /** @type {{ crc32?: (b: Buffer, v: number) => number }} */ (zlib).crc32;
  if (native) return native(bytes, previous) >>> 0;
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * `writeZip` of `entries`, then one more entry whose deflated bytes are given as they are.
 * @param {ZipInput[]} entries @param {{ name: string, packed: Buffer, size: number, crc: number }} extra
 */
function writeZipWithPacked(entries, extra) {
  // Write the extra entry stored, then turn it into a deflated one in both headers.
  const zip = writeZip([
    ...entries,
    { name: extra.name, data: extra.packed, store: true, crc: extra.crc, claimedSize: extra.size },
  ]);
  const nameBytes = Buffer.from(extra.name, 'utf8');
  const local = zip.indexOf(
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]),
    zip.indexOf(nameBytes) - 30,
  );
  zip.writeUInt16LE(8, local + 8);
  const central = zip.lastIndexOf(nameBytes) - 46;
  zip.writeUInt16LE(8, central + 10);
  return zip;
}

/** @type {Case[]} */
const BOUNDED_CASES = [
  {
    name: 'stray-cell-xfd1048576.xlsx',
    what: 'a 12-action register plus one cell at XFD1048576 and a dimension claiming the whole sheet',
    build: async ({ asOf }) =>
      writeZip(
        await patchedEntries(asOf, {
          [SHEET]: (xml) =>
            xml
              .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
              .replace('</sheetData>', `${STRAY}</sheetData>`),
        }),
      ),
  },
  {
    name: 'columns-whole-sheet.xlsx',
    what: 'a register whose dimension and column widths claim all 16,384 columns and 1,048,576 rows',
    build: async ({ asOf }) =>
      writeZip(
        await patchedEntries(asOf, {
          [SHEET]: (xml) =>
            xml
              .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
              .replace(
                /<cols>.*?<\/cols>|(?=<sheetData)/,
                '<cols><col min="1" max="16384" width="12" customWidth="1"/></cols>',
              ),
        }),
      ),
  },
  {
    name: 'merge-whole-sheet.xlsx',
    what: 'a register with one merged range A1:XFD1048576 (17 billion cells to build)',
    build: async ({ asOf }) =>
      writeZip(
        await patchedEntries(asOf, {
          [SHEET]: (xml) =>
            xml.replace(
              '</sheetData>',
              '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
            ),
        }),
      ),
  },
  {
    name: 'zip-bomb-300mb.xlsx',
    what: 'a register plus a custom XML part of 300 MB of zeros (about 300 KB deflated)',
    build: async ({ asOf }) => bombBytes('customXml/item1.xml', 300 * 1024 * 1024, asOf),
  },
  {
    name: 'duplicate-sheet-entry.xlsx',
    what: 'two zip entries named xl/worksheets/sheet1.xml holding different registers',
    build: async ({ asOf }) => {
      const entries = await patchedEntries(asOf, {});
      const other = readZip(await registerBytes(asOf, 3)).get(SHEET);
      return writeZip([...entries, { name: SHEET, data: /** @type {Buffer} */ (other) }]);
    },
  },
  {
    name: 'traversal-entry.xlsx',
    what: 'a register plus an entry named ../../evil.xml',
    build: async ({ asOf }) =>
      writeZip([...(await patchedEntries(asOf, {})), { name: '../../evil.xml', data: Buffer.from('<x/>') }]),
  },
  {
    name: 'content-type-contradiction.xlsx',
    what: 'a register whose [Content_Types].xml declares the styles part a worksheet',
    build: async ({ asOf }) =>
      writeZip(
        await patchedEntries(asOf, {
          '[Content_Types].xml': (xml) =>
            xml.replace(
              /(<Override PartName="\/xl\/styles\.xml" ContentType=")[^"]*"/,
              '$1application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"',
            ),
        }),
      ),
  },
  {
    name: 'workbook-named.csv',
    what: 'an .xlsx register saved under a .csv name',
    build: async ({ asOf }) => registerBytes(asOf),
  },
  {
    name: 'csv-named.xlsx',
    what: 'a CSV register saved under an .xlsx name',
    build: async ({ asOf }) =>
      Buffer.from(
        csvText([HEADERS, ...Array.from({ length: 6 }, (_, i) => rowOf(cleanAction(i, asOf), 'csv'))]),
      ),
  },
  {
    name: 'utf16-no-bom.csv',
    what: 'a CSV register in UTF-16LE without a byte-order mark',
    build: async ({ asOf }) =>
      Buffer.from(
        csvText([HEADERS, ...Array.from({ length: 7 }, (_, i) => rowOf(cleanAction(i, asOf), 'csv'))]),
        'utf16le',
      ),
  },
  {
    name: 'wide-line-2m-delimiters.csv',
    what: '10 actions, then one line of two million delimiters ending in a far field',
    build: async ({ asOf }) => {
      const text = csvText([
        HEADERS,
        ...Array.from({ length: 10 }, (_, i) => rowOf(cleanAction(i, asOf), 'csv')),
      ]);
      return Buffer.from(`${text}${','.repeat(2_000_000)}far\r\n`);
    },
  },
  {
    name: 'stray-quote-29-rows.csv',
    what: '29 actions; the title of row 4 opens a quote that never closes',
    build: async ({ asOf }) => {
      const lines = csvText([
        HEADERS,
        ...Array.from({ length: 29 }, (_, i) => rowOf(cleanAction(i, asOf), 'csv')),
      ]).split('\r\n');
      const cells = lines[4].split(',');
      cells[2] = `"${cells[2].replace(/"/g, '')}`;
      lines[4] = cells.join(',');
      return Buffer.from(lines.join('\r\n'));
    },
  },
];

module.exports = { BOUNDED_CASES, crc32 };
