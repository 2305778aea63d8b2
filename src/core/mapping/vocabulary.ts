import { boundedMemo } from '../memo';
import { normalizeWords, oneTypo, trafficLight } from '../text';
import type { ActionType, EffectivenessResult, Priority, Source, State } from '../model';
import { STATUS_LEXICONS } from '../detect/lexicons';

/**
 * The user's words for statuses, types, sources and priorities, mapped to canonical values.
 * The register keeps its own words; only the meaning is mapped.
 */
export type VocabularyKind = 'status' | 'type' | 'source' | 'priority' | 'effectiveness';

/** Canonical values per kind, plus the status pseudo-value `overdue` (never a state). */
export interface CanonicalOf {
  status: State | 'overdue';
  type: ActionType;
  source: Source;
  priority: Priority;
  effectiveness: EffectivenessResult;
}

type Table<T> = readonly (readonly [T, readonly string[]])[];

/** Status words of every language and tool export in `detect/lexicons` (English first). */
const STATUS_WORDS: Table<State | 'overdue'> = (
  [
    'new',
    'analysis',
    'planned',
    'in-progress',
    'implemented',
    'closed',
    'on-hold',
    'cancelled',
    'overdue',
  ] as const
).map((state) => [state, STATUS_LEXICONS.flatMap((lexicon) => lexicon[state])] as const);

/**
 * A status word with its meaning, or the kind of ambiguity it carries: `done` words ("Completed",
 * "Erledigt") say finished without saying verified; `implemented-or-closed` words ("Implemented",
 * "Umgesetzt") are the last step of registers that have no closing word.
 */
export type StatusClass = State | 'overdue' | 'done' | 'implemented-or-closed';

const STATUS_CLASSES: Table<StatusClass> = [
  ...STATUS_WORDS,
  ['implemented-or-closed', STATUS_LEXICONS.flatMap((lexicon) => lexicon.implementedOrClosed)],
  ['done', STATUS_LEXICONS.flatMap((lexicon) => lexicon.done)],
];

const TYPE_WORDS: Table<ActionType> = [
  [
    'major-nc',
    [
      'major',
      'major nc',
      'major ncr',
      'major nonconformity',
      'major non conformity',
      'major finding',
      'nc major',
      'mayor',
      'no conformidad mayor',
      'major non compliance',
      'cat 1',
      'category 1',
    ],
  ],
  [
    'minor-nc',
    [
      'minor',
      'minor nc',
      'minor ncr',
      'minor nonconformity',
      'minor non conformity',
      'minor finding',
      'nc minor',
      'menor',
      'no conformidad menor',
      'minor non compliance',
      'cat 2',
      'category 2',
    ],
  ],
  [
    'nc',
    [
      'nc',
      'ncr',
      'nonconformity',
      'non conformity',
      'nonconformance',
      'non conformance',
      'non compliance',
      'noncompliance',
      'no conformidad',
      'corrective action',
      'corrective',
      'car',
      'gap',
    ],
  ],
  ['observation', ['observation', 'obs', 'area of concern', 'concern', 'observacion', 'note', 'remark']],
  [
    'ofi',
    [
      'ofi',
      'opportunity for improvement',
      'opportunity',
      'improvement',
      'improvement opportunity',
      'suggestion',
      'recommendation',
      'preventive',
      'preventive action',
      'oportunidad de mejora',
      'mejora',
      'enhancement',
    ],
  ],
];

const SOURCE_WORDS: Table<Source> = [
  [
    'internal-audit',
    ['internal audit', 'internal', 'ia', 'first party audit', 'self assessment', 'auditoria interna'],
  ],
  [
    'external-audit',
    [
      'external audit',
      'external',
      'certification audit',
      'surveillance audit',
      'recertification audit',
      'stage 1',
      'stage 2',
      'stage 1 audit',
      'stage 2 audit',
      'certification body',
      'cb audit',
      'registrar',
      'third party audit',
      'auditoria externa',
    ],
  ],
  [
    'risk-assessment',
    [
      'risk assessment',
      'risk',
      'risk treatment',
      'risk review',
      'risk register',
      'risk treatment plan',
      'riesgo',
      'analisis de riesgos',
    ],
  ],
  [
    'incident',
    [
      'incident',
      'security incident',
      'event',
      'security event',
      'weakness',
      'security weakness',
      'near miss',
      'data breach',
      'breach',
      'incidente',
    ],
  ],
  [
    'management-review',
    ['management review', 'mr', 'mgmt review', 'management meeting', 'revision por la direccion'],
  ],
  ['objectives', ['objectives', 'objective', 'kpi', 'kpis', 'isms objectives', 'objetivos']],
  ['training', ['training', 'awareness', 'training awareness', 'formacion']],
  [
    'compliance-review',
    [
      'compliance review',
      'compliance',
      'legal',
      'regulatory',
      'legal compliance',
      'independent review',
      'compliance check',
      'cumplimiento',
    ],
  ],
  [
    'bc-exercise',
    [
      'bc exercise',
      'bcp test',
      'bcp exercise',
      'dr test',
      'business continuity',
      'business continuity exercise',
      'tabletop',
      'tabletop exercise',
      'continuity test',
    ],
  ],
  [
    'document-review',
    ['document review', 'policy review', 'procedure review', 'documentation review', 'revision documental'],
  ],
  [
    'employee-suggestion',
    ['employee suggestion', 'staff suggestion', 'suggestion', 'employee', 'staff', 'suggestion box'],
  ],
  [
    'monitoring',
    [
      'monitoring',
      'measurement',
      'monitoring and measurement',
      'metrics',
      'siem',
      'log review',
      'monitorizacion',
    ],
  ],
  [
    'interested-party',
    [
      'interested party',
      'customer',
      'client',
      'complaint',
      'customer complaint',
      'customer audit',
      'regulator',
      'stakeholder',
    ],
  ],
  ['supplier', ['supplier', 'vendor', 'third party', 'supplier audit', 'supplier review', 'proveedor']],
  [
    'technical-test',
    [
      'technical test',
      'penetration test',
      'pen test',
      'pentest',
      'vulnerability scan',
      'vulnerability assessment',
      'red team',
      'scan',
      'security test',
      'technical assessment',
    ],
  ],
  ['other', ['other', 'others', 'misc', 'otro', 'otros']],
];

const PRIORITY_WORDS: Table<Priority> = [
  [
    'critical',
    ['critical', 'urgent', 'very high', 'p1', 'p0', 'highest', 'critica', 'critico', 'muy alta', 'urgente'],
  ],
  ['high', ['high', 'p2', 'major', 'alta', 'alto', 'important']],
  ['medium', ['medium', 'moderate', 'normal', 'p3', 'med', 'media', 'medio']],
  ['low', ['low', 'p4', 'minor', 'lowest', 'trivial', 'baja', 'bajo', 'very low', 'muy baja']],
];

const EFFECTIVENESS_WORDS: Table<EffectivenessResult> = [
  [
    'effective',
    [
      'effective',
      'yes',
      'y',
      'verified effective',
      'effective verified',
      'confirmed effective',
      'eficaz',
      'efectiva',
      'efectivo',
      'si',
      'pass',
      'passed',
      'ok',
    ],
  ],
  [
    'partially-effective',
    ['partially effective', 'partially', 'partial', 'partly effective', 'parcialmente eficaz', 'parcial'],
  ],
  [
    'not-effective',
    [
      'not effective',
      'ineffective',
      'no',
      'n',
      'not verified effective',
      'failed',
      'fail',
      'no eficaz',
      'ineficaz',
    ],
  ],
];

const TABLES: { [K in VocabularyKind]: Table<CanonicalOf[K]> } = {
  status: STATUS_WORDS,
  type: TYPE_WORDS,
  source: SOURCE_WORDS,
  priority: PRIORITY_WORDS,
  effectiveness: EFFECTIVENESS_WORDS,
};

interface Lookup<T> {
  exact: Map<string, T>;
  phrases: { words: string; value: T }[];
}

function buildLookup<T>(table: Table<T>): Lookup<T> {
  const exact = new Map<string, T>();
  const phrases: { words: string; value: T }[] = [];
  for (const [value, words] of table) {
    for (const w of words) {
      const n = normalizeWords(w);
      if (!exact.has(n)) exact.set(n, value);
      phrases.push({ words: n, value });
    }
  }
  phrases.sort((a, b) => b.words.length - a.words.length);
  return { exact, phrases };
}

/** Status words go through {@link classifyStatus} and its own lookup (finishing words included). */
const LOOKUPS: { [K in Exclude<VocabularyKind, 'status'>]: Lookup<CanonicalOf[K]> } = {
  type: buildLookup(TYPE_WORDS),
  source: buildLookup(SOURCE_WORDS),
  priority: buildLookup(PRIORITY_WORDS),
  effectiveness: buildLookup(EFFECTIVENESS_WORDS),
};
const STATUS_LOOKUP = buildLookup(STATUS_CLASSES);

/**
 * Canonical value for one word, by exact match first, then by the longest known phrase that the
 * text contains as whole words ('Internal audit "parking policy"' → internal-audit).
 *
 * @example lookupWord('type', 'Minor NC') // 'minor-nc'
 */
export function lookupWord<K extends VocabularyKind>(kind: K, text: string): CanonicalOf[K] | undefined {
  if (kind === 'status') {
    const c = classifyStatus(normalizeWords(text));
    // Alone, "Implemented" is the implemented step; "Completed" says nothing until the register does.
    const state = c === 'implemented-or-closed' ? 'implemented' : c === 'done' ? undefined : c;
    return state as CanonicalOf[K] | undefined;
  }
  const n = normalizeWords(text);
  if (!n) return undefined;
  const lookup = LOOKUPS[kind as Exclude<VocabularyKind, 'status'>] as Lookup<CanonicalOf[K]>;
  const hit = lookup.exact.get(n);
  if (hit !== undefined) return hit;
  // Only multi-word phrases (or long single words) are looked for inside longer text, so that
  // "no" or "ia" do not match inside sentences.
  const padded = ` ${n} `;
  for (const p of lookup.phrases) {
    if ((p.words.includes(' ') || p.words.length >= 5) && padded.includes(` ${p.words} `)) return p.value;
  }
  return undefined;
}

/**
 * What a status word says as the lexicons class it, "done" (finished, closed or implemented as the
 * register will say) and "implemented-or-closed" kept apart: for a stage column's header.
 *
 * @example statusClassOf('Terminado') // 'done'
 */
export function statusClassOf(text: string): StatusClass | undefined {
  return classifyStatusMemo(normalizeWords(text));
}

/**
 * What a normalised status word says. Coded states ("1-Open", "03 Closed") are read without their
 * code; compound words ("Completada - vencida", "Open (late)") by the longest state phrase they
 * hold, a real state winning over "overdue" (which is never a state).
 *
 * @example classifyStatus('2 in progress') // 'in-progress'
 */
function classifyStatus(n: string): StatusClass | undefined {
  const exact = classifyWhole(n);
  if (exact !== undefined || !n) return exact;
  const uncoded = uncodedWords(n);
  if (!uncoded) return undefined;
  if (finishedButPending(uncoded)) return 'implemented';
  const padded = ` ${uncoded} `;
  let overdue = false;
  for (const p of STATUS_LOOKUP.phrases) {
    if (p.words.length < 3 || !padded.includes(` ${p.words} `)) continue;
    const before = padded.slice(0, padded.indexOf(` ${p.words} `) + 1);
    // "Not implemented", "Noch nicht umgesetzt", "Non réalisé": the step is not reached yet —
    // unless the text opens with a state of its own and the negation is its reason
    // ("rejected_identity_not_verified", "Cancelled - not required").
    if (NEGATION.test(before)) return leadingState(padded) ?? 'new';
    // "First draft should be finalized by mid-January": a plan for the step, not the step.
    if (FUTURE.test(before)) continue;
    // "Partially closed", "Teilweise umgesetzt", "Parcialmente concluído": under way; so are
    // "Implemented partial", "Implementado parcialmente", the qualifier after the word.
    if (
      p.value !== 'overdue' &&
      (PARTLY.test(before) ||
        PARTLY_AFTER.test(padded.slice(padded.indexOf(` ${p.words} `) + p.words.length + 1)))
    )
      return 'in-progress';
    if (p.value !== 'overdue') return p.value;
    overdue = true;
  }
  return overdue ? 'overdue' : undefined;
}
const classifyStatusMemo = boundedMemo(classifyStatus, 4096);

/** The state a compound text opens with ("rejected …", "closed – …"), if any; never "overdue". */
function leadingState(padded: string): StatusClass | undefined {
  for (const p of STATUS_LOOKUP.phrases)
    if (p.words.length >= 3 && p.value !== 'overdue' && padded.startsWith(` ${p.words} `)) return p.value;
  return undefined;
}

/** A negation right before the state word found in a longer text. */
const NEGATION =
  / (not|no|non|nicht|noch nicht|sin|pas|nao|niet|nog niet|nem|nie|ne|never|yet to be|ainda nao|todavia no)( yet)? $/;

/** A step still to come, right before the state word: "should be", "will be", "to be", "debe ser". */
const FUTURE =
  / (should|will|would|must|shall|could|may|might|to|going to|expected to|planned to|needs to|need to) (be|get) $| (debe ser|sera|devra etre|doit etre|sara|deve essere|deve ser) $/;

/** "Partially", "partly", in the lexicons' languages, right before the state word. */
const PARTLY =
  / (partially|partly|partial|half|teilweise|parcialmente|parzialmente|partiellement|gedeeltelijk|deels|reszben|czesciowo|castecne|delvis|osittain|kismen)( [a-z]+)? $/;

/** The same qualifier right after the state word ("Implemented partial", "Umgesetzt teilweise"). */
const PARTLY_AFTER =
  /^ ?(partially|partly|partial|in part|half|teilweise|parcialmente|parcial|parzialmente|parziale|partiellement|partiel|partielle|gedeeltelijk|deels|reszben|czesciowo|castecne|delvis|osittain)( |$)/;

/**
 * What is still to come after a finishing word: evidence, a check, a sign-off ("pending", "awaiting",
 * "not verified", "to be confirmed", "pendiente", "en attente", "ausstehend", "in attesa").
 */
const STILL_TO_COME =
  / (pending|awaiting|waiting (for|on)|outstanding|to be (verified|checked|confirmed|validated|approved|reviewed|signed off|closed|evidenced)|not (yet )?(verified|validated|checked|confirmed|approved|signed off|evidenced|tested|retested|effective yet)|unverified|unconfirmed|pendiente|pendientes|por (verificar|validar|confirmar|cerrar)|a (verificar|validar|confirmar|verifier|valider|confirmer)|en attente|ausstehend|noch offen|zu (prufen|verifizieren|bestatigen)|in attesa|da (verificare|validare|confermare)|pendente|pendentes|aguardando|em verificacao|openstaand|nog te (verifieren|controleren|bevestigen)|oczekuje|do (weryfikacji|zatwierdzenia)|fuggoben|ellenorzesre var)( |$)/;

/** The finishing words a compound status can begin with, longest first ("implemented", "cerrada"). */
const FINISHING_PREFIXES = STATUS_LOOKUP.phrases.filter(
  (p) =>
    p.value === 'closed' ||
    p.value === 'done' ||
    p.value === 'implemented' ||
    p.value === 'implemented-or-closed',
);

/**
 * A finishing word followed by what is still to come — "Closed – pending evidence", "Fixed, not
 * verified", "Cerrada - pendiente de evidencia", "Abgeschlossen, Nachweis ausstehend": the work is
 * done and its check or closure is not, the implemented step.
 */
function finishedButPending(uncoded: string): boolean {
  for (const p of FINISHING_PREFIXES) {
    if (uncoded.length > p.words.length && uncoded.startsWith(`${p.words} `))
      return STILL_TO_COME.test(uncoded.slice(p.words.length));
  }
  return false;
}

/** "1-Open" → "open", "Closed 2": a state's code number set aside. */
function uncodedWords(n: string): string {
  return n.replace(/^(?:[0-9]{1,3}[a-z]? )+/, '').replace(/(?: [0-9]{1,3})+$/, '');
}

/** The whole text as a known state: as written, without its code number, or as a plural. */
function classifyWhole(n: string): StatusClass | undefined {
  if (!n) return undefined;
  const exact = STATUS_LOOKUP.exact.get(n);
  if (exact !== undefined) return exact;
  const uncoded = uncodedWords(n);
  if (!uncoded) return undefined;
  const plain = STATUS_LOOKUP.exact.get(uncoded);
  if (plain !== undefined) return plain;
  // A plural of a known word, as a list of many items writes it ("Terminées", "Finis", "Cerrados").
  if (uncoded.length > 4 && uncoded.endsWith('s') && !uncoded.includes(' '))
    return STATUS_LOOKUP.exact.get(uncoded.slice(0, -1));
  return undefined;
}

/**
 * True for any word the status lexicons know, the finishing words ("Completed", "Erledigt")
 * included: evidence that a column holds workflow states.
 *
 * @example isStatusWord('Lezárva') // true
 */
export function isStatusWord(text: string): boolean {
  return statusWordMemo(text);
}

/** By the cell's own text: the table's end is judged row by row, on a handful of status words. */
const statusWordMemo = boundedMemo(
  (text: string) => classifyRawStatus(text, normalizeWords(text)) !== undefined,
  4096,
);

/**
 * A state word with a note after it, the way a punch list writes it: "Done – created the
 * object", "Closed: verified at the audit", "In progress (50 %)". The words before the first
 * dash, colon or bracket are read when the whole text is not a known state.
 */
function classifyRawStatus(raw: string, n: string): StatusClass | undefined {
  if (n === '' || !/[\p{L}\p{N}]/u.test(n)) return lightState(raw);
  const whole = classifyWhole(n);
  if (whole !== undefined) return whole;
  if (finishedButPending(uncodedWords(n))) return 'implemented';
  const lead = LEAD_WORDS.exec(raw);
  const first = lead ? classifyWhole(normalizeWords(lead[1])) : undefined;
  return first ?? classifyStatusMemo(n);
}

/**
 * A status of traffic lights alone, with no legend: green is done, amber under way, red not
 * started — the reading of an implementation tracker's lights.
 */
function lightState(raw: string): StatusClass | undefined {
  const light = trafficLight(raw);
  return light === 'green' ? 'done' : light === 'amber' ? 'in-progress' : light === 'red' ? 'new' : undefined;
}

/**
 * The key a vocabulary word is kept under: its words, or for a traffic light alone (which has no
 * words) the light itself.
 */
export function wordKey(text: string): string {
  const n = normalizeWords(text);
  return n !== '' ? n : trafficLight(text) ? text.replace(/[\s\uFE0F]+/g, '') : '';
}

/** The words before a note's first dash, colon or bracket. */
const LEAD_WORDS = /^\s*([^\s\u2013\u2014:;([,-][^\u2013\u2014:;([,]*?)\s*(?:[\u2013\u2014:;([,]|\s-\s)/;

/** The canonical values a kind can take (for dropdowns and mapping editors). */
export function canonicalValues<K extends VocabularyKind>(kind: K): CanonicalOf[K][] {
  return TABLES[kind].map(([v]) => v) as CanonicalOf[K][];
}

export interface VocabularyNote {
  kind: VocabularyKind;
  word: string;
  /** 'assumed': read one way on purpose (the message says why); 'unknown': no meaning found. */
  level: 'assumed' | 'unknown';
  value?: string;
  message: string;
}

export interface VocabularyMap<K extends VocabularyKind> {
  /** Normalised user word → canonical value. */
  map: Record<string, CanonicalOf[K]>;
  /** The user's own spelling for each normalised word seen (first seen wins). */
  words: Record<string, string>;
  notes: VocabularyNote[];
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** What the rest of the register says about its own words. */
export interface VocabularyContext {
  /** The register has an effectiveness-result or verified-by column: implemented is not yet closed. */
  verifiesEffectiveness?: boolean;
  /** The status column's header names the action's status ("Statut de l'action", "Action status"). */
  actionStatus?: boolean;
}

/**
 * Maps the distinct words of one column. Overrides (user word → canonical value) win. Words
 * meaning "finished" ("Completed", "Done", "Erledigt") are ambiguous between *implemented* and
 * *closed*: they are read as *implemented* when the register also has a closing word such as
 * "Closed", otherwise as *closed*. "Implemented" itself is *closed* only in a register that has
 * neither a closing word nor an effectiveness column (there it is the last step). Each such
 * choice is reported once, never made silently.
 *
 * @example mapVocabulary('status', ['Open', 'Completed']).map.completed // 'closed'
 */
export function mapVocabulary<K extends VocabularyKind>(
  kind: K,
  words: Iterable<string>,
  overrides: Record<string, CanonicalOf[K]> = {},
  context: VocabularyContext = {},
): VocabularyMap<K> {
  // Keyed by the user's words: no prototype, so "constructor" or "__proto__" in a cell is a word like any other.
  const map = Object.create(null) as Record<string, CanonicalOf[K]>;
  const seen = Object.create(null) as Record<string, string>;
  const notes: VocabularyNote[] = [];
  const normalizedOverrides = new Map<string, CanonicalOf[K]>();
  for (const [w, v] of Object.entries(overrides)) normalizedOverrides.set(wordKey(w), v);
  const done: string[] = [];
  const lastStep: string[] = [];
  let typoTries = 0;
  for (const raw of words) {
    const n = wordKey(raw);
    if (!n || n in seen) continue;
    seen[n] = raw.trim();
    const override = normalizedOverrides.get(n);
    if (override !== undefined) {
      map[n] = override;
      continue;
    }
    if (kind === 'status') {
      // Control characters (terminal escapes) hide what a cell shows: such a word is asked about.
      const known = CONTROL.test(raw) ? STATUS_LOOKUP.exact.get(n) : classifyRawStatus(raw, n);
      // A state word one letter off ("Compelted", "In progess"): read as the word it misspells.
      // Asked of the first unknown words only: a column of thousands of distinct words is no status.
      const typo =
        known === undefined && !CONTROL.test(raw) && typoTries++ < TYPO_TRIES ? misspeltState(n) : undefined;
      const c = known ?? typo?.value;
      if (typo)
        notes.push({
          kind,
          word: raw.trim(),
          level: 'assumed',
          ...(typo.value !== 'done' && typo.value !== 'implemented-or-closed' ? { value: typo.value } : {}),
          message: `"${raw.trim()}" is read as "${typo.word}", one letter off. Change it in the mapping if it means something else.`,
        });
      // Placed now (the map keeps the register's order of words), settled below.
      if (c === 'done') {
        done.push(n);
        map[n] = 'closed' as CanonicalOf[K];
      } else if (c === 'implemented-or-closed') {
        lastStep.push(n);
        map[n] = 'implemented' as CanonicalOf[K];
      } else if (c !== undefined) map[n] = c as CanonicalOf[K];
      else if (IDEA_WORDS.has(n)) {
        // "Idea" beside "In Progress": not started. Not a workflow word of its own (a column of
        // ideas and features is a backlog), so it is read only in a column already the status.
        map[n] = 'new' as CanonicalOf[K];
        notes.push({
          kind,
          word: raw.trim(),
          level: 'assumed',
          value: 'new',
          message: `"${raw.trim()}" is read as not started (new). Change it in the mapping if it means something else.`,
        });
      } else if (isProgressNote(raw, n)) {
        // "List of potential testers has been compiled": a sentence where a state belongs is a
        // note on the work so far — the action is under way, not finished.
        map[n] = 'in-progress' as CanonicalOf[K];
        notes.push({
          kind,
          word: raw.trim(),
          level: 'assumed',
          value: 'in-progress',
          message: `"${shortWord(raw.trim())}" is read as in progress: a note on the work, not a state word. Change it in the mapping if it means something else.`,
        });
      } else
        notes.push({ kind, word: raw.trim(), level: 'unknown', message: unknownMessage(kind, raw.trim()) });
      continue;
    }
    const hit = lookupWord(kind, raw);
    if (hit !== undefined) map[n] = hit;
    else notes.push({ kind, word: raw.trim(), level: 'unknown', message: unknownMessage(kind, raw.trim()) });
  }
  if (kind === 'status') {
    settleLetterCodes(map, seen, notes, normalizedOverrides);
    settleVerdicts(map, seen, notes, normalizedOverrides, context);
  }
  if (kind === 'priority' && 'p0' in seen) {
    // P0 is the top of a scale that starts at 0: P1 is then high, not critical.
    const scale = ['critical', 'high', 'medium', 'low', 'low'] as CanonicalOf[K][];
    for (let i = 0; i < scale.length; i++)
      if (`p${i}` in seen && !normalizedOverrides.has(`p${i}`)) map[`p${i}`] = scale[i];
  }
  if (done.length > 0 || lastStep.length > 0) {
    const settled = new Set([...done, ...lastStep]);
    const hasClosing = Object.keys(map).some((n) => !settled.has(n) && map[n] === 'closed');
    for (const n of lastStep) {
      const value = (
        hasClosing || context.verifiesEffectiveness ? 'implemented' : 'closed'
      ) as CanonicalOf[K];
      map[n] = value;
      // Only the reading that departs from the word's plain meaning is said.
      if (value !== 'closed') continue;
      notes.push({
        kind,
        word: seen[n],
        level: 'assumed',
        value,
        message: `"${seen[n]}" is read as closed: it is the last step of this register, which has no closing word and no effectiveness column. Change it in the mapping if it means implemented but not yet verified.`,
      });
    }
    for (const n of done) {
      const value = (hasClosing ? 'implemented' : 'closed') as CanonicalOf[K];
      map[n] = value;
      notes.push({
        kind,
        word: seen[n],
        level: 'assumed',
        value,
        message: hasClosing
          ? `"${seen[n]}" is read as implemented (awaiting the effectiveness check), because the register also uses a closing word. Change it in the mapping if it means closed.`
          : `"${seen[n]}" is read as closed, because the register has no other word for closed. Change it in the mapping if it means implemented but not yet verified.`,
      });
    }
  }
  return { map, words: seen, notes };
}

/**
 * The state word a status misspells by one letter (a letter added, dropped, changed or two
 * swapped: "compelted", "in progess", "cloesd"), when every word it could be says the same; words
 * of fewer than six letters are never guessed ("fixed" and "mixed").
 */
function misspeltState(n: string): { word: string; value: Exclude<StatusClass, 'overdue'> } | undefined {
  if (n.length < TYPO_MIN_LENGTH) return undefined;
  let found: { word: string; value: Exclude<StatusClass, 'overdue'> } | undefined;
  for (const [word, value] of STATUS_LOOKUP.exact) {
    if (word.length < TYPO_MIN_LENGTH || !oneTypo(n, word)) continue;
    if (value === 'overdue' || (found && found.value !== value)) return undefined;
    found ??= { word, value };
  }
  return found;
}
const TYPO_MIN_LENGTH = 6;
/** Unknown words of one column looked up for a misspelling, at most. */
const TYPO_TRIES = 64;

/** Single-letter state codes a register may use on its own: O(pen) and C(losed). */
const LETTER_CODES: Readonly<Record<string, State>> = { o: 'new', c: 'closed' };

/**
 * A status column coded with single letters, all of them O or C ("O", "C"), is read as open and
 * closed, said once. Any other single letter in the column leaves the code unread: it is then a
 * scale or a grade, not these two states.
 */
function settleLetterCodes<K extends VocabularyKind>(
  map: Record<string, CanonicalOf[K]>,
  seen: Record<string, string>,
  notes: VocabularyNote[],
  overrides: ReadonlyMap<string, CanonicalOf[K]>,
): void {
  const letters = Object.keys(seen).filter((n) => n.length === 1);
  if (letters.length === 0 || !letters.every((n) => Object.hasOwn(LETTER_CODES, n))) return;
  assumeCoded(
    map,
    seen,
    notes,
    overrides,
    letters,
    LETTER_CODES,
    ['closed', 'open (new)'],
    'the status column codes its states with the letters O and C',
  );
}

/**
 * Reads each of `keys` as the state `codes` gives it ({@link assumeWord}), unless the user mapped
 * it or the map already has it; `as` names closed and open, `because` says why.
 */
function assumeCoded<K extends VocabularyKind>(
  map: Record<string, CanonicalOf[K]>,
  seen: Record<string, string>,
  notes: VocabularyNote[],
  overrides: ReadonlyMap<string, CanonicalOf[K]>,
  keys: readonly string[],
  codes: Readonly<Record<string, State>>,
  as: readonly [closed: string, open: string],
  because: string,
): void {
  for (const n of keys) {
    if (overrides.has(n) || Object.hasOwn(map, n)) continue;
    const value = codes[n] as CanonicalOf[K];
    assumeWord(map, notes, n, seen[n], value, `${value === 'closed' ? as[0] : as[1]}: ${because}`);
  }
}

/**
 * Reads a status word the lexicon left unknown as `value`, on the register's own evidence: its
 * entry in the map, and its "unknown" note replaced by an "assumed" one saying why (`as` follows
 * "is read as").
 */
export function assumeWord<K extends VocabularyKind>(
  map: Record<string, CanonicalOf[K]>,
  notes: VocabularyNote[],
  key: string,
  word: string,
  value: CanonicalOf[K],
  as: string,
): void {
  map[key] = value;
  const at = notes.findIndex((note) => note.level === 'unknown' && wordKey(note.word) === key);
  if (at >= 0) notes.splice(at, 1);
  notes.push({
    kind: 'status',
    word,
    level: 'assumed',
    value,
    message: `"${word}" is read as ${as}. Change it in the mapping if it means something else.`,
  });
}

/** A checklist's verdicts that a status column of workflow words uses for done and not done. */
const VERDICTS: Readonly<Record<string, State>> = { ok: 'closed', nok: 'new', 'not ok': 'new', ko: 'new' };

/**
 * "OK" and "NOK" in a status column that also holds a workflow word ("En cours"), or under a
 * header that names the action's status ("Statut de l'action"): the action is done, or not, said
 * once. Alone under a plain "Status" they stay a checklist's verdicts, not states.
 */
function settleVerdicts<K extends VocabularyKind>(
  map: Record<string, CanonicalOf[K]>,
  seen: Record<string, string>,
  notes: VocabularyNote[],
  overrides: ReadonlyMap<string, CanonicalOf[K]>,
  context: VocabularyContext,
): void {
  const verdicts = Object.keys(seen).filter((n) => Object.hasOwn(VERDICTS, n) && !Object.hasOwn(map, n));
  if (verdicts.length === 0) return;
  const withStates = Object.keys(map).some((n) => !Object.hasOwn(VERDICTS, n) && !overrides.has(n));
  if (!withStates && !context.actionStatus) return;
  assumeCoded(
    map,
    seen,
    notes,
    overrides,
    verdicts,
    VERDICTS,
    ['closed (done)', 'open (not done)'],
    withStates
      ? 'the status column gives its other rows workflow states'
      : "the column is the action's status",
  );
}

/** A state column's words for what is not yet begun, which alone do not make a column of states. */
const IDEA_WORDS = new Set([
  'idea',
  'ideas',
  'suggestion',
  'suggested',
  'proposal',
  'concept',
  'idee',
  'idea nueva',
]);

/** Words in a status cell from which it reads as a note, not a state. */
const NOTE_WORDS = 5;

/**
 * A sentence of several words with no state word in it: a progress note. Markup or code
 * ("<img src=x onerror=…>") is no sentence: it stays an unknown word, reported as such.
 */
function isProgressNote(raw: string, n: string): boolean {
  if (/[<>{}=]/.test(raw)) return false;
  let words = 0;
  for (const w of n.split(' ')) if (/^\p{L}{2,}$/u.test(w)) words++;
  return words >= NOTE_WORDS;
}

/** A long note quoted in a message: its first words. */
function shortWord(word: string): string {
  return word.length > 60 ? `${word.slice(0, 57).trimEnd()}…` : word;
}

function unknownMessage(kind: VocabularyKind, word: string): string {
  const choices = canonicalValues(kind).join(', ');
  return `"${word}" is not a known ${kind} word. Map it to one of: ${choices}.`;
}

/**
 * The register's own word for each canonical value its column uses (the first spelling seen), so
 * the add-in writes "Yes" where the register says "Yes" rather than its own "Effective".
 *
 * @example ownWords(mapVocabulary('effectiveness', ['Yes', 'No'])).effective // 'Yes'
 */
export function ownWords<K extends VocabularyKind>(
  vocab: VocabularyMap<K>,
): Partial<Record<CanonicalOf[K], string>> {
  const out = {} as Partial<Record<CanonicalOf[K], string>>;
  for (const n of Object.keys(vocab.map)) {
    const value = vocab.map[n];
    if (out[value] === undefined) out[value] = vocab.words[n] ?? n;
  }
  return out;
}

/** Canonical value of a cell given a column's vocabulary map. */
export function resolveWord<K extends VocabularyKind>(
  vocab: VocabularyMap<K>,
  text: string,
): CanonicalOf[K] | undefined {
  const n = normalizedWord(text);
  return n && Object.hasOwn(vocab.map, n) ? vocab.map[n] : undefined;
}

/** A register repeats a handful of status, type, source and priority words on every row. */
const normalizedWord = boundedMemo(wordKey, 4096);
