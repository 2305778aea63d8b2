/**
 * What the bundled double exposes on `window.__hostDouble` in the pane's page. Only JSON crosses
 * this boundary (Playwright's `page.evaluate`, or the playground's parent window), so no object of
 * one JavaScript realm is handed to another.
 */
import type { CellValue } from '../../host-double';
import type { WorkbookJson } from './modelJson';

export interface SheetInfo {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  active: boolean;
}

export interface UsedGrid {
  /** A1 address of the used range (from A1), or `null` for an empty sheet. */
  address: string | null;
  values: CellValue[][];
  /** The cells as Excel shows them (number formats applied). */
  texts: string[][];
}

export interface PageDouble {
  sheets(): SheetInfo[];
  /** Values of a range (`A1:C3`), or of the used range from A1 when no address is given. */
  values(sheet: string, address?: string): CellValue[][];
  /** The cells as Excel shows them (number formats applied). */
  texts(sheet: string, address?: string): string[][];
  used(sheet: string): UsedGrid;
  /** A user (`Local`) or co-author (`Remote`) edit: typed-in conversion, then `onChanged`. */
  edit(
    sheet: string,
    address: string,
    values: CellValue | CellValue[][],
    source?: 'Local' | 'Remote',
  ): Promise<void>;
  /** The user selects a range, as a click in the grid would. */
  select(sheet: string, address: string): void;
  selection(): { sheet: string; address: string } | null;
  /** `Office.context.document.settings` as saved in the workbook. */
  settings(): Record<string, unknown>;
  stats(): { syncs: number; maxRequestBytes: number; maxResponseBytes: number };
  handlerCount(): number;
  /** Active `workbook.onSelectionChanged` registrations (the Action card follows the selection). */
  selectionHandlerCount(): number;
  /** Grows with every sync and every edit: a cheap "did anything change" for viewers. */
  revision(): number;
  workbookJson(): WorkbookJson;
  invokeCommand(actionId: string, timeoutMs?: number): Promise<void>;
}

declare global {
  interface Window {
    /** Seed for the double: set before the bundle runs (JSON or its text). */
    __hostDoubleSeed?: WorkbookJson | string;
    __hostDouble?: PageDouble;
    /** Report only the manifest's minimum requirement sets (ExcelApi 1.9, no SharedRuntime). */
    __hostDoubleMinimumSets?: boolean;
    /** `Office.context.officeTheme` for the double (Office's dark theme in the screenshots). */
    __hostDoubleOfficeTheme?: {
      bodyBackgroundColor: string;
      bodyForegroundColor: string;
      controlBackgroundColor: string;
      controlForegroundColor: string;
    };
  }
}
