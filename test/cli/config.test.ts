/**
 * Parity with the pane: the mapping the add-in stored in the workbook is read by the command line
 * without flags, --config gives the same settings from a file (schemas/plan-config.schema.json),
 * options override both and say so, and `mapping --out` writes the starting file.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { createExcelCommands } from '../../src/commands/commandList';
import { readAddinSetting, webExtensionProperties } from '../../src/cli/io/addinSettings';
import type { Finding } from '../../src/core';
import type { Grid } from '../../src/core/grid';
import { makeAction, makeGrid } from '../core/builders';
import { install, workbookOf } from '../excel/harness';
import { AS_OF, CORPUS, json, removeDir, runCli, SAMPLE_XLSX, tempDir } from './cliHarness';
import { expectSchema } from './schemaCheck';
import { withAddinSettings } from './webExtension';

interface ValidateJson {
  sheet: string;
  findings: Finding[];
  counts: Record<string, number>;
  mapping: Record<string, string>;
  sheetChosenBy: string;
  configuration: { workbook: boolean; file: string | null; overridden: string[] };
}

/** A register whose owner column has a header nobody would guess (as test/commands/settings.test.ts). */
function register(): Grid {
  return makeGrid([makeAction({ id: 'NC-001' }), makeAction({ id: 'NC-002', owner: '' })], {
    headers: { owner: 'Kümmerer' },
  });
}

async function xlsxOf(sheets: Record<string, Grid>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v === '' ? null : v)),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the mapping the Excel add-in stored in the workbook', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await tempDir();
    // Saved by the add-in's own command, through the host double's document settings…
    const double = install(workbookOf({ Archive: makeGrid([makeAction()]), Register: register() }));
    const saved = await createExcelCommands().saveConfig({
      sheetName: 'Register',
      fields: { owner: 'Kümmerer' },
    });
    expect(saved.ok).toBe(true);
    // …and written into the workbook's web-extension part, as Office keeps document settings.
    const xlsx = await xlsxOf({ Archive: makeGrid([makeAction()]), Register: register() });
    file = path.join(dir, 'register.xlsx');
    await fs.writeFile(file, await withAddinSettings(xlsx, double.workbook.settings));
  });
  afterAll(async () => removeDir(dir));

  it('is found in the web-extension part with the value Office stored', async () => {
    const stored = readAddinSetting(await fs.readFile(file));
    expect(stored).toEqual({
      kind: 'found',
      part: 'xl/webextensions/webextension1.xml',
      value: { sheetName: 'Register', fields: { owner: 'Kümmerer' } },
    });
  });

  it('reads the same value from a real Office part (entities, other properties around it)', () => {
    const xml =
      '<we:properties><we:property name="docId" value="&quot;LsA93wpUBa4UMceMiqPnY&quot;"/>' +
      '<we:property name="improvementPlan.config" value="{&quot;headerRow&quot;:3,&quot;fields&quot;:{&quot;notes&quot;:&quot;A &amp; B&quot;}}"/></we:properties>';
    expect(JSON.parse(webExtensionProperties(xml).get('improvementPlan.config')!)).toEqual({
      headerRow: 3,
      fields: { notes: 'A & B' },
    });
  });

  it('is used by validate without any flag: the stored sheet, and the owner column the pane mapped', async () => {
    const run = await runCli(['validate', file, '--json', '--as-of', AS_OF]);
    const report = json<ValidateJson>(run);
    expectSchema('validate', report);
    expect(report).toMatchObject({
      sheet: 'Register',
      sheetChosenBy: 'workbook',
      mapping: { owner: 'Kümmerer' },
    });
    expect(report.configuration).toMatchObject({ workbook: true, file: null, overridden: [] });
    expect(report.findings.filter((f) => f.field === 'owner').map((f) => [f.code, f.row])).toEqual([
      ['missing-owner', 3],
    ]);
    expect(run.stderr).toContain('Note: Read with the mapping the Excel add-in stored in register.xlsx.');
    const explained = await runCli(['validate', file, '--explain', '--as-of', AS_OF]);
    expect(explained.stdout).toContain('Settings: the mapping the Excel add-in stored in the workbook');
    expect(explained.stdout).toContain('Sheet:   "Register" (as stored by the add-in)');
  });

  it('options override it, and one line says which', async () => {
    const run = await runCli(['validate', file, '--as-of', AS_OF, '--map', 'owner=A']);
    const lines = run.stderr.split('\n').filter((l) => l.includes('stored'));
    expect(lines).toEqual([
      'Note: Read with the mapping the Excel add-in stored in register.xlsx; --map owner overrides it.',
    ]);
  });

  it('a --sheet other than the stored sheet sets the stored mapping aside, and says so', async () => {
    const run = await runCli(['validate', file, '--json', '--as-of', AS_OF, '--sheet', 'Archive']);
    expect(json<ValidateJson>(run)).toMatchObject({ sheet: 'Archive', configuration: { workbook: false } });
    expect(run.stderr).toContain('is for the sheet "Register"; it is not used for "Archive"');
  });
});

describe('--config plan.json and the mapping command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => removeDir(dir));

  it('mapping --out writes a starting configuration that matches the schema and reads the same', async () => {
    const plan = path.join(dir, 'plan.json');
    const written = await runCli(['mapping', SAMPLE_XLSX, '--out', plan]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(
      `Wrote ${plan}: sheet "Improvement plan", header on row 3, 28 fields mapped.`,
    );
    const config = JSON.parse(await fs.readFile(plan, 'utf8')) as Record<string, unknown>;
    expectSchema('plan-config', config);
    expect(config).toMatchObject({ sheetName: 'Improvement plan', headerRow: 3 });
    // The sample's dates say nothing about their order (the default is a guess, not written down).
    expect(config.dateOrder).toBeUndefined();
    expect(config.fields).toMatchObject({ id: 'Action ID', owner: 'Owner' });
    const plain = json<ValidateJson>(await runCli(['validate', SAMPLE_XLSX, '--json', '--as-of', AS_OF]));
    const configured = json<ValidateJson>(
      await runCli(['validate', SAMPLE_XLSX, '--json', '--as-of', AS_OF, '--config', plan]),
    );
    expect(configured.findings).toEqual(plain.findings);
    expect(configured).toMatchObject({ sheetChosenBy: 'config', configuration: { file: plan } });
    expect((await runCli(['mapping', SAMPLE_XLSX, '--out', plan])).code).toBe(2);
  });

  it('every setting of the pane has a place in the file: sheet, header row, rows, fields, five vocabularies, date order', async () => {
    const plan = path.join(dir, 'full.json');
    const config = {
      sheetName: 'Improvement plan',
      headerRow: 3,
      rows: { first: 4, last: 100 },
      fields: { owner: 'Owner', targetDate: 'L' },
      vocabulary: {
        status: { Overdue: 'in-progress' },
        type: { 'Minor NC': 'minor-nc' },
        source: { 'Internal audit': 'internal-audit' },
        priority: { High: 'high' },
        effectiveness: { 'Partially effective': 'effective' },
      },
      dateOrder: 'dmy',
    };
    expectSchema('plan-config', config);
    await fs.writeFile(plan, JSON.stringify(config));
    const report = json<ValidateJson & { rows: number }>(
      await runCli(['validate', SAMPLE_XLSX, '--json', '--as-of', AS_OF, '--config', plan]),
    );
    expect(report.rows).toBe(97);
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('status-is-overdue');
    expect(codes).not.toContain('nc-closed-without-effectiveness');
  });

  it('--effectiveness-map reads a result word as the user means it', async () => {
    const args = ['validate', SAMPLE_XLSX, '--json', '--as-of', AS_OF];
    const before = json<ValidateJson>(await runCli(args)).findings.map((f) => f.code);
    expect(before).toContain('nc-closed-without-effectiveness');
    const after = json<ValidateJson>(
      await runCli([...args, '--effectiveness-map', 'Partially effective=effective']),
    ).findings.map((f) => f.code);
    expect(after).not.toContain('nc-closed-without-effectiveness');
  });

  it.each([
    ['not JSON', '{ headerRow: 3', 'is not valid JSON'],
    ['an unknown setting', '{"header": 3}', '"header" is not a setting'],
    ['a field that does not exist', '{"fields": {"boss": "Owner"}}', '"fields": "boss" is not a field'],
    [
      'a word mapped to nothing',
      '{"vocabulary": {"status": {"Waiting": "paused"}}}',
      '"paused" is not a status',
    ],
  ])('a configuration with %s exits 2 with one message', async (_what, text, message) => {
    const plan = path.join(dir, 'bad.json');
    await fs.writeFile(plan, text);
    const run = await runCli(['validate', SAMPLE_XLSX, '--config', plan, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expectSchema('validate', JSON.parse(run.stdout));
  });

  it('--config naming a file that does not exist exits 2', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--config', path.join(dir, 'none.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file');
  });

  it("a workbook with other add-ins' settings and none of ours reads as before", async () => {
    const run = await runCli([
      'validate',
      path.join(CORPUS, 'risk-register-merged-header.xlsx'),
      '--json',
      '--as-of',
      AS_OF,
    ]);
    expect(run.stderr).not.toContain('stored');
  });
});
