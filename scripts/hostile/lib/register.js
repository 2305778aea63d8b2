// @ts-check
/**
 * A clean register to spoil: the canonical header (the template's labels) and deterministic
 * action rows that pass every gate, so each hostile file's findings come from what was done to it.
 */
'use strict';

/** The template's header labels, in canonical order (src/core/model.ts FIELD_LABELS). */
const COLUMNS = /** @type {const} */ ([
  ['id', 'ID'],
  ['title', 'Title'],
  ['description', 'Description'],
  ['type', 'Type'],
  ['source', 'Source'],
  ['sourceRef', 'Source reference'],
  ['requirement', 'Requirement / control'],
  ['priority', 'Priority'],
  ['owner', 'Owner'],
  ['raisedDate', 'Date raised'],
  ['targetReviewDate', 'Target review date'],
  ['targetDate', 'Target completion date'],
  ['status', 'Status'],
  ['correction', 'Correction (containment)'],
  ['rootCause', 'Root cause'],
  ['rcaMethod', 'RCA method'],
  ['causeCategory', 'Cause category'],
  ['similarElsewhere', 'Could it occur elsewhere?'],
  ['correctiveAction', 'Corrective action'],
  ['remediation', 'Remediation implemented'],
  ['completionDate', 'Completion date'],
  ['effectivenessDueDate', 'Effectiveness check due'],
  ['effectivenessResult', 'Effectiveness result'],
  ['verifiedBy', 'Verified by'],
  ['evidence', 'Evidence'],
  ['closedDate', 'Date closed'],
  ['lastUpdated', 'Last updated'],
  ['notes', 'Notes'],
]);
const FIELDS = COLUMNS.map(([field]) => field);
const HEADERS = COLUMNS.map(([, header]) => header);
const DATE_FIELDS = new Set([
  'raisedDate',
  'targetReviewDate',
  'targetDate',
  'completionDate',
  'effectivenessDueDate',
  'closedDate',
  'lastUpdated',
]);
/** Free-text fields: where hostile strings go. */
const TEXT_FIELDS = [
  'id',
  'title',
  'description',
  'sourceRef',
  'owner',
  'correction',
  'rootCause',
  'correctiveAction',
  'remediation',
  'verifiedBy',
  'evidence',
  'notes',
];

const TYPES = ['Minor NC', 'Major NC', 'OFI', 'Observation', 'NC'];
const STATUSES = [
  'New',
  'Analysis',
  'Planned',
  'In progress',
  'Implemented',
  'Closed',
  'On hold',
  'Cancelled',
];
const SOURCES = ['Internal audit', 'External audit', 'Risk assessment', 'Incident', 'Management review'];
const PRIORITIES = ['High', 'Medium', 'Low', 'Critical'];
const OWNERS = ['Dana Smith', 'Lee Chen', 'Ana García', 'Sam Okoye'];
const REQUIREMENTS = ['A.5.15', 'A.8.8', '8.2', '10.2', 'A.5.24'];

const MS_PER_DAY = 86_400_000;
const isoDay = (/** @type {string} */ iso) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const dayIso = (/** @type {number} */ day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * Action number `i` (0-based), as field → value with dates as ISO text. Every row is valid for its
 * status; open rows may be overdue (a warning, not an error).
 * @param {number} i
 * @param {string} asOf yyyy-mm-dd
 * @returns {Record<string, string>}
 */
function cleanAction(i, asOf) {
  const today = isoDay(asOf);
  const status = STATUSES[i % STATUSES.length];
  const raised = today - 60 - ((i * 37) % 300);
  const done = status === 'Implemented' || status === 'Closed';
  const closed = status === 'Closed';
  return {
    id: `IP-${String(i + 1).padStart(6, '0')}`,
    title: `Action ${i + 1}: review access rights`,
    description: 'Leavers kept access after their last day.',
    type: TYPES[i % TYPES.length],
    source: SOURCES[i % SOURCES.length],
    sourceRef: `AUD-2026-${(i % 9) + 1}`,
    requirement: REQUIREMENTS[i % REQUIREMENTS.length],
    priority: PRIORITIES[i % PRIORITIES.length],
    owner: OWNERS[i % OWNERS.length],
    raisedDate: dayIso(raised),
    targetReviewDate: dayIso(raised + 30),
    targetDate: dayIso(raised + 120),
    status,
    correction: 'Access removed the same day.',
    rootCause: 'The leaver checklist had no step for SaaS accounts.',
    rcaMethod: '5 whys',
    causeCategory: 'Process',
    similarElsewhere: 'No',
    correctiveAction: 'Add SaaS accounts to the leaver checklist.',
    remediation: done ? 'Checklist updated and rolled out.' : '',
    completionDate: done ? dayIso(raised + 40) : '',
    effectivenessDueDate: done ? dayIso(raised + 45) : '',
    effectivenessResult: closed ? 'Effective' : '',
    verifiedBy: closed ? 'Internal auditor' : '',
    evidence: closed ? 'DOC-42 leaver checklist v3' : '',
    closedDate: closed ? dayIso(raised + 50) : '',
    lastUpdated: dayIso(raised + 5),
    notes: status === 'Cancelled' ? 'Cancelled: duplicate of another action.' : '',
  };
}

/**
 * A row of cell values for ExcelJS (dates as UTC Dates) or CSV (all text).
 * @param {Record<string, unknown>} action
 * @param {'xlsx' | 'csv'} target
 * @param {readonly string[]} [fields]
 */
function rowOf(action, target, fields = FIELDS) {
  return fields.map((f) => {
    const v = action[f];
    if (target === 'xlsx' && DATE_FIELDS.has(f) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      return new Date(`${v}T00:00:00Z`);
    }
    return v === undefined || v === '' ? (target === 'csv' ? '' : null) : v;
  });
}

module.exports = {
  COLUMNS,
  FIELDS,
  HEADERS,
  DATE_FIELDS,
  TEXT_FIELDS,
  STATUSES,
  cleanAction,
  rowOf,
  isoDay,
  dayIso,
};
