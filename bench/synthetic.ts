/**
 * Deterministic synthetic improvement registers for the benchmarks: 25 columns with the mix a
 * real register has — NCs, OFIs and observations in every workflow state, the sheet's own
 * vocabulary, serial dates with date formats plus some typed-in text dates, placeholders
 * ("TBD"), 2013 Annex A references, blank owners, long descriptions — so every validation rule
 * has work to do. The same seed always gives the same grid (no `Math.random`, no clock).
 */
import {
  FIELD_LABELS,
  dayFromIso,
  serialFromDay,
  type CellValue,
  type FieldKey,
  type Grid,
} from '../src/core';

/** The 25 register columns, in sheet order. */
export const BENCH_COLUMNS: FieldKey[] = [
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
  'similarElsewhere',
  'correctiveAction',
  'remediation',
  'completionDate',
  'effectivenessResult',
  'verifiedBy',
  'evidence',
  'closedDate',
  'lastUpdated',
  'notes',
];

/** Headers as users write them (mapped by the core's aliases, not the canonical labels). */
const HEADERS: Partial<Record<FieldKey, string>> = {
  id: 'Ref No',
  description: 'Description of nonconformity',
  type: 'Nonconformity Type (Major/Minor/OFI)',
  sourceRef: 'Audit ref',
  requirement: 'ISO 27001 clause / Annex A control',
  owner: 'Responsible for corrective action',
  targetDate: 'Planned completion date',
  status: 'Current status',
  correction: 'Correction',
  correctiveAction: 'Corrective action',
};

/** The as-of date every benchmark uses. */
export const BENCH_AS_OF_ISO = '2026-11-26';
export const BENCH_AS_OF = dayFromIso(BENCH_AS_OF_ISO)!;

/** mulberry32: a tiny, fast, deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

// The words of titles and descriptions: the concatenation split as a whole (a `.split` on the last
// literal alone made WORDS one string, and the titles single letters).
const WORDS = (
  'access review supplier backup restore encryption key rotation laptop asset inventory patch vulnerability ' +
  'scan firewall rule change request incident response training awareness phishing onboarding leaver account ' +
  'privileged password policy logging monitoring alert retention classification label document control ' +
  'risk treatment plan contract clause cloud service configuration baseline test evidence record ticket'
).split(' ');
const TYPES: Weighted<string> = [
  ['Minor NC', 34],
  ['Major NC', 9],
  ['NC', 4],
  ['OFI', 30],
  ['Observation', 22],
  ['Concern', 1],
];
const SOURCES: Weighted<string> = [
  ['Internal audit', 30],
  ['External audit', 12],
  ['Risk assessment', 12],
  ['Incident', 12],
  ['Management review', 8],
  ['Supplier review', 4],
  ['Monitoring', 8],
  ['Employee suggestion', 5],
  ['Technical test', 5],
  ['Hallway chat', 4],
];
const REQUIREMENTS: Weighted<string> = [
  ['A.5.18', 12],
  ['A.8.8; A.8.9', 10],
  ['9.2', 8],
  ['A.5.15', 8],
  ['Annex A 5.23', 6],
  ['8.1', 6],
  ['A 8.13', 6],
  ['6.1.3, A.5.1', 6],
  ['A.12.6.1', 3],
  ['A.9.2.5', 2],
  ['A.9.99', 1],
  ['', 4],
];
const PRIORITIES: Weighted<string> = [
  ['Critical', 5],
  ['High', 25],
  ['Medium', 45],
  ['Low', 25],
];
const STATES: Weighted<string> = [
  ['New', 6],
  ['Analysis', 6],
  ['Planned', 8],
  ['In progress', 18],
  ['Implemented', 8],
  ['Closed', 44],
  ['On hold', 4],
  ['Cancelled', 4],
  ['Overdue', 2],
];
const OWNERS = [
  'Dana Reyes',
  'Sam Okafor',
  'Priya Natarajan',
  'Lukas Meyer',
  'Aiko Tanaka',
  'Jordan Blake',
  'Maria Garcia',
  'Chen Wei',
  'Fatima Zahra',
  'Olivia Brown',
];
const ORDER = ['New', 'Analysis', 'Planned', 'In progress', 'Implemented', 'Closed'];
const START_DAY = dayFromIso('2024-01-01')!;

function pick<T>(rnd: () => number, table: Weighted<T>): T {
  let total = 0;
  for (const [, w] of table) total += w;
  let x = rnd() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

function sentence(rnd: () => number, minChars: number, maxChars: number): string {
  const target = minChars + Math.floor(rnd() * (maxChars - minChars + 1));
  let s = '';
  while (s.length < target) s += (s ? ' ' : '') + WORDS[Math.floor(rnd() * WORDS.length)];
  s = s.slice(0, target);
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/** Day → a date cell: usually a serial, sometimes typed-in text (some day/month ambiguous). */
function dateCell(rnd: () => number, day: number): { value: CellValue; format: string } {
  const r = rnd();
  const serial = serialFromDay(day);
  if (r < 0.97) return { value: serial, format: 'yyyy-mm-dd' };
  const d = new Date(Date.UTC(1970, 0, 1) + day * 86_400_000);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  if (r < 0.995) return { value: `${dd}/${mm}/${d.getUTCFullYear()}`, format: 'General' };
  return { value: 'next quarter', format: 'General' };
}

/** One synthetic register row: values and number formats in {@link BENCH_COLUMNS} order. */
function makeRow(rnd: () => number, index: number, asOf: number): { values: CellValue[]; formats: string[] } {
  const row: Partial<Record<FieldKey, CellValue>> = {};
  const fmt: Partial<Record<FieldKey, string>> = {};
  const setDate = (field: FieldKey, day: number) => {
    const cell = dateCell(rnd, day);
    row[field] = cell.value;
    fmt[field] = cell.format;
  };
  const type = pick(rnd, TYPES);
  const isNc = /NC/.test(type);
  const status = pick(rnd, STATES);
  const step = ORDER.indexOf(status);
  const owner = rnd() < 0.02 ? '' : OWNERS[Math.floor(rnd() * OWNERS.length)];
  // Open actions are mostly recent; closed and cancelled ones span the whole history.
  const open = status !== 'Closed' && status !== 'Cancelled';
  const span = asOf - START_DAY - 5;
  const raised = asOf - 5 - Math.floor((open ? rnd() * rnd() * rnd() : rnd()) * span);

  const r = rnd();
  row.id =
    r < 0.001
      ? ''
      : r < 0.002
        ? `IP-${String(index).padStart(6, '0')}`
        : `IP-${String(index + 1).padStart(6, '0')}`;
  row.title = sentence(rnd, 24, 80);
  row.description = rnd() < 0.01 ? sentence(rnd, 1500, 2000) : sentence(rnd, 40, 360);
  row.type = type;
  row.source = pick(rnd, SOURCES);
  row.sourceRef = `IA-${2024 + Math.floor(rnd() * 3)}-${String(1 + Math.floor(rnd() * 60)).padStart(3, '0')}`;
  row.requirement = pick(rnd, REQUIREMENTS);
  row.priority = pick(rnd, PRIORITIES);
  row.owner = owner;
  setDate('raisedDate', raised);
  if (rnd() > 0.05) setDate('targetReviewDate', raised + 30 + Math.floor(rnd() * 90));
  if (rnd() > 0.02) setDate('targetDate', raised + 30 + Math.floor(rnd() * 210));
  row.status = status;
  const placeholder = () => (rnd() < 0.03 ? 'TBD' : undefined);
  if (isNc && (step >= 2 || status === 'On hold')) {
    row.correction = placeholder() ?? sentence(rnd, 30, 160);
    row.rootCause = placeholder() ?? (rnd() < 0.02 ? 'Human error' : sentence(rnd, 40, 300));
    row.similarElsewhere = rnd() < 0.7 ? 'No' : rnd() < 0.5 ? 'Yes' : 'Unknown';
  }
  if (step >= 3) row.correctiveAction = placeholder() ?? sentence(rnd, 40, 300);
  let done = raised + 20 + Math.floor(rnd() * 200);
  if (done > asOf) done = asOf - Math.floor(rnd() * 10);
  if (step >= 4 || status === 'Closed') setDate('completionDate', done);
  if (!isNc && step >= 5) row.remediation = placeholder() ?? sentence(rnd, 30, 200);
  if (status === 'Closed') {
    if (isNc) {
      row.effectivenessResult = rnd() < 0.9 ? 'Effective' : 'Partially effective';
      row.verifiedBy = rnd() < 0.05 ? owner : OWNERS[Math.floor(rnd() * OWNERS.length)];
    }
    if (rnd() > 0.05) row.evidence = `https://intranet.example/isms/evidence/${row.id}`;
    if (rnd() > 0.02) setDate('closedDate', Math.min(asOf, done + Math.floor(rnd() * 40)));
  }
  if (status === 'Cancelled') row.notes = 'Cancelled: superseded by the new supplier contract.';
  else if (rnd() < 0.4) row.notes = sentence(rnd, 10, 200);
  setDate('lastUpdated', Math.min(asOf, raised + Math.floor(rnd() * 300)));
  return {
    values: BENCH_COLUMNS.map((f) => row[f] ?? ''),
    formats: BENCH_COLUMNS.map((f) => fmt[f] ?? 'General'),
  };
}

/** The header row (users' own words where the core knows them, canonical labels elsewhere). */
export function benchHeaders(): string[] {
  return BENCH_COLUMNS.map((f) => HEADERS[f] ?? FIELD_LABELS[f]);
}

/**
 * A register of `rows` actions × 25 columns under a title row, as Office.js would return it
 * (values plus number formats). Deterministic for a given `rows` and `seed`.
 *
 * @example const grid = syntheticRegister(1_000); // 1 title row + 1 header row + 1,000 actions
 */
export function syntheticRegister(rows: number, seed = 27001): Grid {
  const rnd = prng(seed ^ rows);
  const values: CellValue[][] = [['Improvement register — ISMS (synthetic benchmark data)']];
  const numberFormats: string[][] = [['General']];
  values.push(benchHeaders());
  numberFormats.push(BENCH_COLUMNS.map(() => 'General'));
  for (let i = 0; i < rows; i++) {
    const { values: v, formats } = makeRow(rnd, i, BENCH_AS_OF);
    values.push(v);
    numberFormats.push(formats);
  }
  return { values, numberFormats, firstRow: 1, firstColumn: 1 };
}
