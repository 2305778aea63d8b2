import {
  cellText,
  DATE_FIELDS,
  dayFromIso,
  dayFromSerial,
  gateFields,
  isNc,
  isoFromDay,
  lookupWord,
  normalizeWords,
  policyLimit,
  type ActionType,
  type CellValue,
  type EffectivenessResult,
  type FieldKey,
  type DayNumber,
  type State,
  type TargetDatePolicy,
} from '../../../core';
import type { MoveInput } from '../../../commands/api';
import {
  CAUSE_CATEGORY_CHOICES,
  EFFECTIVENESS_CHOICES,
  RCA_METHOD_CHOICES,
  YES_NO_UNKNOWN_CHOICES,
  type Choice,
} from './words';

/** What a gate form is about: a pending move, or a move chosen in the Action view. */
export interface MoveSubject {
  type?: ActionType;
  from?: State;
  to?: State;
  values: Partial<Record<FieldKey, CellValue>>;
  columns: readonly FieldKey[];
  /** The register's own effectiveness words ("Yes" for effective), written instead of ours. */
  effectivenessWords?: Partial<Record<EffectivenessResult, string>>;
}

export type FormKind = 'root-cause' | 'ofi-close' | 'gate';

export interface FormSpec {
  kind: FormKind;
  /** Fields shown, in order: only those the register has a column for. */
  fields: FieldKey[];
  /** Gate fields (with a column) the move needs. */
  required: ReadonlySet<FieldKey>;
  /** Gate fields the register has no column for (they cannot block the move). */
  noColumn: FieldKey[];
  comment: { label: string; required: boolean };
}

export type FormValues = Partial<Record<FieldKey, string>>;

/** Clause 10.2 in order: react (a), cause and reach (b), action (c), effectiveness (d). */
const RCA_PLAN: FieldKey[] = [
  'rcaMethod',
  'causeCategory',
  'rootCause',
  'similarElsewhere',
  'correction',
  'correctiveAction',
];
const RCA_CLOSE: FieldKey[] = [
  ...RCA_PLAN,
  'completionDate',
  'effectivenessResult',
  'verifiedBy',
  'evidence',
  'closedDate',
];
const OFI_CLOSE: FieldKey[] = ['remediation', 'completionDate', 'closedDate', 'evidence'];

/** Fields offered as a fixed list of words (written into the register as the label). */
export const FIELD_CHOICES: Partial<Record<FieldKey, Choice[]>> = {
  rcaMethod: RCA_METHOD_CHOICES,
  causeCategory: CAUSE_CATEGORY_CHOICES,
  similarElsewhere: YES_NO_UNKNOWN_CHOICES,
  effectivenessResult: EFFECTIVENESS_CHOICES,
};

/**
 * The words offered for a field: the register's own effectiveness words where it has them (so
 * Save writes "Yes" into a register that says "Yes"), the add-in's words otherwise.
 */
export function choicesFor(
  field: FieldKey,
  subject: Pick<MoveSubject, 'effectivenessWords'>,
): Choice[] | undefined {
  const choices = FIELD_CHOICES[field];
  const own = field === 'effectivenessResult' ? subject.effectivenessWords : undefined;
  if (!choices || !own) return choices;
  return choices.map((c) => ({ value: c.value, label: own[c.value as EffectivenessResult] ?? c.label }));
}

/** Unknown types get the NC prompt, as they get the NC gate (core `gateFields`). */
export function treatedAsNc(type: ActionType | undefined): boolean {
  return type === undefined || isNc(type);
}

function commentSpec(subject: MoveSubject, nc: boolean): FormSpec['comment'] {
  const { from, to } = subject;
  if (to === 'cancelled') return { label: 'Reason for cancelling', required: true };
  if (from === 'closed' && to === 'analysis') return { label: 'Why it is reopened', required: true };
  if (from === 'analysis' && to === 'closed' && nc)
    return { label: 'Why no corrective action is needed (clause 10.2 b)', required: true };
  return { label: 'Comment for the history', required: false };
}

/**
 * Which form a move needs: the root-cause prompt for an NC entering planned or closed, the
 * short prompt for an OFI or observation closing, otherwise the gate fields of the new state.
 *
 * @example formSpec({ type: 'ofi', to: 'closed', values: {}, columns: ['remediation'] }).fields // ['remediation']
 */
export function formSpec(subject: MoveSubject, offer?: PolicyOffer): FormSpec {
  const { type, from, to } = subject;
  const nc = treatedAsNc(type);
  const gate = (to ? gateFields(type, to) : []).filter((f) => f !== 'notes');
  const kind: FormKind =
    nc && (to === 'closed' || to === 'planned')
      ? 'root-cause'
      : !nc && to === 'closed'
        ? 'ofi-close'
        : 'gate';
  const base =
    kind === 'root-cause' ? (to === 'closed' ? RCA_CLOSE : RCA_PLAN) : kind === 'ofi-close' ? OFI_CLOSE : [];
  const columns = new Set(subject.columns);
  // Closing an NC straight from analysis records why no action is needed instead of the gate.
  const skipGate = nc && from === 'analysis' && to === 'closed';
  // An action without a target date is offered the policy's (it joins the form when the gate does not ask for it).
  const offered: FieldKey[] = offer ? ['targetDate'] : [];
  return {
    kind,
    fields: [...new Set([...base, ...gate, ...offered])].filter((f) => columns.has(f)),
    required: new Set(skipGate ? [] : gate.filter((f) => columns.has(f))),
    noColumn: gate.filter((f) => !columns.has(f)),
    comment: commentSpec(subject, nc),
  };
}

/** A cell as the form shows it: date serials as ISO dates, everything else as its text. */
export function fieldText(field: FieldKey, value: CellValue | undefined): string {
  if (typeof value === 'number' && DATE_FIELDS.includes(field)) {
    const parsed = dayFromSerial(value);
    if (parsed.kind === 'date') return isoFromDay(parsed.day);
  }
  return cellText(value);
}

/** The offered word a cell's text stands for, or the text itself when it matches none. */
function choiceText(field: FieldKey, text: string, subject: MoveSubject): string {
  const options = choicesFor(field, subject);
  if (!options || !text) return text;
  const n = normalizeWords(text);
  const key = field === 'effectivenessResult' ? lookupWord('effectiveness', text) : undefined;
  const hit = options.find(
    (o) => o.value === key || normalizeWords(o.value) === n || normalizeWords(o.label) === n,
  );
  return hit ? hit.label : text;
}

/**
 * The form's starting values from the row, and the row as shown before any default: Save writes
 * only fields the user changed, or that got a default (today's closed date). A cell that says
 * "Yes" is shown as "Effective" but, left alone, keeps the register's own word.
 */
export function initialValues(
  subject: MoveSubject,
  spec: FormSpec,
  today: string,
  offer?: PolicyOffer,
): { values: FormValues; fromRow: FormValues } {
  const values: FormValues = {};
  const fromRow: FormValues = {};
  for (const field of spec.fields) {
    const text = choiceText(field, fieldText(field, subject.values[field]), subject);
    fromRow[field] = text;
    values[field] =
      field === 'closedDate' && subject.to === 'closed' && !text
        ? today
        : field === 'targetDate' && offer && !text
          ? offer.date
          : text;
  }
  return { values, fromRow };
}

/** The target date the policy offers an action that has none, and what it comes from. */
export interface PolicyOffer {
  /** yyyy-mm-dd */
  date: string;
  days: number;
  /** "a major NC", "priority high" */
  because: string;
  /** The date counted from: the raised date, or today when the row has none. */
  from: string;
  fromRaised: boolean;
}

const OFFER_MOVES: readonly (State | undefined)[] = ['new', 'analysis', 'planned', 'in-progress'];

/**
 * The policy's target date for a move of an action without one (raised date + the days of its
 * type or priority, the stricter); undefined when the row has a target date, the register has no
 * column for it, the move is not to an open working state, or no limit applies.
 *
 * @example policyOffer({ type: 'major-nc', to: 'planned', values: { raisedDate: '2026-09-01' }, columns: ['targetDate'] }, DEFAULT_POLICY, today)?.date // '2026-11-30'
 */
export function policyOffer(
  subject: MoveSubject,
  policy: TargetDatePolicy,
  today: DayNumber,
): PolicyOffer | undefined {
  if (!subject.columns.includes('targetDate') || !OFFER_MOVES.includes(subject.to)) return undefined;
  if (cellText(subject.values.targetDate).trim()) return undefined;
  const priority = lookupWord('priority', cellText(subject.values.priority));
  const limit = policyLimit({ type: subject.type, priority }, policy);
  if (!limit) return undefined;
  const cell = subject.values.raisedDate;
  const parsed = typeof cell === 'number' ? dayFromSerial(cell) : undefined;
  const raised =
    parsed?.kind === 'date' ? parsed.day : typeof cell === 'string' ? dayFromIso(cell.trim()) : undefined;
  const from = raised ?? today;
  return {
    date: isoFromDay(from + limit.days),
    days: limit.days,
    because: limit.because,
    from: isoFromDay(from),
    fromRaised: raised !== undefined,
  };
}

/** The why-chain as one root-cause statement, from the symptom to the deepest cause. */
export function composeWhys(whys: readonly string[]): string {
  return whys
    .map((w) => w.trim().replace(/[.\s]+$/, ''))
    .filter(Boolean)
    .map((w, i) => (i > 0 && /^[A-Z][a-z]/.test(w) ? w[0].toLowerCase() + w.slice(1) : w))
    .join(', because ');
}

/** True when the chosen RCA method is 5 whys (in the offered words or the register's own). */
export function isFiveWhys(method: string | undefined): boolean {
  return /^5\s*whys?$|^five whys?$/.test(normalizeWords(method ?? ''));
}

/** What Save sends: the changed fields, and the comment with the why-chain kept for auditors. */
export function moveInput(
  spec: FormSpec,
  fromRow: FormValues,
  values: FormValues,
  comment: string,
  whys: readonly string[] = [],
): MoveInput {
  const fields: MoveInput['fields'] = {};
  for (const field of spec.fields) {
    const value = values[field] ?? '';
    if (value !== (fromRow[field] ?? '')) fields[field] = value;
  }
  const chain = whys.map((w) => w.trim()).filter(Boolean);
  const why = chain.length ? `5 whys: ${chain.map((w, i) => `${i + 1}) ${w}`).join(' ')}` : '';
  const text = [comment.trim(), why].filter(Boolean).join('\n');
  return text ? { fields, comment: text } : { fields };
}
