/**
 * A status word the lexicon does not know, on rows that all carry a closing date: the register's
 * own dates say what it means. An RNC log's "Reincidente" (closed, but it recurred) has its
 * closing date and days-to-close filled on every row, as "Fechada" has; left unknown, 123 closed
 * non-conformities are counted open. The word is read as closed (or implemented, when only a
 * completion date says it and the register also has a closing-date column), said once.
 */
import type { DateParse } from '../dates';
import type { CellValue } from '../grid';
import type { State } from '../model';
import { cellText } from '../text';
import { assumeWord, wordKey, type VocabularyMap } from '../mapping/vocabulary';

/** What the reading needs of an action row: its status cell, its state and its dates. */
export interface DatedRow {
  state?: State;
  statusIsOverdue: boolean;
  values: { status?: CellValue };
  dates: { closedDate?: DateParse; completionDate?: DateParse };
}

/** Rows a word must be on before its dates say what it means. */
const MIN_ROWS = 2;

/** The state a row's dates give, when they say it finished; undefined otherwise. */
function finishedState(dates: DatedRow['dates'], hasClosedColumn: boolean): State | undefined {
  if (dates.closedDate?.kind === 'date') return 'closed';
  if (dates.completionDate?.kind === 'date') return hasClosedColumn ? 'implemented' : 'closed';
  return undefined;
}

/**
 * Reads each unknown status word whose rows (two or more) all have a closing or completion date
 * as the state those dates give; sets the rows' state and the vocabulary's entry, and replaces the
 * word's "unknown" note with the reading. Words the user mapped are never in question: they are
 * known. Returns the words read.
 *
 * @example settleByClosingDates(actions, vocabulary, true) // ['reincidente']
 */
export function settleByClosingDates(
  actions: DatedRow[],
  vocabulary: VocabularyMap<'status'>,
  hasClosedColumn: boolean,
): string[] {
  const unknown = new Set(vocabulary.notes.filter((n) => n.level === 'unknown').map((n) => wordKey(n.word)));
  if (unknown.size === 0) return [];
  const seen = new Map<string, { rows: DatedRow[]; state: State | undefined; agree: boolean }>();
  // A register repeats a handful of words on every row: each text is keyed once.
  const keys = new Map<string, string>();
  for (const action of actions) {
    if (action.state !== undefined || action.statusIsOverdue) continue;
    const text = cellText(action.values.status);
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = wordKey(text)));
    if (!unknown.has(key)) continue;
    const finished = finishedState(action.dates, hasClosedColumn);
    const entry = seen.get(key);
    if (!entry) seen.set(key, { rows: [action], state: finished, agree: finished !== undefined });
    else {
      entry.rows.push(action);
      if (finished === undefined || finished !== entry.state) entry.agree = false;
    }
  }
  const settled: string[] = [];
  for (const [key, { rows, state, agree }] of seen) {
    if (!agree || !state || rows.length < MIN_ROWS) continue;
    for (const action of rows) action.state = state;
    const date = state === 'closed' ? 'closing' : 'completion';
    const as = `${state}: every one of its ${rows.length} rows has its ${date} date`;
    assumeWord(vocabulary.map, vocabulary.notes, key, vocabulary.words[key] ?? key, state, as);
    settled.push(key);
  }
  return settled;
}
