/**
 * `review --out`: a copy of the user's workbook with the management-review sheet added. The
 * input file is only read; the copy is built in memory and written atomically to a new path.
 */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { uniqueSheetName, type SheetPlan } from '../../core/review/sheetPlan';
import type { SheetData, WorkbookData } from '../io/types';
import { failure, type Outcome } from '../runtime';
import { checkOutPath, writeAtomically } from './outPath';
import { renderPlan, safeText } from './renderPlan';

export interface SummaryCopyRequest {
  input: string;
  format: WorkbookData['format'];
  /** The register sheet as read (used to build the workbook for CSV inputs). */
  registerSheet: SheetData;
  headerRow: number;
  out: string;
  force: boolean;
  /** Builds the summary plan once the copy's sheet names are known. */
  plan: (existingSheetNames: string[]) => SheetPlan;
  now: Date;
}

export interface SummaryCopy {
  out: string;
  sheet: string;
  chartsNotDrawn: string[];
  /** What the user should know about the copy (parts of the original that are not carried over). */
  notes: string[];
}

/** Worksheet parts that ExcelJS may fail to load; dropped from the copy only when it does. */
const FRAGILE_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

type LoadInput = Parameters<ExcelJS.Workbook['xlsx']['load']>[0];

async function loadCopy(bytes: Buffer, ignoreNodes: string[]): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as LoadInput, { ignoreNodes });
    return workbook;
  } catch {
    return undefined;
  }
}

/** Parts of an OOXML package that ExcelJS does not carry over, found by their part names. */
function lostParts(bytes: Buffer): string[] {
  const lost: string[] = [];
  const has = (name: string) => bytes.includes(Buffer.from(name, 'latin1'));
  if (has('xl/charts/')) lost.push('charts');
  if (has('xl/pivotTables/') || has('xl/pivotCache/')) lost.push('pivot tables');
  if (has('vbaProject.bin')) lost.push('macros (VBA)');
  if (has('xl/slicers/') || has('xl/slicerCaches/')) lost.push('slicers');
  return lost;
}

async function copyOfWorkbook(
  input: string,
): Promise<Outcome<{ workbook: ExcelJS.Workbook; notes: string[] }>> {
  const bytes = await fs.readFile(input, { flag: 'r' });
  const notes: string[] = [];
  let workbook = await loadCopy(bytes, []);
  if (!workbook) {
    workbook = await loadCopy(bytes, FRAGILE_NODES);
    if (workbook)
      notes.push('Data-validation lists and conditional formats of the original could not be copied.');
  }
  if (!workbook) {
    return failure(
      'corrupt',
      `${path.basename(input)} could not be copied: it could not be reopened as a workbook.`,
    );
  }
  const lost = lostParts(bytes);
  if (lost.length > 0) {
    notes.push(
      `The copy keeps the sheets' cells, formats and formulas, but not the original's ${lost.join(', ')}.`,
    );
  }
  return { ok: true, value: { workbook, notes } };
}

/** A workbook holding the CSV register as its first sheet, as read (text stays text). */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

function workbookFromCsv(sheet: SheetData, headerRow: number, now: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Improvement Plan';
  workbook.created = now;
  workbook.modified = now;
  const ws = workbook.addWorksheet(uniqueSheetName(sheet.name || 'Register', []));
  // A worksheet holds at most 16,384 columns and 1,048,576 rows; the copy keeps what fits
  // (the JSON and the summary are computed from the whole file).
  for (const row of sheet.grid.values.slice(0, MAX_ROWS)) {
    ws.addRow(
      row.slice(0, MAX_COLUMNS).map((v) => (typeof v === 'string' ? (v === '' ? null : safeText(v)) : v)),
    );
  }
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') cell.numFmt = '@';
    });
  });
  if (headerRow >= 1 && headerRow <= ws.rowCount) {
    ws.getRow(headerRow).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  }
  ws.columns.forEach((column) => {
    column.width = 18;
  });
  return workbook;
}

/**
 * Writes the copy with the summary sheet added. Refuses to write over the input, and over an
 * existing file unless `force`.
 */
export async function writeSummaryCopy(request: SummaryCopyRequest): Promise<Outcome<SummaryCopy>> {
  const checked = await checkOutPath(request.out, {
    input: request.input,
    force: request.force,
    option: '--out',
  });
  if (!checked.ok) return checked;
  let workbook: ExcelJS.Workbook;
  const notes: string[] = [];
  if (request.format === 'csv') {
    workbook = workbookFromCsv(request.registerSheet, request.headerRow, request.now);
  } else {
    const copy = await copyOfWorkbook(request.input);
    if (!copy.ok) return copy;
    workbook = copy.value.workbook;
    notes.push(...copy.value.notes);
    // Formulas saved without results (common in templates) get computed when the copy is opened.
    workbook.calcProperties.fullCalcOnLoad = true;
  }
  const plan = request.plan(workbook.worksheets.map((ws) => ws.name));
  const { chartsNotDrawn } = renderPlan(workbook.addWorksheet(plan.name), plan);
  const bytes = await workbook.xlsx.writeBuffer();
  const written = await writeAtomically(checked.value, new Uint8Array(bytes as ArrayBuffer));
  if (!written.ok) return written;
  return { ok: true, value: { out: request.out, sheet: plan.name, chartsNotDrawn, notes } };
}
