import {
  dayFromIso,
  FIELD_LABELS,
  parseRegister,
  serialFromDay,
  validateRegister,
  type CellValue,
  type FieldKey,
  type Grid,
  type Register,
  type RegisterConfig,
} from '../../src/core';

export type ActionSpec = Partial<Record<FieldKey, CellValue>>;

/** As-of date used across core tests. */
export const AS_OF_ISO = '2026-11-26';
export const AS_OF = dayFromIso(AS_OF_ISO)!;

/** Excel serial for an ISO date (what a date cell holds). */
export function serial(iso: string): number {
  const day = dayFromIso(iso);
  if (day === undefined) throw new Error(`bad test date ${iso}`);
  return serialFromDay(day);
}

/** The columns of a register built by {@link makeGrid} unless a test names others. */
export const DEFAULT_COLUMNS: FieldKey[] = [
  'id',
  'title',
  'type',
  'source',
  'requirement',
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
  'notes',
];

/**
 * A well-formed open minor NC; override what a test is about.
 *
 * @example makeAction({ type: 'Minor', status: 'Closed', rootCause: 'TBD' })
 */
export function makeAction(overrides: ActionSpec = {}): ActionSpec {
  return {
    id: 'NC-001',
    title: 'Access reviews not performed',
    type: 'Minor NC',
    source: 'Internal audit',
    requirement: 'A.5.18',
    owner: 'Dana Reyes',
    raisedDate: serial('2026-09-01'),
    targetReviewDate: serial('2026-12-15'),
    targetDate: serial('2027-01-31'),
    status: 'In progress',
    correction: 'Removed leavers accounts found in the audit sample',
    rootCause: 'The quarterly access review was not in the IT operations calendar',
    similarElsewhere: 'No',
    correctiveAction: 'Add access reviews to the operations calendar with a ticket template',
    ...overrides,
  };
}

/** A closed minor NC with everything an auditor expects. */
export function makeClosedNc(overrides: ActionSpec = {}): ActionSpec {
  return makeAction({
    status: 'Closed',
    completionDate: serial('2026-10-01'),
    effectivenessResult: 'Effective',
    verifiedBy: 'Internal audit',
    evidence: 'https://intranet/isms/evidence/NC-001',
    closedDate: serial('2026-11-01'),
    ...overrides,
  });
}

/**
 * A grid with the given columns and actions, optionally under title rows. Date fields hold
 * serials with a date number format, as Office.js returns them.
 */
export function makeGrid(
  actions: ActionSpec[],
  options: { columns?: FieldKey[]; headers?: Partial<Record<FieldKey, string>>; titleRows?: string[] } = {},
): Grid {
  const columns = options.columns ?? DEFAULT_COLUMNS;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const t of options.titleRows ?? []) {
    values.push([t]);
    formats.push(['General']);
  }
  values.push(columns.map((f) => options.headers?.[f] ?? FIELD_LABELS[f]));
  formats.push(columns.map(() => 'General'));
  for (const a of actions) {
    values.push(columns.map((f) => (a[f] === undefined ? '' : a[f]!)));
    formats.push(
      columns.map((f) => (typeof a[f] === 'number' && /Date$/.test(f) ? 'yyyy-mm-dd' : 'General')),
    );
  }
  return { values, numberFormats: formats };
}

export function registerOf(
  actions: ActionSpec[],
  options: Parameters<typeof makeGrid>[1] = {},
  config?: RegisterConfig,
): Register {
  const parsed = parseRegister(makeGrid(actions, options), config);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** Findings of the given code for a set of actions. */
export function findingsOf(
  code: string,
  actions: ActionSpec[],
  options: Parameters<typeof makeGrid>[1] = {},
) {
  return validateRegister(registerOf(actions, options), { asOf: AS_OF }).findings.filter(
    (f) => f.code === code,
  );
}
