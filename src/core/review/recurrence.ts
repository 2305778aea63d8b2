/**
 * Recurring nonconformities (ISO/IEC 27001:2022 10.2 b 3: "determining if similar
 * nonconformities exist, or could potentially occur"). Two NCs raised within 12 months of each
 * other (the later one raised at least a day after the earlier: NCs raised the same day are
 * findings of one audit or incident, not a recurrence) are linked when they:
 * - name the same requirement — the same clause or Annex A control (2013 references count as
 *   the 2022 controls they map to), or
 * - have very similar titles — the sets of title words, lower-cased, accents folded, a trailing
 *   plural "s" dropped, numbers and stop-words left out, overlap by a Jaccard index of at least
 *   0.6 (shared words / all words), with at least two words on each side, or
 * - record the same cause category for the same requirement area (the same clause or Annex A
 *   theme: "Process" on two A.8 controls). A cause category alone is not enough: a register has
 *   about seven categories, so it would link nearly every NC to another.
 */
import { isNc } from '../model';
import { dayOf, textOf, type Action, type Register } from '../register';
import { parseRequirements } from '../requirements';
import { boundedMemo } from '../memo';
import { isPlainAscii, normalizeWords } from '../text';

/** Days within which a similar NC counts as a recurrence. */
export const RECURRENCE_WINDOW_DAYS = 365;
/** Jaccard index of the title words at or above which two titles are "very similar". */
export const TITLE_SIMILARITY = 0.6;

/** Earlier NCs with very similar titles linked per NC (the latest ones). */
const TITLE_LINKS = 3;
/** Earlier titles compared per shared word (the latest ones). */
const TITLE_CANDIDATES = 50;

export type RecurrenceReason = 'requirement' | 'title' | 'cause';

export interface RecurrenceLink {
  /** The earlier NC. */
  earlier: Action;
  reasons: RecurrenceReason[];
  /** The requirement or cause category shared, when that is the reason. */
  shared: string[];
}

export interface RecurringGroup {
  /** Ids (or "row N") of the NCs in the group, earliest raised first. */
  ids: string[];
  rows: number[];
  /** What links them: the shared requirements, cause categories, or "similar titles". */
  because: string[];
}

export interface Recurrences {
  /** Later NC → the earlier NCs it recurs. */
  links: Map<Action, RecurrenceLink[]>;
  groups: RecurringGroup[];
  /** NCs that could be compared (an NC with a valid raised date). */
  comparable: number;
}

const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its not no of on or the to was were ' +
    'with without after before during our their this that than all any some per via over under'
  ).split(' '),
);

/**
 * The words of a title that say what it is about.
 *
 * @example titleWords('Leavers keep access after their last day (London office)') // ['leaver', 'keep', 'access', 'last', 'day', 'london', 'office']
 */
export function titleWords(title: string): string[] {
  // A title's dozen words: a list searched for a repeat costs less than a Set and its copy.
  const out: string[] = [];
  if (!isPlainAscii(title)) {
    for (const w of normalizeWords(title).split(' ')) addTitleWord(out, w, /^\d+$/.test(w));
    return out;
  }
  // Printable ASCII (nearly every title): normalizeWords' words are the runs of letters and
  // digits, lower-cased; found in one pass, without the lower-cased copy, the regex and the split.
  let start = -1;
  let digits = true;
  for (let i = 0; i <= title.length; i++) {
    const c = i < title.length ? title.charCodeAt(i) : 32;
    const lower = c | 32;
    if ((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122)) {
      if (start < 0) {
        start = i;
        digits = true;
      }
      if (c > 57) digits = false;
    } else if (start >= 0) {
      if (i - start >= 2) addTitleWord(out, title.slice(start, i).toLowerCase(), digits);
      start = -1;
    }
  }
  return out;
}

/** Adds a title word once, in the order first seen (as a Set keeps it). */
function addTitleWord(out: string[], w: string, digitsOnly: boolean): void {
  if (w.length < 2 || STOP_WORDS.has(w) || digitsOnly) return;
  const word = w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  if (!out.includes(word)) out.push(word);
}

/** Jaccard index of two word sets (shared words / all words). */
export function jaccard(a: readonly string[] | ReadonlySet<string>, b: readonly string[]): number {
  const set = a instanceof Set ? a : new Set(a as readonly string[]);
  if (set.size === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const w of b) if (set.has(w)) shared++;
  return shared / (set.size + b.length - shared);
}

interface Nc {
  action: Action;
  raised: number;
  requirements: string[];
  /** "cause|area" keys. */
  causes: string[];
  words: string[];
}

function areaOf(id: string): string {
  // A.8.8 → A.8 (the Annex A theme); 9.2.2 → 9 (the clause).
  return id.startsWith('A.') ? id.split('.').slice(0, 2).join('.') : id.split('.')[0];
}

/** The 2022 clauses and controls a requirement cell names (registers repeat a few hundred cells). */
const requirementIds = boundedMemo((cell: string | number | boolean): string[] => {
  const ids = new Set<string>();
  for (const ref of parseRequirements(cell)) {
    if (ref.kind === 'clause' || ref.kind === 'control') ids.add(ref.id);
    else if (ref.kind === 'legacy-2013') for (const id of ref.mapsTo) ids.add(id);
  }
  return [...ids];
}, 8192);

const causeWords = boundedMemo(normalizeWords, 1024);

const NONE: string[] = [];

function ncOf(action: Action, raised: number): Nc {
  const cell = action.values.requirement;
  // requirementIds' lists hold each id once and are never changed: shared, not copied.
  const requirements = cell !== undefined && cell !== '' ? requirementIds(cell) : NONE;
  const cause = requirements.length > 0 ? causeWords(textOf(action, 'causeCategory')) : '';
  const words = titleWords(textOf(action, 'title') || textOf(action, 'description'));
  const causes = cause ? causeKeys(cause, requirements) : NONE;
  return { action, raised, requirements, causes, words };
}

/** "cause|area" per distinct area of the requirements, in their order. */
function causeKeys(cause: string, requirements: readonly string[]): string[] {
  if (requirements.length === 1) return [`${cause}|${areaOf(requirements[0])}`];
  return [...new Set(requirements.map((r) => `${cause}|${areaOf(r)}`))];
}

function nameOf(action: Action): string {
  return action.id || `row ${action.row}`;
}

/**
 * Finds the NCs that recur an earlier NC within 12 months, and groups them. Cost grows with the
 * pairs that share something, not with all pairs: NCs are indexed by requirement, cause and
 * title word, and titles are compared only when they share one of their rarer words (a Jaccard
 * index of 0.6 is impossible otherwise).
 *
 * @example findRecurrences(register).groups[0].ids // ['NC-003', 'NC-017']
 */
export function findRecurrences(register: Register): Recurrences {
  // The rule and the review figures both ask; the answer is the register's, computed once.
  let found = memo.get(register);
  if (!found) memo.set(register, (found = computeRecurrences(register)));
  return found;
}

const memo = new WeakMap<Register, Recurrences>();

function computeRecurrences(register: Register): Recurrences {
  const ncs: Nc[] = [];
  const actions = register.actions;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    if (!isNc(action.type)) continue;
    const raised = dayOf(action, 'raisedDate');
    if (raised !== undefined) ncs.push(ncOf(action, raised));
  }
  byRaisedThenRow(ncs);
  // Per later NC (index b): the earlier NCs it recurs, a short list (a few links per key).
  const linksOf: (RecurrenceLink[] | undefined)[] = new Array(ncs.length);
  const keyGroups = new Map<string, Set<number>>();
  const titlePairs: [number, number][] = [];
  const groupOf = (members: ReadonlySet<number>, because: string[]): RecurringGroup => {
    // Indices in ascending order: a typed array sorts numbers without a comparison call per pair.
    const sorted = new Int32Array(members.size);
    let at = 0;
    for (const i of members) sorted[at++] = i;
    sorted.sort();
    const ids: string[] = [];
    const rows: number[] = [];
    for (let k = 0; k < sorted.length; k++) {
      const action = ncs[sorted[k]].action;
      ids.push(nameOf(action));
      rows.push(action.row);
    }
    return { ids, rows, because };
  };
  const link = (i: number, j: number, reason: RecurrenceReason, shared?: string) => {
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    if (ncs[b].raised - ncs[a].raised > RECURRENCE_WINDOW_DAYS) return;
    if (shared) {
      let members = keyGroups.get(shared);
      if (!members) keyGroups.set(shared, (members = new Set<number>()));
      members.add(a).add(b);
    } else titlePairs.push([a, b]);
    const earlier = ncs[a].action;
    // A new link's lists are made with their first element: an empty list's first push reserves
    // room for 17, and these lists outlive the call (21,675 NCs with links on the benchmark's
    // register: about 8 MiB less to allocate and for the collector to move).
    const list = linksOf[b];
    if (!list) {
      linksOf[b] = [{ earlier, reasons: [reason], shared: shared ? [shared] : [] }];
      return;
    }
    let p: RecurrenceLink | undefined;
    for (let x = 0; x < list.length; x++) if (list[x].earlier === earlier) p = list[x];
    if (!p) {
      list.push({ earlier, reasons: [reason], shared: shared ? [shared] : [] });
      return;
    }
    if (!p.reasons.includes(reason)) p.reasons.push(reason);
    if (shared && !p.shared.includes(shared)) p.shared.push(shared);
  };
  // Same key: each NC links to the earlier ones with that key inside the window.
  const byKey = (keysOf: (nc: Nc) => string[], reason: RecurrenceReason, show: (k: string) => string) => {
    // Per key: the NCs in raised order, and where the latest day's run of NCs starts.
    const seen = new Map<string, { list: number[]; day: number; dayStart: number; label: string }>();
    ncs.forEach((nc, j) => {
      const keys = keysOf(nc);
      for (let q = 0; q < keys.length; q++) {
        const k = keys[q];
        let entry = seen.get(k);
        if (!entry) seen.set(k, (entry = { list: [], day: nc.raised, dayStart: 0, label: show(k) }));
        const { list } = entry;
        if (entry.day !== nc.raised) {
          entry.day = nc.raised;
          entry.dayStart = list.length;
        }
        // NCs raised the same day are findings of one audit or incident, not a recurrence: the
        // scan starts before that day's run. The latest earlier NC with the key is enough to say
        // it recurs (the group of the key lists them all) and keeps big registers linear.
        const x = entry.dayStart - 1;
        if (x >= 0 && nc.raised - ncs[list[x]].raised <= RECURRENCE_WINDOW_DAYS)
          link(list[x], j, reason, entry.label);
        list.push(j);
      }
    });
  };
  byKey(
    (nc) => nc.requirements,
    'requirement',
    (k) => k,
  );
  byKey(
    (nc) => nc.causes,
    'cause',
    (k) => {
      const [cause, area] = k.split('|');
      return `${cause} (${area})`;
    },
  );
  titleLinks(ncs, (i, j) => link(i, j, 'title'));

  const links = new Map<Action, RecurrenceLink[]>();
  // The lists are the links themselves (made in their final shape), not copied.
  for (let b = 0; b < linksOf.length; b++) {
    const list = linksOf[b];
    if (list) links.set(ncs[b].action, list);
  }
  // Groups by what is shared (not transitively across different keys, which would chain most
  // NCs of a register into one group): one group per requirement or cause area, one per set of
  // similar titles.
  const groups: RecurringGroup[] = [];
  for (const [shared, members] of keyGroups) {
    if (members.size < 2) continue;
    groups.push(groupOf(members, [shared]));
  }
  // Union-find without recursion (a register of many similar titles makes long chains) and
  // clusters as sets (a list searched per member is quadratic in a big cluster).
  const parent = ncs.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root];
    while (parent[i] !== root) {
      const next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const [i, j] of titlePairs) parent[find(i)] = find(j);
  const clusters = new Map<number, Set<number>>();
  for (const [i, j] of titlePairs)
    for (const x of [i, j]) {
      const r = find(x);
      let members = clusters.get(r);
      if (!members) clusters.set(r, (members = new Set()));
      members.add(x);
    }
  for (const members of clusters.values()) groups.push(groupOf(members, ['similar titles']));
  groups.sort((a, b) => b.ids.length - a.ids.length || a.rows[0] - b.rows[0]);
  for (const list of links.values()) if (list.length > 1) list.sort((a, b) => a.earlier.row - b.earlier.row);
  return { links, groups, comparable: ncs.length };
}

/**
 * Links each NC to the latest earlier NCs (at most {@link TITLE_LINKS}) raised 1 to 365 days before
 * it whose title words overlap its own by a Jaccard index of at least {@link TITLE_SIMILARITY}.
 * Prefix filtering: a title's words ordered rarest first (by how many NCs use the word, then
 * alphabetically), the candidates are the earlier titles (the latest {@link TITLE_CANDIDATES} per
 * word, inside the window) that share one of its first `n − ⌈0.6 n⌉ + 1` words — two titles whose
 * index reaches 0.6 always do. Words are interned once as their rank in that order, so the titles
 * are runs of one Int32Array, each sorted, and two titles are compared by a merge count: nothing
 * is allocated per comparison, each pair is compared once, and a candidate whose length alone
 * rules the index out is not compared. All candidates are compared and the latest similar ones
 * linked, as comparing them latest first and stopping at the third similar one would link.
 */
function titleLinks(ncs: readonly Nc[], link: (earlier: number, later: number) => void): void {
  const n = ncs.length;
  // Each distinct word once: its id, its text and the number of NCs whose title has it. The
  // titles' words as ids, title j at [start[j], start[j + 1]).
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const df: number[] = [];
  const start = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) start[j + 1] = start[j] + ncs[j].words.length;
  const tokens = new Int32Array(start[n]);
  const raisedOf = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const words = ncs[j].words;
    raisedOf[j] = ncs[j].raised;
    for (let k = 0, at = start[j]; k < words.length; k++, at++) {
      let id = idOf.get(words[k]);
      if (id === undefined) {
        id = names.length;
        idOf.set(words[k], id);
        names.push(words[k]);
        df.push(0);
      }
      df[id]++;
      tokens[at] = id;
    }
  }
  // The rank of each word, rarest first and then alphabetically: a title's words sorted by rank
  // are its words in that order (the words of a title are distinct, so the order is total).
  const byRank = names.map((_, id) => id);
  byRank.sort((a, b) => df[a] - df[b] || (names[a] < names[b] ? -1 : 1));
  const rank = new Int32Array(names.length);
  for (let r = 0; r < byRank.length; r++) rank[byRank[r]] = r;
  // Each title's words as their ranks, ascending (a dozen words: an insertion sort).
  for (let j = 0; j < n; j++) {
    const end = start[j + 1];
    for (let at = start[j]; at < end; at++) {
      const r = rank[tokens[at]];
      let k = at;
      for (; k > start[j] && tokens[k - 1] > r; k--) tokens[k] = tokens[k - 1];
      tokens[k] = r;
    }
  }
  // The 64 commonest words (most candidate pairs share only those) as the bits of each title's
  // signature (lo, hi), and the count of its other words: the words two titles share are the
  // common bits they share plus at most the fewer of their other words — exactly the shared bits
  // when either title has no other word.
  const common = byRank.length > 64 ? byRank.length - 64 : 0;
  const sigLo = new Int32Array(n);
  const sigHi = new Int32Array(n);
  const rare = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    for (let at = start[j]; at < start[j + 1]; at++) {
      const bit = tokens[at] - common;
      if (bit < 0) rare[j]++;
      else if (bit < 32) sigLo[j] |= 1 << bit;
      else sigHi[j] |= 1 << (bit - 32);
    }
  }
  // Per word rank: the NCs (in raised order) that have it among their prefix words.
  const index: (number[] | undefined)[] = new Array<number[] | undefined>(names.length);
  // The NC at hand's candidates, each compared once (stamped with the NC's index + 1), and the
  // similar ones.
  const stamp = new Int32Array(n);
  const similarOnes: number[] = [];
  for (let j = 0; j < n; j++) {
    const from = start[j];
    const len = start[j + 1] - from;
    if (len < 2) continue;
    const raised = raisedOf[j];
    const prefix = len - Math.ceil(TITLE_SIMILARITY * len) + 1;
    similarOnes.length = 0;
    for (let k = 0; k < prefix; k++) {
      const w = tokens[from + k];
      let seen = index[w];
      if (!seen) index[w] = seen = [];
      const last = seen.length - TITLE_CANDIDATES;
      for (let x = seen.length - 1; x >= 0 && x >= last; x--) {
        const i = seen[x];
        const days = raised - raisedOf[i];
        if (days > RECURRENCE_WINDOW_DAYS) break;
        if (days <= 0 || stamp[i] === j + 1) continue;
        stamp[i] = j + 1;
        const na = start[i + 1] - start[i];
        if (na < 2) continue;
        // Similar only with shared words ≥ 0.375 × (m + n): s / (m + n − s) ≥ 3/5 ⇔ 8 s ≥ 3 (m + n).
        const need = 3 * (na + len);
        if (8 * (na < len ? na : len) < need) continue;
        const bits = bitCount(sigLo[i] & sigLo[j]) + bitCount(sigHi[i] & sigHi[j]);
        const ra = rare[i];
        const rb = rare[j];
        if (8 * (bits + (ra < rb ? ra : rb)) < need) continue;
        // The other words are the first of each run (the rarest): merged, they give the rest.
        const shared =
          ra === 0 || rb === 0
            ? bits
            : sharedWords(tokens, start[i], start[i] + ra, from, from + rb, bits, need);
        if (shared >= 0 && shared / (na + len - shared) >= TITLE_SIMILARITY) similarOnes.push(i);
      }
      seen.push(j);
    }
    if (similarOnes.length === 0) continue;
    // The latest similar titles first; a few are enough to say the NC recurs.
    if (similarOnes.length > 1) similarOnes.sort((x, y) => y - x);
    for (let c = 0; c < similarOnes.length && c < TITLE_LINKS; c++) link(similarOnes[c], j);
  }
}

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * `known` plus the words two runs of `tokens` ([a, aEnd) and [b, bEnd), distinct word ranks,
 * ascending) share, by a merge count; −1 once even every word left on the shorter side would not
 * bring 8 × shared to `need` (3 × the two titles' words: see {@link titleLinks}).
 */
function sharedWords(
  tokens: Int32Array,
  a: number,
  aEnd: number,
  b: number,
  bEnd: number,
  known: number,
  need: number,
): number {
  let shared = known;
  while (a < aEnd && b < bEnd) {
    if (8 * (shared + (aEnd - a < bEnd - b ? aEnd - a : bEnd - b)) < need) return -1;
    const u = tokens[a];
    const v = tokens[b];
    if (u === v) {
      shared++;
      a++;
      b++;
    } else if (u < v) a++;
    else b++;
  }
  return shared;
}

/**
 * Orders the NCs by raised day, then row, in place — as `sort` by that comparison does. When the
 * rows ascend (the register's order) and the days span a range not much wider than the list, a
 * stable counting pass by day gives that order without a comparison per pair (tens of thousands
 * of NCs); otherwise the comparison sort.
 */
export function byRaisedThenRow<T extends { raised: number; action: { row: number } }>(ncs: T[]): void {
  const n = ncs.length;
  if (n < 2) return;
  let min = ncs[0].raised;
  let max = min;
  let counting = true;
  for (let i = 0; i < n && counting; i++) {
    const d = ncs[i].raised;
    if (!Number.isInteger(d) || (i > 0 && ncs[i].action.row <= ncs[i - 1].action.row)) counting = false;
    else if (d < min) min = d;
    else if (d > max) max = d;
  }
  if (!counting || max - min > 4 * n + 65_536) {
    ncs.sort((a, b) => a.raised - b.raised || a.action.row - b.action.row);
    return;
  }
  const starts = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) starts[ncs[i].raised - min + 1]++;
  for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
  const sorted: T[] = new Array<T>(n);
  for (let i = 0; i < n; i++) sorted[starts[ncs[i].raised - min]++] = ncs[i];
  for (let i = 0; i < n; i++) ncs[i] = sorted[i];
}

/** "same requirement A.8.8", "similar title", "same cause category process (A.8)". */
export function describeLink(link: RecurrenceLink): string {
  const { reqs, causes } = sharedOf(link);
  return describeShared(link, reqs, causes);
}

/** {@link describeLink} given what the link shares ({@link sharedOf}), when the caller has it already. */
export function describeShared(link: RecurrenceLink, reqs: string, causes: string): string {
  let parts = '';
  if (link.reasons.includes('requirement')) parts = `same requirement ${reqs}`;
  if (link.reasons.includes('title')) parts = parts ? `${parts}; similar title` : 'similar title';
  if (link.reasons.includes('cause'))
    parts = parts ? `${parts}; same cause category ${causes}` : `same cause category ${causes}`;
  return `${nameOf(link.earlier)} (${parts})`;
}

/**
 * What a link shares, as text: the requirements, and the cause categories ("process (A.8)"),
 * each list joined by ", " (one pass, no filtered copies: a big register has tens of thousands).
 */
export function sharedOf(link: RecurrenceLink): { reqs: string; causes: string } {
  let reqs = '';
  let causes = '';
  for (const s of link.shared) {
    if (s.includes('(')) causes = causes ? `${causes}, ${s}` : s;
    else reqs = reqs ? `${reqs}, ${s}` : s;
  }
  return { reqs, causes };
}
