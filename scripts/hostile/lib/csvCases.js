// @ts-check
/** Hostile .csv files: encodings, line endings, delimiters, quoting, raggedness and content. */
'use strict';

const { Buffer } = require('node:buffer');

const { FIELDS, HEADERS, TEXT_FIELDS, cleanAction, rowOf } = require('./register');
const { INJECTIONS, UNICODE } = require('./payloads');
const { injectionActions } = require('./injection');

/** @typedef {import('./xlsx').Case} Case */

/**
 * RFC 4180 text: fields quoted when they hold the delimiter, a quote, CR or LF.
 * @param {readonly (readonly unknown[])[]} rows @param {{ delimiter?: string, eol?: string }} [o]
 */
function csvText(rows, o = {}) {
  const d = o.delimiter ?? ',';
  const eol = o.eol ?? '\r\n';
  const field = (/** @type {unknown} */ v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.includes(d) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(d)).join(eol) + eol;
}

const actions = (/** @type {number} */ n, /** @type {string} */ asOf) =>
  Array.from({ length: n }, (_, i) => rowOf(cleanAction(i, asOf), 'csv'));
const utf8 = (/** @type {string} */ s) => Buffer.from(s, 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** @type {Case[]} */
const CSV_CASES = [
  { name: 'empty.csv', what: '0 bytes', build: async () => Buffer.alloc(0) },
  {
    name: 'all-blank.csv',
    what: 'delimiters, spaces and line breaks only',
    build: async () => utf8(',,,,\r\n  ,\t, ,\r\n\r\n;;;\n,,,\r\n'),
  },
  { name: 'header-only.csv', what: 'the header line only', build: async () => utf8(csvText([HEADERS])) },
  {
    name: 'one-row.csv',
    what: 'one action, no final line break',
    build: async ({ asOf }) => utf8(csvText([HEADERS, ...actions(1, asOf)]).trimEnd()),
  },
  {
    name: 'bom-crlf.csv',
    what: 'UTF-8 byte-order mark and CRLF line endings (Excel "CSV UTF-8")',
    build: async ({ asOf }) => Buffer.concat([BOM, utf8(csvText([HEADERS, ...actions(10, asOf)]))]),
  },
  {
    name: 'ragged-rows.csv',
    what: 'rows with fewer and more fields than the header, a one-field row and trailing delimiters',
    build: async ({ asOf }) => {
      const rows = actions(10, asOf).map((r, i) =>
        i % 3 === 0 ? r.slice(0, 13) : i % 3 === 1 ? [...r, 'extra', '', 'more'] : r,
      );
      rows.splice(4, 0, ['IP-LONELY']);
      return utf8(csvText([HEADERS, ...rows]) + ',,,,\r\n');
    },
  },
  {
    name: 'multiline-cells.csv',
    what: 'quoted cells spanning lines (CRLF, LF, lone CR), doubled quotes, delimiters inside quotes',
    build: async ({ asOf }) => {
      const rows = actions(6, asOf);
      rows[0][FIELDS.indexOf('description')] = 'Line one\r\nLine two, with a comma\nLine "three"\rLine four';
      rows[1][FIELDS.indexOf('rootCause')] = '"Quoted" at the start,\n\n\nand blank lines';
      rows[2][FIELDS.indexOf('title')] = 'a""b';
      return utf8(csvText([HEADERS, ...rows]));
    },
  },
  {
    name: 'unterminated-quote.csv',
    what: 'a quote opened in the last row and never closed',
    build: async ({ asOf }) =>
      utf8(csvText([HEADERS, ...actions(3, asOf)]) + 'IP-X,"never closed,Minor NC\r\n'),
  },
  {
    name: 'semicolon.csv',
    what: 'semicolon delimiter (European Excel), commas and decimal commas inside fields',
    build: async ({ asOf }) => {
      const rows = actions(8, asOf);
      rows.forEach((r) => (r[FIELDS.indexOf('description')] = 'Backups, offsite; 1,5 TB'));
      return utf8(csvText([HEADERS, ...rows], { delimiter: ';' }));
    },
  },
  {
    name: 'latin1.csv',
    what: 'Windows-1252 bytes (é, ñ, ü, €, curly quotes), not UTF-8',
    build: async ({ asOf }) => {
      const rows = actions(6, asOf);
      rows.forEach((r) => {
        r[FIELDS.indexOf('owner')] = 'José Muñoz-Müller';
        r[FIELDS.indexOf('notes')] = 'Coût 100€ — “urgent”';
      });
      const text = csvText([HEADERS, ...rows]);
      const cp1252 = { '€': 0x80, '“': 0x93, '”': 0x94, '—': 0x97 };
      return Buffer.from(
        Array.from(text, (ch) => /** @type {Record<string, number>} */ (cp1252)[ch] ?? ch.charCodeAt(0)),
      );
    },
  },
  {
    name: 'utf16-tab.csv',
    what: 'UTF-16LE with BOM and tab delimiters (Excel "Unicode Text" saved as .csv)',
    build: async ({ asOf }) =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(csvText([HEADERS, ...actions(5, asOf)], { delimiter: '\t' }), 'utf16le'),
      ]),
  },
  {
    name: 'injection.csv',
    what: 'formula-injection strings and <img onerror> in every field, in a header and in the unmapped column',
    build: async ({ asOf }) => {
      const fields = [...FIELDS, 'extra'];
      const rows = injectionActions(asOf).map((a) => rowOf({ ...a, extra: INJECTIONS[3] }, 'csv', fields));
      return utf8(csvText([[...HEADERS, INJECTIONS[2]], ...rows]));
    },
  },
  {
    name: 'long-cells.csv',
    what: "32,767-character fields, and one of 40,000 characters (over Excel's cell limit) with astral characters",
    build: async ({ asOf }) => {
      const rows = [0, 5].map((i) => {
        const a = cleanAction(i, asOf);
        for (const f of TEXT_FIELDS) a[f] = `${f}${i} ${'x'.repeat(40_000)}`.slice(0, 32_767);
        return rowOf(a, 'csv');
      });
      rows[1][FIELDS.indexOf('title')] = `a${'🔥'.repeat(20_000)}`;
      return utf8(csvText([HEADERS, ...rows]));
    },
  },
  {
    name: 'unicode.csv',
    what: 'emoji, right-to-left text, combining marks, zero-width and BOM characters; a decomposed header',
    build: async ({ asOf }) => {
      const rows = Object.values(UNICODE).map((u, i) => {
        const a = cleanAction(i, asOf);
        for (const f of TEXT_FIELDS) a[f] = `${u} ${f}`;
        a.id = `${u} #${i}`;
        return rowOf(a, 'csv');
      });
      const headers = HEADERS.map((h) => (h === 'Description' ? 'Descripcio\u0301n' : h));
      return utf8(csvText([headers, ...rows]));
    },
  },
  {
    name: 'dates-as-text.csv',
    what: 'dates in six text formats, ambiguous, impossible, serial numbers, 60, negative, huge, TRUE/FALSE',
    build: async ({ asOf }) => {
      const variants = [
        '2026-03-14',
        '14/03/2026',
        '03/14/2026',
        '14.03.2026',
        '14-Mar-2026',
        'March 14, 2026',
        '03/04/2026',
        '31/02/2026',
        '46095',
        '60',
        '-5',
        '2958466',
        '1e10',
        'TRUE',
        'FALSE',
        '#N/A',
        'TBD',
      ];
      const rows = variants.map((v, i) => {
        const r = rowOf(cleanAction(i, asOf), 'csv');
        r[FIELDS.indexOf('targetDate')] = v;
        r[FIELDS.indexOf('raisedDate')] = v;
        return r;
      });
      return utf8(csvText([HEADERS, ...rows]));
    },
  },
  {
    name: 'control-chars.csv',
    what: 'C0 control characters (NUL, BEL, BS, VT, US), DEL and NEL inside titles and owners',
    build: async ({ asOf }) => {
      const rows = actions(4, asOf);
      rows.forEach((r, i) => {
        r[FIELDS.indexOf('title')] = `Ti\u0000tle\u0007 ${i}\u0008\u000B\u001F\u007F\u0085 end`;
        r[FIELDS.indexOf('owner')] = `Own\u0001er ${i}`;
      });
      return utf8(csvText([HEADERS, ...rows]));
    },
  },
  {
    name: 'terminal-escapes.csv',
    what: 'ANSI/OSC escape sequences (clear screen, set title, hide text) and bidi overrides in id and status',
    build: async ({ asOf }) => {
      const rows = actions(3, asOf);
      rows[0][FIELDS.indexOf('id')] = 'NC-1\u001b]0;pwned\u0007\u001b[2J\u001b[31mRED';
      rows[1][FIELDS.indexOf('status')] = 'Open\u001b[8m';
      rows[2][FIELDS.indexOf('id')] = 'NC-3 \u202Eexe.gpj';
      return utf8(csvText([HEADERS, ...rows]));
    },
  },
  {
    name: 'wide-row-20000-fields.csv',
    what: "a row of 20,028 fields, past Excel's last column XFD (16,384)",
    build: async ({ asOf }) => {
      const rows = actions(3, asOf);
      rows[1].push(...Array.from({ length: 20_000 }, (_, i) => `x${i}`));
      return utf8(csvText([HEADERS, ...rows]));
    },
  },
  // The file name of a CSV becomes the register's sheet name in the review --out copy.
  {
    name: 'History.csv',
    what: 'a CSV named History: a sheet name Excel reserves',
    build: async ({ asOf }) => utf8(csvText([HEADERS, ...actions(3, asOf)])),
  },
  {
    name: "'apostrophes'.csv",
    what: 'a CSV whose name starts and ends with an apostrophe, which no sheet name may',
    build: async ({ asOf }) => utf8(csvText([HEADERS, ...actions(3, asOf)])),
  },
];

module.exports = { CSV_CASES, csvText };
