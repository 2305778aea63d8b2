import { cellAt, formatAt, type CellValue, type Grid } from '../grid';
import { boundedMemo } from '../memo';
import { isDateFormat, parseTextDate } from '../dates';
import { cellText, isBlank, isMissing, normalizeWords } from '../text';
import { isStatusWord, lookupWord, type VocabularyKind } from '../mapping/vocabulary';

/**
 * What a column's cells say about it, from a sample of the rows under a header candidate: the
 * content half of the evidence (the header's words are the other half). Shares are of the
 * non-blank cells, placeholders excluded.
 */
export interface ColumnProfile {
  /** Non-blank, non-placeholder cells in the sample. */
  filled: number;
  /** Share that reads as a date: a date-formatted serial, a plausible serial or a date text. */
  dates: number;
  /** Share of bare numbers that are not plausible dates. */
  numbers: number;
  /** Distinct texts ÷ filled (texts only, counted up to {@link MAX_DISTINCT}). */
  distinctRatio: number;
  distinct: number;
  /** Distinct values (numbers and texts, the whole sample) ÷ filled: 1 when every cell differs. */
  uniqueRatio: number;
  /** Mean text length. */
  meanLength: number;
  /** Share of e-mail addresses. */
  emails: number;
  /**
   * Share of cells whose words are known to each vocabulary. Worked out on first read of a kind:
   * only the columns a vocabulary field might take are asked.
   */
  hits: Record<VocabularyKind, number>;
  /** The distinct texts seen (at most {@link MAX_DISTINCT}), for the vocabulary and the explanation. */
  values: string[];
}

const MAX_DISTINCT = 64;
/** Date serials read as dates when a number has no date format: 1990–2060. */
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 58_806;
const KINDS: readonly VocabularyKind[] = ['status', 'type', 'source', 'priority', 'effectiveness'];

/**
 * Profiles the columns `[0, width)` of the rows `[from, to)` of a grid.
 *
 * @example profileColumns({ values: [['Open', '2026-01-31']] }, 0, 1, 2)[1].dates // 1
 */
export function profileColumns(grid: Grid, from: number, to: number, width: number): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  for (let c = 0; c < width; c++) out.push(profileColumn(grid, from, to, c));
  return out;
}

function profileColumn(grid: Grid, from: number, to: number, c: number): ColumnProfile {
  let filled = 0;
  let dates = 0;
  let numbers = 0;
  let length = 0;
  let emails = 0;
  const counts = new Map<string, number>();
  const unique = new Set<string | number>();
  for (let r = from; r < to; r++) {
    const v = cellAt(grid, r, c);
    if (isBlank(v)) continue;
    if (typeof v === 'number') {
      filled++;
      unique.add(v);
      if (isDateFormat(formatAt(grid, r, c)) || (v >= SERIAL_MIN && v <= SERIAL_MAX)) dates++;
      else numbers++;
      continue;
    }
    const t = cellText(v);
    if (isMissing(t) && !isStatusWord(t)) continue;
    filled++;
    unique.add(t);
    length += t.length;
    if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(t)) emails++;
    if (/^-?\d+([.,]\d+)?%?$/.test(t)) numbers++;
    else if (t.length <= 40 && /\d/.test(t) && parseTextDate(t).kind === 'date') dates++;
    if (counts.size < MAX_DISTINCT || counts.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const texts = filled - numbers - dates;
  const hits = lazyHits(counts, filled, texts);
  return {
    filled,
    dates: filled ? dates / filled : 0,
    numbers: filled ? numbers / filled : 0,
    distinct: counts.size,
    distinctRatio: filled ? counts.size / filled : 0,
    uniqueRatio: filled ? unique.size / filled : 0,
    meanLength: texts > 0 ? length / texts : 0,
    emails: filled ? emails / filled : 0,
    hits,
    values: [...counts.keys()],
  };
}

/** The hit shares, each computed when first read and then kept. */
function lazyHits(
  counts: ReadonlyMap<string, number>,
  filled: number,
  texts: number,
): Record<VocabularyKind, number> {
  const out = {} as Record<VocabularyKind, number>;
  for (const kind of KINDS) {
    let value: number | undefined;
    Object.defineProperty(out, kind, {
      enumerable: true,
      get() {
        if (value === undefined) {
          let n = 0;
          if (texts > 0) for (const [t, count] of counts) if (wordFits(kind, t)) n += count;
          value = texts > 0 ? n / filled : 0;
        }
        return value;
      },
    });
  }
  return out;
}

/** Whether a text is a word of a vocabulary, remembered: registers repeat their words. */
const wordFits = (kind: VocabularyKind, text: string) => FITS[kind](text);
const FITS = Object.fromEntries(
  KINDS.map((kind) => [kind, boundedMemo((text: string) => fitsUncached(kind, text), 8192)]),
) as Record<VocabularyKind, (text: string) => boolean>;

/** Vocabulary words are short: a sentence that happens to hold "open" is not a status. */
function fitsUncached(kind: VocabularyKind, text: string): boolean {
  if (text.length > 40 || normalizeWords(text).split(' ').length > 5) return false;
  if (kind === 'status') return isStatusWord(text);
  return lookupWord(kind, text) !== undefined;
}

/**
 * How many of a column's first `max` filled cells, between rows `startIdx` and `endIdx`, pass
 * `test`: the share a detector asks of a sample ("are these yes/no answers?", "marks?").
 *
 * @example sampleAnswers(grid, 4, 1, 40, (v) => yesNo(v) !== undefined) // { filled: 12, answers: 12 }
 */
export function sampleAnswers(
  grid: Grid,
  colIndex: number,
  startIdx: number,
  endIdx: number,
  test: (value: CellValue) => boolean,
  max = 200,
): { filled: number; answers: number } {
  let filled = 0;
  let answers = 0;
  for (let r = startIdx; r < endIdx && filled < max; r++) {
    const v = cellAt(grid, r, colIndex);
    if (isBlank(v)) continue;
    filled++;
    if (test(v)) answers++;
  }
  return { filled, answers };
}
