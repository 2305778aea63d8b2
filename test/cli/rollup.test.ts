/**
 * Several registers on the command line: three registers of different layouts and languages (an
 * English audit sheet, an Italian CAPA log, a German incident list) in one workbook and as three
 * files, with an objectives sheet beside them.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import { STATES } from '../../src/core';
import {
  AUDIT,
  CAPA,
  FIXTURE_SHEETS,
  INCIDENTS,
  OBJECTIVES_ROWS,
  type FixtureSheet,
} from '../core/rollupFixture';
import { AS_OF, json, removeDir, runCli, sha256, STACK_TRACE, tempDir } from './cliHarness';
import { expectSchema } from './schemaCheck';

interface Figures {
  total: number;
  open: number;
  overdue: number;
  closedInPeriod: number;
  byStatus: Record<string, number>;
  overdueList: { id: string; row: number; file?: string; sheet?: string }[];
  registers?: { file: string; sheet: string; total: number; open: number; merged: number; source?: string }[];
  rollup?: {
    registers: number;
    actionsRead: number;
    merged: number;
    duplicates: { dropped: { state: string; sheet: string; row: number } }[];
  };
  objectives?: {
    counts: Record<string, number>;
    objectives: { id: string; status: string; trend: unknown[] }[];
  } | null;
}

interface Report {
  sheet: string;
  registers?: { file: string; sheet: string; rows: number; merged: number }[];
  findings: {
    code: string;
    file?: string;
    sheet?: string;
    row: number | null;
    id: string;
    other?: { sheet: string; row: number };
  }[];
  counts: { error: number; warning: number; info: number };
}

/** ISO dates become date cells, as Excel keeps them; other text stays text. */
function cell(v: unknown): ExcelJS.CellValue {
  if (v === '' || v === undefined) return null;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  return v as ExcelJS.CellValue;
}

function addSheet(wb: ExcelJS.Workbook, name: string, rows: readonly (readonly unknown[])[]): void {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const x = ws.getCell(r + 1, c + 1);
      x.value = cell(v);
      if (x.value instanceof Date) x.numFmt = 'yyyy-mm-dd';
    }),
  );
}

async function writeXlsx(
  file: string,
  sheets: { name: string; rows: readonly (readonly unknown[])[] }[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) addSheet(wb, s.name, s.rows);
  await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function writeCsv(file: string, sheet: FixtureSheet): Promise<void> {
  const quote = (v: unknown) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  await fs.writeFile(file, sheet.rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');
}

describe('three registers of different layouts and languages', () => {
  let dir: string;
  let book: string;
  let files: string[];
  const at = (...args: string[]) => [...args, '--as-of', AS_OF];

  beforeAll(async () => {
    dir = await tempDir();
    book = path.join(dir, 'isms-plan.xlsx');
    await writeXlsx(book, [
      { name: AUDIT.name, rows: AUDIT.rows },
      { name: CAPA.name, rows: CAPA.rows },
      { name: INCIDENTS.name, rows: INCIDENTS.rows },
      { name: 'Objectives', rows: OBJECTIVES_ROWS },
    ]);
    files = FIXTURE_SHEETS.map((s) => path.join(dir, s.file));
    await writeXlsx(files[0], [
      { name: AUDIT.name, rows: AUDIT.rows },
      { name: 'Objectives', rows: OBJECTIVES_ROWS },
    ]);
    await writeXlsx(files[1], [{ name: CAPA.name, rows: CAPA.rows }]);
    await writeCsv(files[2], INCIDENTS);
  });
  afterAll(() => removeDir(dir));

  it('validates every register of one workbook, each finding with its file, sheet and row', async () => {
    const run = await runCli(at('validate', book, '--format', 'json'));
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const report = json<Report>(run);
    expectSchema('validate', report);
    expect(report.registers!.map((r) => [r.sheet, r.rows, r.merged])).toEqual([
      ['Internal audit 2026', 5, 0],
      ['CAPA log', 4, 1],
      ['Incident follow-up', 3, 1],
    ]);
    // The single-register fields describe the first register, as before.
    expect(report.sheet).toBe('Internal audit 2026');
    expect(report.findings.every((f) => f.file === book && typeof f.sheet === 'string')).toBe(true);
    const dup = report.findings.filter((f) => f.code === 'duplicate-across-registers');
    expect(dup.map((f) => [f.sheet, f.row, f.id, f.other!.sheet, f.other!.row])).toEqual([
      ['CAPA log', 4, 'IA-03', 'Internal audit 2026', 6],
      ['Incident follow-up', 3, 'INC-9', 'Internal audit 2026', 5],
    ]);
    expect(
      report.findings.some((f) => f.sheet === 'Objectives' && f.code === 'objective-missing-owner'),
    ).toBe(true);
    expect(run.code).toBe(report.counts.error > 0 ? 1 : 0);
  });

  it('gives the same findings from the three files as from the one workbook', async () => {
    const one = json<Report>(await runCli(at('validate', book, '--format', 'json')));
    const three = json<Report>(await runCli(at('validate', ...files, '--format', 'json')));
    expectSchema('validate', three);
    const key = (f: Report['findings'][number]) =>
      `${f.sheet === 'incident-follow-up' ? 'Incident follow-up' : f.sheet}|${f.row}|${f.code}`;
    expect(three.findings.map(key).sort()).toEqual(one.findings.map(key).sort());
    expect(new Set(three.findings.map((f) => path.basename(f.file!)))).toEqual(
      new Set(['internal-audit-2026.xlsx', 'capa-log.xlsx', 'incident-follow-up.csv']),
    );
  });

  it('reviews them as one plan: the sum of the single-register figures minus the duplicates', async () => {
    const singles = await Promise.all(
      files.map(async (f, i) => {
        // Each file alone (the audit file's objectives sheet set aside with --sheet).
        const args = i === 0 ? ['review', f, '--json', '--sheet', AUDIT.name] : ['review', f, '--json'];
        return json<Figures>(await runCli(at(...args)));
      }),
    );
    const run = await runCli(at('review', ...files, '--json'));
    const all = json<Figures>(run);
    expectSchema('review', all);
    const dups = all.rollup!.duplicates;
    expect(all.rollup).toMatchObject({ registers: 3, actionsRead: 12, merged: 2 });
    const sum = (f: (x: Figures) => number) => singles.reduce((n, x) => n + f(x), 0);
    const open = (s: string) => !['closed', 'cancelled'].includes(s);
    expect(all.total).toBe(sum((x) => x.total) - dups.length);
    expect(all.open).toBe(sum((x) => x.open) - dups.filter((d) => open(d.dropped.state)).length);
    const droppedOverdue = dups.filter((d) =>
      singles.some((s) => s.overdueList.some((l) => l.row === d.dropped.row && open(d.dropped.state))),
    ).length;
    expect(all.overdue).toBe(sum((x) => x.overdue) - droppedOverdue);
    for (const s of STATES) {
      const dropped = dups.filter((d) => d.dropped.state === s).length;
      expect(all.byStatus[s]).toBe(sum((x) => x.byStatus[s]) - dropped);
    }
    expect(all.closedInPeriod).toBe(sum((x) => x.closedInPeriod));
    expect(all.registers!.map((r) => [path.basename(r.file), r.total, r.open, r.merged, r.source])).toEqual([
      ['internal-audit-2026.xlsx', 5, 3, 0, 'internal-audit'],
      ['capa-log.xlsx', 4, 3, 1, undefined],
      ['incident-follow-up.csv', 3, 2, 1, 'incident'],
    ]);
    expect(all.overdueList.every((l) => l.file && l.sheet)).toBe(true);
    expect(all.objectives!.counts).toEqual({
      met: 1,
      'on-track': 1,
      'at-risk': 1,
      missed: 1,
      'not-measured': 1,
    });
  });

  it('writes the summary of several files as a new workbook, never a copy of one of them', async () => {
    const before = await Promise.all(files.map((f) => sha256(f)));
    const out = path.join(dir, 'pack.xlsx');
    const run = await runCli(at('review', ...files, '--out', out));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('a new workbook');
    expect(await Promise.all(files.map((f) => sha256(f)))).toEqual(before);
    const read = await readWorkbook(out);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.sheets.map((s) => s.name)).toEqual(['Registers read', 'Management Review 2026-11-26']);
    const listed = read.value.sheets[0].grid.values
      .slice(1)
      .map((r) => [path.basename(String(r[0])), r[1], r[2]]);
    expect(listed).toEqual([
      ['internal-audit-2026.xlsx', 'Internal audit 2026', 'register'],
      ['capa-log.xlsx', 'CAPA log', 'register'],
      ['incident-follow-up.csv', 'incident-follow-up', 'register'],
      ['internal-audit-2026.xlsx', 'Objectives', 'objectives'],
    ]);
    const summary = read.value.sheets[1].grid.values.map((r) => r.map(String).join('|'));
    expect(summary.some((r) => r.startsWith('Registers in this review (3)'))).toBe(true);
    expect(summary.some((r) => r.startsWith('(d4) Fulfilment of information security objectives'))).toBe(
      true,
    );
    // The trend charts are chart parts of the new workbook.
    const zip = await fs.readFile(out);
    expect(zip.includes(Buffer.from('xl/charts/chart'))).toBe(true);
    expect(run.stdout).toMatch(/Charts on the summary: .*OBJ-1: Patch critical vulnerabilities quickly/);
  });

  it('refuses to write the summary over one of the inputs', async () => {
    const run = await runCli(at('review', files[1], files[2], '--out', files[1], '--force'));
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('reads one workbook of several registers into a copy of it with the summary added', async () => {
    const out = path.join(dir, 'plan-review.xlsx');
    const run = await runCli(at('review', book, '--out', out));
    expect(run.code).toBe(0);
    const read = await readWorkbook(out);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.sheets.map((s) => s.name)).toEqual([
      AUDIT.name,
      CAPA.name,
      INCIDENTS.name,
      'Objectives',
      'Management Review 2026-11-26',
    ]);
  });

  it('still reads one sheet when --sheet names it', async () => {
    const report = json<Report>(await runCli(at('validate', book, '--sheet', CAPA.name, '--format', 'json')));
    expect(report.sheet).toBe('CAPA log');
    expect(report.registers).toBeUndefined();
  });

  it('takes per-file settings from --config', async () => {
    const plan = path.join(dir, 'plan.json');
    // The CAPA log's "Aperto" read as on hold, in that file only.
    await fs.writeFile(
      plan,
      JSON.stringify({ files: { 'capa-log.xlsx': { vocabulary: { status: { Aperto: 'on-hold' } } } } }),
    );
    const all = json<Figures>(await runCli(at('review', ...files, '--json', '--config', plan)));
    expect(all.byStatus['on-hold']).toBe(1); // CAPA-03 (the IA-03 copy is counted in the audit sheet)
    const wrong = path.join(dir, 'wrong.json');
    await fs.writeFile(wrong, JSON.stringify({ files: { 'capa.xlsx': { sheetName: 'Log' } } }));
    const run = await runCli(at('validate', ...files, '--config', wrong));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"files": "capa.xlsx" is none of the files given');
  });

  it('says a file with only objectives is not an action register, as before', async () => {
    const only = path.join(dir, 'objectives-only.xlsx');
    await writeXlsx(only, [{ name: 'Objectives', rows: OBJECTIVES_ROWS }]);
    const run = await runCli(at('validate', only));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not-a-register');
    expect(run.stderr).toContain('information-security objectives');
    // Given with the registers, it is read for its objectives.
    const report = json<Report>(await runCli(at('validate', files[1], only, '--format', 'json')));
    expect(report.findings.some((f) => f.sheet === 'Objectives')).toBe(true);
  });

  it('prints one list per register and objectives sheet, then the totals', async () => {
    const run = await runCli(at('validate', ...files));
    expect(run.stdout).toContain(
      'capa-log.xlsx: sheet "CAPA log", header on row 1, 4 action rows below the header.',
    );
    expect(run.stdout).toContain('objectives sheet "Objectives", header on row 3, 5 objectives');
    expect(run.stdout).toMatch(
      /In all: 3 registers and 1 objectives sheet, 12 actions read, 2 of them counted in another register too/,
    );
    const csv = await runCli(at('validate', ...files, '--format', 'csv'));
    expect(csv.stdout.split('\r\n')[0]).toBe(
      '\uFEFFFile,Sheet,Done,Severity,What to do,Code,Row,Column,ID,Field,Message',
    );
  });
});

describe('init --objectives', () => {
  it('writes a clean objectives sheet beside the register, which the plan reads', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'new.xlsx');
      const run = await runCli(['init', file, '--objectives']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('the sheet "Objectives"');
      const read = await readWorkbook(file);
      if (!read.ok) throw new Error(read.error.message);
      const sheet = read.value.sheets.find((s) => s.name === 'Objectives')!;
      expect(sheet.grid.values[0].slice(0, 8)).toEqual([
        'ID',
        'Objective',
        'Measure (KPI)',
        'Baseline',
        'Target value',
        'Owner',
        'Due date',
        '2026-11',
      ]);
      expect(sheet.grid.values).toHaveLength(1);
    } finally {
      await removeDir(dir);
    }
  });
});
