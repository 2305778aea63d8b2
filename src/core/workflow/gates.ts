import { FORWARD_PATH, isNc, type ActionType, type FieldKey, type State } from '../model';

/**
 * Fields that must be present to *enter* a state (DESIGN.md §3). For NCs these follow
 * ISO/IEC 27001:2022 clause 10.2: react and correct (a), find the cause and whether similar
 * NCs exist (b), implement the action (c), review its effectiveness (d).
 */
const NC_GATES: Record<State, readonly FieldKey[]> = {
  new: [],
  analysis: ['owner'],
  planned: ['correction', 'rootCause', 'similarElsewhere'],
  'in-progress': ['correctiveAction', 'targetDate'],
  implemented: ['completionDate'],
  closed: ['rootCause', 'correctiveAction', 'effectivenessResult', 'verifiedBy', 'closedDate'],
  'on-hold': [],
  cancelled: ['notes'],
};

const OFI_GATES: Record<State, readonly FieldKey[]> = {
  new: [],
  analysis: ['owner'],
  planned: [],
  'in-progress': ['correctiveAction', 'targetDate'],
  implemented: ['completionDate'],
  closed: ['remediation', 'closedDate'],
  'on-hold': [],
  cancelled: ['notes'],
};

/**
 * Gate of one state for one action type. Unknown types get the NC gate: an unclassified
 * finding is treated with the stricter rules until someone classifies it.
 *
 * @example gateFields('minor-nc', 'closed') // ['rootCause', 'correctiveAction', 'effectivenessResult', 'verifiedBy', 'closedDate']
 */
export function gateFields(type: ActionType | undefined, state: State): readonly FieldKey[] {
  return (type === undefined || isNc(type) ? NC_GATES : OFI_GATES)[state];
}

/**
 * Everything a row in `state` should hold: the gates of every state on the forward path up to
 * and including it, skipping states the register's vocabulary does not use (a register with only
 * Open / In progress / Closed has no "planned" step to pass through).
 */
export function cumulativeGateFields(
  type: ActionType | undefined,
  state: State,
  statesInUse?: ReadonlySet<State>,
): { field: FieldKey; state: State }[] {
  const out: { field: FieldKey; state: State }[] = [];
  const seen = new Set<FieldKey>();
  const push = (s: State) => {
    for (const field of gateFields(type, s)) {
      if (!seen.has(field)) {
        seen.add(field);
        out.push({ field, state: s });
      }
    }
  };
  const idx = FORWARD_PATH.indexOf(state);
  if (idx < 0) {
    push(state);
    return out;
  }
  for (let i = 1; i <= idx; i++) {
    const s = FORWARD_PATH[i];
    if (s === state || !statesInUse || statesInUse.has(s)) push(s);
  }
  return out;
}

/** All gate fields of all states, with the states that need each (for `column-missing`). */
export function statesNeedingField(field: FieldKey, types: Iterable<ActionType | undefined>): State[] {
  const states = new Set<State>();
  for (const type of types) {
    for (const s of Object.keys(NC_GATES) as State[]) if (gateFields(type, s).includes(field)) states.add(s);
  }
  return [...states];
}
