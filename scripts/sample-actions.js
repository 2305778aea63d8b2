// The rows of the sample register (see scripts/make-sample.js): generated from a seeded PRNG so the
// same 200 actions come out every time. Dates are Excel serial numbers.
'use strict';
const { OWNERS, VERIFIERS, CONTEXTS, FINDINGS } = require('./sample-data');

const SEED = 27001;
const COUNT = 200;

/** [field, header as the sample's owner wrote it, kind]. */
const HEADERS = [
  ['id', 'Action ID', 'text'],
  ['title', 'Title', 'text'],
  ['description', 'Description', 'text'],
  ['type', 'Type', 'text'],
  ['source', 'Source', 'text'],
  ['sourceRef', 'Source reference', 'text'],
  ['requirement', 'ISO 27001 clause / control', 'text'],
  ['priority', 'Priority', 'text'],
  ['owner', 'Owner', 'text'],
  ['raisedDate', 'Date raised', 'date'],
  ['targetReviewDate', 'Next review date', 'date'],
  ['targetDate', 'Target completion date', 'date'],
  ['status', 'Status', 'text'],
  ['correction', 'Correction (containment)', 'text'],
  ['rootCause', 'Root cause', 'text'],
  ['rcaMethod', 'RCA method', 'text'],
  ['causeCategory', 'Cause category', 'text'],
  ['similarElsewhere', 'Could it occur elsewhere?', 'text'],
  ['correctiveAction', 'Corrective action / improvement', 'text'],
  ['remediation', 'Remediation implemented', 'text'],
  ['completionDate', 'Completion date', 'date'],
  ['effectivenessDueDate', 'Effectiveness check due', 'date'],
  ['effectivenessResult', 'Effectiveness result', 'text'],
  ['verifiedBy', 'Verified by', 'text'],
  ['evidence', 'Evidence', 'text'],
  ['closedDate', 'Date closed', 'date'],
  ['lastUpdated', 'Last updated', 'date'],
  ['notes', 'Notes', 'text'],
];

const STATUS_WORDS = {
  new: 'Open',
  analysis: 'Analysis',
  planned: 'Planned',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  closed: 'Closed',
  'on-hold': 'On hold',
  cancelled: 'Cancelled',
};
const TYPE_WORDS = {
  'major-nc': 'Major NC',
  'minor-nc': 'Minor NC',
  nc: 'NC',
  observation: 'Observation',
  ofi: 'OFI',
};
const STEP = ['new', 'analysis', 'planned', 'in-progress', 'implemented', 'closed'];
const TARGET_DAYS = { Critical: 30, High: 60, Medium: 90, Low: 120 };
const RCA = {
  '5-whys': '5 whys',
  fishbone: 'Fishbone',
  'fault-tree': 'Fault tree',
  pareto: 'Pareto',
  other: 'Other',
};

/** Mulberry32: a tiny, well-known seeded PRNG. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const serial = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
const AS_OF = serial('2026-11-26');
const FIRST = serial('2025-12-01');
const LAST = serial('2026-11-20');
const label = (s) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ').replace(/^Bc /, 'BC ');

function makeRandom() {
  const rand = mulberry32(SEED);
  const between = (a, b) => a + Math.floor(rand() * (b - a + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  return { rand, between, pick };
}

function stateFor(age, r) {
  if (age < 20) return r < 0.5 ? 'new' : 'analysis';
  if (age < 45) return r < 0.2 ? 'analysis' : r < 0.55 ? 'planned' : r < 0.95 ? 'in-progress' : 'on-hold';
  if (age < 100) {
    if (r < 0.05) return 'planned';
    if (r < 0.4) return 'in-progress';
    return r < 0.6 ? 'implemented' : r < 0.95 ? 'closed' : r < 0.98 ? 'on-hold' : 'cancelled';
  }
  return r < 0.04
    ? 'in-progress'
    : r < 0.08
      ? 'implemented'
      : r < 0.92
        ? 'closed'
        : r < 0.96
          ? 'on-hold'
          : 'cancelled';
}

function priorityFor(type, { pick }) {
  if (type === 'major-nc') return pick(['Critical', 'High']);
  if (type === 'minor-nc' || type === 'nc') return pick(['High', 'Medium', 'Medium']);
  return pick(['Medium', 'Low', 'Low']);
}

function sourceRef(source, raised, r) {
  const year = new Date(Date.UTC(1899, 11, 30) + raised * 86400000).getUTCFullYear();
  const n = r.between(1, 9);
  const refs = {
    'internal-audit': `IA-${year}-0${n}`,
    'external-audit': `CB-${year}-SURV`,
    incident: `INC-${r.between(1000, 1999)}`,
    'risk-assessment': `R-0${r.between(10, 60)}`,
    'management-review': `MR-${year}-Q${r.between(1, 4)}`,
    'technical-test': `PT-${year}-0${n}`,
    'bc-exercise': `BCX-${year}-0${n}`,
  };
  return refs[source] ?? '';
}

/** One action of a given state, with the fields its workflow step needs. */
function makeAction(seq, raised, r) {
  const [source, types, title, requirement, correction, cause, action, category, method] = r.pick(FINDINGS);
  const type = r.pick(types);
  const isNc = type.endsWith('nc');
  const state = stateFor(AS_OF - raised, r.rand());
  const step = STEP.indexOf(state);
  const priority = priorityFor(type, r);
  const context = r.pick(CONTEXTS);
  const owner = r.pick(OWNERS);
  const a = {
    id: `CIP-${String(seq).padStart(3, '0')}`,
    title: r.rand() < 0.5 ? `${title} (${context})` : title,
    description: `${title} - ${context}. ${isNc ? 'Requirement not met' : 'Improvement identified'} during ${label(source).toLowerCase()}.`,
    type: TYPE_WORDS[type],
    source: label(source),
    sourceRef: sourceRef(source, raised, r),
    requirement: r.rand() < 0.15 ? `${requirement}, 7.5.3` : requirement,
    priority,
    owner,
    raisedDate: raised,
    targetDate: raised + TARGET_DAYS[priority] + r.between(0, 20),
    status: STATUS_WORDS[state],
  };
  const open = state !== 'closed' && state !== 'cancelled';
  if (open) {
    a.targetReviewDate = r.rand() < 0.9 ? AS_OF + r.between(3, 45) : AS_OF - r.between(5, 30);
    a.lastUpdated = Math.max(raised, AS_OF - r.between(1, 40));
  }
  if (isNc && (step >= 2 || (state === 'on-hold' && r.rand() < 0.5))) {
    a.correction = correction || 'Contained pending the corrective action';
    a.rootCause = cause || 'Control not designed for this case';
    a.rcaMethod = RCA[method] || '5 whys';
    a.causeCategory = label(category);
    a.similarElsewhere = r.pick(['No', 'No', 'Yes', 'Unknown']);
  }
  if (step >= 2 || (!isNc && step >= 1)) a.correctiveAction = action;
  if (step >= 4) {
    const latest = Math.max(raised + 10, AS_OF - (state === 'closed' ? 30 : 3));
    a.completionDate = Math.min(raised + r.between(10, 100), latest);
    if (isNc) a.effectivenessDueDate = a.completionDate + 30;
    if (!isNc) a.remediation = `Done: ${action.charAt(0).toLowerCase()}${action.slice(1)}`;
  }
  if (state === 'closed') {
    a.closedDate = Math.min(a.completionDate + r.between(20, 45), AS_OF - 1);
    a.lastUpdated = a.closedDate;
    a.evidence = `https://intranet.example.com/isms/evidence/${a.id}`;
    if (isNc) {
      a.effectivenessResult = 'Effective';
      a.verifiedBy = r.pick(VERIFIERS);
    }
  }
  if (state === 'on-hold')
    a.notes = r.pick([
      'Waiting for budget approval',
      'Blocked by the supplier',
      'Paused during the office move',
    ]);
  if (state === 'cancelled')
    a.notes = r.pick([
      'Cancelled: system decommissioned',
      'Cancelled: duplicate of an earlier action',
      'Cancelled: risk accepted by the board',
    ]);
  return a;
}

function find(actions, predicate, from = 0) {
  const i = actions.findIndex((a, idx) => idx >= from && predicate(a));
  if (i < 0) throw new Error('sample generator: no row fits a deliberate defect');
  return actions[i];
}

/** The deliberate defects listed in make-sample.js. */
function addDefects(actions) {
  const closedNc = (a) => a.status === 'Closed' && a.type.endsWith('NC');
  find(actions, (a) => closedNc(a) && a.type === 'Minor NC').rootCause = 'TBD';
  find(actions, (a) => closedNc(a) && a.rootCause !== 'TBD', 60).effectivenessResult = 'Partially effective';
  actions[121].id = actions[120].id;
  find(actions, (a) => a.status === 'Analysis', 150).owner = '';
  find(actions, (a) => a.status === 'In progress' && a.targetDate < AS_OF, 40).status = 'Overdue';
  const aprilRaised = find(actions, (a) => a.raisedDate >= serial('2026-04-03'));
  aprilRaised.raisedDate = '03/04/2026';
  find(actions, (a) => a.source === 'Technical test').requirement = 'A.12.6.1';
}

/** The sample must show every type, source and state; a change to the seed must not lose one. */
function checkCoverage(actions) {
  const sources = new Set(FINDINGS.map(([source]) => label(source)));
  const wanted = [...Object.values(TYPE_WORDS), ...Object.values(STATUS_WORDS), ...sources];
  const seen = new Set(actions.flatMap((a) => [a.type, a.status, a.source]));
  const missing = wanted.filter((w) => !seen.has(w));
  if (missing.length > 0) throw new Error(`sample generator: no row with ${missing.join(', ')}`);
}

/** The 200 sample actions, in raised-date order. */
function buildActions() {
  const r = makeRandom();
  const days = Array.from({ length: COUNT }, () => r.between(FIRST, LAST)).sort((x, y) => x - y);
  const actions = days.map((day, i) => makeAction(i + 1, day, r));
  checkCoverage(actions);
  addDefects(actions);
  return actions;
}

module.exports = { buildActions, HEADERS, AS_OF_ISO: '2026-11-26' };
