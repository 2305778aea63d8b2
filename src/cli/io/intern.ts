/**
 * Keeps one copy of the texts a column repeats. A register's status, type, owner, source and date
 * columns hold a few dozen distinct words over thousands of rows; without this, every cell of a
 * million-row register is a string of its own (24–32 bytes each, 12 million of them). Columns whose
 * values are mostly distinct (IDs, titles) stop being looked up after a sample, so they cost nothing.
 * Strings are immutable: sharing one changes no value the core sees.
 *
 * Every text kept is also a copy of its own: a slice of the file's text (how V8 makes a field of
 * 13 characters or more) keeps the whole text alive, 137 MB for a million rows.
 */

/** Values looked at in a column before deciding whether it repeats. */
const SAMPLE = 2_000;
/** A column keeps being interned while at most this share of its sampled values is new. */
const MAX_DISTINCT_SHARE = 0.5;
/** Distinct texts kept per column; past it, new texts are no longer added (lookups go on). */
const MAX_KEPT = 50_000;

/** V8 copies slices shorter than this (its SlicedString minimum); longer ones point into the text. */
const SLICE_MIN = 13;

/**
 * A flat copy of `text` that shares no memory with the string it was cut from. The JSON round trip
 * is exact for every string (lone surrogates included) and makes a one-byte string when it can.
 */
export function ownCopy(text: string): string {
  return text.length < SLICE_MIN ? text : (JSON.parse(JSON.stringify(text)) as string);
}

class ColumnTable {
  readonly seen = new Map<string, string>();
  looked = 0;
  /** False once the sample showed the column's values are mostly distinct. */
  active = true;
}

export class Interner {
  private readonly columns: ColumnTable[] = [];

  /** The shared copy of `text` for column `column` (0-based), or an own copy of it. */
  intern(text: string, column: number): string {
    if (text.length === 0) return '';
    let table = this.columns[column];
    if (!table) table = this.columns[column] = new ColumnTable();
    if (!table.active) return ownCopy(text);
    const known = table.seen.get(text);
    if (++table.looked === SAMPLE && table.seen.size > SAMPLE * MAX_DISTINCT_SHARE) {
      table.active = false;
      table.seen.clear();
    }
    if (known !== undefined) return known;
    const own = ownCopy(text);
    if (table.active && table.seen.size < MAX_KEPT) table.seen.set(own, own);
    return own;
  }
}
