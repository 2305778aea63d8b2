/**
 * Quiet, useful output: the column block only with --explain, findings grouped by what to do with
 * their rows listed compactly, one finding per row and problem, --min-severity, --format csv and
 * markdown, colour only on a terminal, and no button only the pane has.
 */
import { promises as fs } from 'fs';
import path from 'path';
import type { Finding } from '../../src/core';
import { compactRows, mergeFindings } from '../../src/cli/findingGroups';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import { AS_OF, CORPUS, json, removeDir, runCli, SAMPLE_XLSX, tempDir } from './cliHarness';
import { expectSchema } from './schemaCheck';

// Each test runs the command line in process on real workbooks, often twice: 5 s is too little on a
// busy two-core CI machine (a timeout here says nothing about the output).
jest.setTimeout(30_000);

interface ValidateJson {
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
}

function finding(code: string, row: number, message = `${code} on row ${row}.`): Finding {
  return { code, severity: 'warning', row, column: 'L', field: 'targetDate', id: `NC-${row}`, message };
}

describe('text output of validate', () => {
  it('prints one head line instead of the column block; the block comes with --explain', async () => {
    const quiet = await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF]);
    expect(quiet.stdout.split('\n')[0]).toBe(
      `${SAMPLE_XLSX}: sheet "Improvement plan", header on row 3, 200 action rows below the header.`,
    );
    expect(quiet.stdout).not.toContain('Columns:');
    expect(quiet.stdout).not.toContain('id = A "Action ID"');
    const explained = await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF, '--explain']);
    expect(explained.stdout).toContain('Sheet:   "Improvement plan", found by its header on row 3');
    expect(explained.stdout).toContain('id = A "Action ID"');
    expect(explained.stdout).toContain('How the register was read:');
  });

  it('groups findings by what to do, errors first, with the rows listed compactly', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF]);
    const heads = run.stdout.split('\n').filter((l) => /^[✖▲i] /.test(l));
    const severities = heads.map((h) => h[0]);
    expect(severities).toEqual([...severities].sort((a, b) => '✖▲i'.indexOf(a) - '✖▲i'.indexOf(b)));
    expect(heads[0]).toMatch(/^✖ 1 error {2}\S/);
    expect(run.stdout).toMatch(
      /▲ 9 warnings {2}Chase the owners of overdue actions, or agree new target dates {2}overdue\n {4}rows 14, 17, 34, 45, 46, 88, 162, 166, 171\n/,
    );
    expect(run.stdout).toMatch(
      /\n4 errors, 24 warnings, \d+ info in 200 action rows \(as of 2026-11-26\)\.\n$/,
    );
  });

  it('fits a real register on one screen: at most one head and two lines per kind of problem', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF, '--min-severity', 'warning']);
    expect(run.stdout.trim().split('\n').length).toBeLessThanOrEqual(40);
  });

  it('rows in runs read as ranges: "rows 4–9, 12"', () => {
    expect(compactRows([12, 4, 5, 6, 7, 8, 9])).toBe('4–9, 12');
    expect(compactRows([3, 4, 10])).toBe('3, 4, 10');
    expect(compactRows([])).toBe('');
  });
});

describe('one finding per row and problem', () => {
  it('an overdue action whose progress review is also late is one finding that says both', () => {
    const merged = mergeFindings([
      finding('overdue', 171, 'CIP-168 (row 171) is 43 days overdue (target 2026-10-14).'),
      finding('review-overdue', 171, 'CIP-168 (row 171): its progress review was due on 2026-11-03.'),
      finding('review-overdue', 79, 'CIP-076 (row 79): its progress review was due on 2026-11-07.'),
    ]);
    expect(merged.map((f) => [f.code, f.row])).toEqual([
      ['overdue', 171],
      ['review-overdue', 79],
    ]);
    expect(merged[0].message).toBe(
      'CIP-168 (row 171) is 43 days overdue (target 2026-10-14). Its progress review is overdue too (due 2026-11-03).',
    );
  });

  it('the sample register reports row 171 once, in every format, and the counts follow', async () => {
    const report = json<ValidateJson>(await runCli(['validate', SAMPLE_XLSX, '--json', '--as-of', AS_OF]));
    const late = (f: Finding) => f.row === 171 && /overdue/.test(f.code);
    expect(report.findings.filter(late).map((f) => f.code)).toEqual(['overdue']);
    const keys = report.findings.map((f) => `${f.row} ${f.code} ${f.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    const csv = (await runCli(['validate', SAMPLE_XLSX, '--format', 'csv', '--as-of', AS_OF])).stdout;
    expect(csv.split('\r\n').filter((l) => /overdue,171,/.test(l)).length).toBe(1);
  });
});

describe('--min-severity and --fail-on', () => {
  it('--min-severity error lists only errors, still counts everything, and says what it left out', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF, '--min-severity', 'error']);
    expect(run.stdout).not.toContain('▲');
    expect(run.stdout).toContain('Warnings and info not listed (--min-severity error).');
    const report = json<ValidateJson & { minSeverity: string }>(
      await runCli(['validate', SAMPLE_XLSX, '--json', '--as-of', AS_OF, '--min-severity', 'error']),
    );
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(report.counts.warning).toBeGreaterThan(0);
    expectSchema('validate', report);
  });

  it('exit 1 follows --fail-on: errors by default, never with never, warnings when asked', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'late.csv');
      await fs.writeFile(
        file,
        'ID,Title,Type,Status,Owner,Target date\nNC-1,Late,Minor NC,Open,Ana,2026-01-15\n',
      );
      expect((await runCli(['validate', file, '--as-of', AS_OF])).code).toBe(0);
      expect((await runCli(['validate', file, '--as-of', AS_OF, '--fail-on', 'warning'])).code).toBe(1);
      expect((await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF, '--fail-on', 'never'])).code).toBe(0);
      expect((await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF])).code).toBe(1);
    } finally {
      await removeDir(dir);
    }
  });
});

describe('--format csv: a to-do list for Excel', () => {
  it('has a Done column, one row per finding worst first, UTF-8 with BOM and CRLF', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--format', 'csv', '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('\uFEFFDone,Severity,What to do,Code,Row,Column,ID,Field,Message\r\n')).toBe(
      true,
    );
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[1]).toMatch(/^,error,/);
    expect(lines[lines.length - 1]).toMatch(/^,info,/);
  });

  it('cells that start with = + - @ stay text, and the file reads back with the same findings', async () => {
    const dir = await tempDir();
    try {
      const register = path.join(dir, 'hostile.csv');
      await fs.writeFile(
        register,
        'ID,Title,Type,Status,Owner,Target date\n' +
          '"=HYPERLINK(""http://x"",""y"")",A,Minor NC,Open,,2026-12-31\n' +
          '+1,B,Minor NC,Open,,2026-12-31\n-2,C,Minor NC,Open,,2026-12-31\n@SUM(A1),D,Minor NC,Open,,2026-12-31\n',
      );
      const run = await runCli(['validate', register, '--format', 'csv', '--as-of', AS_OF]);
      const out = path.join(dir, 'todo.csv');
      await fs.writeFile(out, run.stdout);
      const read = await readWorkbook(out);
      if (!read.ok) throw new Error(read.error.message);
      const rows = read.value.sheets[0].grid.values.slice(1);
      const ids = rows.map((r) => String(r[6] ?? '')).filter((id) => id !== '');
      expect(ids.sort()).toEqual(["'+1", "'-2", '\'=HYPERLINK("http://x","y")', "'@SUM(A1)"]);
      for (const r of rows) for (const cell of r) expect(String(cell ?? '')).not.toMatch(/^[=+\-@]/);
    } finally {
      await removeDir(dir);
    }
  });
});

describe('--format markdown: pastes into a ticket', () => {
  it('has a heading, the counts and a task per thing to do, with cell text escaped', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--format', 'markdown', '--as-of', AS_OF]);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^### Register check: /);
    expect(run.stdout).toContain('#### Errors');
    expect(run.stdout).toMatch(
      /^- \[ \] \*\*Chase the owners of overdue actions, or agree new target dates\*\* \(`overdue`, 9\) — rows 14, 17, 34/m,
    );
    expect(run.stdout).toContain('its root cause says only "TBD"');
    expect(run.stdout).not.toMatch(/^\s*\|/m);
  });
});

describe('colour', () => {
  const args = ['validate', SAMPLE_XLSX, '--as-of', AS_OF];
  it('is used only when stdout is a terminal', async () => {
    const tty = await runCliTty(args, {});
    expect(tty.stdout).toContain('\x1b[31m✖');
    expect((await runCli(args)).stdout).not.toContain('\x1b');
  });

  it('cell text cannot add its own escapes, even where colour is on', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'escapes.csv');
      const conceal = '\uE0008m\x1b[8mhidden';
      await fs.writeFile(
        file,
        `ID,Title,Type,Status,Owner,Target date\n"NC-1${conceal}",T,Minor NC,Open,,2026-12-31\n`,
      );
      const run = await runCliTty(['validate', file, '--as-of', AS_OF], {});
      expect(run.stdout).toContain('\x1b[31m');
      expect(run.stdout).not.toContain('\x1b[8m');
      expect(run.stdout).toContain('\\u001b[8mhidden');
    } finally {
      await removeDir(dir);
    }
  });

  it('is never used with NO_COLOR, nor in JSON or CSV', async () => {
    expect((await runCliTty(args, { NO_COLOR: '1' })).stdout).not.toContain('\x1b');
    expect((await runCliTty([...args, '--json'], {})).stdout).not.toContain('\x1b');
    expect((await runCliTty([...args, '--format', 'csv'], {})).stdout).not.toContain('\x1b');
  });
});

async function runCliTty(args: string[], env: Record<string, string>) {
  const { main } = await import('../../src/cli/main');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    isTTY: false,
    stdoutIsTTY: true,
    now: new Date(2026, 10, 26, 15, 30),
    env,
  });
  return { code, stdout, stderr };
}

describe('messages name only what the command line has', () => {
  const files = [
    SAMPLE_XLSX,
    ...[
      'capa-tracker-open-ragged.csv',
      'capa-tracker-closed.csv',
      'gap-action-log-multiline.csv',
      'nc-register-template-cc-by.xlsx',
      'findings-remediation-workbook.xlsx',
    ].map((f) => path.join(CORPUS, f)),
  ];
  it.each(files)(
    '%s: no "Set up / repair" in any format; the missing columns say --map',
    async (file) => {
      let seen = '';
      for (const format of ['text', 'json', 'csv', 'markdown']) {
        const run = await runCli(['validate', file, '--format', format, '--as-of', AS_OF]);
        expect(run.stdout + run.stderr).not.toContain('Set up / repair');
        seen += run.stdout;
      }
      if (seen.includes('column-missing')) expect(seen).toContain('--map field="Header"');
    },
    60_000,
  );

  it('the ragged-CSV note lists rows as rows, not as "2:2, 3:3"', async () => {
    const run = await runCli([
      'validate',
      path.join(CORPUS, 'capa-tracker-open-ragged.csv'),
      '--as-of',
      AS_OF,
    ]);
    expect(run.stderr).not.toMatch(/\b(\d+):\1\b/);
  });
});
