import {
  CAUSE_CATEGORIES,
  EFFECTIVENESS_RESULTS,
  RCA_METHODS,
  TEMPLATE_STATUS_WORDS,
  YES_NO_UNKNOWN,
  type ActionType,
  type State,
} from '../../../core';
import type { PendingMove } from '../../../commands/api';

/** A choice offered in the prompt: the canonical key and the word written into the register. */
export interface Choice {
  value: string;
  label: string;
}

const choices = (keys: readonly string[], labels: Record<string, string>): Choice[] =>
  keys.map((value) => ({ value, label: labels[value] ?? value }));

export const RCA_METHOD_CHOICES = choices(RCA_METHODS, {
  '5-whys': '5 whys',
  fishbone: 'Fishbone (Ishikawa)',
  'fault-tree': 'Fault tree',
  pareto: 'Pareto',
  '8d': '8D',
  other: 'Other',
});

export const CAUSE_CATEGORY_CHOICES = choices(CAUSE_CATEGORIES, {
  people: 'People',
  process: 'Process',
  technology: 'Technology',
  supplier: 'Supplier',
  environment: 'Environment',
  management: 'Management',
  documentation: 'Documentation',
});

export const EFFECTIVENESS_CHOICES = choices(EFFECTIVENESS_RESULTS, {
  effective: 'Effective',
  'partially-effective': 'Partially effective',
  'not-effective': 'Not effective',
});

export const YES_NO_UNKNOWN_CHOICES = choices(YES_NO_UNKNOWN, { yes: 'Yes', no: 'No', unknown: 'Unknown' });

export const TYPE_LABEL: Record<ActionType, string> = {
  'major-nc': 'Major NC',
  'minor-nc': 'Minor NC',
  nc: 'NC',
  observation: 'Observation',
  ofi: 'OFI',
};

/** The canonical state in words ("In progress"). */
export function stateLabel(state: State | undefined): string {
  return state ? (TEMPLATE_STATUS_WORDS[state] ?? state) : 'unknown';
}

/** The action's name in messages: its id, or its row when it has none. */
export function actionName(move: Pick<PendingMove, 'id' | 'row'>): string {
  return move.id || `Row ${move.row}`;
}

/** "In progress → Closed", in the register's own words as typed. */
export function moveWords(move: Pick<PendingMove, 'fromWord' | 'toWord'>): string {
  return `${move.fromWord || '(blank)'} → ${move.toWord || '(blank)'}`;
}

export const ORIGIN_LABEL: Record<PendingMove['origin'], string> = {
  local: 'changed in this workbook (pasted, filled or typed)',
  remote: 'changed by a co-author',
  reconciliation: 'found changed when the add-in compared the register',
};
