/**
 * The synthetic register as an .xlsx file (ExcelJS streaming writer), cached in the system temp
 * folder: the same rows and seed give the same file, so it is written once per machine.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, renameSync } from 'fs';
import os from 'os';
import path from 'path';
import type { Grid } from '../src/core';
import { syntheticRegister } from './synthetic';

/** Bumped whenever the generator or the writer changes, so stale cached files are not reused. */
const FIXTURE_VERSION = 1;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export function benchTempDir(): string {
  const dir = path.join(os.tmpdir(), 'improvement-plan-bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes `grid` to `file`: serials with a date format become dates, everything else is stored as is. */
export async function writeGridXlsx(grid: Grid, file: string, sheetName = 'Register'): Promise<void> {
  const partial = `${file}.partial`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName);
  for (let r = 0; r < grid.values.length; r++) {
    const values = grid.values[r];
    const formats = grid.numberFormats?.[r] ?? [];
    const row = sheet.getRow(r + 1);
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === '') continue;
      const cell = row.getCell(c + 1);
      const format = formats[c];
      if (typeof v === 'number' && format && format !== 'General') {
        cell.value = new Date((v - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
        cell.numFmt = format;
      } else cell.value = v;
    }
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  renameSync(partial, file);
}

/** Path of the cached `rows`-row register workbook, written first when missing. */
export async function registerXlsx(rows: number): Promise<string> {
  const file = path.join(benchTempDir(), `register-${rows}-v${FIXTURE_VERSION}.xlsx`);
  if (!existsSync(file)) await writeGridXlsx(syntheticRegister(rows), file);
  return file;
}
