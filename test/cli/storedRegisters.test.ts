/**
 * A workbook set up in the pane with several registers (issue 21): the command line reads the
 * add-in's per-sheet list (improvementPlan.registers in the document settings) without flags, so
 * validate and review cover the same included sheets the pane does, each with its own mapping.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { createExcelCommands } from '../../src/commands/commandList';
import type { Finding } from '../../src/core';
import type { Grid } from '../../src/core/grid';
import { makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';
import { install, workbookOf } from '../excel/harness';
import { AS_OF, json, removeDir, runCli, tempDir } from './cliHarness';
import { withAddinSettings } from './webExtension';

const MAIN = 'Audit findings';
const SECOND = 'CAPA actions';

interface PlanJson {
  registers: { sheet: string; sheetChosenBy: string; mapping: Record<string, string> }[];
  findings: (Finding & { sheet: string })[];
}

function audit(): Grid {
  return makeGrid([
    makeAction({ id: 'AF-1', owner: '' }),
    makeAction({ id: 'AF-2', status: 'Implemented', completionDate: serial('2026-10-01') }),
  ]);
}

/** The second register names its owner column as nobody would guess: only its stored mapping finds it. */
function capa(): Grid {
  return makeGrid([makeAction({ id: 'CA-1', owner: '' }), makeClosedNc({ id: 'CA-2' })], {
    headers: { owner: 'Kümmerer' },
  });
}

async function xlsxOf(sheets: Record<string, Grid>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v === '' ? null : v;
        const format = grid.numberFormats?.[r]?.[c];
        if (format) cell.numFmt = format;
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const places = (findings: readonly (Finding & { sheet?: string })[]) =>
  findings.map((f) => `${f.sheet} ${f.row} ${f.code}`).sort();

describe("the add-in's list of registers stored in the workbook", () => {
  let dir: string;
  let file: string;
  let paneFindings: Finding[];
  let paneTotal: number;
  beforeAll(async () => {
    dir = await tempDir();
    const sheets = {
      'Read me': { values: [['How this workbook is kept']] },
      [MAIN]: audit(),
      [SECOND]: capa(),
    };
    // Set up in the pane, through the host double's document settings: both sheets included,
    // the second with its owner column mapped…
    const double = install(workbookOf(sheets));
    const commands = createExcelCommands();
    for (const name of [MAIN, SECOND]) {
      const included = await commands.includeRegister!(name, true);
      if (!included.ok) throw new Error(included.error.message);
    }
    const saved = await commands.saveConfig({ sheetName: SECOND, fields: { owner: 'Kümmerer' } });
    if (!saved.ok) throw new Error(saved.error.message);
    const validated = await commands.validate({ asOf: AS_OF, highlight: false });
    if (!validated.ok) throw new Error(validated.error.message);
    expect(validated.value.sheets).toEqual([MAIN, SECOND]);
    paneFindings = validated.value.findings;
    const reviewed = await commands.reviewSummary({ asOf: AS_OF });
    if (!reviewed.ok) throw new Error(reviewed.error.message);
    paneTotal = reviewed.value.figures.total;
    // …and written into the workbook's web-extension part, as Office keeps document settings.
    file = path.join(dir, 'two-registers.xlsx');
    await fs.writeFile(file, await withAddinSettings(await xlsxOf(sheets), double.workbook.settings));
  });
  afterAll(async () => removeDir(dir));

  it('validate without flags reads every included sheet, each with its own mapping, as the pane does', async () => {
    const run = await runCli(['validate', file, '--json', '--as-of', AS_OF]);
    const report = json<PlanJson>(run);
    expect(report.registers.map((r) => [r.sheet, r.sheetChosenBy])).toEqual([
      [MAIN, 'workbook'],
      [SECOND, 'workbook'],
    ]);
    expect(report.registers[1].mapping.owner).toBe('Kümmerer');
    // The second sheet's missing owner is found through its stored mapping.
    expect(places(report.findings)).toContain(`${SECOND} 2 missing-owner`);
    expect(places(report.findings)).toEqual(places(paneFindings));
  });

  it('review covers both registers, with the pane’s figures (the same action in both counted once)', async () => {
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF]);
    const figures = json<{
      total: number;
      registers: { sheet: string; total: number }[];
      rollup: { merged: number };
    }>(run);
    expect(figures.registers.map((r) => [r.sheet, r.total])).toEqual([
      [MAIN, 2],
      [SECOND, 2],
    ]);
    expect(figures.total).toBe(4 - figures.rollup.merged);
    expect(figures.total).toBe(paneTotal);
  });

  it('--sheet still reads the one sheet named', async () => {
    const run = await runCli(['validate', file, '--json', '--as-of', AS_OF, '--sheet', MAIN]);
    const report = json<{ sheet: string; registers?: unknown }>(run);
    expect(report.sheet).toBe(MAIN);
    expect(report.registers).toBeUndefined();
  });
});
