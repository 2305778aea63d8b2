import { SEVERITY_ORDER, sortFindings, type Finding, type Severity } from '../../src/core/findings';

/**
 * Issue 22: findings are ordered by bucketing their rows, then ordering each row's findings. The
 * order must be exactly the one a stable sort by the whole comparison gives (ties keep their
 * order), for every mix of rows, columns, severities and codes.
 */
function reference(findings: Finding[]): Finding[] {
  const text = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
  return [...findings].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      a.column.length - b.column.length ||
      text(a.column, b.column) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      text(a.code, b.code),
  );
}

/** A deterministic pseudo-random source (no Math.random: a failure must repeat). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLUMNS = ['', 'A', 'B', 'Z', 'AA', 'AB', 'BA', 'ZZ', 'AAA'];
const CODES = ['missing-owner', 'date-order', 'overdue', 'invalid-date', 'a', 'b-c', 'duplicate-id'];

function findings(rnd: () => number, n: number, rowOf: (rnd: () => number) => number | null): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    code: CODES[Math.floor(rnd() * CODES.length)],
    severity: SEVERITIES[Math.floor(rnd() * 3)],
    row: rowOf(rnd),
    column: COLUMNS[Math.floor(rnd() * COLUMNS.length)],
    field: '',
    // Unique: ties must keep the order they came in.
    id: `f${i}`,
    message: '',
  }));
}

describe('sortFindings', () => {
  const cases: [string, number, (rnd: () => number) => number | null][] = [
    [
      'a few findings per row, some of the register',
      5_000,
      (r) => (r() < 0.05 ? null : 2 + Math.floor(r() * 3_000)),
    ],
    [
      'many findings on few rows (more than 32 on one row)',
      3_000,
      (r) => (r() < 0.3 ? null : 1 + Math.floor(r() * 20)),
    ],
    ['rows far apart for the number of findings', 500, (r) => Math.floor(r() * 1_048_576)],
    ['one finding', 1, () => 7],
    ['no finding', 0, () => 1],
  ];
  it.each(cases)('%s: the order of a stable sort by the whole comparison', (_, n, rowOf) => {
    for (let seed = 1; seed <= 20; seed++) {
      const list = findings(random(seed), n, rowOf);
      const expected = reference(list).map((f) => f.id);
      const sorted = sortFindings(list);
      expect(sorted).toBe(list); // in place
      expect(sorted.map((f) => f.id)).toEqual(expected);
    }
  });

  test('a row that is not a sheet row is ordered by the whole comparison', () => {
    const list = findings(random(3), 200, (r) => (r() < 0.5 ? 1.5 : Math.floor(r() * 10)));
    expect(sortFindings([...list]).map((f) => f.id)).toEqual(reference(list).map((f) => f.id));
  });
});
