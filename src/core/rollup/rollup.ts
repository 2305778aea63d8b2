/**
 * One plan across several registers: an internal-audit sheet, a CAPA log, an incident follow-up
 * list — each read with its own mapping and words — merged into one set of actions in canonical
 * states, each keeping its file, sheet and row. The same action in two registers is counted once
 * and reported (`duplicate-across-registers`); the figures are the review's own figures over the
 * merged actions, with a breakdown per register.
 */
import type { DayNumber } from '../dates';
import type { RecheckStore } from '../followThrough/rechecks';
import { sortFindings, type Finding } from '../findings';
import type { HeaderMapping } from '../mapping/headers';
import type { VocabularyKind, VocabularyMap } from '../mapping/vocabulary';
import type { FieldKey, Source } from '../model';
import { textOf, type Action, type Register, type Vocabularies } from '../register';
import { computeReview, type ReviewFigures, type ReviewOptions } from '../review/figures';
import type { FigureKey, FigureNote } from '../review/quality';
import { validateRegister } from '../validate';
import { findCrossDuplicates, type CrossDuplicate, type Place } from './duplicates';
import { registerNameMeaning } from './sourceFromName';

/** One register of a roll-up: where it was read, and what was read. */
export interface RollupInput {
  file: string;
  sheet: string;
  register: Register;
  /** Its findings, when the caller has them; otherwise validated here. */
  findings?: readonly Finding[];
}

/** A register of the roll-up, as the breakdown and the output name it. */
export interface RegisterPart {
  file: string;
  sheet: string;
  /** Actions read from it. */
  actions: number;
  /** Actions left out of the figures because an earlier register holds them. */
  merged: number;
  /** The source its name gives to the actions whose rows have none. */
  source?: Source;
  /** What kind of list its name says it is ("internal audit", "corrective actions"). */
  kind?: string;
  /** How many actions took the source from the register's name. */
  sourceFromName: number;
}

export interface Rollup {
  parts: RegisterPart[];
  /** The merged register: every action once, in canonical states (duplicates left out). */
  register: Register;
  /** The file, sheet and row of an action of the merged register. */
  placeOf: (action: Action) => Place | undefined;
  duplicates: CrossDuplicate[];
  inputs: readonly RollupInput[];
}

/** A finding of a roll-up: the register's finding with the file and sheet it is in. */
export interface RollupFinding extends Finding {
  file: string;
  sheet: string;
  /** For `duplicate-across-registers`: the other place, where the action is counted. */
  other?: Place;
}

function mergeVocabulary<K extends VocabularyKind>(maps: VocabularyMap<K>[]): VocabularyMap<K> {
  const map = Object.create(null) as VocabularyMap<K>['map'];
  const words = Object.create(null) as Record<string, string>;
  for (const m of maps) {
    for (const n of Object.keys(m.map)) if (!(n in map)) map[n] = m.map[n];
    for (const n of Object.keys(m.words)) if (!(n in words)) words[n] = m.words[n];
  }
  return { map, words, notes: maps.flatMap((m) => m.notes) };
}

function mergedMapping(registers: readonly Register[]): HeaderMapping {
  const columns: HeaderMapping['columns'] = {};
  for (const r of registers)
    for (const [field, column] of Object.entries(r.mapping.columns) as [FieldKey, never][])
      if (!columns[field]) columns[field] = column;
  return {
    headerRow: registers[0]?.mapping.headerRow ?? 1,
    columns,
    unmapped: [],
    duplicates: [],
    badOverrides: [],
    ruledOut: [],
  };
}

/**
 * Merges several registers into one. Registers are taken in the order given: a duplicate is kept
 * where it was seen first. An action whose row names no source takes the one its register's name
 * gives ("Internal audit 2026" → internal audit).
 *
 * @example rollUp([{ file: 'a.xlsx', sheet: 'Audit', register: a }, { file: 'b.csv', sheet: 'b', register: b }]).register.actions.length
 */
export function rollUp(inputs: readonly RollupInput[]): Rollup {
  const places = inputs.map((input) =>
    input.register.actions.map((action) => ({
      action,
      place: { file: input.file, sheet: input.sheet, row: action.row, id: action.id },
    })),
  );
  const { dropped, duplicates } = findCrossDuplicates(places);
  const placeByAction = new Map<Action, Place>();
  const actions: Action[] = [];
  const parts: RegisterPart[] = inputs.map((input, i) => {
    const meaning = registerNameMeaning(input.sheet, input.file.replace(/^.*[\\/]/, ''));
    let merged = 0;
    let fromName = 0;
    for (const { action, place } of places[i]) {
      if (dropped.has(action)) {
        merged++;
        continue;
      }
      let a = action;
      if (meaning.source && action.source === undefined && textOf(action, 'source') === '') {
        a = { ...action, source: meaning.source };
        fromName++;
      }
      actions.push(a);
      placeByAction.set(a, place);
    }
    return {
      file: input.file,
      sheet: input.sheet,
      actions: input.register.actions.length,
      merged,
      ...(meaning.source ? { source: meaning.source } : {}),
      ...(meaning.kind ? { kind: meaning.kind } : {}),
      sourceFromName: fromName,
    };
  });
  const registers = inputs.map((i) => i.register);
  const vocab = <K extends VocabularyKind>(kind: K) =>
    mergeVocabulary(registers.map((r) => (r.vocabularies as unknown as Record<K, VocabularyMap<K>>)[kind]));
  const vocabularies: Vocabularies = {
    status: vocab('status'),
    type: vocab('type'),
    source: vocab('source'),
    priority: vocab('priority'),
    effectiveness: vocab('effectiveness'),
  };
  const mapping = mergedMapping(registers);
  const register: Register = {
    mapping,
    vocabularies,
    actions,
    ...(!mapping.columns.type && registers.find((r) => r.defaultType)
      ? { defaultType: registers.find((r) => r.defaultType)!.defaultType }
      : {}),
    dateOrder: registers[0]?.dateOrder ?? 'dmy',
    dateOrderFrom: 'default',
    lastRow: 0,
    stateFromDates: registers.length > 0 && registers.every((r) => r.stateFromDates),
  };
  return { parts, register, placeOf: (a) => placeByAction.get(a), duplicates, inputs };
}

function where(p: Place): string {
  return `"${p.sheet}" row ${p.row} of ${p.file.replace(/^.*[\\/]/, '')}`;
}

/**
 * Every register's findings, each with its file and sheet, then one `duplicate-across-registers`
 * warning per action counted once for two registers (naming both places).
 *
 * @example validateRollup(rollup, { asOf }).filter((f) => f.code === 'duplicate-across-registers')
 */
export function validateRollup(
  rollup: Rollup,
  options: { asOf: DayNumber; rechecks?: RecheckStore },
): RollupFinding[] {
  const out: RollupFinding[] = [];
  for (const input of rollup.inputs) {
    const findings = input.findings ?? validateRegister(input.register, options).findings;
    for (const f of findings) out.push({ ...f, file: input.file, sheet: input.sheet });
  }
  for (const d of rollup.duplicates) {
    out.push(duplicateFinding(d, rollup.inputs[d.register].register));
  }
  return out;
}

function duplicateFinding(d: CrossDuplicate, register: Register): RollupFinding {
  const states = d.kept.state !== d.dropped.state ? ` (there ${d.kept.state}, here ${d.dropped.state})` : '';
  const idColumn = register.mapping.columns.id;
  const { state: _kept, ...other } = d.kept;
  return {
    code: 'duplicate-across-registers',
    severity: 'warning',
    row: d.dropped.row,
    column: d.because === 'same id' && idColumn ? idColumn.letter : '',
    field: d.because === 'same id' ? 'id' : '',
    id: d.dropped.id,
    message:
      `The same action as ${where(d.kept)} (${d.because})${states}: counted once, there. ` +
      'Keep it in one register, or give the two different ids if they are different actions.',
    key: 'finding.duplicate-across-registers',
    values: {
      sheet: d.kept.sheet,
      otherRow: d.kept.row,
      file: d.kept.file.replace(/^.*[\\/]/, ''),
      because: d.because === 'same id' ? 'id' : 'title',
      changed: d.kept.state !== d.dropped.state ? 'yes' : 'no',
      there: d.kept.state,
      here: d.dropped.state,
    },
    file: d.dropped.file,
    sheet: d.dropped.sheet,
    other,
  };
}

/** One register's line of the breakdown: its own figures, as a review of it alone gives them. */
export interface RegisterBreakdown extends RegisterPart {
  total: number;
  open: number;
  overdue: number;
  raisedInPeriod: number;
  closedInPeriod: number;
  /** Figures this register cannot give (no column for them), with why. */
  unknown: Partial<Record<FigureKey, string>>;
  findings: { error: number; warning: number; info: number };
}

/** The review over a roll-up: the figures over every action once, and the breakdown. */
export interface RollupFigures extends ReviewFigures {
  registers: RegisterBreakdown[];
  rollup: {
    registers: number;
    /** Actions read in all registers, duplicates included. */
    actionsRead: number;
    /** Copies left out of the figures (each counted once). */
    merged: number;
    duplicates: CrossDuplicate[];
  };
}

const FIGURE_NAMES: Partial<Record<FigureKey, string>> = {
  overdue: 'overdue',
  raisedInPeriod: 'raised in the period',
  closedInPeriod: 'closed in the period',
  medianDaysToClose: 'days to close',
  effectivenessRate: 'effectiveness',
};

/**
 * The management-review figures over a roll-up, in canonical states, each listed action naming
 * its file and sheet; a figure that some registers cannot give (a missing column) says which.
 *
 * @example reviewRollup(rollup, { asOf }).registers.map((r) => r.open)
 */
export function reviewRollup(
  rollup: Rollup,
  options: Omit<ReviewOptions, 'findings' | 'placeOf'> & { findings?: readonly RollupFinding[] },
): RollupFigures {
  const findings =
    options.findings ?? validateRollup(rollup, { asOf: options.asOf, rechecks: options.rechecks });
  const base = { asOf: options.asOf, from: options.from, to: options.to, rechecks: options.rechecks };
  const registers: RegisterBreakdown[] = rollup.inputs.map((input, i) => {
    const own = findings.filter((f) => f.file === input.file && f.sheet === input.sheet);
    const f = computeReview(input.register, { ...base, findings: own, t: options.t });
    const unknown: RegisterBreakdown['unknown'] = {};
    for (const [key, note] of Object.entries(f.notes) as [FigureKey, FigureNote][])
      if (note.unknown && f.total > 0) unknown[key] = note.note;
    const counts = { error: 0, warning: 0, info: 0 };
    for (const x of own) counts[x.severity]++;
    return {
      ...rollup.parts[i],
      total: f.total,
      open: f.open,
      overdue: f.overdue,
      raisedInPeriod: f.raisedInPeriod,
      closedInPeriod: f.closedInPeriod,
      unknown,
      findings: counts,
    };
  });
  const figures = computeReview(rollup.register, {
    ...base,
    t: options.t,
    earlierReviews: options.earlierReviews,
    findings: sortFindings([...findings]),
    placeOf: rollup.placeOf,
  });
  // A figure some registers cannot give is counted over the others, and says which.
  for (const key of Object.keys(FIGURE_NAMES) as FigureKey[]) {
    const without = registers.filter((r) => r.unknown[key] !== undefined);
    if (without.length === 0 || figures.notes[key]?.unknown) continue;
    const names = without.map((r) => `"${r.sheet}"`).join(', ');
    const note = `not counted for ${names}: ${without[0].unknown[key]!.replace(/^the register has/, 'no')}`;
    const had = figures.notes[key];
    figures.notes[key] = { unknown: false, note: had ? `${had.note}; ${note}` : note };
  }
  return {
    ...figures,
    registers,
    rollup: {
      registers: rollup.inputs.length,
      actionsRead: registers.reduce((n, r) => n + r.actions, 0),
      merged: rollup.duplicates.length,
      duplicates: rollup.duplicates,
    },
  };
}
