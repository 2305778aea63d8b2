// The metamorphic harness's changes of issue 14 (METAMORPHIC.md, "What the unseen registers
// have"): headers and status words in other languages, dates typed as text, columns a manager adds,
// formulas, links and rich text, merged group cells, a dashboard sheet first, an autofilter and
// frozen header, a document-control block on top, pre-numbered empty rows below. Each must leave
// the figures (total, open, closed, overdue) as they are.
//
// Each change is { name, fn?(model, t), post?(wb, ws, model, t), xlsx?, shift?, extra? }: `fn`
// changes the sheet's model in place (false: does not apply to the file), `post` the written
// workbook (xlsx only); `xlsx` writes a CSV register as a typed xlsx first (as to-xlsx does).
// `t.info` collects what the change did (shown with a break, for the diagnosis); a change that
// moves the table sets `t.shift` (header, first, last row) for the report.
'use strict';

const { LANGS, translateHeader, translateStatus } = require('./lang.js');

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const p2 = (n) => String(n).padStart(2, '0');

/** The forms a person types a date in; one per date column. */
const DATE_FORMS = [
  { name: 'd Mon yyyy', fn: (y, m, d) => `${d} ${MON[m - 1]} ${y}` },
  { name: 'dd.mm.yyyy', fn: (y, m, d) => `${p2(d)}.${p2(m)}.${y}` },
  { name: 'Month d, yyyy', fn: (y, m, d) => `${MONTH[m - 1]} ${d}, ${y}` },
  { name: 'yyyy/mm/dd', fn: (y, m, d) => `${y}/${p2(m)}/${p2(d)}` },
];

function hash(text) {
  let h = 0;
  for (const ch of String(text)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

function colLetter(c) {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const DATE_FIELD = /date|due|raised|closed|opened|completed|deadline/i;

module.exports = function moreTransforms(h) {
  const { textOf, isBlank, insertColumn, insertRows, pad, plainRows, dateParts } = h;

  const cellAt = (model, r, c) => (model.rows[r] || [])[c];
  const headerText = (model, t, c) =>
    textOf((cellAt(model, t.headerRow, c) || {}).v)
      .replace(/\s+/g, ' ')
      .trim();

  const ACTION_FIELDS = /^(owner|status|targetDate|raisedDate|closedDate|completionDate|priority)$/;

  /**
   * The table's rows that are actions: a filled owner, status, date or priority cell (else two
   * filled cells) — not a phase or section row, nor a prose line continuing the row above.
   */
  function actionRows(model, t) {
    const keys = Object.entries(t.columns)
      .filter(([f]) => ACTION_FIELDS.test(f))
      .map(([, c]) => c);
    const out = [];
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const row = model.rows[r] || [];
      const filled = row.filter((c, i) => i >= t.left && i <= t.right && !isBlank(c)).length;
      if (keys.length ? keys.some((c) => !isBlank(row[c])) : filled >= 2) out.push(r);
    }
    return out;
  }

  // --- 1. Headers in another language -----------------------------------------------------------

  function translateHeaders(model, t, lang) {
    const row = model.rows[t.headerRow] || [];
    const used = new Set(row.filter((c) => !isBlank(c)).map((c) => textOf(c.v).trim().toLowerCase()));
    let n = 0;
    const kept = [];
    for (let c = t.left; c <= t.right; c++) {
      const cell = row[c];
      if (isBlank(cell)) continue;
      const was = textOf(cell.v).replace(/\s+/g, ' ').trim();
      const now = translateHeader(was, lang);
      // Two headers that translate alike keep the second in English (no new duplicate names).
      if (!now || used.has(now.toLowerCase())) {
        kept.push(was);
        continue;
      }
      used.add(now.toLowerCase());
      cell.v = now;
      n++;
    }
    t.info.push(`${n} headers translated${kept.length ? `, kept: ${kept.join(' | ')}` : ''}`);
    return n;
  }

  const headerLang = (lang) => (model, t) => {
    if (translateHeaders(model, t, lang) === 0) return false;
  };

  // --- 2. Status words in another language ---------------------------------------------------------

  function translateStatuses(model, t, lang) {
    const c = t.columns.status;
    if (c === undefined) return 0;
    const words = new Map();
    const kept = new Set();
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const cell = cellAt(model, r, c);
      if (isBlank(cell)) continue;
      const was = textOf(cell.v).trim();
      const now = translateStatus(was, lang);
      if (!now) {
        kept.add(was);
        continue;
      }
      cell.v = now;
      words.set(was, now);
    }
    t.info.push(
      `status ${[...words].map(([a, b]) => `${a}→${b}`).join(', ')}${kept.size ? `; kept: ${[...kept].join(', ')}` : ''}`,
    );
    return words.size;
  }

  const statusLang = (lang) => (model, t) => {
    if (translateStatuses(model, t, lang) === 0) return false;
  };

  function langHu(model, t) {
    const a = translateHeaders(model, t, 'hu');
    const b = translateStatuses(model, t, 'hu');
    if (a + b === 0) return false;
  }

  // --- 3. Dates typed as text ------------------------------------------------------------------------

  /** The table's date columns: index -> 'date' (cells hold dates), 'ymd', 'dmy', 'mdy'. */
  function dateColumnsOf(model, t) {
    const out = new Map();
    for (let c = t.left; c <= t.right; c++) {
      let filled = 0;
      let real = 0;
      let texts = 0;
      let aOver = false;
      let bOver = false;
      let slash = false;
      for (let r = t.firstRow; r <= t.lastRow; r++) {
        const cell = cellAt(model, r, c);
        if (isBlank(cell)) continue;
        filled++;
        if (cell.v instanceof Date) {
          real++;
          continue;
        }
        if (typeof cell.v !== 'string') continue;
        const d = dateParts(cell.v);
        if (!d) continue;
        texts++;
        if (!d.fixed) {
          slash = true;
          if (d.a > 12) aOver = true;
          if (d.b > 12) bOver = true;
        }
      }
      if (filled === 0 || (real + texts) / filled < 0.6) continue;
      if (real >= texts) out.set(c, 'date');
      else if (!slash) out.set(c, 'ymd');
      else if (aOver && !bOver) out.set(c, 'dmy');
      else if (bOver && !aOver) out.set(c, 'mdy');
      // both or neither above 12: the day order cannot be told; the column stays as it is
    }
    return out;
  }

  function ymdOf(v, order) {
    if (v instanceof Date) return [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()];
    if (typeof v !== 'string' || order === 'date') return undefined;
    const d = dateParts(v);
    if (!d) return undefined;
    const [m, day] = d.fixed || order === 'mdy' ? [d.a, d.b] : [d.b, d.a];
    if (m < 1 || m > 12 || day < 1 || day > 31) return undefined;
    return [d.y, m, day];
  }

  function datesAsText(model, t) {
    const cols = dateColumnsOf(model, t);
    if (cols.size === 0) return false;
    let k = hash(t.name);
    let n = 0;
    for (const [c, order] of cols) {
      const form = DATE_FORMS[k++ % DATE_FORMS.length];
      let example;
      for (let r = t.firstRow; r <= t.lastRow; r++) {
        const cell = cellAt(model, r, c);
        if (isBlank(cell)) continue;
        const ymd = ymdOf(cell.v, order);
        if (!ymd) continue;
        cell.v = form.fn(...ymd);
        if (cell.s && cell.s.numFmt) cell.s = { ...cell.s, numFmt: '@' };
        example = example || cell.v;
        n++;
      }
      t.info.push(`"${headerText(model, t, c)}" as ${form.name} (${example})`);
    }
    if (n === 0) return false;
  }

  // --- 4. Columns a manager adds beside the table ---------------------------------------------------

  const COMMENTS = [
    'Discussed at the monthly ISMS review; the owner confirmed the plan.',
    "Waiting for the supplier's updated contract.",
    'Evidence requested by email on 3 Nov.',
    '',
    'Owner asked for an extension, to be agreed at the next steering group.',
    'To be closed after the December internal audit.',
  ];
  const RAG = ['Green', 'Amber', 'Red', 'Green', 'Amber', 'Green', 'Red'];

  function extraColumns(model, t) {
    const at = t.right + 1;
    for (let i = 0; i < 5; i++) insertColumn(model, at);
    const head = model.rows[t.headerRow] || (model.rows[t.headerRow] = []);
    const style = (cellAt(model, t.headerRow, t.right) || {}).s;
    ['Comments', 'Evidence link', 'RAG', 'Days open', 'Last updated'].forEach(
      (name, i) => (head[at + i] = { v: name, s: style }),
    );
    const idCol = t.columns.id;
    actionRows(model, t).forEach((r, i) => {
      const row = model.rows[r];
      const id = idCol !== undefined ? textOf((row[idCol] || {}).v).trim() : '';
      const day = 2 + ((i * 7) % 27);
      const values = [
        COMMENTS[i % COMMENTS.length],
        i % 3 === 2
          ? ''
          : `https://intranet.example.com/isms/evidence/${encodeURIComponent(id || `row-${r + 1}`)}.pdf`,
        RAG[i % RAG.length],
        5 + ((i * 37) % 300),
        t.csv ? `2026-11-${p2(day)}` : new Date(Date.UTC(2026, 10, day)),
      ];
      values.forEach((v, j) => {
        if (v === '') return;
        row[at + j] = {
          v: t.csv ? String(v) : v,
          s: j === 4 && !t.csv ? { numFmt: 'dd/mm/yyyy' } : undefined,
        };
      });
    });
    if (t.csv) {
      const width = at + 5;
      for (const row of model.rows) if (row) for (let c = 0; c < width; c++) if (!row[c]) row[c] = { v: '' };
    }
  }

  // --- 5. Status cells as formulas with their cached result (xlsx) -------------------------------

  const quote = (s) => `"${String(s).replace(/"/g, '""')}"`;

  function statusFormula(model, t) {
    const c = t.columns.status;
    if (c === undefined) return false;
    const ref = t.columns.id !== undefined ? t.columns.id : t.left === c ? t.left + 1 : t.left;
    let n = 0;
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const cell = cellAt(model, r, c);
      if (isBlank(cell) || typeof cell.v !== 'string') continue;
      const keyCell = cellAt(model, r, ref);
      const formula =
        n % 2 === 0 && !isBlank(keyCell)
          ? `IF(${colLetter(ref)}${r + 1}="","",${quote(cell.v)})`
          : quote(cell.v);
      cell.v = { formula, result: cell.v };
      n++;
    }
    if (n === 0) return false;
    t.info.push(`${n} status cells as formulas`);
  }

  // --- 6. ID cells as hyperlinks, title cells as rich text (xlsx) ----------------------------------

  function richAndLinks(model, t) {
    const idCol = t.columns.id;
    const titleCol = [t.columns.title, t.columns.correctiveAction, t.columns.description].find(
      (c) => c !== undefined && c !== idCol,
    );
    if (idCol === undefined && titleCol === undefined) return false;
    let links = 0;
    let rich = 0;
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const id = idCol !== undefined && cellAt(model, r, idCol);
      if (id && !isBlank(id) && !(id.v instanceof Date)) {
        const text = textOf(id.v).trim();
        id.v = { text, hyperlink: `https://tracker.example.com/browse/${encodeURIComponent(text)}` };
        id.s = { ...(id.s || {}), font: { color: { argb: 'FF0563C1' }, underline: true } };
        links++;
      }
      const title = titleCol !== undefined && cellAt(model, r, titleCol);
      if (title && !isBlank(title) && typeof title.v === 'string') {
        const m = /^(\S+)(\s[\s\S]*)?$/.exec(title.v);
        title.v = {
          richText: [
            { font: { bold: true }, text: m ? m[1] : title.v },
            ...(m && m[2] ? [{ text: m[2] }] : []),
          ],
        };
        rich++;
      }
    }
    if (links + rich === 0) return false;
    t.info.push(`${links} ID links, ${rich} rich titles in "${headerText(model, t, titleCol)}"`);
  }

  // --- 7. A repeating column merged over each run (xlsx) -------------------------------------------

  const KEY_FIELDS = new Set(['id', 'title', 'status', 'description', 'correctiveAction']);

  function mergedGroups(model, t) {
    if (!plainRows(model, t)) return false;
    const taken = new Set();
    for (const [field, c] of Object.entries(t.columns))
      if (KEY_FIELDS.has(field) || DATE_FIELD.test(field)) taken.add(c);
    let best;
    for (let c = t.left; c <= t.right; c++) {
      if (taken.has(c)) continue;
      const runs = [];
      let start = t.firstRow;
      const text = (r) => textOf((cellAt(model, r, c) || {}).v).trim();
      for (let r = t.firstRow + 1; r <= t.lastRow + 1; r++) {
        if (r <= t.lastRow && text(r) !== '' && text(r) === text(start)) continue;
        if (r - start >= 2 && text(start) !== '') runs.push([start, r - 1]);
        start = r;
      }
      const score = runs.reduce((s, [a, b]) => s + b - a + 1, 0);
      // Auditors merge a column that groups rows (several runs), not one value down the whole table.
      const rank = (runs.length >= 2 ? 1e6 : 0) + score;
      if (score >= 2 && (!best || rank > best.rank)) best = { c, runs, score, rank };
    }
    if (!best) return false;
    for (const [a, b] of best.runs) {
      model.merges.push({ top: a, bottom: b, left: best.c, right: best.c });
      for (let r = a + 1; r <= b; r++) {
        const cell = model.rows[r][best.c];
        model.rows[r][best.c] = cell && cell.s ? { v: null, s: cell.s } : undefined;
      }
      const master = model.rows[a][best.c];
      master.s = { ...(master.s || {}), alignment: { vertical: 'middle', wrapText: true } };
    }
    t.info.push(
      `"${headerText(model, t, best.c)}" merged over ${best.runs.length} runs (${best.score} rows)`,
    );
  }

  // --- 8. A dashboard sheet first (xlsx) ------------------------------------------------------------

  function dashboardFirst(wb, ws, model, t) {
    // A workbook that has a Dashboard already gets a second summary sheet under another name.
    const name = ['Dashboard', 'Summary', 'Overview'].find((n) => !wb.getWorksheet(n)) || 'Dashboard 2';
    const d = wb.addWorksheet(name);
    d.getCell('A1').value = 'Corrective actions — dashboard';
    d.getCell('A1').font = { bold: true, size: 14 };
    d.mergeCells('A1:D1');
    d.getCell('A2').value = 'Figures as of';
    d.getCell('B2').value = new Date(Date.UTC(2026, 10, 30));
    d.getCell('B2').numFmt = 'dd/mm/yyyy';
    d.getCell('A4').value = 'Status';
    d.getCell('B4').value = 'Count';
    d.getCell('A4').font = d.getCell('B4').font = { bold: true };
    const sheet = `'${ws.name.replace(/'/g, "''")}'`;
    const first = t.firstRow + 1;
    const last = t.lastRow + 1;
    const c = t.columns.status;
    let r = 5;
    if (c !== undefined) {
      const counts = new Map();
      for (let i = t.firstRow; i <= t.lastRow; i++) {
        const w = textOf((cellAt(model, i, c) || {}).v).trim();
        if (w) counts.set(w, (counts.get(w) || 0) + 1);
      }
      const range = `${sheet}!$${colLetter(c)}$${first}:$${colLetter(c)}$${last}`;
      for (const [w, n] of counts) {
        d.getCell(r, 1).value = w;
        d.getCell(r, 2).value = { formula: `COUNTIF(${range},${quote(w)})`, result: n };
        r++;
      }
      d.getCell(r, 1).value = 'Total';
      d.getCell(r, 2).value = {
        formula: `SUM(B5:B${r - 1})`,
        result: [...counts.values()].reduce((a, b) => a + b, 0),
      };
    } else {
      const key = t.columns.id !== undefined ? t.columns.id : t.left;
      d.getCell(r, 1).value = 'Total';
      d.getCell(r, 2).value = {
        formula: `COUNTA(${sheet}!$${colLetter(key)}$${first}:$${colLetter(key)}$${last})`,
        result: t.expected.total,
      };
    }
    d.getCell(r, 1).font = d.getCell(r, 2).font = { bold: true };
    const due = t.columns.targetDate;
    if (due !== undefined) {
      r += 2;
      const dueRange = `${sheet}!$${colLetter(due)}$${first}:$${colLetter(due)}$${last}`;
      const open =
        c !== undefined ? `,${sheet}!$${colLetter(c)}$${first}:$${colLetter(c)}$${last},"<>Closed"` : '';
      d.getCell(r, 1).value = 'Overdue';
      d.getCell(r, 2).value = {
        formula: `COUNTIFS(${dueRange},"<"&$B$2${open})`,
        result: t.expected.overdue,
      };
    }
    d.getColumn(1).width = 28;
    [d, ...wb.worksheets.filter((w) => w !== d)].forEach((w, i) => (w.orderNo = i + 1));
    t.info.push(`"${name}" sheet first, status table A4:B${r}`);
  }

  // --- 9. Autofilter on the header, header frozen (xlsx) -------------------------------------------

  function autofilterFreeze(wb, ws, model, t) {
    ws.autoFilter = {
      from: { row: t.headerRow + 1, column: t.left + 1 },
      to: { row: t.lastRow + 1, column: t.right + 1 },
    };
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: t.headerRow + 1, topLeftCell: `A${t.headerRow + 2}` }];
  }

  // --- Own: a document-control block on top, as ISO forms have it ----------------------------------

  function formHeader(model, t) {
    const date = t.csv ? '01/10/2026' : new Date(Date.UTC(2026, 9, 1));
    const wide = t.right - t.left + 1 >= 5;
    const pairs = [
      ['Document no.:', 'ISMS-F-10.2'],
      ['Revision:', '03'],
      ['Prepared by:', 'ISMS Manager'],
      ['Date:', date],
      ['Approved by:', 'Managing Director'],
      ['Status:', 'Approved'],
    ];
    const rows = [];
    if (wide)
      for (let i = 0; i < pairs.length; i += 2)
        rows.push([...pad(t.left), ...pairs[i], undefined, ...pairs[i + 1]]);
    else for (const pr of pairs) rows.push([...pad(t.left), ...pr]);
    rows.unshift([...pad(t.left), 'Corrective and preventive action log']);
    rows.push([]);
    insertRows(model, 0, rows);
    t.shift = [rows.length, rows.length, rows.length];
    t.info.push(`${rows.length} rows on top`);
  }

  // --- Own: pre-numbered empty rows below the data, as a template has them -------------------------

  function templateTail(model, t) {
    const c = t.columns.id;
    if (c === undefined) return false;
    let last;
    for (let r = t.lastRow; r >= t.firstRow && !last; r--) {
      const cell = cellAt(model, r, c);
      if (!isBlank(cell)) last = cell;
    }
    if (!last) return false;
    // The numbering continues from the highest ID of the same form (a register sorted newest
    // first ends on its lowest).
    const ids = [];
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const cell = cellAt(model, r, c);
      if (!isBlank(cell)) ids.push(cell.v);
    }
    let next;
    if (typeof last.v === 'number' && Number.isInteger(last.v)) {
      const top = Math.max(...ids.filter((v) => typeof v === 'number' && Number.isInteger(v)));
      next = (i) => top + i;
    } else {
      const text = textOf(last.v).trim();
      // No template numbers on a UUID or on prose the ID column holds ("Expand SIEM use cases
      // (Phase 06 roadmap)"): "the next one" of those is the harness's invention.
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(text) || text.split(/\s+/).length > 2) return false;
      const m = /^(.*?)(\d+)(\D*)$/.exec(text);
      if (!m) return false;
      let top = +m[2];
      for (const v of ids) {
        const o = /^(.*?)(\d+)(\D*)$/.exec(textOf(v).trim());
        if (o && o[1] === m[1] && o[3] === m[3]) top = Math.max(top, +o[2]);
      }
      next = (i) => `${m[1]}${String(top + i).padStart(m[2].length, '0')}${m[3]}`;
    }
    const styles = (model.rows[t.lastRow] || []).map((cell) => cell && cell.s);
    const rows = [];
    for (let i = 1; i <= 15; i++) {
      const row = pad(Math.max(c + 1, t.right + 1));
      row[c] = t.csv ? String(next(i)) : next(i);
      rows.push(row);
    }
    insertRows(model, t.lastRow + 1, rows);
    if (!t.csv)
      for (let i = 0; i < rows.length; i++) {
        const row = model.rows[t.lastRow + 1 + i];
        styles.forEach((s, j) => {
          if (!s) return;
          if (row[j]) row[j].s = s;
          else row[j] = { v: null, s };
        });
      }
    t.info.push(`15 rows numbered ${next(1)}…${next(15)}`);
  }

  // --- Own: the status column replaced by what some registers keep instead -----------------------
  // Both rewrite the status cells from the original read (each open action's state by its row;
  // every other row of the table closed), so they apply only where that read is certain: one row
  // per action, each row an action, and no overdue taken from a status word (marks cannot say it).

  /** Row (0-based) -> state of each action of the table, "closed" for the closed ones; or false. */
  function rowStates(model, t) {
    const c = t.columns.status;
    if (c === undefined || !t.openStates || t.manySheets || t.overdueAsStatus) return false;
    if (!plainRows(model, t) || t.lastRow - t.firstRow + 1 !== t.expected.total) return false;
    if (t.openStates.size !== t.expected.open) return false;
    const states = new Map();
    for (let r = t.firstRow; r <= t.lastRow; r++) states.set(r, t.openStates.get(r + 1) || 'closed');
    if ([...t.openStates.keys()].some((row) => !states.has(row - 1))) return false;
    return states;
  }

  const NOT_STARTED = new Set(['new', 'planned', 'unknown']);

  /**
   * Stages as X-marks in columns instead of a status ("Empezado / Terminado / Revisado" in a real
   * Spanish to-do list): Started, Done, Verified. Closed: all three; implemented, awaiting
   * verification: Started and Done; under way (in progress, analysis, on hold): Started; not
   * started: none.
   */
  function stageMarks(model, t) {
    const states = rowStates(model, t);
    if (!states) return false;
    const c = t.columns.status;
    insertColumn(model, c + 1);
    insertColumn(model, c + 1);
    const head = model.rows[t.headerRow];
    const style = (head[c] || {}).s;
    ['Started', 'Done', 'Verified'].forEach((name, i) => (head[c + i] = { v: name, s: style }));
    const count = [0, 0, 0];
    for (const [r, state] of states) {
      const marks = state === 'closed' ? 3 : state === 'implemented' ? 2 : NOT_STARTED.has(state) ? 0 : 1;
      const row = model.rows[r];
      const s = (row[c] || {}).s;
      for (let i = 0; i < 3; i++) {
        row[c + i] = i < marks ? { v: 'X', s } : t.csv ? { v: '' } : s ? { v: null, s } : undefined;
        if (i < marks) count[i]++;
      }
    }
    if (t.csv)
      for (const row of model.rows)
        if (row) for (let i = 0; i < row.length; i++) if (!row[i]) row[i] = { v: '' };
    t.info.push(
      `status as X-marks: Started ${count[0]}, Done ${count[1]}, Verified ${count[2]} of ${states.size}`,
    );
  }

  /** A "Closed?" column of Yes / No instead of the status words. */
  function closedYesNo(model, t) {
    const states = rowStates(model, t);
    if (!states) return false;
    const c = t.columns.status;
    model.rows[t.headerRow][c] = { ...model.rows[t.headerRow][c], v: 'Closed?' };
    let yes = 0;
    for (const [r, state] of states) {
      const cell = model.rows[r][c] || {};
      model.rows[r][c] = { ...cell, v: state === 'closed' ? 'Yes' : 'No' };
      if (state === 'closed') yes++;
    }
    t.info.push(`"Closed?" Yes ${yes}, No ${states.size - yes}`);
  }

  const per = (prefix, make, more) =>
    LANGS.filter((l) => l !== 'hu').map((l) => ({ name: `${prefix}-${l}`, fn: make(l), ...more }));

  return [
    ...per('header-lang', headerLang, { renames: true }),
    ...per('status-lang', statusLang),
    { name: 'dates-as-text', fn: datesAsText },
    { name: 'extra-columns', fn: extraColumns },
    { name: 'status-formula', fn: statusFormula, xlsx: true },
    { name: 'rich-and-links', fn: richAndLinks, xlsx: true },
    { name: 'merged-groups', fn: mergedGroups, xlsx: true },
    { name: 'dashboard-first', post: dashboardFirst, xlsx: true },
    { name: 'autofilter-freeze', post: autofilterFreeze, xlsx: true },
    { name: 'lang-hu', fn: langHu, extra: true, renames: true },
    { name: 'form-header', fn: formHeader, extra: true },
    { name: 'template-tail', fn: templateTail, extra: true },
    { name: 'stage-marks', fn: stageMarks, extra: true },
    { name: 'closed-yes-no', fn: closedYesNo, extra: true },
  ];
};
