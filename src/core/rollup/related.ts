/**
 * How two register-like sheets of one workbook relate, read from their cells: a sheet whose
 * rows repeat another's (a per-person view, a formula mirror on a summary sheet), and a sheet of
 * actions whose reference column names the rows of another (a findings table and its actions,
 * kept apart as a database or a Power BI model keeps them).
 */
import { cellAt, columnLetter, type CellValue, type Grid } from '../grid';
import { headerWords } from '../mapping/headers';
import type { Register } from '../register';
import { cellText, isBlank, normalizeWords } from '../text';

/** Characters of a text compared: a summary sheet shortens long texts (`=LEFT(Base!D2;85)`). */
const TEXT_PREFIX = 40;
/** A value on more rows than this tells no row apart ("Open", a team, a common date). */
const RARE = 3;
/** A text this long is an action's own words (its title, its description), not a name, a state or a date. */
const LONG_TEXT = 20;

/** A register sheet: its grid and the register read from it. */
export interface SheetRegister {
  grid: Grid;
  register: Register;
}

/** A cell as compared: texts of four characters or more (on their first 40), and numbers past 99 (dates, amounts). */
function valueKey(v: CellValue): string | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 100 ? undefined : `#${v}`;
  if (typeof v !== 'string' || isBlank(v)) return undefined;
  const t = normalizeWords(v);
  return t.length < 4 ? undefined : t.slice(0, TEXT_PREFIX);
}

function rowKeys(sheet: SheetRegister, row: number): Set<string> {
  const keys = new Set<string>();
  for (const v of sheet.grid.values[row - (sheet.grid.firstRow ?? 1)] ?? []) {
    const k = valueKey(v);
    if (k !== undefined) keys.add(k);
  }
  return keys;
}

/**
 * True when most of a candidate's action rows repeat a row of a register already read: two or
 * more of the row's cells hold values found on that one row there and on at most three rows in
 * all (texts compared on their first 40 characters, dates, amounts), one of them a text of 20
 * characters or more (the action's title or description: owners, dates and states repeat). A per-person view, or a
 * summary sheet of formulas (`=Base!F2`, `=LEFT(Base!D2;85)`), shows the same actions again. A row
 * whose own ID is not among theirs is never a repeat.
 *
 * @example mirrorsRegister(summarySheet, [base]) // true
 */
export function mirrorsRegister(candidate: SheetRegister, read: readonly SheetRegister[]): boolean {
  const rows = candidate.register.actions;
  if (rows.length === 0) return false;
  const index = new Map<string, number[]>();
  let n = 0;
  for (const sheet of read)
    for (const a of sheet.register.actions) {
      for (const k of rowKeys(sheet, a.row)) {
        const list = index.get(k);
        if (!list) index.set(k, [n]);
        else if (list.length <= RARE) list.push(n);
      }
      n++;
    }
  // A row with an ID of its own that no register read has is another action, whatever it shares
  // with its siblings (the same finding, the same deadline).
  const ids = new Set(read.flatMap((r) => r.register.actions.map((a) => a.id.trim())));
  let repeated = 0;
  for (const a of rows) {
    if (a.id.trim() !== '' && !ids.has(a.id.trim())) continue;
    // Per row there: values in common, and whether one is a text long enough to be the action's own.
    const hits = new Map<number, number>();
    const long = new Set<number>();
    for (const k of rowKeys(candidate, a.row)) {
      const list = index.get(k);
      if (!list || list.length > RARE) continue;
      for (const i of list) {
        hits.set(i, (hits.get(i) ?? 0) + 1);
        if (k.length >= LONG_TEXT) long.add(i);
      }
    }
    for (const [i, h] of hits)
      if (h >= 2 && long.has(i)) {
        repeated++;
        break;
      }
  }
  return repeated * 2 > rows.length;
}

/** Header words of a column that points at another table's rows. */
const REFERENCE_HEADER =
  /\b(ref|reference|nc|ncr|finding|findings|noncon[a-z]*|nichtkonformitat|abweichung|achado|hallazgo|constat|issue|observation|audit|parent|related|linked|source)\b/;

export interface ChildLink {
  /** Column letter of the child's reference column. */
  letter: string;
  header: string;
  /** Rows of the child whose reference names a row of the parent. */
  linked: number;
}

/**
 * The column of `child` whose cells name the IDs of `parent`'s rows ("ID_NC_Ref", "Finding ID"),
 * when there is one: most of its filled cells (a 0 or "-" counts as blank) are parent IDs, three
 * or more different ones, and it is none of the child's own fields (ID, status, owner, dates).
 * Links made of bare numbers count only under a header that says it refers to something.
 *
 * @example childLink(ncs, actionsGrid, actions)?.header // 'ID_NC_Ref'
 */
export function childLink(parent: Register, childGrid: Grid, child: Register): ChildLink | undefined {
  const all = parent.actions.map((a) => a.id.trim().toLowerCase()).filter((id) => id !== '');
  const ids = new Set(all);
  // The parent's IDs name one row each: a column of day counts or states taken for its ID names none.
  if (ids.size < 3 || ids.size < all.length * 0.9) return undefined;
  // The child's own fields (its status, owner, dates) are not references; a title column holding
  // the parent's IDs ("Item": CA-001, CA-003) is one.
  const mapped = new Set(
    Object.values(child.mapping.columns)
      .filter((m) => m.field !== 'sourceRef' && m.field !== 'source' && m.field !== 'title')
      .map((m) => m.column),
  );
  const firstRow = childGrid.firstRow ?? 1;
  const firstColumn = childGrid.firstColumn ?? 1;
  const headerIdx = child.mapping.headerRow - firstRow;
  const own = child.mapping.columns.id?.column;
  const rows = child.actions.map((a) => a.row - firstRow);
  let width = 0;
  for (const r of rows) width = Math.max(width, childGrid.values[r]?.length ?? 0);
  let best: ChildLink | undefined;
  for (let c = 0; c < width; c++) {
    if (c + firstColumn === own || mapped.has(c + firstColumn)) continue;
    let filled = 0;
    let linked = 0;
    const distinct = new Set<string>();
    let numeric = true;
    for (const r of rows) {
      const t = cellText(cellAt(childGrid, r, c))
        .trim()
        .toLowerCase();
      if (t === '' || t === '0' || t === '-') continue;
      filled++;
      if (ids.has(t)) {
        linked++;
        distinct.add(t);
        if (!/^[0-9]+$/.test(t)) numeric = false;
      }
    }
    if (distinct.size < 3 || linked * 2 < filled) continue;
    const header = cellText(cellAt(childGrid, headerIdx, c));
    const words = headerWords(header);
    if (numeric && !REFERENCE_HEADER.test(words)) continue;
    if (!best || linked > best.linked) best = { letter: columnLetter(c + firstColumn), header, linked };
  }
  return best;
}
