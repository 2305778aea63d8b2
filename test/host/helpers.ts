import {
  HostDouble,
  HostDoubleOptions,
  WorkbookModel,
  installHostDouble,
  workbookFromGrid,
} from '../host-double';
import type { CellValue } from '../host-double/values';

let current: HostDouble | null = null;

/** Installs a double over `sheets` (default one empty `Sheet1`) and uninstalls it after the test. */
export function setup(
  sheets?: Record<string, CellValue[][]> | WorkbookModel,
  options?: HostDoubleOptions,
): HostDouble {
  const wb = sheets instanceof WorkbookModel ? sheets : workbookFromGrid(sheets ?? { Sheet1: [] });
  current = installHostDouble(wb, options);
  return current;
}

afterEach(() => {
  current?.uninstall();
  current = null;
});

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code?: string; message: string; name?: string }> {
  try {
    await promise;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

/** Values of a sheet range straight from the model (bypassing the API). */
export function modelValues(double: HostDouble, sheet: string, rows: number, cols: number): CellValue[][] {
  const s = double.workbook.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => s.cell(r, c)?.v ?? ''),
  );
}
