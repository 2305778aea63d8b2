import ExcelJS from 'exceljs';
import path from 'path';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import { TEMPLATE_LISTS, templateSetupPlan } from '../../src/cli/writer/template';
import {
  dayFromIso,
  FIELDS,
  lookupWord,
  parseRegister,
  validateRegister,
  type FieldKey,
  type VocabularyKind,
} from '../../src/core';
import { AS_OF, json, removeDir, runCli, sha256, tempDir } from './cliHarness';

describe('init', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => removeDir(dir));

  it('writes a register that the core reads back with every field mapped and no header problem', async () => {
    const file = path.join(dir, 'register.xlsx');
    const run = await runCli(['init', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${file}`);
    const read = await readWorkbook(file);
    if (!read.ok) throw new Error(read.error.message);
    const sheet = read.value.sheets[0];
    const parsed = parseRegister(sheet.grid, {}, sheet.name);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.mapping.headerRow).toBe(1);
    expect(Object.keys(parsed.value.mapping.columns).sort()).toEqual([...FIELDS].sort());
    expect(parsed.value.mapping.unmapped).toEqual([]);
    const report = validateRegister(parsed.value, { asOf: dayFromIso(AS_OF)! });
    expect(
      report.findings.filter((f) => f.code === 'column-missing' || f.code === 'header-not-found'),
    ).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('installs dropdown lists, highlights and a frozen bold header', async () => {
    const file = path.join(dir, 'register.xlsx');
    await runCli(['init', file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const status = ws.getCell('M2').dataValidation;
    expect(status).toMatchObject({
      type: 'list',
      formulae: ['"New,Analysis,Planned,In progress,Implemented,Closed,On hold,Cancelled"'],
    });
    expect(ws.getCell('M1000').dataValidation?.type).toBe('list');
    const formats = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual(expect.arrayContaining(['L2:L1000', 'I2:I1000']));
  });

  it('offers dropdown words that the core maps back to their canonical values', () => {
    const kinds: Partial<Record<FieldKey, VocabularyKind>> = {
      status: 'status',
      type: 'type',
      source: 'source',
      priority: 'priority',
      effectivenessResult: 'effectiveness',
    };
    for (const [field, kind] of Object.entries(kinds) as [FieldKey, VocabularyKind][]) {
      for (const word of TEMPLATE_LISTS[field]!) expect(lookupWord(kind, word)).toBeDefined();
    }
    for (const v of templateSetupPlan().validations)
      expect(v.values.join(',').length).toBeLessThanOrEqual(255);
  });

  it('never replaces an existing file without --force', async () => {
    const file = path.join(dir, 'register.xlsx');
    await runCli(['init', file]);
    const before = await sha256(file);
    const again = await runCli(['init', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(await sha256(file)).toBe(before);
    expect((await runCli(['init', file, '--force', '--format', 'json'])).code).toBe(0);
  });

  it('--format json describes the columns and the guards it installed', async () => {
    const file = path.join(dir, 'register.xlsx');
    const out = json<{ columns: unknown[]; validations: { field: string }[] }>(
      await runCli(['init', file, '--json']),
    );
    expect(out.columns).toHaveLength(FIELDS.length);
    expect(out.validations.map((v) => v.field)).toEqual(
      expect.arrayContaining(['status', 'type', 'source', 'priority']),
    );
  });

  it('refuses a file name that is not .xlsx', async () => {
    const run = await runCli(['init', path.join(dir, 'register.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('must end in .xlsx');
  });
});
