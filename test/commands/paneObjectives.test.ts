/**
 * The pane's management review covers the workbook's objectives sheet (issue 21, 9.3.2 d 4), as
 * the command line's does: the objectives sheet beside the registers is found and read through
 * the adapter, and the review sheet's objectives rows are the core's for the same grid — with one
 * register and with several included — against the host double.
 */
import { dayFromIso, serialFromDay, type CellValue } from '../../src/core';
import {
  OBJECTIVE_STATUS_LABELS,
  objectivesFindings,
  parseObjectives,
  reviewObjectives,
  type ObjectivesReview,
} from '../../src/core/objectives';
import { createExcelCommands } from '../../src/commands/commandList';
import { AS_OF, AS_OF_ISO } from '../core/builders';
import { AUDIT, CAPA, INCIDENTS, OBJECTIVES_ROWS } from '../core/rollupFixture';
import { keyCol, keyRow, type WorkbookModel } from '../host-double/model';
import { install, workbookOf } from '../excel/harness';

/** The core's objectives review of the fixture's objectives grid. */
function coreReview(): ObjectivesReview {
  return reviewObjectives([parseObjectives({ values: OBJECTIVES_ROWS }, 'Objectives')!], AS_OF);
}

/** A sheet of the double as rows of values (0-based rows and columns). */
function rowsOf(workbook: WorkbookModel, name: string): CellValue[][] {
  const sheet = workbook.sheet(name)!;
  const rows: CellValue[][] = [];
  for (const [key, cell] of sheet.cells) (rows[keyRow(key)] ??= [])[keyCol(key)] = cell.v ?? '';
  return rows;
}

const dateCell = (iso: string) => (iso ? serialFromDay(dayFromIso(iso)!) : '');

/** Every objective of the core's review has its row on the review sheet, as the core writes it. */
function expectObjectivesRows(rows: CellValue[][], review: ObjectivesReview) {
  const texts = rows.flat().map((v) => String(v ?? ''));
  expect(texts.some((t) => t.startsWith(`${review.objectives.length} objectives (sheet "Objectives")`))).toBe(
    true,
  );
  for (const o of review.objectives) {
    const row = rows.find((r) => r?.some((v) => v === `${o.id} ${o.objective}`));
    expect(row).toBeDefined();
    const at = row!.findIndex((v) => v === `${o.id} ${o.objective}`);
    const line = Array.from({ length: 8 }, (_, i) => row![at + i] ?? '');
    expect(line).toEqual([
      `${o.id} ${o.objective}`,
      OBJECTIVE_STATUS_LABELS[o.status],
      o.measure,
      o.target,
      o.latest ?? '',
      dateCell(o.latestDate),
      o.owner,
      dateCell(o.dueDate),
    ]);
  }
}

describe("the pane's review reads the objectives sheet", () => {
  test('the validation list has the objectives sheet’s findings, as the core and the command line give them', async () => {
    install(
      workbookOf({
        [AUDIT.name]: AUDIT.rows,
        Objectives: OBJECTIVES_ROWS,
      }),
    );
    const outcome = await createExcelCommands().validate({ asOf: AS_OF_ISO, highlight: false });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const expected = objectivesFindings(
      [{ objectives: parseObjectives({ values: OBJECTIVES_ROWS }, 'Objectives')!, orphanRows: [] }],
      AS_OF,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(outcome.value.findings.filter((f) => f.sheet === 'Objectives')).toEqual(expected);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of outcome.value.findings) counts[f.severity]++;
    expect(outcome.value.counts).toEqual(counts);
  });

  test('one register and an objectives sheet: the review sheet has the 9.3.2 d 4 section', async () => {
    const double = install(
      workbookOf({
        'Read me': [['How this workbook is kept']],
        [AUDIT.name]: AUDIT.rows,
        Objectives: OBJECTIVES_ROWS,
      }),
    );
    const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const review = coreReview();
    expect(review.counts).toEqual({ met: 1, 'on-track': 1, 'at-risk': 1, missed: 1, 'not-measured': 1 });
    expectObjectivesRows(rowsOf(double.workbook, outcome.value.sheetName), review);
    // A trend chart per measured objective, as the core plans them.
    const titles = double.workbook.sheet(outcome.value.sheetName)!.charts.map((c) => c.title);
    for (const o of review.objectives.filter((x) => x.trend.length >= 2))
      expect(titles).toContain(`${o.id}: ${o.objective}`.slice(0, 80));
  });

  test('several registers included: the roll-up review has the objectives section too', async () => {
    const double = install(
      workbookOf({
        [AUDIT.name]: AUDIT.rows,
        [CAPA.name]: CAPA.rows,
        [INCIDENTS.name]: INCIDENTS.rows,
        Objectives: OBJECTIVES_ROWS,
      }),
    );
    const commands = createExcelCommands();
    for (const s of [AUDIT, CAPA, INCIDENTS]) {
      const included = await commands.includeRegister!(s.name, true);
      if (!included.ok) throw new Error(included.error.message);
    }
    const outcome = await commands.reviewSummary({ asOf: AS_OF_ISO });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect([...outcome.value.registers!].sort()).toEqual([AUDIT.name, CAPA.name, INCIDENTS.name].sort());
    expectObjectivesRows(rowsOf(double.workbook, outcome.value.sheetName), coreReview());
  });

  test('the objectives cost one sync: their used range (the top rows travel with the first chunk)', async () => {
    const syncsOf = async (third: CellValue[][]) => {
      const double = install(workbookOf({ [AUDIT.name]: AUDIT.rows, Objectives: third }));
      double.resetStats();
      const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
      if (!outcome.ok) throw new Error(outcome.error.message);
      return double.stats.syncs;
    };
    const notes: CellValue[][] = OBJECTIVES_ROWS.map((r) => r.map(() => 'a note'));
    expect(await syncsOf(OBJECTIVES_ROWS)).toBe((await syncsOf(notes)) + 1);
  });

  test('a workbook without objectives: no objectives section, and no extra read', async () => {
    const double = install(
      workbookOf({ 'Read me': [['How this workbook is kept']], [AUDIT.name]: AUDIT.rows }),
    );
    const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const texts = rowsOf(double.workbook, outcome.value.sheetName)
      .flat()
      .map((v) => String(v ?? ''));
    expect(texts.some((t) => / objectives \(sheet /.test(t))).toBe(false);
  });

  test('a hidden objectives sheet is left out, as the command line leaves it', async () => {
    const workbook = workbookOf({ [AUDIT.name]: AUDIT.rows, Objectives: OBJECTIVES_ROWS });
    workbook.sheet('Objectives')!.visibility = 'Hidden';
    const double = install(workbook);
    const outcome = await createExcelCommands().reviewSummary({ asOf: AS_OF_ISO });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const texts = rowsOf(double.workbook, outcome.value.sheetName)
      .flat()
      .map((v) => String(v ?? ''));
    expect(texts.some((t) => / objectives \(sheet /.test(t))).toBe(false);
  });
});
