import { cellAt, formatAt, type Grid } from '../grid';
import { parseDateCell } from '../dates';
import type { HeaderMapping } from '../mapping/headers';
import { isStatusWord } from '../mapping/vocabulary';
import { DATE_FIELDS } from '../model';
import { cellText, isBlank, normalizeWords, OPENS_WITH_PROMPT } from '../text';
import { isLabelAndCount } from './labelCount';

/** Where a register's table stops, and the rows inside it that are not actions. */
export interface TableEnd {
  /** Index in `grid.values` of the first row left out (exclusive end of the table). */
  index: number;
  /** 1-based sheet row of that row. */
  row: number;
  /** Why the table ends there, for the explanation. */
  reason: string;
}

export interface TableShape {
  end?: TableEnd;
  /** Indexes of rows inside the table that are section or band titles ("HIGH", "Audit 2025"), not actions. */
  sectionRows: Set<number>;
  /** Sheet rows of entries someone typed to try the sheet out ("test", "Test1A"), left out. */
  testRows?: number[];
}

/** First words of a row that sums up, explains or labels instead of recording an action. */
const SUMMARY_LABEL =
  /^[^a-z0-9]*(total|totals|grand total|sum|subtotal|summary|count|number of|no of|(status |colou?r |rag )?(legend|key)|notes?|remarks?|closure rate|closed rate|open actions|closed actions|overdue actions|average|mean|median|percentage|statistics|metrics|kpi|status summary|gesamt|summe|totale|riepilogo|resumen|total general|osszesen|összesen|totaal|prepared by|approved by|reviewed by|signature|signed|instructions?|guidance|last updated)\b/;

/** A row's only label when it sums the rows above it: "TOTAL", "Grand total:", "Gesamt". */
const BARE_TOTAL =
  /^[^a-z0-9]*(grand |sub ?)?totals?\s*:?$|^[^a-z0-9]*(gesamt|summe|totale|total general|osszesen|összesen|totaal|suma|soma|somme)\s*:?$/;

/** A template's own rows: guidance and example lines under the header of a published form. */
const TEMPLATE_LABEL =
  /^(guidance|examples?|example rows?|instructions?|sample rows?|how to fill in|esempio|ejemplo|beispiel|exemple)$/;

/** What someone types to try a sheet or an app out: "test", "Test1A", "prueba", "dummy", "asdf". */
const TEST_ENTRY =
  /^(test|tests|teste|testes|testing 123|prueba|pruebas|probe|dummy|asdf+|qwerty|xxx+|lorem ipsum\b.*|(test|teste|prueba|probe)\s*\d+[a-z]?)\.?\s*$/i;
/** One key held down ("ccccccc", "uuu"): typed to try an app's form out, not an action's words. */
const MASHED_KEY = /^\s*([a-z])\1{2,}\s*$/i;
/** The first letters of {@link TEST_ENTRY}'s words, lower-cased char codes: t, p, d, a, q, x, l. */
const TEST_INITIALS = new Set([...'tpdaqxl'].map((c) => c.charCodeAt(0)));

/**
 * The test entries typed where someone tries a sheet out — before its first action or after its
 * last — as sheet rows; one between actions stayed through the team's work (a punch list's "test"
 * item closed among the others) and is read as the action it became.
 */
function edgeTests(
  grid: Grid,
  candidates: readonly number[] | undefined,
  sectionRows: Set<number>,
  startIdx: number,
  endIdx: number,
): number[] | undefined {
  if (!candidates) return undefined;
  const content = (r: number) => !sectionRows.has(r) && firstNonBlankText(grid.values[r] ?? []) !== '';
  const kept: number[] = [];
  for (const r of candidates) {
    let before = false;
    let after = false;
    for (let i = r - 1; i >= startIdx && !before; i--) before = content(i);
    for (let i = r + 1; i < endIdx && !after; i++) after = content(i);
    if (before && after) sectionRows.delete(r);
    else kept.push(r + (grid.firstRow ?? 1));
  }
  return kept.length > 0 ? kept : undefined;
}

/**
 * A row whose title, action or description is a test word: an entry made to try the sheet out
 * (a SharePoint list's "test" beside an action auto-filled "in progress"), not an action.
 */
function isTestEntry(grid: Grid, r: number, textIdx: readonly number[]): boolean {
  for (const idx of textIdx) {
    const v = cellAt(grid, r, idx);
    // Asked of every row: the first letter rules out nearly every title before the expression runs.
    if (typeof v !== 'string' || v.length > 20) continue;
    if (MASHED_KEY.test(v)) return true;
    if (!TEST_INITIALS.has(v.charCodeAt(0) | 32)) continue;
    if (TEST_ENTRY.test(v)) return true;
  }
  return false;
}

/** Longest totals label looked for in a row's text columns ("Grand total:", "Total general"). */
const TOTAL_LABEL_MAX = 20;

/**
 * A totals label ("TOTAL", "Summe") in the row's title, action or description column: a totals
 * row whatever column comes first (the label sits under the task, the sums under the hours).
 */
function totalInText(grid: Grid, r: number, textIdx: readonly number[]): boolean {
  for (const idx of textIdx) {
    const v = cellAt(grid, r, idx);
    if (typeof v === 'string' && v.length <= TOTAL_LABEL_MAX && BARE_TOTAL.test(v.toLowerCase())) return true;
  }
  return false;
}

/** A template's description of a date column: "Date the weakness was first identified", "Date", "dd/mm/yyyy". */
const DESCRIBES_A_DATE = /\b(date|dates|datum|fecha|data|date de|yyyy|aaaa|jjjj|dd|mm)\b/i;

/** The fields that name an action or say where it stands. */
const IDENTITY_FIELDS = [
  'id',
  'title',
  'description',
  'correctiveAction',
  'remediation',
  'status',
  'owner',
] as const;
/** How many of them a register must map before a row without any is a fragment. */
const IDENTITY_MIN = 3;

/** A blank run this long, followed by rows of another shape, ends the table. */
const LOOKAHEAD_ROWS = 30;

interface RowFacts {
  filled: number;
  actionLike: boolean;
}

/**
 * Finds where the table under the header ends: at the first blank run followed by rows of another
 * shape (totals, metrics, a chart's data, a legend, notes), or at a row labelled as such; and the
 * section-title rows inside it. Rows are judged by the mapped columns: an action row has a value
 * shaped like the ids above it, a known state word or a date where the register keeps dates.
 *
 * @example findTableShape(grid, mapping, 1).end?.reason // 'a summary block starts at row 14 ("Total open")'
 */
export function findTableShape(grid: Grid, mapping: HeaderMapping, startIdx: number): TableShape {
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const cols = Object.values(mapping.columns).map((c) => ({ field: c.field, idx: c.column - firstColumn }));
  const idIdx = mapping.columns.id ? mapping.columns.id.column - firstColumn : -1;
  const statusIdx = mapping.columns.status ? mapping.columns.status.column - firstColumn : -1;
  const textIdx = (['correctiveAction', 'remediation', 'title', 'description'] as const)
    .map((f) => mapping.columns[f])
    .filter((c) => c !== undefined)
    .map((c) => c.column - firstColumn);
  const dateIdx = cols.filter((c) => DATE_FIELDS.includes(c.field)).map((c) => c.idx);
  // What names an action and says where it stands: a row with none of them is a fragment.
  const identityIdx = IDENTITY_FIELDS.map((f) => mapping.columns[f])
    .filter((c) => c !== undefined)
    .map((c) => c.column - firstColumn);
  const sectionRows = new Set<number>();
  const end = grid.values.length;
  const headerCols = Object.values(mapping.columns)
    .map((c) => ({ idx: c.column - firstColumn, words: normalizeWords(c.header) }))
    .filter((c) => c.words !== '');
  // A copy of the header starts with one of its texts: the cheap test asked of every row first.
  const headerFirsts = new Set(
    [...Object.values(mapping.columns), ...mapping.unmapped].map((c) => c.header.trim().toLowerCase()),
  );

  // The shape of the first rows: their id pattern and how many mapped cells they fill.
  const shapes = new Map<string, number>();
  const fills: number[] = [];
  for (let r = startIdx; r < end && fills.length < 50; r++) {
    const filled = countFilled(grid, r, cols);
    if (filled === 0) continue;
    fills.push(filled);
    if (idIdx >= 0) {
      const shape = idShape(cellAt(grid, r, idIdx));
      if (shape) shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
  }
  if (fills.length === 0) return { sectionRows };
  const typical = [...fills].sort((a, b) => a - b)[Math.floor(fills.length / 2)];
  // Shapes shared by two rows, with a number in them: "Total open" and "Closure rate" share one too.
  const idShapes = new Set([...shapes].filter(([s, n]) => n >= 2 && s.includes('9')).map(([s]) => s));

  const facts = (r: number): RowFacts => {
    const filled = countFilled(grid, r, cols);
    const idOk = idIdx >= 0 && idShapes.has(idShape(cellAt(grid, r, idIdx)) ?? '');
    const statusOk = statusIdx >= 0 && isStatusWord(cellText(cellAt(grid, r, statusIdx)));
    const dateOk = dateIdx.some((c) => {
      const v = cellAt(grid, r, c);
      return !isBlank(v) && parseDateCell(v).kind === 'date';
    });
    // A list of two columns (who and what) has nothing else to go by: a row as full as its
    // typical row is one more of them.
    const actionLike =
      (filled >= 2 && (idOk || statusOk || dateOk)) ||
      filled >= Math.max(3, Math.ceil(typical * 0.7)) ||
      (typical === 2 && filled === 2);
    return { filled, actionLike };
  };

  // A published template's rows under the header that describe each column ("Date the weakness
  // was first identified", then "Date"): words where the rows below hold dates, and no ID.
  let from = startIdx;
  for (let seen = 0; seen < 3 && from < end; from++) {
    if (firstNonBlankText(grid.values[from] ?? []) === '') continue;
    seen++;
    if (!describesColumns(from) && !isExampleRow(grid.values[from] ?? []) && !guidesColumns(from)) break;
    sectionRows.add(from);
  }

  let seenAction = false;
  let blankRun = 0;
  let testRows: number[] | undefined;
  for (let r = startIdx; r < end; r++) {
    const row = grid.values[r] ?? [];
    const first = firstNonBlankText(row);
    if (first === '') {
      blankRun++;
      continue;
    }
    // Most rows are actions: the cheap tests on the first cell come first, the row's facts only
    // when a label, a gap or a lone title calls for them.
    const head = first.length > 60 ? first.slice(0, 60).toLowerCase() : first.toLowerCase();
    if (TEMPLATE_LABEL.test(head) || (headerFirsts.has(head.trim()) && repeatsHeader(r))) {
      sectionRows.add(r);
      blankRun = 0;
      continue;
    }
    // Under a header with no action yet, after a gap, lines of one cell each ("Audit Methods",
    // "- Document review", "To be completed after audit."): notes below an empty table.
    if (!seenAction && blankRun > 0 && cols.length >= 4 && loneLines(r)) {
      return shaped(at(r - blankRun, 'notes below an empty table', first));
    }
    if (isTestEntry(grid, r, textIdx)) {
      sectionRows.add(r);
      (testRows ??= []).push(r);
      blankRun = 0;
      continue;
    }
    // A totals row in the table's own columns ("TOTAL", then the hours and "Done" again): its
    // words are the column's sums, not an action, however filled it is.
    if (
      seenAction &&
      (BARE_TOTAL.test(head) || totalInText(grid, r, textIdx)) &&
      (idIdx < 0 || isBlank(cellAt(grid, r, idIdx)))
    ) {
      sectionRows.add(r);
      blankRun = 0;
      continue;
    }
    if (seenAction && SUMMARY_LABEL.test(head) && !facts(r).actionLike) {
      // The rows right above it that record no action belong to the block it closes ("Charge
      // estimée … 32 h" over "Total heures"): the table ends after the last action-like row.
      let back = r - blankRun;
      // Only rows of another shape: fewer cells filled than an action's (an action with no state
      // yet, filled like the others, stays).
      while (
        back - 1 > startIdx &&
        !facts(back - 1).actionLike &&
        facts(back - 1).filled < typical &&
        !namesAction(back - 1)
      )
        back--;
      if (back - 1 <= startIdx) back = r - blankRun;
      return shaped(at(back, 'a summary row', first));
    }
    // After a gap, "Open | 4" or "4 | Total actions": a block of counts, whatever column it sits in.
    // (Under a header with no action yet, too: a template's own summary below its empty table.)
    if (blankRun > 0 && isLabelAndCount(row)) {
      return shaped(at(r - blankRun, 'a block of counts', first));
    }
    if (seenAction && blankRun > 0 && !facts(r).actionLike) {
      // After a gap: does the block below look like more actions?
      let like = 0;
      let rows = 0;
      for (let k = r; k < end && rows < LOOKAHEAD_ROWS; k++) {
        if (firstNonBlankText(grid.values[k] ?? []) === '') continue;
        rows++;
        if (facts(k).actionLike) like++;
      }
      if (like * 2 < rows) return shaped(at(r - blankRun, 'rows of another shape', first));
    }
    blankRun = 0;
    if (
      ((typical >= 4 && isSectionTitle(row)) || (typical >= 3 && (isPhaseTitle(row) || yearBand(r)))) &&
      !facts(r).actionLike
    ) {
      sectionRows.add(r);
      continue;
    }
    // A row with no ID, no words of an action, no status and no owner, under actions that have
    // them (a second source and its date under a merged action, origins left without an action):
    // a fragment of the record above or a stray note, not an action of its own.
    if (
      seenAction &&
      identityIdx.length >= IDENTITY_MIN &&
      identityIdx.every((idx) => isBlank(cellAt(grid, r, idx)))
    ) {
      sectionRows.add(r);
      continue;
    }
    if (!seenAction && countFilled(grid, r, cols) > 0) seenAction = true;
  }
  return shaped();

  /**
   * A band of the year the rows below were raised in ("2025" over the year's actions): the year
   * alone in the table's columns, whatever running numbers sit in the helper columns beside it.
   */
  function yearBand(r: number): boolean {
    let year = false;
    for (const { idx } of cols) {
      const v = cellAt(grid, r, idx);
      if (isBlank(v)) continue;
      if (year || !YEAR.test(cellText(v))) return false;
      year = true;
    }
    return year;
  }

  /**
   * The header again, as a sheet kept in blocks repeats it under each block's title ("Action |
   * Responsible Person | Deadline" once per policy) or a printout at each page: at least two of
   * the mapped columns hold their own header's words, and no other mapped cell holds anything.
   */
  function repeatsHeader(r: number): boolean {
    let same = 0;
    for (const c of headerCols) {
      const v = cellAt(grid, r, c.idx);
      if (isBlank(v)) continue;
      if (normalizeWords(cellText(v)) !== c.words) return false;
      same++;
    }
    return same >= 2;
  }

  /**
   * The row only names an action in words (its action, title or description), with nothing else
   * yet: one more action. A label with sums beside it ("Charge estimée … 18 | 14") is not.
   */
  function namesAction(r: number): boolean {
    const row = grid.values[r] ?? [];
    let named = false;
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      if (!textIdx.includes(c) || typeof row[c] !== 'string') return false;
      named ||= /\p{L}{2}/u.test(row[c] as string);
    }
    return named;
  }

  /** The row and the rows after it, up to the look-ahead, fill one cell each (lines of notes). */
  function loneLines(r: number): boolean {
    for (let k = r, rows = 0; k < end && rows < LOOKAHEAD_ROWS; k++) {
      const filled = (grid.values[k] ?? []).filter((v) => !isBlank(v)).length;
      if (filled === 0) continue;
      if (filled > 1) return false;
      rows++;
    }
    return true;
  }

  /**
   * A published template's guide under its header, no action yet: the ID column says what an ID
   * is ("Unique Identifier for each POAM Item") and two date columns or more what their date is
   * ("Date vulnerability was originally detected"), in sentences where the actions will go.
   */
  function guidesColumns(r: number): boolean {
    if (idIdx < 0 || wordCount(cellText(cellAt(grid, r, idIdx))) < 3) return false;
    let described = 0;
    for (const c of dateIdx) {
      const v = cellAt(grid, r, c);
      if (isBlank(v)) continue;
      if (parseDateCell(v, formatAt(grid, r, c)).kind === 'date') return false;
      const t = cellText(v);
      if (wordCount(t) >= 3 && DESCRIBES_A_DATE.test(t)) described++;
    }
    return described >= 2;
  }

  function describesColumns(r: number): boolean {
    if (idIdx >= 0 && idShapes.has(idShape(cellAt(grid, r, idIdx)) ?? '')) return false;
    if (statusIdx >= 0 && isStatusWord(cellText(cellAt(grid, r, statusIdx)))) return false;
    let described = 0;
    for (const c of dateIdx) {
      const v = cellAt(grid, r, c);
      if (isBlank(v)) continue;
      if (parseDateCell(v, formatAt(grid, r, c)).kind === 'date') return false;
      // Only a column whose rows below hold dates tells: its words here describe it.
      let below = false;
      for (let k = r + 1; k < Math.min(end, r + LOOKAHEAD_ROWS) && !below; k++) {
        const w = cellAt(grid, k, c);
        below = !isBlank(w) && parseDateCell(w, formatAt(grid, k, c)).kind === 'date';
      }
      if (!below) continue;
      if (!DESCRIBES_A_DATE.test(cellText(v))) return false;
      described++;
    }
    return described > 0;
  }

  /** The shape found, with the test entries kept only at the table's edges. */
  function shaped(tableEnd?: TableEnd): TableShape {
    const tests = edgeTests(grid, testRows, sectionRows, startIdx, tableEnd?.index ?? end);
    return { ...(tableEnd ? { end: tableEnd } : {}), sectionRows, ...(tests ? { testRows: tests } : {}) };
  }

  function at(index: number, what: string, text: string): TableEnd {
    return {
      index,
      row: index + firstRow,
      reason: `the table ends at row ${index + firstRow - 1}: ${what} follows${text ? ` ("${text.slice(0, 40)}")` : ''}`,
    };
  }
}

/**
 * A template's example row under the header: its first cell says so ("e.g. NC-001", "Example:"),
 * or most of its cells describe the column's format ("Free text", "dd/mm/yyyy", "Open / Closed",
 * "Yes/No") or tell what to write in it ("Mention the date…") rather than hold a value.
 */
function isExampleRow(row: readonly (string | number | boolean)[]): boolean {
  let cells = 0;
  let formats = 0;
  let firstText: string | undefined;
  for (const v of row) {
    if (isBlank(v)) continue;
    cells++;
    if (typeof v !== 'string') continue;
    const t = v.trim().toLowerCase();
    firstText ??= t;
    // "例）…" starts an example in any cell: no action's own words begin so.
    if (CJK_EXAMPLE.test(t)) return true;
    if (FORMAT_WORDS.test(t) || isChoiceList(t) || INSTRUCTION.test(t) || OPENS_WITH_PROMPT.test(t))
      formats++;
  }
  if (cells === 0) return false;
  if (firstText !== undefined && EXAMPLE_PREFIX.test(firstText)) return true;
  return cells >= 2 && formats * 2 >= cells;
}

const EXAMPLE_PREFIX =
  /^(e\.? ?g\.?|ex\.|example|exemple|ejemplo|esempio|beispiel|z\. ?b\.|p\. ?ex\.|ej\.|i\.e\.|пример|приклад|przykład)[\s:,]/;
/** An example's mark in Chinese, Japanese or Korean: "例）", "例:", "示例", "范例", "예)", "예시". */
const CJK_EXAMPLE = /^(例\s*[)）:：]|示例|范例|範例|예\s*[)）:：]|예시)/;
const FORMAT_WORDS =
  /^(free text|text|texte|texto|testo|freitext|number|numero|número|zahl|date|datum|fecha|data|name|nom|nombre|nome|yes ?\/ ?no|y ?\/ ?n|oui ?\/ ?non|s[ií] ?\/ ?no|ja ?\/ ?nein|select from (the )?list|drop-?down|(dd|jj|tt|mm|gg)[./-](mm|dd)[./-](yyyy|yy|aaaa|jjjj|aa)|(yyyy|aaaa)[./-]mm[./-]dd|mm[./-](yyyy|aaaa))$/;

/**
 * A template's instruction for the column, addressed to whoever fills it in ("MENTION THE DATE ON
 * WHICH…", "Describe the event", "Enter the owner's name", "Indique la fecha"): a verb an action's
 * own title would seldom start with.
 */
const INSTRUCTION =
  /^(mention|describe|enter|insert|specify|fill in|select|choose|indicate|write down|type in|please|explain|indique|indicar|describa|describir|ingrese|inserire|indicare|descrivere|saisir|indiquer|décrire|decrire|renseigner|angeben|eintragen|beschreiben|bitte|informe|descreva|preencha)\b/;

/** "Open / Closed", "Open, In progress, Closed": the states a column may hold, not one of them. */
function isChoiceList(t: string): boolean {
  const parts = t.split(/\s*[/|,;]\s*/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => isStatusWord(p));
}

/** A plan's phase or part heading: "FASE 1: VENTAS", "Phase 2 – Operations", "Étape 3". */
const PHASE_TITLE =
  /^(phase|fase|etapa|stage|part|parte|partie|teil|section|seccion|sección|sezione|etape|étape|faza|fázis|workstream)\s*([0-9]+|[ivx]+)\b/i;

/**
 * A phase heading among a plan's tasks: its first text is a numbered phase ("FASE 1: …"), beside
 * at most a number (its level) and a note; whether it records an action is judged by the caller.
 */
function isPhaseTitle(row: readonly (string | number | boolean)[]): boolean {
  for (const v of row) {
    // Its level or outline number ("1", "2.1", as text in a CSV) comes before it.
    if (typeof v !== 'string' || /^[\s\d.,]*$/.test(v)) continue;
    return PHASE_TITLE.test(v.trim());
  }
  return false;
}

/** A year as a band's title: "2025", "Año 2025", "FY 2026", "Year 2024". */
const YEAR =
  /^(?:(?:year|ano|año|anno|jahr|annee|année|ev|jaar|rok|fy|exercice|ejercicio)\s*)?(?:19[5-9]\d|20\d\d)$/i;

/**
 * A band across the table ("── HIGH RISK ITEMS ──", "Audit 2025"): one text of several words,
 * alone in its row or repeated across a merged row.
 */
function isSectionTitle(row: readonly (string | number | boolean)[]): boolean {
  let text: string | undefined;
  for (const v of row) {
    if (isBlank(v)) continue;
    const t = cellText(v);
    if (text === undefined) text = t;
    else if (t !== text) return false;
  }
  return text !== undefined && /\S\s+\S/.test(text);
}

function wordCount(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

function countFilled(grid: Grid, r: number, cols: readonly { idx: number }[]): number {
  let n = 0;
  for (const { idx } of cols) if (!isBlank(cellAt(grid, r, idx))) n++;
  return n;
}

function firstNonBlankText(row: readonly (string | number | boolean)[]): string {
  for (const v of row) if (!isBlank(v)) return cellText(v);
  return '';
}

/** "NC-2026-014" → "A-9-9", "14" → "9": ids of one register share a shape. */
function idShape(value: string | number | boolean): string | undefined {
  const t = cellText(value);
  if (!t || t.length > 30) return undefined;
  return t
    .replace(/[A-Za-z]+/g, 'A')
    .replace(/[0-9]+/g, '9')
    .replace(/\s+/g, ' ');
}
