/**
 * Several registers in one workbook through the command list (issue 21): the Register view lists
 * every register sheet, the user includes them one by one (stored per sheet in the document
 * settings), and validation and the review cover all included sheets — against the host double.
 */
import { computeReview, parseRegister, validateRegister } from '../../src/core';
import { createExcelCommands } from '../../src/commands/commandList';
import { readIncluded } from '../../src/excel/registers';
import { AS_OF, AS_OF_ISO } from '../core/builders';
import { AUDIT, CAPA, FIXTURE_SHEETS, INCIDENTS, OBJECTIVES_ROWS } from '../core/rollupFixture';
import { install, run, wideRegister, workbookOf } from '../excel/harness';

/** The three registers of the core's roll-up fixture, an objectives sheet and a read-me, in one workbook. */
function threeRegisters() {
  return workbookOf({
    'Read me': [['How this workbook is kept']],
    [AUDIT.name]: AUDIT.rows,
    [CAPA.name]: CAPA.rows,
    [INCIDENTS.name]: INCIDENTS.rows,
    Objectives: OBJECTIVES_ROWS,
  });
}

async function includeAll(commands = createExcelCommands()) {
  for (const s of [CAPA, INCIDENTS]) {
    const outcome = await commands.includeRegister!(s.name, true);
    if (!outcome.ok) throw new Error(outcome.error.message);
  }
  return commands;
}

function single(name: string) {
  const sheet = FIXTURE_SHEETS.find((s) => s.name === name)!;
  const parsed = parseRegister({ values: sheet.rows }, {}, sheet.name);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('several registers in one workbook', () => {
  test('the Register view lists every register sheet, the best one included and the others not', async () => {
    install(threeRegisters());
    const outcome = await createExcelCommands().detectRegister();
    if (!outcome.ok) throw new Error(outcome.error.message);
    const listed = outcome.value.registers!;
    expect(listed.map((r) => r.sheetName).sort()).toEqual([AUDIT.name, CAPA.name, INCIDENTS.name].sort());
    expect(listed.filter((r) => r.included).map((r) => r.sheetName)).toEqual([outcome.value.sheetName]);
    expect(listed[0]).toMatchObject({ best: true, included: true, stored: false });
  });

  test('a workbook with the single stored mapping reads as that one sheet included, unchanged', async () => {
    const workbook = threeRegisters();
    workbook.settings['improvementPlan.config'] = { sheetName: CAPA.name };
    const double = install(workbook);
    const commands = createExcelCommands();
    const detected = await commands.detectRegister();
    if (!detected.ok) throw new Error(detected.error.message);
    expect(detected.value.sheetName).toBe(CAPA.name);
    expect(detected.value.registers!.filter((r) => r.included).map((r) => r.sheetName)).toEqual([CAPA.name]);
    const validated = await commands.validate({ asOf: AS_OF_ISO, highlight: false });
    if (!validated.ok) throw new Error(validated.error.message);
    expect(validated.value.sheets).toBeUndefined();
    // The register's own findings unchanged; the objectives sheet beside it adds its own (6.2).
    const own = validated.value.findings.filter((f) => f.sheet !== 'Objectives');
    expect(own).toEqual(validateRegister(single(CAPA.name), { asOf: AS_OF }).findings);
    expect(validated.value.findings.filter((f) => f.sheet === 'Objectives').length).toBeGreaterThan(0);
    expect(double.workbook.settings['improvementPlan.registers']).toBeUndefined();
  });

  test('including sheets stores each with its own header row; the single mapping stays the main one', async () => {
    const double = install(threeRegisters());
    const commands = await includeAll();
    const stored = double.workbook.settings['improvementPlan.registers'] as {
      sheets: { sheetName: string; included: boolean; config: { headerRow?: number } }[];
    };
    expect(stored.sheets.map((s) => [s.sheetName, s.included, s.config.headerRow])).toEqual([
      [AUDIT.name, true, 3],
      [CAPA.name, true, single(CAPA.name).mapping.headerRow],
      [INCIDENTS.name, true, single(INCIDENTS.name).mapping.headerRow],
    ]);
    expect(double.workbook.settings['improvementPlan.config']).toMatchObject({ sheetName: AUDIT.name });
    // A mapping saved for another sheet is its own; the main one is untouched.
    await commands.saveConfig({ sheetName: CAPA.name, headerRow: 1, fields: { owner: 'Responsabile' } });
    expect(double.workbook.settings['improvementPlan.config']).toMatchObject({ sheetName: AUDIT.name });
    const capa = await commands.detectRegister({ sheetName: CAPA.name });
    expect(capa).toMatchObject({ ok: true, value: { sheetName: CAPA.name, storedConfig: true } });
  });

  test('validation covers every included sheet; findings keep their sheet and the duplicates are reported', async () => {
    install(threeRegisters());
    const commands = await includeAll();
    const outcome = await commands.validate({ asOf: AS_OF_ISO, highlight: false });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { findings, sheets } = outcome.value;
    expect(sheets).toEqual([AUDIT.name, CAPA.name, INCIDENTS.name]);
    const duplicates = findings.filter((f) => f.code === 'duplicate-across-registers');
    expect(duplicates.map((f) => [f.sheet, f.id])).toHaveLength(2);
    for (const s of FIXTURE_SHEETS) {
      const own = findings.filter((f) => f.sheet === s.name && f.code !== 'duplicate-across-registers');
      const alone = validateRegister(single(s.name), { asOf: AS_OF }).findings;
      expect(own.map((f) => [f.code, f.row])).toEqual(alone.map((f) => [f.code, f.row]));
    }
  });

  test('a finding on another register sheet navigates to that sheet', async () => {
    const double = install(threeRegisters());
    const commands = await includeAll();
    const outcome = await commands.validate({ asOf: AS_OF_ISO, highlight: false });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const onIncidents = outcome.value.findings.find((f) => f.sheet === INCIDENTS.name && f.row !== null)!;
    await commands.goToFinding(onIncidents);
    expect(double.selection?.sheet).toBe(INCIDENTS.name);
    expect(double.selection?.address).toBe(
      onIncidents.column
        ? `${onIncidents.column}${onIncidents.row}`
        : `${onIncidents.row}:${onIncidents.row}`,
    );
  });

  test('validation highlights each included sheet', async () => {
    const double = install(threeRegisters());
    const commands = await includeAll();
    const outcome = await commands.validate({ asOf: AS_OF_ISO });
    expect(outcome.ok).toBe(true);
    for (const s of FIXTURE_SHEETS)
      expect(double.workbook.sheet(s.name)!.conditionalFormats.length).toBeGreaterThan(0);
  });

  test('the review summary covers all included registers: the sum of each minus the duplicates', async () => {
    const double = install(threeRegisters());
    const commands = await includeAll();
    const outcome = await commands.reviewSummary({ asOf: AS_OF_ISO });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const alone = FIXTURE_SHEETS.map((s) => computeReview(single(s.name), { asOf: AS_OF }));
    const figures = outcome.value.figures as typeof outcome.value.figures & {
      registers: { sheet: string; total: number; merged: number }[];
      rollup: { merged: number };
    };
    expect(figures.rollup.merged).toBe(2);
    expect(figures.total).toBe(alone.reduce((n, f) => n + f.total, 0) - 2);
    expect(figures.registers.map((r) => [r.sheet, r.total, r.merged])).toEqual([
      [AUDIT.name, 5, 0],
      [CAPA.name, 4, 1],
      [INCIDENTS.name, 3, 1],
    ]);
    expect(outcome.value.registers).toEqual([AUDIT.name, CAPA.name, INCIDENTS.name]);
    const sheet = double.workbook.sheet(outcome.value.sheetName)!;
    const texts = [...sheet.cells.values()].map((c) => String(c.v ?? ''));
    for (const s of FIXTURE_SHEETS) expect(texts.some((t) => t.includes(s.name))).toBe(true);
  });

  test('the last included register cannot be left out; another one can', async () => {
    install(threeRegisters());
    const commands = createExcelCommands();
    const main = await commands.includeRegister!(AUDIT.name, false);
    expect(main).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    await includeAll(commands);
    const out = await commands.includeRegister!(CAPA.name, false);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.filter((r) => r.included).map((r) => r.sheetName)).toEqual([AUDIT.name, INCIDENTS.name]);
  });
});

describe('the round-trip cost of several registers', () => {
  test('reading N included registers costs their chunks plus exactly one sync per register', async () => {
    const names = ['Internal audit 2026', 'CAPA log', 'Incident follow-up', 'Supplier reviews'];
    const sizes = [3000, 500, 4500, 20];
    const double = install(workbookOf(Object.fromEntries(names.map((n, i) => [n, wideRegister(sizes[i])]))));
    const commands = createExcelCommands();
    for (const n of names.slice(1)) await commands.includeRegister!(n, true);
    double.resetStats();
    const read = await run((context) => readIncluded(context));
    expect(read!.reads.map((r) => [r.read.sheetName, r.register.actions.length])).toEqual(
      names.map((n, i) => [n, sizes[i]]),
    );
    const chunks = read!.reads.reduce((n, r) => n + r.read.chunks, 0);
    expect(chunks).toBeGreaterThan(names.length); // the big ones take several chunks
    expect(double.stats.syncs).toBe(chunks + names.length);
  });
});

describe('Home’s health over several registers', () => {
  test('each item keeps its sheet, selecting it goes there, and a copy in two registers counts once', async () => {
    const double = install(threeRegisters());
    const commands = await includeAll();
    const outcome = await commands.validate({ asOf: AS_OF_ISO, highlight: false });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const health = outcome.value.health!;
    const overdue = [...health.needs['overdue-nc'], ...health.needs.overdue];
    const alone = FIXTURE_SHEETS.map((s) => computeReview(single(s.name), { asOf: AS_OF }));
    // Both duplicates are overdue copies (the core's roll-up test): counted in their first register only.
    expect(health.overdue).toBe(alone.reduce((n, f) => n + f.overdue, 0) - 2);
    expect(overdue).toHaveLength(health.overdue);
    expect(new Set(overdue.map((i) => i.sheet))).toEqual(new Set(FIXTURE_SHEETS.map((s) => s.name)));
    expect(health.actions).toBe(alone.reduce((n, f) => n + f.total, 0) - 2);
    const onIncidents = overdue.find((i) => i.sheet === INCIDENTS.name)!;
    await commands.goToFinding(onIncidents);
    expect(double.selection).toEqual({
      sheet: INCIDENTS.name,
      address: `${onIncidents.column}${onIncidents.row}`,
    });
  });
});
