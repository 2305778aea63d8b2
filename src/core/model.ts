/**
 * The register model of DESIGN.md §2–3: canonical field keys, action types, sources,
 * priorities and workflow states. camelCase keys are the contract shared by the CLI's JSON,
 * the add-in's stored mapping and the code.
 */

export const FIELDS = [
  'id',
  'title',
  'description',
  'type',
  'source',
  'sourceRef',
  'requirement',
  'priority',
  'owner',
  'raisedDate',
  'targetReviewDate',
  'targetDate',
  'status',
  'correction',
  'rootCause',
  'rcaMethod',
  'causeCategory',
  'similarElsewhere',
  'correctiveAction',
  'remediation',
  'completionDate',
  'effectivenessDueDate',
  'effectivenessResult',
  'verifiedBy',
  'evidence',
  'closedDate',
  'recheckDate',
  'lastUpdated',
  'notes',
] as const;
export type FieldKey = (typeof FIELDS)[number];

/** Human labels, used for template headers and messages. */
export const FIELD_LABELS: Record<FieldKey, string> = {
  id: 'ID',
  title: 'Title',
  description: 'Description',
  type: 'Type',
  source: 'Source',
  sourceRef: 'Source reference',
  requirement: 'Requirement / control',
  priority: 'Priority',
  owner: 'Owner',
  raisedDate: 'Date raised',
  targetReviewDate: 'Target review date',
  targetDate: 'Target completion date',
  status: 'Status',
  correction: 'Correction (containment)',
  rootCause: 'Root cause',
  rcaMethod: 'RCA method',
  causeCategory: 'Cause category',
  similarElsewhere: 'Could it occur elsewhere?',
  correctiveAction: 'Corrective action',
  remediation: 'Remediation implemented',
  completionDate: 'Completion date',
  effectivenessDueDate: 'Effectiveness check due',
  effectivenessResult: 'Effectiveness result',
  verifiedBy: 'Verified by',
  evidence: 'Evidence',
  closedDate: 'Date closed',
  recheckDate: 'Re-check date',
  lastUpdated: 'Last updated',
  notes: 'Notes',
};

export const DATE_FIELDS: readonly FieldKey[] = [
  'raisedDate',
  'targetReviewDate',
  'targetDate',
  'completionDate',
  'effectivenessDueDate',
  'closedDate',
  'recheckDate',
  'lastUpdated',
];

/** Fields whose absence as a column is an error (DESIGN.md §4 `column-missing`). */
export const REQUIRED_FIELDS: readonly FieldKey[] = ['id', 'type', 'status', 'owner', 'targetDate'];

export const ACTION_TYPES = ['major-nc', 'minor-nc', 'nc', 'observation', 'ofi'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const STATES = [
  'new',
  'analysis',
  'planned',
  'in-progress',
  'implemented',
  'closed',
  'on-hold',
  'cancelled',
] as const;
export type State = (typeof STATES)[number];

/** The forward path of the workflow. */
export const FORWARD_PATH: readonly State[] = [
  'new',
  'analysis',
  'planned',
  'in-progress',
  'implemented',
  'closed',
];

export const SOURCES = [
  'internal-audit',
  'external-audit',
  'risk-assessment',
  'incident',
  'management-review',
  'objectives',
  'training',
  'compliance-review',
  'bc-exercise',
  'document-review',
  'employee-suggestion',
  'monitoring',
  'interested-party',
  'supplier',
  'technical-test',
  'other',
] as const;
export type Source = (typeof SOURCES)[number];

export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const RCA_METHODS = ['5-whys', 'fishbone', 'fault-tree', 'pareto', '8d', 'other'] as const;
export type RcaMethod = (typeof RCA_METHODS)[number];

export const CAUSE_CATEGORIES = [
  'people',
  'process',
  'technology',
  'supplier',
  'environment',
  'management',
  'documentation',
] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export const EFFECTIVENESS_RESULTS = ['effective', 'partially-effective', 'not-effective'] as const;
export type EffectivenessResult = (typeof EFFECTIVENESS_RESULTS)[number];

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

/** NC types: major, minor and unspecified non-conformities. */
export function isNc(type: ActionType | undefined): boolean {
  return type === 'major-nc' || type === 'minor-nc' || type === 'nc';
}

/** *Open* is any state but closed and cancelled (DESIGN.md §3). */
export function isOpen(state: State | undefined): boolean {
  return state !== 'closed' && state !== 'cancelled';
}
