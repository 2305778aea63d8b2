#!/usr/bin/env node
// `npm run bench:metamorphic` — metamorphic robustness of the real-register read (METAMORPHIC.md).
// For every register in registers.json that the command line reads right (figures equal to the
// expected ones), writes the file again with a change an ISMS manager's own spreadsheet might have
// and that must not change the figures (title rows, a totals block, notes below, blank columns,
// columns reordered, header case, CSV <-> xlsx, a second sheet, a blank row, an Excel table, a
// group row above the header, an example row), runs the command line on it and reports the pairs
// whose figures or verdict changed. A few non-registers read right get four of the changes and
// must stay "not a register". The user's files are never written: outputs go to a temp dir.
//   node bench/registers/metamorphic.js [--only name,name] [--transforms t,t] [--limit N]
//     [--non N] [--bin path/to/improvement-plan.js] [--spawn] [--keep] [--both] [--json] [--verbose]
//     [--skip-prefix s-,t-] [--compose a+b,c+d]
//   node bench/registers/metamorphic.js --report saved.json   (the table again from a --json run)
// --both also writes each change of the grid in the other format (a CSV register as xlsx, an xlsx
// register as CSV), as "title-rows@xlsx" and so on.
// --limit N takes N registers spread evenly over the list; --non N the non-registers (default 8);
// files above --max-kb (default 600) are left out (a 1.5 MB workbook takes minutes per variant);
// --save path writes the results so far as JSON after each file (for --report).
// The command line runs in-process through dist/cli/main.js's main() (as its tests do), or as a
// child process per call with --spawn. An "identity" rewrite (same pipeline, no change) runs first
// for every file: a file whose identity rewrite already changes the figures is left out.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { TextDecoder } = require('node:util');

const root = path.resolve(__dirname, '..', '..');
const ExcelJS = require(path.join(root, 'node_modules', 'exceljs'));

const AS_OF = '2026-12-01';
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
function option(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const json = flag('--json');
const verbose = flag('--verbose');
const spawnMode = flag('--spawn');
const keep = flag('--keep');
const both = flag('--both');
const save = option('--save');
const maxKb = option('--max-kb') !== undefined ? Number(option('--max-kb')) : 600;
const only = option('--only') ? new Set(option('--only').split(',')) : undefined;
// --skip-prefix s-,t-: leave out sets by their name prefix (held-out sets not yet run by the lead).
const skipPrefixes = option('--skip-prefix') ? option('--skip-prefix').split(',') : [];
const limit = option('--limit') ? Number(option('--limit')) : undefined;
const nonCount = option('--non') !== undefined ? Number(option('--non')) : 8;
const bin = path.resolve(option('--bin') || path.join(root, 'bin', 'improvement-plan.js'));
const dir = process.env.REGISTERS_DIR || path.resolve(root, '..', 'shared', 'registers');
const entries = JSON.parse(fs.readFileSync(path.join(__dirname, 'registers.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Running the command line and judging its answer as bench/registers/run.js does.

let mainFn;
async function cli(argv) {
  if (spawnMode) {
    const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  if (!mainFn) mainFn = require(path.join(path.dirname(bin), '..', 'dist', 'cli', 'main.js')).main;
  let stdout = '';
  let stderr = '';
  const code = await mainFn(argv, {
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
    isTTY: false,
    stdoutIsTTY: false,
    now: new Date(),
  });
  return { code, stdout, stderr };
}

async function run(command, file) {
  const extra = command === 'review' ? ['--json'] : ['--format', 'json'];
  const r = await cli([command, file, ...extra, '--as-of', AS_OF]);
  let out;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    out = undefined;
  }
  return { code: r.code, out, stderr: r.stderr };
}

/** The verdict on one file: ok, the figures (or the message), and where the read found things. */
async function judge(kind, expected, file) {
  const validate = await run('validate', file);
  const v = validate.out;
  const where = v && !v.error ? describeRead(v) : undefined;
  if (kind === 'not-a-register') {
    const said = validate.stderr.includes('not-a-register') || (v && v.code === 'not-a-register');
    return {
      ok: validate.code === 2 && said,
      got: validate.code === 2 ? 'not-a-register' : `read as a register (exit ${validate.code})`,
      message: validate.stderr.trim().split('\n')[0],
      where,
    };
  }
  if (validate.code === 2) {
    const msg = validate.stderr.trim().split('\n').pop();
    return {
      ok: false,
      got: /not-a-register/.test(validate.stderr) ? 'not-a-register' : 'exit 2',
      message: msg,
      where,
    };
  }
  const review = await run('review', file);
  if (!review.out || review.out.error) {
    const why =
      review.out && review.out.error ? review.out.error.message : review.stderr.trim().split('\n')[0];
    return { ok: false, got: `review exit ${review.code}`, message: why, where };
  }
  const f = review.out;
  const got = { total: f.total, open: f.open, closed: f.total - f.open, overdue: f.overdue };
  const sheets = Array.isArray(f.registers) ? f.registers.length : 1;
  const ok = ['total', 'open', 'closed', 'overdue'].every((k) => got[k] === expected[k]);
  // Each open action's state by its (1-based) sheet row, for the changes that rewrite the status
  // column from the read (stage-marks, closed-yes-no); every other action of the table is closed.
  const openStates = Array.isArray(f.openActions)
    ? new Map(f.openActions.map((a) => [a.row, a.state]))
    : undefined;
  return { ok, got, where, sheets, openStates, overdueAsStatus: f.overdueAsStatus };
}

function describeRead(v) {
  const columns = {};
  const det = v.detection && v.detection.columns;
  if (det) for (const [field, c] of Object.entries(det)) if (c && c.header !== undefined) columns[field] = c;
  return {
    sheet: v.sheet,
    headerRow: v.headerRow,
    firstRow: v.detection ? v.detection.firstRow : undefined,
    rowsPerAction: v.detection ? v.detection.rowsPerAction : undefined,
    lastRow: v.detection ? v.detection.lastRow : undefined,
    columns,
    mapping: v.mapping || {},
    otherSheets: v.otherCandidateSheets || [],
  };
}

const figures = (g) =>
  typeof g === 'string' ? g : `total ${g.total} open ${g.open} closed ${g.closed} overdue ${g.overdue}`;

// ---------------------------------------------------------------------------------------------
// A sheet as a grid: rows[r][c] = { v, s } (0-based), plus merges, row and column properties.
// CSV cells hold strings; xlsx cells hold ExcelJS values (formulas replaced by their result).

function blankModel() {
  return { rows: [], merges: [], rowProps: [], colProps: [] };
}

function widthOf(model) {
  return model.rows.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
}

function textOf(v) {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if (v.text !== undefined) return textOf(v.text);
    if (v.error) return v.error;
    if ('result' in v) return textOf(v.result);
    return '';
  }
  return String(v);
}

const isBlank = (cell) => !cell || textOf(cell.v).trim() === '';

function insertRows(model, at, newRows) {
  // `at` is 0-based: the new rows come before the row now at `at`.
  // A CSV saved by Excel pads every row to the sheet's width: so do the rows added to a CSV.
  const n = newRows.length;
  const width = model.padTo ? widthOf(model) : 0;
  const cells = (r) =>
    [...r, ...pad(Math.max(0, width - r.length))].map((v) => (v === undefined ? undefined : { v }));
  model.rows.splice(
    at,
    0,
    ...newRows.map((r) => (model.padTo ? cells(r).map((c) => c || { v: '' }) : cells(r))),
  );
  model.rowProps.splice(at, 0, ...newRows.map(() => undefined));
  for (const m of model.merges) {
    if (m.top >= at) m.top += n;
    if (m.bottom >= at) m.bottom += n;
  }
}

function insertColumn(model, at) {
  for (const row of model.rows) if (row && row.length > at) row.splice(at, 0, undefined);
  model.colProps.splice(at, 0, undefined);
  for (const m of model.merges) {
    if (m.left >= at) m.left += 1;
    if (m.right >= at) m.right += 1;
  }
}

function reverseColumns(model) {
  const w = widthOf(model);
  for (let i = 0; i < model.rows.length; i++) {
    const row = model.rows[i] || [];
    const out = [];
    for (let c = 0; c < w; c++) out[w - 1 - c] = row[c];
    model.rows[i] = out;
  }
  const props = [];
  for (let c = 0; c < w; c++) props[w - 1 - c] = model.colProps[c];
  model.colProps = props;
  for (const m of model.merges) {
    [m.left, m.right] = [w - 1 - m.right, w - 1 - m.left];
    // The merged cell's value belongs to its top-left cell, where the old left edge is now right.
    const row = model.rows[m.top];
    if (row) [row[m.left], row[m.right]] = [row[m.right], row[m.left]];
  }
}

// ---------------------------------------------------------------------------------------------
// CSV in and out (UTF-8, UTF-8 with BOM, UTF-16 with BOM, else Windows-1252).

function decode(buf) {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), bom: true };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), bom: true };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), bom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), bom: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(buf), bom: false };
  }
}

function parseCsv(text, delim) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  let fieldStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i++;
      continue;
    }
    if (ch === delim) {
      row.push(field);
      field = '';
      fieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStart = false;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function detectDelimiter(text) {
  const sample = text.slice(0, 64 * 1024);
  let best = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t', '|']) {
    const rows = parseCsv(sample, d).slice(0, 50);
    const counts = new Map();
    for (const r of rows) if (r.length > 1) counts.set(r.length, (counts.get(r.length) || 0) + 1);
    const modal = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const score = modal ? modal[1] * Math.log2(modal[0] + 1) : 0;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function readCsv(file) {
  const { text, bom } = decode(fs.readFileSync(file));
  const delim = detectDelimiter(text);
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
  const model = blankModel();
  model.rows = parseCsv(text, delim).map((r) => r.map((v) => ({ v })));
  return { model, csv: { delim, bom, eol } };
}

function csvField(text, delim) {
  return /["\r\n]/.test(text) || text.includes(delim) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Dates written as dd/mm/yyyy in a column where some day is above 12, else as ISO text. */
function csvText(model, csv) {
  const dayFirst = new Set();
  for (const row of model.rows)
    (row || []).forEach((cell, c) => {
      if (cell && cell.v instanceof Date && cell.v.getUTCDate() > 12) dayFirst.add(c);
    });
  const out = model.rows.map((row) =>
    (row || [])
      .map((cell, c) => {
        if (!cell) return '';
        const v = cell.v;
        if (v instanceof Date) return dateText(v, dayFirst.has(c));
        if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
        return csvField(textOf(v), csv.delim);
      })
      .join(csv.delim),
  );
  return (csv.bom ? '\ufeff' : '') + out.join(csv.eol) + csv.eol;
}

function dateText(d, dayFirst) {
  const p = (n) => String(n).padStart(2, '0');
  const day = dayFirst
    ? `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
    : `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  const time = d.getUTCHours() || d.getUTCMinutes() ? ` ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}` : '';
  return day + time;
}

// ---------------------------------------------------------------------------------------------
// CSV text as Excel would type it: real dates in the columns that hold dates, plain numbers.

const DATE_PATTERNS = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?$/, order: 'ymd' },
  { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: 'ymd' },
  { re: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: (\d{1,2}):(\d{2})(?::\d{2})?)?$/, order: 'xy' },
];

function dateParts(text) {
  const t = text.trim();
  for (const p of DATE_PATTERNS) {
    const m = p.re.exec(t);
    if (!m) continue;
    if (p.order === 'ymd')
      return { y: +m[1], a: +m[2], b: +m[3], fixed: true, h: +(m[4] || 0), mi: +(m[5] || 0) };
    return { y: +m[3], a: +m[1], b: +m[2], fixed: false, h: +(m[4] || 0), mi: +(m[5] || 0) };
  }
  return undefined;
}

/** Per column: 'ymd', 'dmy', 'mdy' (or undefined: not a date column, or d/m order unknowable). */
function dateColumns(model, firstDataRow) {
  const w = widthOf(model);
  const out = new Map();
  for (let c = 0; c < w; c++) {
    let filled = 0;
    let dates = 0;
    let aOver = false;
    let bOver = false;
    let slash = false;
    for (let r = firstDataRow; r < model.rows.length; r++) {
      const cell = model.rows[r] && model.rows[r][c];
      if (isBlank(cell)) continue;
      filled++;
      const d = dateParts(textOf(cell.v));
      if (!d) continue;
      dates++;
      if (!d.fixed) {
        slash = true;
        if (d.a > 12) aOver = true;
        if (d.b > 12) bOver = true;
      }
    }
    if (filled === 0 || dates / filled < 0.6) continue;
    if (!slash) out.set(c, 'ymd');
    else if (aOver && !bOver) out.set(c, 'dmy');
    else if (bOver && !aOver) out.set(c, 'mdy');
    else out.set(c, 'ambiguous');
  }
  return out;
}

function toExcelValue(text, order) {
  if (order && order !== 'ambiguous') {
    const d = dateParts(text);
    if (d) {
      const [mo, day] = d.fixed || order === 'mdy' ? [d.a, d.b] : [d.b, d.a];
      if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31)
        return new Date(Date.UTC(d.y, mo - 1, day, d.h, d.mi));
    }
  }
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text.trim())) return Number(text.trim());
  return text;
}

/** A CSV model turned into Excel values (in place); returns which columns became dates. */
function typeCsvModel(model, headerRow) {
  const cols = dateColumns(model, headerRow);
  model.rows.forEach((row, r) =>
    (row || []).forEach((cell, c) => {
      if (!cell || typeof cell.v !== 'string' || cell.v === '') return;
      if (r < headerRow) return;
      cell.v = toExcelValue(cell.v, cols.get(c));
    }),
  );
  for (const [c, order] of cols)
    if (order !== 'ambiguous')
      for (let r = headerRow; r < model.rows.length; r++) {
        const cell = model.rows[r] && model.rows[r][c];
        if (cell && cell.v instanceof Date)
          cell.s = { numFmt: order === 'mdy' ? 'mm/dd/yyyy' : 'dd/mm/yyyy' };
      }
  return cols;
}

// ---------------------------------------------------------------------------------------------
// xlsx in and out: the register's sheet read into a model, written back in place of the sheet.

function cellValue(cell) {
  const v = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    return v.result === undefined ? null : v.result;
  }
  return v;
}

function readSheet(ws) {
  const model = blankModel();
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cellValue(cell);
      const s = cell.style && Object.keys(cell.style).length ? cell.style : undefined;
      if (v !== null && v !== undefined) cells[c - 1] = { v, s };
      else if (s) cells[c - 1] = { v: null, s };
    });
    model.rows[r - 1] = cells;
    if (row.hidden || row.height) model.rowProps[r - 1] = { hidden: row.hidden, height: row.height };
  });
  for (let i = 0; i < model.rows.length; i++) if (!model.rows[i]) model.rows[i] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    if (col.hidden || col.width) model.colProps[c - 1] = { hidden: col.hidden, width: col.width };
  }
  for (const m of Object.values(ws._merges || {})) {
    const { top, left, bottom, right } = m.model;
    model.merges.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
  }
  return model;
}

function writeSheet(ws, model) {
  model.rows.forEach((row, r) =>
    (row || []).forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      if (cell.v !== null && cell.v !== undefined) target.value = cell.v;
      if (cell.s) target.style = cell.s;
    }),
  );
  model.rowProps.forEach((p, r) => {
    if (!p) return;
    const row = ws.getRow(r + 1);
    if (p.hidden) row.hidden = true;
    if (p.height) row.height = p.height;
  });
  model.colProps.forEach((p, c) => {
    if (!p) return;
    const col = ws.getColumn(c + 1);
    if (p.hidden) col.hidden = true;
    if (p.width) col.width = p.width;
  });
  for (const m of model.merges) {
    try {
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    } catch {
      // overlapping merges after a change: leave that one unmerged
    }
  }
}

/** The workbook with the named sheet replaced by the model, at the same place among the sheets. */
function replaceSheet(wb, name, model) {
  const old = wb.getWorksheet(name);
  const { orderNo, state } = old;
  const views = old.views;
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name, { state, views });
  ws.orderNo = orderNo;
  writeSheet(ws, model);
  return ws;
}

async function loadWorkbook(buf) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return wb;
}

// ---------------------------------------------------------------------------------------------
// The transformations. Each takes the model and what the read of the original found (0-based
// header row, first and last data rows, the table's first and last columns, field -> column) and
// changes the model in place; it may return false when it does not apply to the file.

const TITLE = ['Corrective Action Register', 'Company X — ISMS, version 3, last updated 2026-10-01'];

function titleRows(model, t) {
  insertRows(model, 0, [[...pad(t.left), TITLE[0]], [...pad(t.left), TITLE[1]], []]);
}

function pad(n) {
  return new Array(n).fill(undefined);
}

/** The summary block's label and count lines, from a register's expected figures. */
function totalsLines(e) {
  return [
    ['Total actions', e.total],
    ['Open', e.open],
    ['Closed', e.closed],
    ['Overdue', e.overdue],
  ];
}

function totalsBlock(model, t) {
  const block = [
    [],
    [],
    ...totalsLines(t.expected).map(([label, n]) => [...pad(t.left), label, t.csv ? String(n) : n]),
  ];
  insertRows(model, t.lastRow + 1, block);
}

function notesBelow(model, t) {
  const lines = [
    [],
    ['Notes:'],
    ['Actions are reviewed monthly at the ISMS steering group; closed actions are kept for three years.'],
    ["Target dates are agreed with the owner; an extension needs the ISMS manager's approval."],
    ['Status: Open = not started; Closed = verified'],
  ].map((r) => (r.length ? [...pad(t.left), r[0]] : []));
  insertRows(model, t.lastRow + 1, lines);
}

function blankColumns(model, t) {
  if (t.right - t.left < 1) return false;
  const middle = t.left + Math.ceil((t.right - t.left + 1) / 2);
  insertColumn(model, middle);
  insertColumn(model, 0);
}

function columnOrder(model) {
  reverseColumns(model);
}

function mapHeader(model, t, f) {
  const row = model.rows[t.headerRow] || [];
  for (const cell of row)
    if (cell && typeof textOf(cell.v) === 'string' && textOf(cell.v) !== '') cell.v = f(textOf(cell.v));
}

function headerCase(model, t) {
  mapHeader(model, t, (h) => h.toUpperCase());
}

function headerBreaks(model, t) {
  mapHeader(model, t, (h) => {
    let out = h;
    if (h.length >= 9 && h.includes(' ') && !h.includes('\n')) {
      const mid = h.length / 2;
      let best = -1;
      for (let i = 0; i < h.length; i++)
        if (h[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
      out = h.slice(0, best) + '\n' + h.slice(best + 1);
    }
    return out + '  ';
  });
}

function blankRowInside(model, t) {
  if (t.lastRow - t.firstRow < 1) return false;
  insertRows(model, t.firstRow + Math.ceil((t.lastRow - t.firstRow) / 2), [[]]);
}

function twoHeaderRows(model, t) {
  const width = t.right - t.left + 1;
  if (width < 2) return false;
  const half = Math.ceil(width / 2);
  const row = pad(t.right + 1);
  row[t.left] = 'Finding';
  row[t.left + half] = 'Action';
  insertRows(model, t.headerRow, [row]);
  if (!t.csv) {
    if (half > 1)
      model.merges.push({ top: t.headerRow, bottom: t.headerRow, left: t.left, right: t.left + half - 1 });
    if (width - half > 1)
      model.merges.push({ top: t.headerRow, bottom: t.headerRow, left: t.left + half, right: t.right });
  }
}

const EXAMPLES = {
  id: 'e.g. NC-001',
  status: 'Open / Closed',
  type: 'NC / OFI',
  priority: 'High / Medium / Low',
  owner: 'Name of the owner',
  title: 'What was found',
  correctiveAction: 'What will be done',
};

function exampleRow(model, t) {
  const row = pad(t.right + 1);
  const byColumn = new Map();
  for (const [field, c] of Object.entries(t.columns)) byColumn.set(c, field);
  for (let c = t.left; c <= t.right; c++) {
    const field = byColumn.get(c);
    if (isBlank((model.rows[t.headerRow] || [])[c])) continue;
    row[c] =
      field && /date|due|raised|closed|opened|completed/i.test(field)
        ? 'dd/mm/yyyy'
        : EXAMPLES[field] || 'Free text';
  }
  insertRows(model, t.headerRow + 1, [row]);
}

// Beyond the brief's twelve: changes as common in a manager's sheet, and as harmless to the figures.

/** Whether the data rows are one action each, with no blank row and no merge among them. */
function plainRows(model, t) {
  if (t.rowsPerAction) return false;
  for (let r = t.firstRow; r <= t.lastRow; r++) if ((model.rows[r] || []).every(isBlank)) return false;
  return !model.merges.some((m) => m.bottom >= t.firstRow && m.top <= t.lastRow);
}

function reorderRows(model, t, order) {
  const rows = model.rows.slice(t.firstRow, t.lastRow + 1);
  const props = model.rowProps.slice(t.firstRow, t.lastRow + 1);
  order(rows.map((_, i) => i)).forEach((from, i) => {
    model.rows[t.firstRow + i] = rows[from];
    model.rowProps[t.firstRow + i] = props[from];
  });
}

function rowsReversed(model, t) {
  if (!plainRows(model, t)) return false;
  reorderRows(model, t, (idx) => idx.reverse());
}

function sortByStatus(model, t) {
  const c = t.columns.status;
  if (c === undefined || !plainRows(model, t)) return false;
  const key = (i) =>
    textOf(((model.rows[t.firstRow + i] || [])[c] || {}).v)
      .trim()
      .toLowerCase();
  reorderRows(model, t, (idx) => idx.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b)));
}

function statusCase(model, t) {
  const c = t.columns.status;
  if (c === undefined) return false;
  let i = 0;
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const cell = (model.rows[r] || [])[c];
    if (isBlank(cell) || typeof cell.v !== 'string') continue;
    const v = cell.v.trim();
    cell.v = [v.toLowerCase(), v.toUpperCase(), `${v} `][i++ % 3];
  }
  if (i === 0) return false;
}

function totalsUnderStatus(model, t) {
  const c = t.columns.status;
  if (c === undefined) return false;
  const lines = totalsLines(t.expected);
  const at = c === t.right ? c - 1 : c;
  insertRows(model, t.lastRow + 1, [
    [],
    [],
    ...lines.map(([label, n]) => {
      const row = pad(at + 2);
      row[at] = c === t.right ? n : label;
      row[at + 1] = c === t.right ? label : n;
      if (t.csv) row[c === t.right ? at : at + 1] = String(n);
      return row;
    }),
  ]);
}

function totalsBeside(model, t) {
  const lines = totalsLines(t.expected);
  const at = t.right + 2;
  lines.forEach(([label, n], i) => {
    const r = t.headerRow + i;
    if (!model.rows[r]) model.rows[r] = [];
    model.rows[r][at] = { v: label };
    model.rows[r][at + 1] = { v: t.csv ? String(n) : n };
  });
  if (t.csv)
    for (const row of model.rows)
      for (let c = 0; c < at + 2; c++) if (row && c >= row.length) row[c] = { v: '' };
}

// Transformations whose output is a whole workbook (or a change of format) are done in write().
const TRANSFORMS = [
  { name: 'title-rows', fn: titleRows, non: true, shift: [3, 3, 3] },
  { name: 'totals-block', fn: totalsBlock },
  { name: 'notes-below', fn: notesBelow },
  { name: 'blank-columns', fn: blankColumns, non: true },
  { name: 'column-order', fn: columnOrder },
  { name: 'header-case', fn: headerCase },
  { name: 'header-breaks', fn: headerBreaks },
  { name: 'to-xlsx', format: 'csv', non: true },
  { name: 'to-csv', format: 'xlsx', non: true },
  { name: 'second-sheet', non: true },
  { name: 'blank-row-inside', fn: blankRowInside, shift: [0, 0, 1] },
  { name: 'excel-table' },
  { name: 'two-header-rows', fn: twoHeaderRows, shift: [1, 1, 1] },
  { name: 'example-row', fn: exampleRow, harder: true, shift: [0, 1, 1] },
  { name: 'rows-reversed', fn: rowsReversed, extra: true },
  { name: 'sort-by-status', fn: sortByStatus, extra: true },
  { name: 'status-case', fn: statusCase, extra: true },
  { name: 'totals-under-status', fn: totalsUnderStatus, extra: true },
  { name: 'totals-beside', fn: totalsBeside, extra: true },
  // Issue 14: what the unseen registers have (metamorphic/more.js).
  ...require('./metamorphic/more.js')({
    textOf,
    isBlank,
    insertColumn,
    insertRows,
    pad,
    plainRows,
    dateParts,
  }),
];
const chosen = option('--transforms') ? new Set(option('--transforms').split(',')) : undefined;
for (const name of chosen || []) {
  if (!TRANSFORMS.some((t) => t.name === name)) {
    process.stderr.write(
      `Unknown transformation "${name}". Known: ${TRANSFORMS.map((t) => t.name).join(', ')}\n`,
    );
    process.exit(2);
  }
}

/**
 * --compose a+b,c+d: changes applied one after the other in one variant (a register in another
 * language under a title block, say), to find what the parts break together and not alone. A part
 * that does not apply to the file is passed over; the whole is n/a only when none applies.
 */
function compose(spec) {
  const parts = spec.split('+').map((name) => {
    const tr = TRANSFORMS.find((t) => t.name === name);
    if (!tr || (!tr.fn && !tr.post) || ['blank-columns', 'column-order'].includes(name)) {
      process.stderr.write(
        `Cannot compose "${name}": only changes of the sheet or workbook that keep the columns compose.\n`,
      );
      process.exit(2);
    }
    return tr;
  });
  return {
    name: spec,
    composed: true,
    xlsx: parts.some((tr) => tr.xlsx),
    renames: parts.some((tr) => tr.renames),
    fn(model, t) {
      let applied = 0;
      const shift = [0, 0, 0];
      for (const tr of parts) {
        if (!tr.fn) continue;
        t.shift = undefined;
        if (tr.fn(model, t) === false) continue;
        applied++;
        // The next part works on the moved table: header, first and last rows follow the shift.
        const by = t.shift || tr.shift || [0, 0, 0];
        by.forEach((n, i) => (shift[i] += n));
        t.headerRow += by[0];
        t.firstRow += by[1];
        t.lastRow += by[2];
      }
      t.shift = shift;
      if (applied === 0 && !parts.some((tr) => tr.post)) return false;
    },
    post: parts.some((tr) => tr.post)
      ? (wb, ws, model, t) => {
          for (const tr of parts) if (tr.post) tr.post(wb, ws, model, t);
        }
      : undefined,
  };
}
const composed = option('--compose') ? option('--compose').split(',').map(compose) : [];

// ---------------------------------------------------------------------------------------------
// Writing one variant.

const INSTRUCTIONS = [
  'How to use this register',
  '',
  'Record every nonconformity (NC) and opportunity for improvement (OFI) on its own row of the register sheet.',
  'Give each action an owner and a target date agreed with them; the ISMS manager reviews the list every month.',
  'Set the Status from the drop-down list: Open, In progress or Closed. Close an action only when its effectiveness has been verified.',
  'Do not delete rows: cancelled actions keep their row with the reason in the notes.',
  'Questions: isms@example.com',
];

function listsSheet(wb, model, t) {
  const ws = wb.addWorksheet('Lists');
  ws.getCell(1, 1).value = 'Status';
  const statusCol = t.columns.status;
  const words = new Set();
  if (statusCol !== undefined)
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const cell = model.rows[r] && model.rows[r][statusCol];
      if (!isBlank(cell)) words.add(textOf(cell.v).trim());
    }
  if (words.size === 0) ['Open', 'In progress', 'Closed'].forEach((w) => words.add(w));
  [...words].slice(0, 50).forEach((w, i) => (ws.getCell(i + 2, 1).value = w));
  return { ws, count: Math.min(words.size, 50), statusCol };
}

function instructionsSheet(wb) {
  const ws = wb.addWorksheet('Instructions');
  INSTRUCTIONS.forEach((line, i) => line && (ws.getCell(i + 1, 1).value = line));
  ws.getColumn(1).width = 100;
  return ws;
}

/** Moves `first` to the front and `last` to the back of the workbook's sheet order. */
function reorder(wb, first, last) {
  const others = wb.worksheets.filter((w) => w !== first && w !== last);
  [first, ...others, last].forEach((w, i) => (w.orderNo = i + 1));
}

function addDropDown(ws, lists, t) {
  if (lists.statusCol === undefined) return;
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    ws.getCell(r + 1, lists.statusCol + 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`Lists!$A$2:$A$${lists.count + 1}`],
    };
  }
}

function tableHeaderNames(model, t) {
  const seen = new Map();
  const names = [];
  for (let c = t.left; c <= t.right; c++) {
    let name = textOf(((model.rows[t.headerRow] || [])[c] || {}).v).trim() || `Column${c - t.left + 1}`;
    const key = name.toLowerCase();
    if (seen.has(key)) {
      let n = 2;
      while (seen.has(`${key}${n}`)) n++;
      name = `${name}${n}`;
    }
    seen.set(name.toLowerCase(), true);
    names.push(name);
  }
  return names;
}

function addTable(ws, model, t) {
  for (const m of model.merges)
    if (m.bottom >= t.headerRow && m.top <= t.lastRow && m.right >= t.left && m.left <= t.right) return false;
  const rows = [];
  for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
    const row = [];
    for (let c = t.left; c <= t.right; c++) {
      const cell = model.rows[r] && model.rows[r][c];
      row.push(cell && cell.v !== undefined ? cell.v : null);
    }
    rows.push(row);
  }
  ws.addTable({
    name: 'Register',
    ref: ws.getCell(t.headerRow + 1, t.left + 1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: tableHeaderNames(model, t).map((name) => ({ name, filterButton: true })),
    rows,
  });
  return true;
}

/**
 * Writes the variant `tr` of the source file into `out` (without extension); returns the path, or
 * undefined when the transformation does not apply.
 */
async function writeVariant(src, tr, t, out, trace = {}) {
  const model = src.load();
  const cross = tr.cross ? (src.kind === 'csv' ? 'xlsx' : 'csv') : undefined;
  const outCsv = cross
    ? cross === 'csv'
    : src.kind === 'csv' && !tr.xlsx && !['to-xlsx', 'second-sheet', 'excel-table'].includes(tr.name);
  const ctx = { ...t, csv: outCsv, info: [] };
  trace.info = ctx.info;
  if (tr.fn && tr.fn(model, ctx) === false) return undefined;
  trace.shift = ctx.shift;
  if (src.kind === 'csv') {
    if (outCsv) {
      fs.writeFileSync(`${out}.csv`, csvText(model, src.csv));
      return `${out}.csv`;
    }
    typeCsvModel(model, ctx.headerRow + 1);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(
      tr.name === 'second-sheet' || tr.name === 'excel-table' ? 'Register' : src.sheet,
    );
    writeSheet(ws, model);
    if (tr.name === 'second-sheet') {
      const lists = listsSheet(wb, model, t);
      addDropDown(ws, lists, t);
      reorder(wb, instructionsSheet(wb), lists.ws);
    }
    if (tr.name === 'excel-table' && !addTable(ws, model, t)) return undefined;
    if (tr.post && tr.post(wb, ws, model, ctx) === false) return undefined;
    await wb.xlsx.writeFile(`${out}.xlsx`);
    return `${out}.xlsx`;
  }
  if (cross && t.manySheets) return undefined;
  if (cross) {
    fs.writeFileSync(`${out}.csv`, csvText(model, { delim: ',', bom: true, eol: '\r\n' }));
    return `${out}.csv`;
  }
  if (tr.name === 'to-csv') {
    if (t.manySheets) return undefined;
    fs.writeFileSync(`${out}.csv`, csvText(model, { delim: ',', bom: true, eol: '\r\n' }));
    return `${out}.csv`;
  }
  const wb = await loadWorkbook(src.buffer);
  const ws = replaceSheet(wb, src.sheet, model);
  if (tr.name === 'second-sheet') {
    const lists = listsSheet(wb, model, t);
    addDropDown(ws, lists, t);
    reorder(wb, instructionsSheet(wb), lists.ws);
  }
  if (tr.name === 'excel-table' && !addTable(ws, model, t)) return undefined;
  if (tr.post && tr.post(wb, ws, model, ctx) === false) return undefined;
  await wb.xlsx.writeFile(`${out}.xlsx`);
  return `${out}.xlsx`;
}

// ---------------------------------------------------------------------------------------------
// The source file: its model (a fresh copy per variant) and where the original read found things.

const colIndex = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

async function openSource(entry, file, read) {
  const isCsv = /\.csv$/i.test(file);
  if (isCsv) {
    const { model, csv } = readCsv(file);
    const snapshot = JSON.stringify(model.rows);
    return {
      kind: 'csv',
      csv,
      sheet: path.basename(file, path.extname(file)),
      load: () => ({ ...blankModel(), rows: JSON.parse(snapshot), padTo: true }),
    };
  }
  const buffer = fs.readFileSync(file);
  const wb = await loadWorkbook(buffer);
  const wanted = (read && read.sheet) || entry.sheet;
  const ws =
    (wanted && wb.getWorksheet(String(wanted).split(',')[0].trim())) ||
    wb.worksheets.find((w) => w.state !== 'hidden') ||
    wb.worksheets[0];
  return {
    kind: 'xlsx',
    buffer,
    sheet: ws.name,
    load: () => readSheet(ws),
  };
}

/** Header row, data rows and columns (0-based) from the original read, else from registers.json. */
function frameOf(entry, read, model) {
  const headerRow = (read ? read.headerRow : entry.headerRow || firstFilledRow(model) + 1) - 1;
  const rowsText = typeof entry.rows === 'string' ? /^(\d+):(\d+)/.exec(entry.rows) : null;
  const firstRow = read && read.firstRow ? read.firstRow - 1 : rowsText ? +rowsText[1] - 1 : headerRow + 1;
  const lastRow =
    read && read.lastRow ? read.lastRow - 1 : rowsText ? +rowsText[2] - 1 : model.rows.length - 1;
  const header = model.rows[headerRow] || [];
  let left = header.findIndex((c) => !isBlank(c));
  let right = header.length - 1;
  while (right > 0 && isBlank(header[right])) right--;
  if (left < 0) left = 0;
  const columns = {};
  if (read)
    for (const [field, c] of Object.entries(read.columns)) if (c.column) columns[field] = colIndex(c.column);
  return { headerRow, firstRow, lastRow, left, right, columns };
}

function firstFilledRow(model) {
  const i = model.rows.findIndex((r) => r && r.some((c) => !isBlank(c)));
  return i < 0 ? 0 : i;
}

// ---------------------------------------------------------------------------------------------
// What changed between the original read and the variant's: header row, rows, columns by header.

const squash = (h) =>
  String(h || '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function whatChanged(base, now, csvSheet, shift = [0, 0, 0], renames = false) {
  if (!now) return [];
  const out = [];
  const want = [base.headerRow + shift[0], base.firstRow + shift[1], base.lastRow + shift[2]];
  if (base.sheet !== now.sheet && !csvSheet) out.push(`sheet "${now.sheet}" (was "${base.sheet}")`);
  const got = [now.headerRow, now.firstRow, now.lastRow];
  if (got.some((g, i) => g !== want[i]))
    out.push(`header row ${got[0]} rows ${got[1]}:${got[2]} (expected ${want[0]}, ${want[1]}:${want[2]})`);
  const fields = new Set([...Object.keys(base.columns), ...Object.keys(now.columns)]);
  for (const f of fields) {
    const a = base.columns[f];
    const b = now.columns[f];
    if (a && b && squash(a.header) === squash(b.header)) continue;
    // A change that renames the headers (header-lang-*) keeps each field in its column.
    if (renames && a && b && a.column === b.column) continue;
    out.push(`${f}: ${b ? `"${squash(b.header)}"` : 'none'} (was ${a ? `"${squash(a.header)}"` : 'none'})`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function spread(list, n) {
  if (n === undefined || n >= list.length) return list;
  const out = [];
  for (let i = 0; i < n; i++) out.push(list[Math.floor((i * list.length) / n)]);
  return out;
}

async function main() {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'metamorphic-'));
  const present = entries.filter(
    (e) =>
      (!only || only.has(e.name)) &&
      !skipPrefixes.some((p) => e.name.startsWith(p)) &&
      fs.existsSync(path.join(dir, e.file)),
  );
  const registers = spread(
    present.filter((e) => e.kind === 'register'),
    limit,
  );
  const nons = spread(
    present.filter((e) => e.kind !== 'register'),
    only ? undefined : nonCount,
  );
  const results = [];
  for (const entry of [...registers, ...nons]) {
    const file = path.join(dir, entry.file);
    const isReg = entry.kind === 'register';
    const res = {
      name: entry.name,
      kind: entry.kind,
      format: /\.csv$/i.test(file) ? 'csv' : 'xlsx',
      cells: {},
    };
    results.push(res);
    const kb = Math.round(fs.statSync(file).size / 1024);
    if (kb > maxKb) {
      res.skipped = `${kb} KB, above --max-kb ${maxKb}`;
      progress(res);
      continue;
    }
    const base = await judge(entry.kind, entry.expected, file);
    if (!base.ok) {
      res.skipped = `not read right now (${figures(base.got)})`;
      progress(res);
      continue;
    }
    let src;
    try {
      src = await openSource(entry, file, base.where);
    } catch (e) {
      res.skipped = `cannot open with ExcelJS: ${e.message}`;
      progress(res);
      continue;
    }
    const model = src.load();
    const frame = frameOf(entry, base.where, model);
    const t = {
      ...frame,
      name: entry.name,
      expected: entry.expected,
      manySheets: base.sheets > 1,
      rowsPerAction: base.where && base.where.rowsPerAction,
      openStates: base.openStates,
      overdueAsStatus: base.overdueAsStatus,
      dataMerges: model.merges.some((m) => m.bottom >= frame.firstRow && m.top <= frame.lastRow),
    };
    const wanted = [
      ...TRANSFORMS.filter((tr) => (chosen ? chosen.has(tr.name) : !composed.length) && (isReg || tr.non)),
      ...(isReg ? composed : []),
    ];
    const plan = [{ name: 'identity' }, ...wanted];
    // --both: each change of the grid also written in the other format (CSV typed as Excel would).
    if (both)
      for (const tr of wanted)
        if (tr.fn && !tr.xlsx && !tr.composed)
          plan.push({ ...tr, name: `${tr.name}@${src.kind === 'csv' ? 'xlsx' : 'csv'}`, cross: true });
    for (const tr of plan) {
      if (tr.format && tr.format !== src.kind) continue;
      const out = path.join(tmp, `${entry.name}--${tr.name}`);
      let written;
      const trace = {};
      try {
        written = await writeVariant(src, tr, t, out, trace);
      } catch (e) {
        res.cells[tr.name] = { status: 'error', message: `cannot write: ${e.message}` };
        continue;
      }
      if (!written) {
        res.cells[tr.name] = { status: 'n/a' };
        continue;
      }
      const r = await judge(entry.kind, entry.expected, written);
      res.cells[tr.name] = {
        status: r.ok ? 'ok' : 'changed',
        got: r.got,
        message: r.ok ? undefined : r.message,
        changes:
          r.ok || !isReg
            ? undefined
            : whatChanged(
                base.where,
                r.where,
                res.format === 'csv' || /\.csv$/.test(written),
                trace.shift || tr.shift,
                tr.renames,
              ),
        info: r.ok || !trace.info || !trace.info.length ? undefined : trace.info,
        file: keep ? written : undefined,
        note:
          !r.ok && /\.csv$/.test(written) && src.kind === 'xlsx' && t.dataMerges
            ? 'the sheet has merged cells among its data rows, which a CSV cannot keep'
            : undefined,
      };
      if (!keep) fs.rmSync(written, { force: true });
      if (tr.name === 'identity' && !r.ok) {
        res.skipped = `the identity rewrite already changes the read (${figures(r.got)})`;
        break;
      }
    }
    if (isReg) res.expected = entry.expected;
    progress(res);
    if (save)
      fs.writeFileSync(
        save,
        JSON.stringify({ seconds: Math.round((Date.now() - started) / 1000), results }, null, 2),
      );
  }
  if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (json) process.stdout.write(JSON.stringify({ seconds, results }, null, 2) + '\n');
  else report(results, seconds);
}

function progress(res) {
  const cells = Object.entries(res.cells)
    .filter(([, c]) => c.status !== 'ok')
    .map(([n, c]) => `${n}:${c.status}`);
  process.stderr.write(
    `${res.skipped ? 'skip' : cells.length ? 'CHG ' : 'ok  '} ${res.name}${res.skipped ? ` — ${res.skipped}` : ''} ${cells.join(' ')}\n`,
  );
}

function report(results, seconds) {
  const names = [];
  for (const r of results) for (const n of Object.keys(r.cells)) if (!names.includes(n)) names.push(n);
  const order = (n) => {
    const i = ['identity', ...TRANSFORMS.map((t) => t.name)].indexOf(n.split('@')[0]);
    return (i < 0 ? 1000 : i) + (n.includes('@') ? 100 : 0);
  };
  names.sort((a, b) => order(a) - order(b));
  const abbrev = names.map((n) => {
    const [base, at] = n.split('@');
    const short = (b) => (b === 'totals-beside' ? 'tsd' : b.replace(/(^|-)(.)[^-]*/g, '$2').slice(0, 3));
    const initials = base.split('+').map(short).join('+');
    return initials + (at ? `@${at[0]}` : '');
  });
  const w = (s, n) => String(s).padEnd(n);
  const nameWidth = Math.min(60, Math.max(...results.map((r) => r.name.length)));
  const cw = Math.max(4, ...abbrev.map((a) => a.length + 1));
  process.stdout.write(`${w('', nameWidth)}  ${abbrev.map((a) => w(a, cw)).join('')}\n`);
  const mark = { ok: '.', changed: 'X', 'n/a': '-', error: 'E' };
  for (const r of results) {
    const line = names.map((n) => w(r.cells[n] ? mark[r.cells[n].status] : ' ', cw)).join('');
    process.stdout.write(
      `${w(r.name.slice(0, nameWidth), nameWidth)}  ${line}${r.skipped ? ` skipped: ${r.skipped}` : ''}\n`,
    );
  }
  process.stdout.write(
    `\nkey: ${names.map((n, i) => `${abbrev[i]}=${n}`).join(' ')}; . ok, X changed, - n/a, E cannot write\n\n`,
  );
  for (const r of results) {
    for (const [n, c] of Object.entries(r.cells)) {
      if (c.status === 'ok' || c.status === 'n/a') continue;
      const exp = r.kind === 'register' ? figures(r.expected) : 'not-a-register';
      process.stdout.write(`${r.name} × ${n}: got ${figures(c.got || c.status)}, expected ${exp}\n`);
      if (c.note) process.stdout.write(`    (${c.note})\n`);
      if (c.message && (verbose || typeof c.got === 'string'))
        process.stdout.write(`    ${c.message.slice(0, 300)}\n`);
      for (const ch of c.changes || []) process.stdout.write(`    ${ch}\n`);
      for (const line of c.info || []) process.stdout.write(`    (did: ${line})\n`);
      if (c.file) process.stdout.write(`    ${c.file}\n`);
    }
  }
  process.stdout.write('\nper transformation (registers | non-registers): changed of tried\n');
  for (const n of names) {
    const count = (kind) => {
      const cells = results.filter((r) => r.kind === kind || (kind === 'not' && r.kind !== 'register'));
      const tried = cells.filter((r) => r.cells[n] && ['ok', 'changed', 'error'].includes(r.cells[n].status));
      const bad = tried.filter((r) => r.cells[n].status !== 'ok');
      return `${bad.length} of ${tried.length}`;
    };
    const tr = TRANSFORMS.find((x) => x.name === n.split('@')[0]);
    const tag = tr && tr.harder ? '  (harder: judged apart)' : tr && tr.extra ? '  (extra)' : '';
    process.stdout.write(`  ${w(n, 24)} ${w(count('register'), 11)} | ${w(count('not'), 8)}${tag}\n`);
  }
  const reg = results.filter((r) => r.kind === 'register');
  process.stdout.write(
    `\nregisters: ${reg.length} taken, ${reg.filter((r) => !r.skipped).length} read right and transformed; ` +
      `non-registers: ${results.length - reg.length} taken; ${seconds} s\n`,
  );
}

// A closed pipe (`… | head`) ends the run quietly.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 2));
const saved = option('--report');
(saved
  ? Promise.resolve().then(() => {
      const data = JSON.parse(fs.readFileSync(saved, 'utf8'));
      report(data.results, data.seconds);
    })
  : main()
).catch((e) => {
  process.stderr.write(`${e.stack || e.message}\n`);
  process.exit(2);
});
