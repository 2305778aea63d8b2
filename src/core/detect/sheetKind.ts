import kinds from './lexicons/sheetKinds.json';
import { hasCjk, normalizeWords, trafficLight } from '../text';
import type { FieldKey } from '../model';

/**
 * What a sheet is, from its header words and the fields found in it: an improvement-action
 * register, or something people keep beside one (risk register, Statement of Applicability,
 * checklist, asset inventory, KPI sheet, training record, scan export, project plan). The word
 * lists are data (`lexicons/sheetKinds.json`).
 */
export interface SheetKind {
  register: boolean;
  /** What the sheet looks like when it is not a register ("a risk register"). */
  looksLike?: string;
  /** The evidence, in words: "likelihood, impact, residual risk — no action status or target date". */
  why: string;
  /**
   * A sheet kept beside a register that the plan reads too (clause 6.2 objectives): still not a
   * register, so a file holding only it is `not-a-register`, but a roll-up reads it.
   */
  companion?: 'objectives';
}

interface KindLexicon {
  name: string;
  words: string[];
  companion?: string;
  /** Two word sets that, found together, name the kind beyond doubt (a risk's likelihood and impact). */
  pair?: string[][];
}

const OTHER_KINDS: readonly KindLexicon[] = kinds.others;
const COMPANIONS = new Map(OTHER_KINDS.filter((k) => k.companion).map((k) => [k.name, k.companion]));

/** The companion kind a kind of sheet is ("objectives"), when the plan reads it beside registers. */
export function companionOf(looksLike: string | undefined): SheetKind['companion'] {
  return looksLike !== undefined && COMPANIONS.get(looksLike) === 'objectives' ? 'objectives' : undefined;
}
/** What a sheet of checks is called, with its results. */
export const CHECKLIST = 'an audit or compliance checklist';
const PROJECT_PLAN = 'a project plan';
const RISK_REGISTER = 'a risk register';
const VULNERABILITY_SCAN = 'a vulnerability scan export';
const KPI_SHEET = 'a KPI or metrics sheet';
/** A column of the next thing to do about each row ("Next Step", "Próximos pasos", "Nächste Schritte"). */
const NEXT_STEP =
  /\b(next (step|steps|action|actions)|(proximo|proximos|siguiente|siguientes) (paso|pasos|passo|passos)|prochaines? etapes?|(nachster|nachste|naechster|naechste) schritte?|prossim[oi] pass[oi]|volgende stap(pen)?|kovetkezo lepes(ek)?)\b/;
const ACTION_WORDS: readonly string[] = kinds.actionWords;

/** Header words of another kind of sheet this many times, with no action word, decide it. */
const OTHER_MIN = 2;
/** With action words present, the other kind must outweigh them this many times over. */
const OTHER_DOMINANCE = 2;
const OTHER_STRONG = 4;

/** A header's words, run-together ones split where a capital starts a word ("DefectID" → "defect id"). */
function headerWords(header: string): string {
  return normalizeWords(header.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

function hits(headers: readonly string[], words: readonly string[]): string[] {
  const out: string[] = [];
  for (const h of headers) {
    const padded = ` ${h} `;
    if (words.some((w) => padded.includes(` ${w} `) || (hasCjk(w) && h.includes(w)))) out.push(h);
  }
  return out;
}

/** The length of the longest of `words` found in the header (0 when none is). */
function longestHit(header: string, words: readonly string[]): number {
  const padded = ` ${header} `;
  let longest = 0;
  for (const w of words)
    if (w.length > longest && (padded.includes(` ${w} `) || (hasCjk(w) && header.includes(w))))
      longest = w.length;
  return longest;
}

const prepare = (list: readonly string[]) => list.map((w) => normalizeWords(w)).filter(Boolean);
const PREPARED_OTHERS = OTHER_KINDS.map((k) => ({ name: k.name, words: prepare(k.words) }));
const PREPARED_BY_NAME = new Map(PREPARED_OTHERS.map((k) => [k.name, k.words] as const));
const PREPARED_PAIRS = new Map(
  OTHER_KINDS.filter((k) => k.pair).map((k) => [k.name, [prepare(k.pair![0]), prepare(k.pair![1])] as const]),
);

/** True when the headers hold both halves of the kind's defining pair (likelihood and impact). */
function pairFound(kind: string, normalized: readonly string[]): boolean {
  const pair = PREPARED_PAIRS.get(kind);
  return pair !== undefined && hits(normalized, pair[0]).length > 0 && hits(normalized, pair[1]).length > 0;
}
const PREPARED_ACTION = prepare(ACTION_WORDS);
/** A row ID that names an action or a treatment: "Treatment ID", "Action No", "Maßnahme Nr", "POA&M Item ID". */
const ACTION_ID =
  /^(risk )?(treatment|action|measure|mitigation|remediation|capa|corrective action|massnahme|mesure|accion|azione|acao|maatregel|poa ?m( item)?)s? ?(id|no|nr|number|num|ref|reference)$/;

/** A row ID that names a milestone: "Milestone ID", "Milestone No", "Hito ID", "Meilenstein Nr". */
const MILESTONE_ID =
  /^(milestone|hito|meilenstein|jalon|mijlpaal|marco) ?(id|no|nr|number|num|ref|reference)$/;

/** A row ID that names an evidence item: "Evidence ID", "evidence_no", "Nachweis-Nr", "ID Evidencia". */
const EVIDENCE_ID =
  /^(evidence|evidencia|evidencias|evidenza|evidencija|nachweis|preuve|bizonyitek|bewijs) ?(id|no|nr|number|num|ref|reference)$|^(id|no|nr|n|numero) (de )?(evidence|evidencia|evidenza|nachweis|preuve)$/;
const EVIDENCE_REGISTER = 'an evidence register';
/** A row ID that names an event: "Complaint_ID", "Dev_ID", "Deviation No", "Event ID", "Incident Ref". */
const EVENT_ID =
  /^(complaint|deviation|dev|incident|event|quality event|reclamacion|reclamacao|desvio|desviacion|reklamation|abweichung) ?(id|no|nr|number|num|ref|reference)$/;
/** A column naming the CAPA an event raised: "CAPA_Number", "CAPA Ref", "CAPA Raised", "Linked CAPA". */
const CAPA_LINK =
  /\b(capa|car|corrective action) ?(no|nr|number|num|ref|reference|id|raised|required|link|linked)\b|\blinked (capa|car)\b/;
/** A row ID that names a change: "ChangeID", "Change No", "CHG #", "RFC ID". */
const CHANGE_ID =
  /^(change|chg|rfc|change request|cambio|anderung|changement) ?(id|no|nr|number|num|ref|reference)$/;
const CHANGE_LOG = 'a change log';
const EVENT_LOG = 'a log of complaints, deviations or incidents (its actions are the CAPAs it names)';

/** A row ID that names a risk: "Risk ID", "Risk No", "ID Riesgo", "Risiko Nr". */
const RISK_ID =
  /^(risk|riesgo|risco|rischio|risque|risiko|risico) ?(id|no|nr|number|num|ref|reference)$|^(id|no|nr|n|numero) (del? )?(risk|riesgo|risco|rischio|risque|risiko|risico)$/;

/** A sheet named for a plan of treatments or actions, in the languages of the action words ("Plan_Tratamiento" too). */
const PLAN_NAME =
  /\b(treatment|mitigation|remediation|action|corrective action|improvement) plans?\b|\bplan(es)?( de)? (tratamiento|accion|acciones|mitigacion|remediacion|mejora)\b|\bplano( de)? (tratamento|acao|acoes)\b|\bpiano( di)? (trattamento|azione|azioni)\b|\bplan( de)? (traitement|remediation)\b|\bmassnahmenplan\b|\bbehandlungsplan\b/;

/**
 * Whether a sheet's name says it is a plan of treatments or actions ("Risk Treatment Plan",
 * "Plan_Tratamiento", "Plan de acción"): the list of what is to be done, over the inventories,
 * logs and matrices a workbook keeps beside it.
 *
 * @example namesAPlan('Plan_Tratamiento') // true
 */
export function namesAPlan(sheetName: string): boolean {
  return PLAN_NAME.test(headerWords(sheetName.replace(/[_\-.]+/g, ' ')));
}

/**
 * A status column named for the treatment or action, not the risk ("Treatment Status", "Estado de
 * la acción", "Stato del trattamento"): what it tracks is the treatment's progress.
 */
const TREATMENT_STATUS =
  /\b(treatment|mitigation|remediation|action|response|plan|tratamiento|mitigacion|accion|tratamento|acao|trattamento|azione|traitement|behandlung|massnahme)\b.*\b(status|state|progress|estado|estatus|situacao|stato|statut|etat|stand)\b|\b(status|state|estado|estatus|stato|statut|etat)\b.*\b(treatment|mitigation|remediation|tratamiento|accion|trattamento|azione|traitement|behandlung|massnahme)\b/;

/** A schedule's dependency column, in the languages of the project-plan words. */
const PREPARED_PREDECESSOR = prepare([
  'predecessor',
  'predecessors',
  'predecesor',
  'predecesora',
  'predecesoras',
  'predecesores',
  'predecessora',
  'predecessore',
  'vorganger',
  'predecesseur',
  'voorganger',
]);
const RESULT_WORDS = new Set(prepare(kinds.checklistResults));
const PASSED_WORDS = new Set(prepare(kinds.checksPassed));
const VERDICT_WORDS = new Set([...RESULT_WORDS, ...PASSED_WORDS, ...prepare(kinds.checkVerdicts)]);

/** A header naming the outcome of a check ("Finding Result", "Audit outcome", "Esito"). */
const RESULT_HEADER =
  /\b(result|results|outcome|verdict|esito|ergebnis|resultado|resultat|bewertung|conformity|compliance)\b/;

/** Share of verdicts a column needs to be a checklist's result column, and of passed checks among them. */
const VERDICT_SHARE = 0.6;
const PASSED_SHARE = 0.25;

/**
 * A checklist's result column, in words ("Finding Result: Conformity / Minor Non-Conformity"), when
 * the header names an outcome and its cells are verdicts, a good share of them passed checks: a
 * register lists what must be corrected, a checklist every check, most of which pass. Undefined
 * otherwise (an effectiveness result is judged by the caller, which leaves that column out).
 *
 * @example checkResults('Finding Result', ['Conformity (C)', 'Conformity (C)', 'Minor NC', 'Conformity (C)']) // 'Finding Result: Conformity (C) / Minor NC'
 */
export function checkResults(header: string, values: readonly string[]): string | undefined {
  if (!RESULT_HEADER.test(headerWords(header))) return undefined;
  let verdicts = 0;
  let passed = 0;
  let filled = 0;
  const distinct: string[] = [];
  for (const v of values) {
    const w = normalizeWords(v.replace(/\([^)]*\)/g, ' '));
    if (w === '') continue;
    filled++;
    if (VERDICT_WORDS.has(w)) verdicts++;
    if (PASSED_WORDS.has(w)) passed++;
    if (distinct.length < 3 && !distinct.includes(v.trim())) distinct.push(v.trim());
  }
  if (filled < 4 || verdicts < filled * VERDICT_SHARE || passed < filled * PASSED_SHARE) return undefined;
  return `${shortHeader(header)}: ${distinct.map(shortHeader).join(' / ')}`;
}

/** The other kind whose words the headers hold most, with the headers that hold them. */
export function otherKindOf(
  headers: readonly string[],
  prefer?: string,
): { name: string; headers: string[] } | undefined {
  const own = headers.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => headerWords(h) !== '');
  const byWords = new Map(own.map((h) => [headerWords(h), h] as const));
  let best: { name: string; headers: string[] } | undefined;
  for (const k of PREPARED_OTHERS) {
    // Found by their words, named in the user's own spelling.
    const found = hits([...byWords.keys()], k.words).map((n) => byWords.get(n) ?? n);
    if (found.length === 0) continue;
    // The kind the sheet's name says wins over another found as often.
    if (k.name === prefer && best && found.length === best.headers.length)
      best = { name: k.name, headers: found };
    else if (!best || found.length > best.headers.length) best = { name: k.name, headers: found };
  }
  return best;
}

/**
 * The other kind a sheet's name says it is ("Incident_Register", "RAID LOG"), or undefined. A name
 * with an action word in it ("CAP Milestones") says actions first, and "Gap", "Check" or "KPI" are
 * too common in action registers' names ("Gap log", "Q3 check") to say a checklist or a KPI sheet.
 *
 * @example kindNamedBy('RAID LOG') // 'a RAID log (risks, assumptions, issues, dependencies)'
 */
export function kindNamedBy(sheetName: string): string | undefined {
  if (actionWordsOf([], sheetName).length > 0) return undefined;
  const kind = otherKindOf([sheetName.replace(/[_\-.]+/g, ' ')])?.name;
  return kind === CHECKLIST || kind === KPI_SHEET ? undefined : kind;
}

/**
 * The action words (corrective action, finding, NC, CAPA, POA&M…) a sheet's headers and name
 * hold: a sheet that says it holds actions.
 */
export function actionWordsOf(headers: readonly string[], sheetName: string): string[] {
  return hits([...headers, sheetName].map(headerWords).filter(Boolean), PREPARED_ACTION);
}

export interface ActionEvidence {
  /** Fields found with cells that confirm them (status holding workflow states, dates in the target date…). */
  fields: readonly FieldKey[];
  /** True when the status column's cells are workflow states. */
  statusConfirmed: boolean;
  /** The status column's distinct words, when there is one. */
  statusValues?: readonly string[];
  /** The action column only recommends ("Ação Recomendada"): with no state or date, nothing tracks it. */
  recommended?: boolean;
  /**
   * No status column, but a yes/no column that says whether each row is done ("Closed (Y/N)",
   * "Atendido"): the register's state and its record of completion at once.
   */
  doneFlag?: boolean;
  /** The ID column numbers a service desk's tickets (INC0010045, CTASK0010045): what kind, with an example. */
  tickets?: { kind: string; example: string };
}

const GAP_ASSESSMENT = 'a gap assessment of controls';
/** A header naming controls or requirements assessed ("Control ID", "Control Name", "Anforderung"). */
const CONTROL_HEADER =
  /\b(control|controls|controle|controles|kontrolle|annex a|clause|requirement|anforderung|requisito|exigence)\b/;
/** A control's implementation levels, not an action's progress. */
const CONTROL_STATES = new Set(
  prepare([
    'implemented',
    'not implemented',
    'partially implemented',
    'partially',
    'partial',
    'fully implemented',
    'largely implemented',
    'in place',
    'not in place',
    'partially in place',
    'not applicable',
    'n a',
    'umgesetzt',
    'nicht umgesetzt',
    'teilweise umgesetzt',
    'implementado',
    'no implementado',
    'parcialmente implementado',
    'implementato',
    'non implementato',
    'parzialmente implementato',
    'mis en oeuvre',
    'non mis en oeuvre',
    'partiellement mis en oeuvre',
    'compliant',
    'partially compliant',
    'non compliant',
    'not compliant',
  ]),
);
const NOT_IN_PLACE = new Set(
  prepare([
    'not implemented',
    'not in place',
    'non compliant',
    'not compliant',
    'nicht umgesetzt',
    'no implementado',
    'non implementato',
    'non mis en oeuvre',
  ]),
);

/**
 * True when a status column's words are a control's implementation levels: every word one of
 * them, and at least two levels. With `notInPlace`, "not implemented" must be among them (an
 * action's "Implemented" alone is its own state).
 */
function controlStates(values: readonly string[] | undefined, notInPlace = true): boolean {
  if (!values || values.length < 2) return false;
  const words = values.map((v) => normalizeWords(v)).filter((w) => w !== '');
  return (
    words.length >= 2 &&
    words.every((w) => CONTROL_STATES.has(w)) &&
    (!notInPlace || words.some((w) => NOT_IN_PLACE.has(w)))
  );
}

/** Where an organisation stands ("Current State", "As-Is", "Estado actual", "Ist-Zustand"). */
const CURRENT_STATE =
  /\b(current|as is|present|existing) (state|status|situation|maturity|level|score|practice)\b|\b(estado|situacion|situacao) actual\b|\bsituation actuelle\b|\bstato attuale\b|\bist (zustand|stand|situation)\b|\bhuidige (situatie|stand)\b/;
/** Where it means to be ("Target State", "To-Be", "Estado deseado", "Soll-Zustand"). */
const TARGET_STATE =
  /\b(target|desired|future|to be) (state|status|situation|maturity|level|score)\b|\b(estado|situacion|situacao) (deseado|deseada|objetivo|desejado|desejada|futuro|futura)\b|\bsituation (cible|souhaitee)\b|\bstato (desiderato|obiettivo)\b|\bsoll (zustand|stand|situation)\b|\bgewenste (situatie|stand)\b/;

/** Share of the status words that are checklist results ("Compliant", "Pass", "Yes", ✅). */
function resultShare(values: readonly string[] | undefined): number {
  if (!values || values.length === 0) return 0;
  let n = 0;
  for (const v of values) {
    const w = normalizeWords(v);
    // A traffic light alone is a state (green, amber, red), not a check's tick.
    if ((w === '' && !trafficLight(v)) || RESULT_WORDS.has(w)) n++;
  }
  return n / values.length;
}

/**
 * Judges one sheet. `headers` are the header row's texts; `sheetName` counts as a header for the
 * action words ("CAPA log", "Corrective actions"); `filledHeaders`, those of the columns with
 * cells under them, are the evidence of another kind; `actionWordHeaders`, those whose cells are
 * not counts, the evidence of actions.
 *
 * @example judgeSheet(['Risk ID', 'Likelihood', 'Impact', 'Risk score', 'Owner'], 'Risks', { fields: ['id', 'owner'], statusConfirmed: false }).looksLike // 'a risk register'
 */
export function judgeSheet(
  headers: readonly string[],
  sheetName: string,
  evidence: ActionEvidence,
  filledHeaders: readonly string[] = headers,
  actionWordHeaders: readonly string[] = headers,
): SheetKind {
  const normalized = [...headers, sheetName].map(headerWords).filter(Boolean);
  // Action words count in the headers whose cells are not counts ("Hallazgos: 8" tallies findings).
  const countable =
    actionWordHeaders === headers
      ? normalized
      : [...actionWordHeaders, sheetName].map(headerWords).filter(Boolean);
  // Another kind is named by the columns that hold something: an export's empty columns say nothing.
  // A sheet named for a kind ("RAID LOG" over "RAID Category") says it once more, and that kind
  // wins over another its headers name as often ("Impact").
  const named = kindNamedBy(sheetName);
  let other = otherKindOf(filledHeaders, named);
  if (other && other.name === named) other = { name: other.name, headers: [...other.headers, sheetName] };
  // A header both kinds claim ("Defect ID" in a software defect log) is no evidence of actions,
  // unless the action words name it more closely ("Gap Closure" over a checklist's "gap").
  const otherWords = other ? PREPARED_BY_NAME.get(other.name)! : undefined;
  const actionHeaders = hits(countable, PREPARED_ACTION).filter(
    (h) => !otherWords || longestHit(h, otherWords) < longestHit(h, PREPARED_ACTION),
  );
  // A service desk's ticket numbers in the ID column (INC0010045, CTASK0010045): its queue, whatever
  // action-list columns a list export gives it, unless the sheet names actions or the action itself.
  if (
    evidence.tickets &&
    actionHeaders.length === 0 &&
    !evidence.fields.includes('correctiveAction') &&
    !evidence.fields.includes('remediation')
  ) {
    const { kind, example } = evidence.tickets;
    return {
      register: false,
      looksLike: kind,
      why: `${kind}: ticket numbers such as ${example} — its rows are tickets, not improvement actions`,
    };
  }
  const has = (f: FieldKey) => evidence.fields.includes(f);
  // Where each area stands beside where it should be ("Current State", "Target State"), with
  // nothing that tracks an action to done — no workflow state, owner or date — is a gap
  // assessment: its "Action" is the recommendation an action plan will take up. The "state" is
  // the area's, not an action's.
  const current = normalized.find((h) => CURRENT_STATE.test(h));
  const target = normalized.find((h) => TARGET_STATE.test(h));
  if (
    current &&
    target &&
    !evidence.statusConfirmed &&
    !evidence.doneFlag &&
    !has('owner') &&
    !has('targetDate') &&
    !has('closedDate') &&
    !has('completionDate')
  ) {
    const said = headers.filter((h) => [current, target].includes(headerWords(h))).map(shortHeader);
    return {
      register: false,
      looksLike: GAP_ASSESSMENT,
      why: `${GAP_ASSESSMENT}: ${said.join(', ')} — ${missingActionWords(evidence)}`,
    };
  }
  // Rows identified first of all as evidence ("evidence_id", then the action each proves) are
  // the proof filed for actions, reviewed and accepted: an evidence register, not the actions.
  // Rows identified as events (complaints, deviations) that name the CAPA each raised, with no
  // action, owner or date of their own: the log of what happened; the actions are the CAPAs.
  const rowId = headers.find((h) => h.trim() !== '');
  const rowIdWords = rowId === undefined ? '' : headerWords(rowId);
  const rowsAre =
    EVIDENCE_ID.test(rowIdWords) && !has('targetDate')
      ? EVIDENCE_REGISTER
      : EVENT_ID.test(rowIdWords) &&
          normalized.some((h) => CAPA_LINK.test(h)) &&
          !['owner', 'targetDate', 'correctiveAction', 'remediation'].some((f) => has(f as FieldKey))
        ? EVENT_LOG
        : CHANGE_ID.test(rowIdWords) && !has('correctiveAction') && !has('remediation')
          ? CHANGE_LOG
          : undefined;
  if (rowsAre !== undefined) {
    return {
      register: false,
      looksLike: rowsAre,
      why: `${rowsAre}: rows identified by "${shortHeader(rowId!)}" — ${missingActionWords(evidence)}`,
    };
  }
  if (resultShare(evidence.statusValues) >= 0.6) {
    // A status column of results ("Compliant", "Not met", ✅) is a checklist's answer column.
    const status = 'status: ' + (evidence.statusValues ?? []).slice(0, 3).join(' / ');
    other = {
      name: CHECKLIST,
      headers: [...(other?.name === CHECKLIST ? other.headers : []), status, status],
    };
  }
  // A checklist named by its own columns ("Question", "Audit criteria") stays one.
  const checklistByColumns =
    other?.name === CHECKLIST && other.headers.some((h) => !h.startsWith('status: '));
  // Controls graded only Implemented / Partial, with no action and no date to do it by (a control
  // implementation tracker: "Control Objective", "Policy", "Evidence", "Status: Implemented") are
  // the same: the state of each control, not of an action.
  const gradedControls =
    controlStates(evidence.statusValues) ||
    (controlStates(evidence.statusValues, false) &&
      !has('targetDate') &&
      !has('correctiveAction') &&
      !has('remediation') &&
      !has('title') &&
      !has('description'));
  if (!checklistByColumns && gradedControls && normalized.some((h) => CONTROL_HEADER.test(h))) {
    // Controls graded Implemented / Partially / Not implemented: a gap assessment or an SoA,
    // whose recommendations are the input to an action plan, not the plan.
    const status = 'status: ' + (evidence.statusValues ?? []).slice(0, 3).join(' / ');
    other = { name: GAP_ASSESSMENT, headers: [status, status, status, status] };
  }
  const otherCount = other?.headers.length ?? 0;
  // Each row's state said by a workflow status, a "Closed?" yes/no or stage marks.
  const tracksState = evidence.statusConfirmed || !!evidence.doneFlag;
  // Improvement projects measured by a metric against a baseline and a target, tracked by a
  // workflow state with the next thing to do (a quality-improvement or Lean project list), are a
  // register of those projects: a KPI sheet reports a figure, it does not move a row to done.
  const improvementProjects =
    other?.name === KPI_SHEET &&
    tracksState &&
    (has('correctiveAction') || has('remediation') || normalized.some((h) => NEXT_STEP.test(h)));
  const actionScore =
    Number(tracksState) +
    Number(has('targetDate')) +
    Number(has('owner')) +
    Number(has('correctiveAction') || has('remediation')) +
    Number(has('closedDate') || has('completionDate') || !!evidence.doneFlag) +
    Number(has('rootCause') || has('effectivenessResult') || has('verifiedBy')) +
    Number(actionHeaders.length > 0 || improvementProjects);
  // A task list tracked to done — workflow words in its status cells, an owner or the task itself,
  // and a due date — is a list of actions although a plan's start dates and durations sit beside
  // them.
  // Not when the rows are identified as milestones ("Milestone ID"): a plan's checkpoints, whose
  // status says whether the schedule holds ("On Track", "At Risk").
  const trackedTasks =
    other?.name === PROJECT_PLAN &&
    !normalized.some((h) => MILESTONE_ID.test(h)) &&
    tracksState &&
    (has('owner') || has('correctiveAction')) &&
    has('targetDate') &&
    otherCount < OTHER_STRONG;
  // Tasks that depend on each other ("Predecessor", "Predecesor", "Vorgänger"), with no workflow
  // state and no word of a register's, are a schedule's, whatever else sits beside them.
  const dependentTasks =
    other?.name === PROJECT_PLAN &&
    !evidence.statusConfirmed &&
    actionHeaders.length === 0 &&
    hits(normalized, PREPARED_PREDECESSOR).length > 0;
  // Rows identified as treatments or actions ("Treatment ID", "Action No") are actions, whatever
  // risk words describe them: a risk treatment plan is a register of its treatments.
  // So is a sheet named for the plan ("Risk Treatment Plan", "Plan de tratamiento") whose rows
  // are tracked by a workflow state to a target date.
  // And so is a risk register whose treatment is tracked by its own status to a target date (a
  // risk treatment plan kept in the register's columns: "Treatment Status", "Target Date"). A
  // plain "Status" of Open / In Progress beside a mitigation is the risk's: still a risk register.
  const rowsAreActions =
    normalized.some((h) => ACTION_ID.test(h)) ||
    (namesAPlan(sheetName) && tracksState && has('targetDate')) ||
    (other?.name === RISK_REGISTER &&
      evidence.statusConfirmed &&
      has('targetDate') &&
      normalized.some((h) => TREATMENT_STATUS.test(h)));
  // Findings tracked to closure — a workflow status and a recommendation or corrective action —
  // without a risk register's likelihood and impact are a remediation tracker ("Vulnerability
  // Title", "Risk Level", "Recommendation", "Status: Closed").
  // So are vulnerabilities tracked to a remediation deadline by an owner ("Behebungsfrist",
  // "Status: Geschlossen", "Verantwortlich"), whatever CVE and CVSS columns describe them.
  // Rows identified as risks ("Risk ID") with no date to do anything by are risks whose status
  // is how far each is treated ("Mitigated"): still a risk register.
  const remediationTracked =
    (other?.name === RISK_REGISTER &&
      tracksState &&
      (has('correctiveAction') || has('remediation')) &&
      !pairFound(other.name, normalized) &&
      (has('targetDate') || !normalized.some((h) => RISK_ID.test(h)))) ||
    (other?.name === VULNERABILITY_SCAN && tracksState && has('targetDate') && has('owner'));
  const otherWins =
    other !== undefined &&
    !trackedTasks &&
    !rowsAreActions &&
    !remediationTracked &&
    !improvementProjects &&
    (dependentTasks ||
      // A few words of another kind ("Risk rating", "Privacy impact") do not outweigh a full set of
      // action columns (status, target date, owner and the action itself); many do, and so does the
      // kind's defining pair (a risk's likelihood and impact).
      (otherCount >= OTHER_MIN &&
        actionHeaders.length === 0 &&
        (otherCount >= OTHER_STRONG || actionScore < 4 || pairFound(other!.name, normalized))) ||
      (otherCount >= OTHER_STRONG && otherCount > OTHER_DOMINANCE * actionHeaders.length));
  if (otherWins) {
    return {
      register: false,
      looksLike: other!.name,
      why: `${other!.name}: ${[...new Set(other!.headers)].slice(0, 4).map(shortHeader).join(', ')} — ${missingActionWords(evidence)}`,
      ...(companionOf(other!.name) ? { companion: companionOf(other!.name) } : {}),
    };
  }
  // Nothing that tracks an action — no status, target or closing date, nor an owner of a stated
  // action, nor a containment beside a corrective action — is a list of findings or recommendations (a template's one example row, an
  // inspection's non-conformities with who found them), not a register of actions.
  const tracked =
    evidence.statusConfirmed ||
    !!evidence.doneFlag ||
    has('status') ||
    has('targetDate') ||
    (has('owner') && ((has('correctiveAction') && !evidence.recommended) || has('remediation'))) ||
    // The containment and the corrective action side by side (an 8D or CAPA plan of each
    // incident's actions): actions to be done, although nothing tracks them yet.
    (has('correction') && has('correctiveAction') && !evidence.recommended) ||
    has('closedDate') ||
    has('completionDate');
  if (actionScore < 2 || !tracked) {
    return {
      register: false,
      looksLike: other?.name ?? 'a list without actions',
      why: `${other?.name ?? 'a list without actions'}: ${missingActionWords(evidence)}`,
    };
  }
  return {
    register: true,
    why: `action register: ${actionHeaders.slice(0, 3).join(', ') || evidence.fields.join(', ')}`,
  };
}

/** Longest header quoted in full when saying what a sheet looks like. */
const QUOTED_HEADER_MAX = 40;

/** A header as quoted in a message: a long one (a sentence taken for a header) cut short. */
export function shortHeader(header: string): string {
  if (header.length <= QUOTED_HEADER_MAX) return header;
  const cut = header.slice(0, QUOTED_HEADER_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= QUOTED_HEADER_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function missingActionWords(evidence: ActionEvidence): string {
  const has = (f: FieldKey) => evidence.fields.includes(f);
  const missing = [
    evidence.statusConfirmed || evidence.doneFlag ? '' : 'no action status',
    has('targetDate') ? '' : 'no target date',
    has('correctiveAction') || has('remediation') ? '' : 'no corrective action',
  ].filter(Boolean);
  return missing.length ? missing.join(', ') : 'its rows are not improvement actions';
}
