import { HEADER_LEXICONS } from '../detect/lexicons';
import { cellText, hasCjk, isBlank, normalizeWords, oneTypo } from '../text';
import { columnLetter, columnNumber, gridWidth, type Grid } from '../grid';
import { DATE_FIELDS, FIELDS, type FieldKey } from '../model';
import { ALIASES } from './aliases';
import { boundedMemo } from '../memo';
import { fieldFit } from '../detect/fit';
import { isMark, stageOfHeader, stageRuns } from '../detect/stageColumns';
import { profileColumns, type ColumnProfile } from '../detect/profile';
import { sideBlockColumns } from '../detect/sideBlock';
import { stackedHeaderRow } from '../detect/stackedHeader';

/** How sure the mapping of one column is. */
export type Confidence = 'override' | 'exact' | 'alias' | 'fuzzy' | 'content';

export interface MappedColumn {
  field: FieldKey;
  /** 1-based sheet column. */
  column: number;
  letter: string;
  header: string;
  confidence: Confidence;
  /** 0–1: how sure the choice is, header and cells together (1 for an override). */
  score?: number;
  /** What the cells said ("96 % of the cells are dates"). */
  reason?: string;
  /** The next best column for this field, when there was one. */
  runnerUp?: { letter: string; header: string };
  /** The cells' factor on the header's score: above 1 the cells confirm the field. */
  fit?: number;
  /** The status column's distinct words in the sample (evidence of what kind of sheet it is). */
  values?: string[];
}

export interface HeaderMapping {
  /** 1-based sheet row of the header. */
  headerRow: number;
  columns: Partial<Record<FieldKey, MappedColumn>>;
  unmapped: { column: number; letter: string; header: string }[];
  /** Columns that would map to a field already taken by an equally good column. */
  duplicates: { field: FieldKey; column: number; letter: string; header: string; keptLetter: string }[];
  /** Overrides that named a header or column that does not exist. */
  badOverrides: { field: string; target: string }[];
  /** Columns whose header suggested a field that their cells ruled out ("Target_Assets"). */
  ruledOut: { field: FieldKey; letter: string; header: string; reason: string }[];
  /**
   * A date field's earlier column, read where the revised one is blank or not a date: POA&Ms
   * fill "Updated scheduled completion date" only when the initial one moved.
   */
  fallbacks?: Partial<Record<FieldKey, MappedColumn>>;
}

/** Explicit mapping: field → header text or column letter (`'H'`), as a user or `--map` gives it. */
export type FieldOverrides = Partial<Record<FieldKey, string>>;

const STOPWORDS = new Set([
  'of',
  'the',
  'to',
  'for',
  'and',
  'or',
  'a',
  'an',
  'in',
  'on',
  'de',
  'la',
  'el',
  'del',
  'y',
  'e',
  'if',
  // Linking words of the other languages, so "Prazo para adequação" reads as its content words.
  'para',
  'por',
  'pela',
  'pelo',
  'da',
  'do',
  'das',
  'dos',
  'du',
  'des',
  'le',
  'les',
  'd',
  'l',
  'di',
  'per',
  'della',
  'delle',
  'dei',
  'der',
  'die',
  'zur',
  'zum',
  'fur',
  'van',
  'het',
  'voor',
]);
/** A match must score at least this to count. */
const MIN_SCORE = 50;
const MAX_HEADER_SCAN_ROWS = 20;
/**
 * Rows looked at for a header when none is in the first rows: an action table under a form's
 * header (minutes of a meeting) or under a dashboard's charts.
 */
const LATER_HEADER_ROWS = 60;

interface PreparedPhrase {
  words: string[];
  joined: string;
  /** The phrase without spaces: "target date" also reads "TARGETDATE", "constats d audit" "CONSTATSDAUDIT". */
  compact: string;
  /** Written in Chinese or Japanese script: matched inside a header's words, as those scripts have no spaces. */
  cjk: boolean;
}
interface PreparedField {
  field: FieldKey;
  phrases: PreparedPhrase[];
  not: Set<string>;
}

/**
 * "No conformidad", "non conformité", "não conformidade": the negation is part of one term, not a
 * word of its own ("no" is also the number sign, "N°"). Header texts and alias phrases alike are
 * read with the term as one word.
 */
const NEGATED_TERM =
  /\b(?:no|non|nao|nicht|niet|nie) (conformidad(?:es)?|conformit(?:y|ies)|conformite|conformita|conformidades?|konformitat|conformance|conforme?)\b/g;

function joinTerms(normalized: string): string {
  return normalized.includes(' ') ? normalized.replace(NEGATED_TERM, 'non$1') : normalized;
}

function preparePhrase(p: string): PreparedPhrase {
  const joined = joinTerms(normalizeWords(p));
  return {
    joined,
    words: joined.split(' ').filter((w) => !STOPWORDS.has(w)),
    compact: joined.replace(/ /g, ''),
    cjk: hasCjk(joined),
  };
}

const PREPARED: PreparedField[] = FIELDS.map((field) => ({
  field,
  phrases: [
    ...new Set([...ALIASES[field].phrases, ...HEADER_LEXICONS.flatMap((l) => l.fields[field] ?? [])]),
  ].map(preparePhrase),
  not: new Set((ALIASES[field].not ?? []).map((w) => normalizeWords(w)).filter(Boolean)),
}));

interface Scored {
  score: number;
  confidence: Confidence;
}

/**
 * Scores one header against one field: an exact alias scores highest; otherwise the share of the
 * header's words covered by an alias phrase, with a small penalty for a typo match.
 */
function scoreHeader(normalized: string, words: string[], prepared: PreparedField): Scored | undefined {
  for (const w of words) if (prepared.not.has(w)) return undefined;
  let best: Scored | undefined;
  const content = words.filter((w) => !STOPWORDS.has(w));
  if (content.length === 0) return undefined;
  const runTogether = content.length === 1 && content[0].length >= 7 ? content[0] : undefined;
  for (const phrase of prepared.phrases) {
    if (phrase.joined === normalized) return { score: 1000 + phrase.joined.length, confidence: 'exact' };
    if (phrase.words.length === 0) continue;
    if (runTogether !== undefined && phrase.words.length > 1 && phrase.compact === runTogether) {
      const score = 600 + 10 * phrase.words.length;
      if (!best || score > best.score) best = { score, confidence: 'alias' };
      continue;
    }
    let typo = false;
    let all = true;
    // Characters of the header covered by phrase words found inside a longer word (CJK only).
    let inside = 0;
    for (const pw of phrase.words) {
      if (content.includes(pw)) continue;
      if (phrase.cjk && pw.length >= 2 && content.some((w) => w.includes(pw))) inside += pw.length;
      else if (content.some((w) => oneTypo(w, pw))) typo = true;
      else {
        all = false;
        break;
      }
    }
    if (!all) continue;
    // The last word of a longer header is what it is ("NCR Close Out Status", "Information Asset
    // Owner"): a one-word phrase found there covers at least half of it.
    const headNoun =
      phrase.words.length === 1 && content.length > 2 && content[content.length - 1] === phrase.words[0];
    const coverage =
      headNoun && inside === 0
        ? Math.max(0.5, phrase.words.length / content.length)
        : inside > 0
          ? (inside + phrase.words.reduce((n, pw) => n + (content.includes(pw) ? pw.length : 0), 0)) /
            content.reduce((n, w) => n + w.length, 0)
          : phrase.words.length / content.length;
    const score =
      100 * coverage + 10 * phrase.words.length - (typo ? 15 : 0) + (coverage === 1 && !typo ? 500 : 0);
    const confidence: Confidence = typo ? 'fuzzy' : coverage === 1 && inside === 0 ? 'exact' : 'alias';
    if (!best || score > best.score) best = { score, confidence };
  }
  return best;
}

/** A word without one of its letters, each way: two words one typo apart share one of these. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Every word of every alias phrase, and each without one letter where a typo is allowed (6
 * letters or more): a header none of whose words is among them — nor one letter away — matches
 * no phrase, and is not scored against them all (a sheet of thousands of distinct texts).
 */
const PHRASE_WORDS = new Set<string>();
/** The alias words as written (no typo forms), of two letters or more: what a run-together header is split into. */
const PHRASE_WORDS_EXACT = new Set<string>();
const PHRASE_TEXTS = new Set<string>();
let CJK_PHRASES = false;
for (const prepared of PREPARED) {
  for (const phrase of prepared.phrases) {
    PHRASE_TEXTS.add(phrase.joined);
    PHRASE_TEXTS.add(phrase.compact);
    if (phrase.cjk) CJK_PHRASES = true;
    for (const w of phrase.words) {
      PHRASE_WORDS.add(w);
      if (w.length >= 2 && /^[a-z]+$/.test(w)) PHRASE_WORDS_EXACT.add(w);
      if (w.length >= 6) for (const d of deletions(w)) PHRASE_WORDS.add(d);
    }
  }
}

function mayScore(normalized: string, words: readonly string[]): boolean {
  if (PHRASE_TEXTS.has(normalized) || PHRASE_TEXTS.has(normalized.replace(/ /g, ''))) return true;
  if (CJK_PHRASES && hasCjk(normalized)) return true;
  for (const w of words) {
    if (PHRASE_WORDS.has(w) || PHRASE_TEXTS.has(w)) return true;
    if (w.length >= 6 && deletions(w).some((d) => PHRASE_WORDS.has(d))) return true;
  }
  return false;
}

/**
 * Every field a header could be, with its score — remembered by the header's words: the same
 * headers are read on every validation, and the scan reads each of the first rows as a header.
 */
const headerScores = boundedMemo((normalized: string): (Scored & { field: FieldKey })[] => {
  const words = normalized.split(' ');
  if (!mayScore(normalized, words)) return [];
  const out: (Scored & { field: FieldKey })[] = [];
  for (const prepared of PREPARED) {
    const s = scoreHeader(normalized, words, prepared);
    if (s && s.score >= MIN_SCORE) out.push({ field: prepared.field, ...s });
  }
  return out;
}, 4096);

/** A set of the words of a space-separated list. */
const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/**
 * When two columns name the same field, the one that says it is the current one wins: a revised
 * deadline over the initial one ("Current Deadline" / "Initial Deadline", "Revised target date"
 * / "Original due date"), the action's status over the finding's ("Recommendation Status" /
 * "Finding Status"). A nudge of the score: it decides between headers of the same field that
 * match alike, even when the revised column is sparser (it is filled only where a date moved),
 * never against a much better match (the header "Status" over "Previous status").
 */
const CURRENT_WORDS = wordSet(
  'current revised latest updated extended adjusted rescheduled new aktuell aktuelle neu neue neuer angepasst geandert revidiert actuelle actuel nouvelle nouveau revisee revise reportee attuale nuova rivista aggiornata revisada nueva atual nova revista',
);
const FORMER_WORDS = wordSet(
  'initial original originally previous old first baseline prior former ursprunglich ursprungliche alt alte erste initiale ancienne premiere inicial iniziale originale precedente primera antigua anterior',
);
/** Whose status a status column is: the action's wins over the finding's or the audit's. */
const ACTION_OWNER_WORDS = wordSet(
  'action actions recommendation recommendations remediation capa car measure measures corrective improvement task plan mitigation treatment massnahme massnahmen action corrective accion acciones azione azioni acao acoes intezkedes intezkedesek',
);
const FINDING_OWNER_WORDS = wordSet(
  'finding findings audit issue observation incident risk review report feststellung constat hallazgo rilievo constatacao megallapitas',
);
/**
 * Whose owner or deadline a column is: the action's execution ("Responsable de ejecución", "Fecha
 * límite de ejecución") over the later check of it ("Responsable de evaluación", "Fecha límite de
 * evaluación", "Effectiveness check due"), which a register keeps beside them.
 */
const EXECUTION_WORDS = wordSet(
  'execution implementation ejecucion implementacion execucao implementacao esecuzione attuazione umsetzung durchfuhrung realisation uitvoering',
);
const CHECK_WORDS = wordSet(
  'evaluation evaluacion avaliacao valutazione verification verificacion verificacao verifica effectiveness eficacia efficacia wirksamkeit efficacite doeltreffendheid seguimiento followup',
);
const EXECUTED_FIELDS: ReadonlySet<FieldKey> = new Set(['owner', 'targetDate', 'completionDate']);
/** Score factors: the current column over the earlier one, the action's status over the finding's. */
const CURRENT = 1.25;
const FORMER = 0.8;
const ACTION_STATUS = 1.1;
const FINDING_STATUS = 0.9;
const EXECUTED = 1.1;
const CHECKED = 0.85;

/** The revised column's factor (above 1), the initial one's (below 1), or 1. */
function currency(normalized: string): number {
  let nudge = 1;
  for (const w of normalized.split(' ')) {
    if (CURRENT_WORDS.has(w)) nudge = CURRENT;
    else if (FORMER_WORDS.has(w)) nudge = FORMER;
  }
  return nudge;
}

function currencyNudge(field: FieldKey, normalized: string): number {
  let nudge = currency(normalized);
  for (const w of normalized.split(' ')) {
    if (CURRENT_WORDS.has(w) || FORMER_WORDS.has(w)) continue;
    if (field === 'status' && ACTION_OWNER_WORDS.has(w)) nudge = Math.max(nudge, ACTION_STATUS);
    else if (field === 'status' && FINDING_OWNER_WORDS.has(w)) nudge = Math.min(nudge, FINDING_STATUS);
    else if (EXECUTED_FIELDS.has(field) && EXECUTION_WORDS.has(w)) nudge = Math.max(nudge, EXECUTED);
    else if (EXECUTED_FIELDS.has(field) && CHECK_WORDS.has(w)) nudge = Math.min(nudge, CHECKED);
  }
  return nudge;
}

interface Candidate {
  column: number;
  field: FieldKey;
  score: number;
  confidence: Confidence;
  normalized: string;
  reason?: string;
  fit?: number;
  values?: string[];
}

/** "dueDate" → "due Date", "POAMStatus" → "POAM Status": camelCase headers are words too. */
export function headerWords(header: string): string {
  return splitRunTogether(
    expandShortWords(
      joinTerms(
        normalizeWords(
          header
            // "POA&M", "Q&A": an abbreviation joined by "&" is one word ("POAM").
            .replace(/\b([A-Za-z]{1,3}) ?& ?([A-Za-z]{1,3})\b/g, '$1$2')
            .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
            .replace(/([A-Z]+)([A-Z][a-z]{2,})/g, '$1 $2')
            // "CAR #", "#": the number sign is the word "no".
            .replace(/#/g, ' no '),
        ),
      ),
    ),
  );
}

/**
 * "STATUTTACHE", "DATEECHEANCE", "ACTIONOWNER": a database export's header in capitals, its words
 * run together, read as the words of the aliases it is made of ("statut tache"). Only a single
 * word of 7 letters or more that is no alias word itself, split into two to four alias words of
 * two letters or more (the fewest that cover it); otherwise left as it is.
 */
const splitRunTogether = boundedMemo((normalized: string): string => {
  if (normalized.length < 7 || normalized.length > 40 || !/^[a-z]+$/.test(normalized)) return normalized;
  if (PHRASE_WORDS_EXACT.has(normalized) || PHRASE_TEXTS.has(normalized)) return normalized;
  const n = normalized.length;
  // best[i]: the fewest words covering normalized.slice(0, i), and where the last one starts.
  const best: { count: number; from: number }[] = [{ count: 0, from: -1 }];
  for (let i = 1; i <= n; i++) {
    best[i] = { count: Infinity, from: -1 };
    for (let j = Math.max(0, i - 20); j <= i - 2; j++) {
      if (best[j].count === Infinity || !PHRASE_WORDS_EXACT.has(normalized.slice(j, i))) continue;
      if (best[j].count + 1 < best[i].count) best[i] = { count: best[j].count + 1, from: j };
    }
  }
  if (best[n].count < 2 || best[n].count > 4) return normalized;
  const words: string[] = [];
  for (let i = n; i > 0; i = best[i].from) words.unshift(normalized.slice(best[i].from, i));
  return words.join(' ');
}, 2048);

/**
 * Short forms of header words that database exports and hand-made logs use ("ncr_desc",
 * "ver_stat", "resp_person", "tgt_dt"), read as the word. Only forms with one meaning in a
 * register's header: "ver" (version or verification) and "rev" (revision or revised) are not.
 */
const SHORT_WORDS: Readonly<Record<string, string>> = {
  desc: 'description',
  descr: 'description',
  stat: 'status',
  sts: 'status',
  src: 'source',
  resp: 'responsible',
  tgt: 'target',
  dt: 'date',
  corr: 'correction',
  prio: 'priority',
  sev: 'severity',
  cat: 'category',
  dept: 'department',
  compl: 'completion',
  orig: 'original',
  est: 'estimated',
  num: 'number',
};
const SHORT_WORD = new RegExp(`\\b(?:${Object.keys(SHORT_WORDS).join('|')})\\b`, 'g');

function expandShortWords(words: string): string {
  return words.replace(SHORT_WORD, (w) => SHORT_WORDS[w] ?? w);
}

/** A header's words in parentheses or brackets: a hint (allowed values, a unit, a format). */
const HINT = /\s*[([][^)\]]*[)\]]\s*/g;

/**
 * The fields a header could be: scored on its words, and on its words without a hint in
 * parentheses ("Status (Open/Closed)", "Due date [dd/mm/yyyy]"), the better of the two kept.
 */
function scoresOf(header: string, normalized: string): (Scored & { field: FieldKey })[] {
  const scores = headerScores(normalized);
  if (!header.includes('(') && !header.includes('[')) return scores;
  const bare = headerWords(header.replace(HINT, ' '));
  if (!bare || bare === normalized) return scores;
  const best = new Map(scores.map((s) => [s.field, s] as const));
  for (const s of headerScores(bare)) {
    const had = best.get(s.field);
    if (!had || s.score > had.score) best.set(s.field, s);
  }
  return [...best.values()];
}

/** A column whose words are known states, where no header names the status (content only). */
const CONTENT_STATUS = { hits: 0.7, maxDistinct: 15, score: 60 };

/** Maps one header row. Columns are 1-based sheet columns. */
export function mapHeaderRow(
  headers: string[],
  headerRow: number,
  firstColumn = 1,
  overrides: FieldOverrides = {},
  profiles?: readonly (ColumnProfile | undefined)[],
): HeaderMapping {
  const columns: Partial<Record<FieldKey, MappedColumn>> = {};
  const taken = new Set<number>();
  const badOverrides: HeaderMapping['badOverrides'] = [];
  const ruledOut: HeaderMapping['ruledOut'] = [];
  const normalizedHeaders = headers.map((h) => headerWords(h));

  for (const [field, target] of Object.entries(overrides) as [FieldKey, string][]) {
    if (!FIELDS.includes(field)) {
      badOverrides.push({ field, target });
      continue;
    }
    const idx = findOverrideColumn(target, headers, normalizedHeaders, firstColumn);
    if (idx < 0) {
      badOverrides.push({ field, target });
      continue;
    }
    const column = idx + firstColumn;
    columns[field] = overrideColumn(field, column, headers[idx]);
    taken.add(column);
  }

  const candidates: Candidate[] = [];
  normalizedHeaders.forEach((normalized, idx) => {
    if (!normalized) return;
    const column = idx + firstColumn;
    if (taken.has(column)) return;
    const profile = profiles?.[idx];
    for (const s of scoresOf(headers[idx], normalized)) {
      if (columns[s.field]) continue;
      const nudge = currencyNudge(s.field, normalized);
      if (!profile) {
        candidates.push({ column, normalized, ...s, score: s.score * nudge });
        continue;
      }
      const fit = fieldFit(s.field, profile, s.confidence === 'exact');
      if (fit.factor === 0) {
        ruledOut.push({
          field: s.field,
          letter: columnLetter(column),
          header: headers[idx],
          reason: fit.reason,
        });
        continue;
      }
      candidates.push({
        column,
        field: s.field,
        normalized,
        score: s.score * fit.factor * nudge,
        confidence: s.confidence,
        reason: fit.reason,
        fit: fit.factor,
        values: s.field === 'status' ? profile.values.slice(0, 20) : undefined,
      });
    }
  });
  if (profiles && !columns.status && !candidates.some((c) => c.field === 'status')) {
    // No header names the status: a column of known state words is one (confidence "content").
    profiles.forEach((p, idx) => {
      if (
        !p ||
        p.filled < 3 ||
        p.hits.status < CONTENT_STATUS.hits ||
        p.distinct > CONTENT_STATUS.maxDistinct
      )
        return;
      const column = idx + firstColumn;
      if (taken.has(column)) return;
      candidates.push({
        column,
        field: 'status',
        normalized: normalizedHeaders[idx],
        score: CONTENT_STATUS.score,
        confidence: 'content',
        reason: `${Math.round(p.hits.status * 100)} % of the cells are workflow states`,
        fit: 1.3,
        values: p.values.slice(0, 20),
      });
    });
  }
  // Best pairs first; ties go to the leftmost column (registers put the main column first).
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const duplicates: HeaderMapping['duplicates'] = [];
  // The next candidate for the same field on another column (for the confidence).
  const runnerUpOf = (c: Candidate) =>
    candidates.find((o) => o.field === c.field && o.column !== c.column && o.score <= c.score)?.score;
  for (const c of candidates) {
    if (taken.has(c.column)) continue;
    const existing = columns[c.field];
    if (existing) {
      if (!existing.runnerUp && existing.confidence !== 'override')
        existing.runnerUp = { letter: columnLetter(c.column), header: headers[c.column - firstColumn] };
      if (existing.confidence !== 'override' && headerWords(existing.header) === c.normalized) {
        duplicates.push({
          field: c.field,
          column: c.column,
          letter: columnLetter(c.column),
          header: headers[c.column - firstColumn],
          keptLetter: existing.letter,
        });
        taken.add(c.column);
      }
      continue;
    }
    columns[c.field] = {
      field: c.field,
      column: c.column,
      letter: columnLetter(c.column),
      header: headers[c.column - firstColumn],
      confidence: c.confidence,
      score: confidenceScore(c, runnerUpOf(c)),
      reason: c.reason,
      fit: c.fit,
      ...(c.values ? { values: c.values } : {}),
    };
    taken.add(c.column);
  }
  if (profiles) preferUniqueId(columns, taken, profiles, firstColumn);
  if (profiles) bareDateBesideCreation(columns, taken, headers, normalizedHeaders, profiles, firstColumn);
  finishBesideStart(columns, taken, headers, normalizedHeaders, profiles, firstColumn);
  const fallbacks = revisedDateFallbacks(columns, candidates, taken, headers, firstColumn);
  const unmapped = headers
    .map((header, idx) => ({ column: idx + firstColumn, letter: columnLetter(idx + firstColumn), header }))
    .filter((h) => h.header.trim() !== '' && !taken.has(h.column));
  // Rebuilt in one step: filled field by field, an object of this many keys becomes a hash table,
  // and the rules look a column up for every row.
  const compact = Object.fromEntries(Object.entries(columns)) as HeaderMapping['columns'];
  return {
    headerRow,
    columns: compact,
    unmapped,
    duplicates,
    badOverrides,
    ruledOut,
    ...(fallbacks ? { fallbacks } : {}),
  };
}

/** A date header that says nothing more: "Date", "Fecha", "Datum", "Data". */
const BARE_DATE = new Set(['date', 'fecha', 'datum', 'data', 'dato']);
/** A header that names the day a row was created. */
const CREATION = new Set(
  [
    'created',
    'created on',
    'created at',
    'created date',
    'date created',
    'creation date',
    'creada',
    'creado',
    'fecha de creacion',
    'criado',
    'criada',
    'data de criacao',
    'date de creation',
    'cree le',
    'erstellt',
    'erstellt am',
    'aangemaakt',
    'data di creazione',
    'data utworzenia',
  ].map((h) => headerWords(h)),
);

/**
 * A bare "Fecha" beside a "Creada" column: the day each row was created has its own column, so
 * the bare date is the other day a task list keeps, the day it is due — when the register has no
 * target date and the bare column's cells are dates.
 */
function bareDateBesideCreation(
  columns: Partial<Record<FieldKey, MappedColumn>>,
  taken: Set<number>,
  headers: readonly string[],
  normalized: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[],
  firstColumn: number,
): void {
  const raised = columns.raisedDate;
  if (columns.targetDate || raised?.confidence === 'override') return;
  const free = (idx: number) => !taken.has(idx + firstColumn) || raised?.column === idx + firstColumn;
  const bare = normalized.findIndex((h, idx) => BARE_DATE.has(h) && free(idx));
  const created = normalized.findIndex((h, idx) => CREATION.has(h) && free(idx));
  if (bare < 0 || created < 0) return;
  const bareProfile = profiles[bare];
  const createdProfile = profiles[created];
  if (!bareProfile || !createdProfile) return;
  const due = fieldFit('targetDate', bareProfile);
  const made = fieldFit('raisedDate', createdProfile);
  if (due.factor < 1 || made.factor === 0) return;
  const column = (idx: number, field: FieldKey, reason: string): MappedColumn => ({
    field,
    column: idx + firstColumn,
    letter: columnLetter(idx + firstColumn),
    header: headers[idx],
    confidence: 'alias',
    score: raised?.score ?? 0.75,
    reason,
  });
  columns.raisedDate = column(created, 'raisedDate', made.reason);
  columns.targetDate = column(
    bare,
    'targetDate',
    `${due.reason}; a bare date beside "${headers[created].trim()}", the day each row was created`,
  );
  taken.add(bare + firstColumn);
  taken.add(created + firstColumn);
}

/** A header that names the day a task is planned to end, when a start column stands beside it. */
const FINISH = new Set([
  'finish',
  'finish date',
  'end',
  'end date',
  'fim',
  'data fim',
  'data de fim',
  'termino',
  'data de termino',
  'fin',
  'fecha fin',
  'fecha de fin',
  'fecha final',
  'ende',
  'enddatum',
  'fine',
  'data fine',
  'data di fine',
  'date de fin',
  'einde',
]);
/** A header that names how much of a task is done. */
const PROGRESS =
  /\b(complete|completed|completion|completo|completado|completada|concluido|progress|progreso|progresso|avance|avancement|avanzamento|fortschritt|voortgang|percent|porcentaje|percentual|done)\b/;

/** A header that names the day a task starts. */
const START = new Set([
  'kezdes',
  'kezdes datuma',
  'start',
  'start date',
  'begin',
  'begindatum',
  'inicio',
  'fecha inicio',
  'fecha de inicio',
  'data inicio',
  'data de inicio',
  'beginn',
  'startdatum',
  'debut',
  'date de debut',
  'inizio',
  'data inizio',
  'data di inizio',
]);

/**
 * A task list's "Finish" (Fim, Fin, Ende…) beside its "Start" is the day each task is due, when
 * the register has no target date of its own; with the cells sampled, only when they hold dates.
 */
function finishBesideStart(
  columns: Partial<Record<FieldKey, MappedColumn>>,
  taken: Set<number>,
  headers: readonly string[],
  normalized: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[] | undefined,
  firstColumn: number,
): void {
  if (columns.targetDate) return;
  // Only a list of tasks tracked to done: a task column, and a status or a share-done column (an
  // audit programme's or a coursework schedule's start and end are when work happens, not deadlines).
  if (!columns.correctiveAction && !columns.remediation) return;
  if (
    !columns.status &&
    !headers.some((h) => h.includes('%')) &&
    !normalized.some((h) => PROGRESS.test(h)) &&
    !doneFlagOf(headers, profiles)
  )
    return;
  const finish = normalized.findIndex((h, idx) => FINISH.has(h) && !taken.has(idx + firstColumn));
  if (finish < 0 || !normalized.some((h) => START.has(h))) return;
  const profile = profiles?.[finish];
  const due = profile ? fieldFit('targetDate', profile) : undefined;
  if (profiles && (!due || due.factor < 1)) return;
  columns.targetDate = {
    field: 'targetDate',
    column: finish + firstColumn,
    letter: columnLetter(finish + firstColumn),
    header: headers[finish],
    confidence: 'alias',
    score: 0.75,
    reason: `${due ? `${due.reason}; ` : ''}the planned end beside "${headers[normalized.findIndex((h) => START.has(h))].trim()}"`,
  };
  taken.add(finish + firstColumn);
}

/**
 * A yes/no column that says whether each task is done ("Closed?", "Done", "Erledigt"): with the
 * cells sampled, only when they are yes/no answers.
 */
function doneFlagOf(
  headers: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[] | undefined,
): boolean {
  return headers.some((h, idx) => {
    const stage = stageOfHeader(h);
    if (stage !== 'done' && stage !== 'verified') return false;
    const profile = profiles?.[idx];
    return (
      !profiles || (!!profile && profile.filled > 0 && profile.values.every((v) => isMark(v) !== undefined))
    );
  });
}

/** For a date field read from a revised column, the initial column of the same field, if any. */
function revisedDateFallbacks(
  columns: Partial<Record<FieldKey, MappedColumn>>,
  candidates: readonly Candidate[],
  taken: Set<number>,
  headers: readonly string[],
  firstColumn: number,
): HeaderMapping['fallbacks'] {
  let out: HeaderMapping['fallbacks'];
  for (const field of DATE_FIELDS) {
    const chosen = columns[field];
    if (!chosen || chosen.confidence === 'override') continue;
    if (currency(headerWords(chosen.header)) <= 1) continue;
    const earlier = candidates.find(
      (c) => c.field === field && !taken.has(c.column) && currency(c.normalized) < 1,
    );
    if (!earlier) continue;
    taken.add(earlier.column);
    out ??= {};
    out[field] = {
      field,
      column: earlier.column,
      letter: columnLetter(earlier.column),
      header: headers[earlier.column - firstColumn],
      confidence: earlier.confidence,
      score: chosen.score,
      reason: `read where "${chosen.header}" is blank`,
    };
  }
  return out;
}

/**
 * An action's ID is unique. When the column taken for it repeats its values ("department_id")
 * while the column taken for the source reference holds one value per row ("incident_id"), the
 * unique column is the register's ID and the repeating one is left unused.
 */
function preferUniqueId(
  columns: Partial<Record<FieldKey, MappedColumn>>,
  taken: Set<number>,
  profiles: readonly (ColumnProfile | undefined)[],
  firstColumn: number,
): void {
  const id = columns.id;
  const ref = columns.sourceRef;
  if (!id || !ref || id.confidence === 'override' || ref.confidence === 'override') return;
  const idProfile = profiles[id.column - firstColumn];
  const refProfile = profiles[ref.column - firstColumn];
  if (!idProfile || !refProfile || refProfile.filled < 3) return;
  if (idProfile.uniqueRatio >= 0.6 || refProfile.uniqueRatio < 0.98 || refProfile.filled < idProfile.filled)
    return;
  taken.delete(id.column);
  delete columns.sourceRef;
  columns.id = {
    ...ref,
    field: 'id',
    confidence: 'alias',
    score: 0.6,
    reason: `one value per row, where ${id.letter} "${id.header}" repeats its values`,
    runnerUp: { letter: id.letter, header: id.header },
  };
}

/** Where a header match of each kind starts on the 0–1 confidence scale; the cells move it. */
const BASE_CONFIDENCE: Record<Confidence, number> = {
  override: 1,
  exact: 0.85,
  alias: 0.65,
  fuzzy: 0.45,
  content: 0.6,
};

/**
 * 0–1: how sure the choice is — the header's match, moved by what the cells said (confirmed,
 * neutral or doubtful), lowered when the runner-up was nearly as good.
 */
function confidenceScore(c: Candidate, runnerUpScore: number | undefined): number {
  let v = BASE_CONFIDENCE[c.confidence] + ((c.fit ?? 1) - 1) * 0.5;
  if (runnerUpScore !== undefined && runnerUpScore >= c.score * 0.9) v -= 0.15;
  return Math.round(Math.max(0.05, Math.min(1, v)) * 100) / 100;
}

/**
 * The column (index in `headers`) a field's header text or letter names: the first header with
 * the same words, else a column letter; -1 for none.
 */
export function findOverrideColumn(
  target: string,
  headers: string[],
  normalized: string[],
  firstColumn: number,
): number {
  const t = target.trim();
  const byHeader = normalized.indexOf(headerWords(t));
  if (byHeader >= 0 && headerWords(t) !== '') return byHeader;
  if (/^[A-Za-z]{1,3}$/.test(t)) {
    const idx = columnNumber(t) - firstColumn;
    if (idx >= 0 && idx < Math.max(headers.length, 1) + 200) return idx;
  }
  return -1;
}

/** Fields that make a header row look like a register header. */
const KEY_FIELDS: readonly FieldKey[] = [
  'id',
  'status',
  'owner',
  'type',
  'targetDate',
  'description',
  'title',
  'correctiveAction',
  'rootCause',
];
/** A header row needs this many mapped columns, including at least one key field. */
export const MIN_MAPPED_COLUMNS = 3;

/** Weighted quality of a mapping: required fields count more. Used to choose rows and sheets. */
export function mappingScore(mapping: HeaderMapping): number {
  let score = 0;
  for (const field of Object.keys(mapping.columns) as FieldKey[]) {
    score += ['id', 'type', 'status', 'owner', 'targetDate'].includes(field) ? 3 : 1;
  }
  return score;
}

export function looksLikeRegisterHeader(mapping: HeaderMapping, min = MIN_MAPPED_COLUMNS): boolean {
  const fields = Object.keys(mapping.columns) as FieldKey[];
  if (fields.length >= min && fields.some((f) => KEY_FIELDS.includes(f))) return true;
  // Stages marked in columns ("Empezado | Terminado | Revisado") stand for the status column.
  if (fields.length === 0 || mapping.columns.status) return false;
  const runs = stageRuns(mapping);
  return runs.length > 0 && fields.length + 1 >= min;
}

/**
 * A short task list's header names two things only: what is to be done and who does it or by
 * when ("Aufgabe", "Verantwortlich"; "Task", "Due"). Taken only when no header of three known
 * columns is anywhere in the rows looked at.
 */
const SHORT_HEADER_COLUMNS = 2;

function namesWhoOrWhenOfWhat(mapping: HeaderMapping): boolean {
  const c = mapping.columns;
  return (
    (!!c.correctiveAction || !!c.remediation) &&
    (!!c.owner || !!c.targetDate || stageRuns(mapping).length > 0)
  );
}

/** A row's texts when their words alone name a register's columns, else undefined. */
function headerByWords(
  grid: Grid,
  rowIndex: number,
  width: number,
  overrides?: FieldOverrides,
  min = MIN_MAPPED_COLUMNS,
): string[] | undefined {
  const headers = rowHeaders(grid, rowIndex, width);
  if (headers.every((h) => h === '')) return undefined;
  const row = rowIndex + (grid.firstRow ?? 1);
  return looksLikeRegisterHeader(mapHeaderRow(headers, row, grid.firstColumn ?? 1, overrides), min)
    ? headers
    : undefined;
}

/** A field on the column the user (or a stored mapping) named: sure by definition. */
export function overrideColumn(field: FieldKey, column: number, header: string): MappedColumn {
  return { field, column, letter: columnLetter(column), header, confidence: 'override', score: 1 };
}

/** A header row's texts, one per column of the grid's width. */
export function rowHeaders(grid: Grid, rowIndex: number, width: number): string[] {
  const row = grid.values[rowIndex] ?? [];
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push(cellText(row[c] ?? ''));
  return out;
}

/**
 * The texts of a header row, by 1-based sheet row.
 *
 * @example headerTexts({ values: [['ID', 'Owner']] }, 1) // ['ID', 'Owner']
 */
export function headerTexts(grid: Grid, headerRow: number): string[] {
  return (grid.values[headerRow - (grid.firstRow ?? 1)] ?? []).map((v) => cellText(v));
}

/** Rows below those looked at for a hint when no header was found in them. */
const HINT_HEADER_ROWS = 200;

/**
 * A row below the rows the header is looked for in whose words name a register's columns, with
 * those words: not read on its own, only named so the user can point at it (`--header-row`).
 * Undefined when there is none.
 *
 * @example laterHeaderRow(longFormGrid) // { headerRow: 75, headers: ['S.no', 'Item', 'By When', 'By Whom'] }
 */
export function laterHeaderRow(grid: Grid): { headerRow: number; headers: string[] } | undefined {
  const firstRow = grid.firstRow ?? 1;
  const width = gridWidth(grid);
  const end = Math.min(grid.values.length, HINT_HEADER_ROWS);
  for (let idx = LATER_HEADER_ROWS; idx < end; idx++) {
    const headers = headerByWords(grid, idx, width);
    if (headers) return { headerRow: idx + firstRow, headers: [...new Set(headers.filter((h) => h !== ''))] };
  }
  return undefined;
}

/** Rows under a header candidate whose cells are profiled: evidence comes from a sample. */
export const SAMPLE_ROWS = 200;

/**
 * Where the sample of cells under a header stops before notes: at a blank row followed by a line
 * of one cell ("Notes:", "Prepared by …"). The notes' long texts would otherwise speak against
 * the columns they sit in (an ID column of numbers with "Actions are reviewed monthly" below).
 */
function notesBelow(grid: Grid, from: number, end: number): number {
  let blank = false;
  for (let r = from; r < end; r++) {
    const row = grid.values[r] ?? [];
    let cells = 0;
    for (let c = 0; c < row.length && cells < 2; c++) if (!isBlank(row[c])) cells++;
    if (cells === 0) blank = r > from;
    else if (blank && cells === 1) return r;
    else blank = false;
  }
  return end;
}

function mapWithEvidence(
  grid: Grid,
  idx: number,
  width: number,
  overrides: FieldOverrides | undefined,
  sampleEnd?: number,
): HeaderMapping {
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const end = notesBelow(
    grid,
    idx + 1,
    Math.min(grid.values.length, sampleEnd ?? Infinity, idx + 1 + SAMPLE_ROWS),
  );
  const profiles: (ColumnProfile | undefined)[] = profileColumns(grid, idx + 1, end, width);
  const headers = rowHeaders(grid, idx, width);
  // A summary or legend beside the table on its header row is not the register's (unless named).
  const named = new Set(Object.values(overrides ?? {}).map((o) => (o ?? '').trim().toLowerCase()));
  for (const c of sideBlockColumns(grid, idx, end, width)) {
    if (
      !named.has(headers[c].trim().toLowerCase()) &&
      !named.has(columnLetter(c + firstColumn).toLowerCase())
    ) {
      headers[c] = '';
      profiles[c] = undefined;
    }
  }
  return mapHeaderRow(headers, idx + firstRow, firstColumn, overrides, profiles);
}

/**
 * Finds the header row in the first rows of a grid (it may sit below merged title rows; when
 * none is in the first 20, in the rows to 60 — a table under a form or a dashboard) and maps it, each column judged by its header words and by a sample of its cells. With `headerRow`
 * given (1-based sheet row), that row is used as is.
 *
 * @example detectHeader({ values: [['Register'], [], ['ID', 'Owner', 'Status', 'Due date']] })?.headerRow // 3
 */
export function detectHeader(
  grid: Grid,
  options: { headerRow?: number; overrides?: FieldOverrides; sampleEnd?: number } = {},
): HeaderMapping | undefined {
  const firstRow = grid.firstRow ?? 1;
  const width = gridWidth(grid);
  if (options.headerRow !== undefined) {
    const idx = options.headerRow - firstRow;
    if (idx < 0 || idx >= grid.values.length) return undefined;
    return mapWithEvidence(grid, idx, width, options.overrides, options.sampleEnd);
  }
  return (
    bestHeaderIn(grid, 0, MAX_HEADER_SCAN_ROWS, width, options.overrides) ??
    // Nothing in the first rows: an action table under a form or a dashboard's charts, when it
    // names who acts or by when (not a fieldwork tracker's status and auditor columns).
    bestHeaderIn(grid, MAX_HEADER_SCAN_ROWS, LATER_HEADER_ROWS, width, options.overrides, namesActions) ??
    // Still nothing: a short task list's two columns, what and who or when, in the first rows,
    // then under a form (a meeting's minutes above its action table).
    bestHeaderIn(
      grid,
      0,
      MAX_HEADER_SCAN_ROWS,
      width,
      options.overrides,
      namesWhoOrWhenOfWhat,
      SHORT_HEADER_COLUMNS,
    ) ??
    bestHeaderIn(
      grid,
      MAX_HEADER_SCAN_ROWS,
      LATER_HEADER_ROWS,
      width,
      options.overrides,
      namesWhoOrWhenOfWhat,
      SHORT_HEADER_COLUMNS,
    )
  );
}

/** A header that names an action's owner or its target date. */
function namesActions(mapping: HeaderMapping): boolean {
  return mapping.columns.owner !== undefined || mapping.columns.targetDate !== undefined;
}

/** The best-scoring header among rows `from` to `to` (0-based, `to` excluded) that `accept` takes. */
function bestHeaderIn(
  grid: Grid,
  from: number,
  to: number,
  width: number,
  overrides: FieldOverrides | undefined,
  accept: (mapping: HeaderMapping) => boolean = () => true,
  min = MIN_MAPPED_COLUMNS,
): HeaderMapping | undefined {
  let best: HeaderMapping | undefined;
  let bestScore = 0;
  const scan = Math.min(grid.values.length, to);
  for (let idx = from; idx < scan; idx++) {
    // Header words first (cheap); the cells are profiled only under rows that could be a header.
    if (!headerByWords(grid, idx, width, overrides, min)) continue;
    const mapping = mapWithEvidence(grid, idx, width, overrides);
    if (!looksLikeRegisterHeader(mapping, min) || !accept(mapping)) continue;
    const score = mappingScore(mapping);
    if (score > bestScore) {
      best = mapping;
      bestScore = score;
    }
    // A header over two rows, cells merged down beside a group's sub-header: read as one row.
    const stacked = stackedHeaderRow(grid, idx);
    if (stacked) {
      const values = grid.values.slice();
      values[idx + 1] = stacked;
      const lower = mapWithEvidence({ ...grid, values }, idx + 1, width, overrides);
      const lowerScore = mappingScore(lower);
      if (looksLikeRegisterHeader(lower, min) && accept(lower) && lowerScore > bestScore) {
        best = lower;
        bestScore = lowerScore;
      }
    }
  }
  return best && firstCopyOf(grid, best, from);
}

/**
 * A sheet kept in blocks repeats its header over each block ("Action | Responsible Person |
 * Deadline" once per policy): the first copy is the header, whatever block's cells fit best, so
 * that the first block's actions are read too.
 */
function firstCopyOf(grid: Grid, mapping: HeaderMapping, from: number): HeaderMapping {
  const firstRow = grid.firstRow ?? 1;
  const own = (idx: number) => (grid.values[idx] ?? []).map((v) => normalizeWords(cellText(v))).join('|');
  const words = own(mapping.headerRow - firstRow);
  if (words.replace(/\|/g, '') === '') return mapping;
  for (let idx = from; idx < mapping.headerRow - firstRow; idx++)
    if (own(idx) === words) return { ...mapping, headerRow: idx + firstRow };
  return mapping;
}
