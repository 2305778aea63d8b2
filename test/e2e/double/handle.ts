/**
 * Node-side handle on the double inside a page: each call runs `window.__hostDouble` there
 * through Playwright and brings back JSON.
 */
import type { Page } from 'playwright-core';
import type { CellValue, WorkbookModel } from '../../host-double';
import { deserializeWorkbook } from './modelJson';
import type { PageDouble, SheetInfo, UsedGrid } from './pageApi';

export interface DoubleHandle {
  sheets(): Promise<SheetInfo[]>;
  values(sheet: string, address?: string): Promise<CellValue[][]>;
  texts(sheet: string, address?: string): Promise<string[][]>;
  used(sheet: string): Promise<UsedGrid>;
  edit(
    sheet: string,
    address: string,
    values: CellValue | CellValue[][],
    source?: 'Local' | 'Remote',
  ): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  selection(): Promise<{ sheet: string; address: string } | null>;
  settings(): Promise<Record<string, unknown>>;
  stats(): Promise<{ syncs: number; maxRequestBytes: number; maxResponseBytes: number }>;
  handlerCount(): Promise<number>;
  selectionHandlerCount(): Promise<number>;
  /** The page's workbook, copied back into Node. */
  workbook(): Promise<WorkbookModel>;
}

export function handle(page: Page): DoubleHandle {
  const call = <K extends keyof PageDouble>(name: K, ...args: Parameters<PageDouble[K]>) =>
    page.evaluate(
      async ([n, a]) => {
        const d = window.__hostDouble;
        if (!d) throw new Error('the host double is not installed in this page');
        const fn = d[n as keyof PageDouble] as (...x: unknown[]) => unknown;
        return JSON.parse(JSON.stringify((await fn(...(a as unknown[]))) ?? null)) as unknown;
      },
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<PageDouble[K]>>>;
  return {
    sheets: () => call('sheets'),
    values: (sheet, address) => call('values', sheet, address),
    texts: (sheet, address) => call('texts', sheet, address),
    used: (sheet) => call('used', sheet),
    edit: (sheet, address, values, source = 'Local') => call('edit', sheet, address, values, source),
    select: (sheet, address) => call('select', sheet, address),
    selection: () => call('selection'),
    settings: () => call('settings'),
    stats: () => call('stats'),
    handlerCount: () => call('handlerCount'),
    selectionHandlerCount: () => call('selectionHandlerCount'),
    workbook: async () => deserializeWorkbook(await call('workbookJson')),
  };
}
