import type { Finding } from '../../src/core';
import { AS_OF, json, runCli, SAMPLE_CSV, SAMPLE_XLSX, STACK_TRACE } from './cliHarness';

interface ValidateJson {
  file: string;
  sheet: string;
  headerRow: number;
  rows: number;
  mapping: Record<string, string>;
  unmappedColumns: unknown[];
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  asOf: string;
  sheetChosenBy: string;
  notices: { code: string; message: string }[];
}

const DELIBERATE = [
  'nc-closed-without-root-cause',
  'nc-closed-without-effectiveness',
  'duplicate-id',
  'missing-owner',
  'status-is-overdue',
  'overdue',
  'ambiguous-date',
  'legacy-2013-requirement',
  'blame-only-root-cause',
];

function codeCounts(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}

describe('validate on the bundled sample register', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let report: ValidateJson;
  beforeAll(async () => {
    run = await runCli(['validate', SAMPLE_XLSX, '--format', 'json', '--as-of', AS_OF]);
    report = json<ValidateJson>(run);
  });

  it('exits 1 because the sample holds errors, and prints only JSON on stdout', () => {
    expect(run.code).toBe(1);
    expect(report.counts.error).toBeGreaterThan(0);
  });

  it('reports the sheet found by its header on row 3, every column mapped', () => {
    expect(report).toMatchObject({ file: SAMPLE_XLSX, sheet: 'Improvement plan', headerRow: 3, rows: 200 });
    expect(report.sheetChosenBy).toBe('header');
    expect(Object.keys(report.mapping)).toHaveLength(28);
    expect(report.mapping).toMatchObject({
      id: 'Action ID',
      targetDate: 'Target completion date',
      owner: 'Owner',
    });
    expect(report.unmappedColumns).toEqual([]);
  });

  it('finds every deliberate defect', () => {
    const codes = codeCounts(report.findings);
    for (const code of DELIBERATE) expect(codes[code]).toBeGreaterThan(0);
  });

  it('gives each finding the contract fields, and counts that add up', () => {
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(['code', 'column', 'field', 'id', 'message', 'row', 'severity']);
    }
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for (const f of report.findings) bySeverity[f.severity]++;
    expect(report.counts).toEqual(bySeverity);
  });

  it('names the duplicate id and the closed NC whose root cause is "TBD"', () => {
    const dup = report.findings.find((f) => f.code === 'duplicate-id')!;
    expect(dup).toMatchObject({ severity: 'error', column: 'A', field: 'id' });
    const tbd = report.findings.find((f) => f.code === 'nc-closed-without-root-cause')!;
    expect(tbd.message).toContain('"TBD"');
  });

  it('passes the reader notices on in JSON (the merged title row)', () => {
    expect(report.notices.map((n) => n.code)).toContain('merged-cells');
  });

  it('the CSV copy of the sample gives the same findings', async () => {
    const csv = json<ValidateJson>(
      await runCli(['validate', SAMPLE_CSV, '--format', 'json', '--as-of', AS_OF]),
    );
    expect(csv.rows).toBe(200);
    expect(codeCounts(csv.findings)).toEqual(codeCounts(report.findings));
  });
});

describe('validate text output', () => {
  // Changed: the column block used to open every run; it is now printed only with --explain, and
  // findings are grouped by what to do instead of one line per finding (issue 17).
  it('says which sheet was read, lists findings by what to do and a summary line; notices go to stderr', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'sheet "Improvement plan", header on row 3, 200 action rows below the header',
    );
    expect(run.stdout).toMatch(
      /^✖ 1 error {2}Give each action its own ID {2}duplicate-id\n {4}ID "CIP-121" is already used/m,
    );
    expect(run.stdout).toMatch(
      /\n\d+ errors, \d+ warnings, \d+ info in 200 action rows \(as of 2026-11-26\)\.\n$/,
    );
    expect(run.stderr).toContain('Note: 1 merged range in "Improvement plan"');
    expect(run.stdout).not.toContain('Note:');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('uses today (from the clock it is given) when --as-of is absent', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--json']);
    expect(json<ValidateJson>(run).asOf).toBe(AS_OF);
  });

  it('--status-map changes how a word is read: "Overdue" as in-progress is no longer a finding', async () => {
    const run = await runCli([
      'validate',
      SAMPLE_XLSX,
      '--json',
      '--as-of',
      AS_OF,
      '--status-map',
      'Overdue=in-progress',
    ]);
    const codes = json<ValidateJson>(run).findings.map((f) => f.code);
    expect(codes).not.toContain('status-is-overdue');
  });
});
