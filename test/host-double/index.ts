/**
 * An honest in-memory double of the Excel host: `installHostDouble(workbook, options)` puts
 * `Excel`, `Office` and `OfficeExtension` on `globalThis` with real Office.js semantics (proxies,
 * load/sync, PropertyNotLoaded, payload limits, change events, typed-in conversions), and returns
 * handles to drive and inspect it. No Node imports: the same code can be bundled for a browser.
 *
 * @example
 * const double = installHostDouble(workbookFromGrid({ Register: [['ID', 'Status'], ['NC-1', 'Open']] }));
 * await Excel.run(async (context) => { … });
 * expect(double.stats.syncs).toBe(1);
 * double.uninstall();
 */
import { formatRect, parseAddress } from './address';
import { ChartCollection, Chart } from './charts';
import { checkGrid, writeValues } from './cells';
import { excelEnums } from './enums';
import { HostError } from './errors';
import { EventHub } from './events';
import { RangeFill, RangeFont, RangeFormat } from './format';
import { Cell, WorkbookModel, cellKey, createWorkbook } from './model';
import {
  OfficeState,
  OfficeTheme,
  Platform,
  createOffice,
  invokeCommand,
  newOfficeState,
  versionAtLeast,
} from './office';
import type { InjectedFailure } from './host';
import {
  ChangeRecord,
  ClientObject,
  ClientResult,
  HostState,
  RequestContext,
  SyncStats,
  guard,
  runBatch,
} from './proxy';
import { Range } from './range';
import { ConditionalFormat, ConditionalFormatCollection } from './conditional-formats';
import { RangeAreas, RangeCollection } from './range-areas';
import { DataValidation } from './validation';
import { Table, TableCollection } from './tables';
import { CellValue, valueType } from './values';
import { Workbook, WorksheetCollection } from './workbook';
import { Worksheet } from './worksheet';

export { createWorkbook, WorkbookModel, SheetModel } from './model';
export type { Cell, Visibility } from './model';
export { HostError } from './errors';
export { UNCOMPUTED_FORMULA_VALUE } from './values';
export type { CellValue } from './values';
export type { SyncStats, ChangeRecord } from './proxy';
export type { CommandEvent, OfficeState, Platform } from './office';

export interface HostDoubleOptions {
  /** `Office.onReady()` / `Office.context.platform`. Default `'PC'`. */
  platform?: Platform;
  /** Request and response limit in bytes. Default 5 MiB, as Excel on the web. */
  payloadLimitBytes?: number;
  /** Highest supported version per requirement set. Default `{ ExcelApi: '1.12', SharedRuntime: '1.1' }`. */
  requirementSets?: Record<string, string>;
  /**
   * Report only the manifest's minimum sets (MINIMUM_REQUIREMENT_SETS: ExcelApi 1.9, no
   * SharedRuntime), as Excel on iPad or an Excel without the shared runtime does: every call
   * above them fails with ApiNotFound, as in Office. `requirementSets` still adds to them.
   */
  minimumSets?: boolean;
  /** `Office.context.officeTheme`, e.g. Office's dark theme; absent by default. */
  officeTheme?: OfficeTheme;
}

export interface EditOptions {
  /** `'Local'` = this user, `'Remote'` = a co-author. Default `'Local'`. */
  source?: 'Local' | 'Remote';
}

export interface HostDouble {
  /** The installed `Excel` namespace (also on `globalThis.Excel`). */
  Excel: typeof Excel;
  /** The installed `Office` namespace (also on `globalThis.Office`). */
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  /** The workbook model the host serves: inspect or seed it directly (bypasses the API). */
  workbook: WorkbookModel;
  /** Counted `context.sync()` calls and request / response sizes. */
  readonly stats: SyncStats;
  resetStats(): void;
  /**
   * The next `sync()` rejects with `error` (`{ code }`, a code string, or any Error) and applies
   * nothing — or, with `afterOperations: n`, applies the batch's first `n` operations and then fails
   * (Excel keeps what ran before a failing operation: a batch is not a transaction). With
   * `afterSyncs: n`, the first `n` syncs go through and the one after them fails.
   */
  failNextSync(error?: unknown, options?: { afterOperations?: number; afterSyncs?: number }): void;
  /** The next `settings.saveAsync` fails with `error`. */
  failNextSettingsSave(error?: unknown): void;
  /**
   * A user (or, with `source: 'Remote'`, a co-author) edits cells: applied at once, with Excel's
   * typed-in conversions, then `onChanged` fires (one event for the whole rectangle; `details`
   * only for a single cell). Resolves when the handlers have settled.
   */
  edit(
    sheet: string,
    address: string,
    values: CellValue | CellValue[][],
    options?: EditOptions,
  ): Promise<void>;
  /** The user selects a range (what `workbook.getSelectedRange()` returns). */
  select(sheet: string, address: string): void;
  /** Last selection made by `range.select()` or `select()`. */
  readonly selection: { sheet: string; address: string } | null;
  /** Dispatches pending change events and waits for handlers; rethrows handler errors. */
  flushEvents(): Promise<void>;
  /** Number of active `onChanged` registrations. */
  readonly handlerCount: number;
  /** Number of active `workbook.onSelectionChanged` registrations. */
  readonly selectionHandlerCount: number;
  /** Runs a ribbon ExecuteFunction; resolves when it calls `event.completed()`, rejects on timeout. */
  invokeCommand(actionId: string, options?: { timeoutMs?: number }): Promise<void>;
  /** What `Office.addin` and ribbon commands did. */
  office: OfficeState;
  /** Restores the globals as they were before install. */
  uninstall(): void;
}

const DEFAULT_LIMIT = 5 * 1024 * 1024;

/** The requirement sets manifest.xml requires to install (`<Requirements>`): nothing more. */
export const MINIMUM_REQUIREMENT_SETS: Readonly<Record<string, string>> = { ExcelApi: '1.9' };

function emptyStats(): SyncStats {
  return { syncs: 0, requests: [], responses: [], maxRequestBytes: 0, maxResponseBytes: 0 };
}

const OFFICE_EXTENSION_CODES = {
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  activityLimitReached: 'ActivityLimitReached',
  invalidObjectPath: 'InvalidObjectPath',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidRequestContext: 'InvalidRequestContext',
  invalidArgument: 'InvalidArgument',
  runMustReturnPromise: 'RunMustReturnPromise',
  cannotRegisterEvent: 'CannotRegisterEvent',
  apiNotFound: 'ApiNotFound',
  connectionFailure: 'ConnectionFailure',
};

/** Installs the double on `globalThis` (replacing any previous `Excel` / `Office`). */
export function installHostDouble(
  workbook: WorkbookModel = createWorkbook(),
  options: HostDoubleOptions = {},
): HostDouble {
  const defaults = options.minimumSets
    ? MINIMUM_REQUIREMENT_SETS
    : { ExcelApi: '1.12', SharedRuntime: '1.1' };
  const sets = { ...defaults, ...(options.requirementSets ?? {}) };
  const supports = (set: string, version: string): boolean => {
    const have = Object.entries(sets).find(([k]) => k.toLowerCase() === set.toLowerCase())?.[1];
    return have !== undefined && versionAtLeast(have, version);
  };
  let stats = emptyStats();
  const failures: InjectedFailure[] = [];
  const officeState = newOfficeState();
  const host: HostState = {
    model: workbook,
    hub: new EventHub(() => host),
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_LIMIT,
    get stats() {
      return stats;
    },
    supports,
    takeInjectedFailure: () => {
      const next = failures[0];
      if (next && (next.afterSyncs ?? 0) > 0) {
        next.afterSyncs = (next.afterSyncs ?? 0) - 1;
        return undefined;
      }
      return failures.shift();
    },
    emitChanges: (changes: ChangeRecord[]) => host.hub.emit(changes),
    makeWorkbook: (ctx) => new Workbook(ctx),
  };

  class BoundRequestContext extends RequestContext {
    constructor() {
      super(host);
    }
  }

  const excel = guard(
    {
      ...excelEnums,
      run: (...args: unknown[]) => runBatch(host, args),
      RequestContext: BoundRequestContext,
      Workbook,
      WorksheetCollection,
      Worksheet,
      Range,
      RangeAreas,
      RangeCollection,
      RangeFormat,
      RangeFont,
      RangeFill,
      DataValidation,
      ConditionalFormatCollection,
      ConditionalFormat,
      ChartCollection,
      Chart,
      TableCollection,
      Table,
    },
    'Excel',
  );
  const officeExtension = guard(
    {
      Error: HostError,
      ErrorCodes: OFFICE_EXTENSION_CODES,
      ClientObject,
      ClientResult,
      ClientRequestContext: RequestContext,
      Promise,
    },
    'OfficeExtension',
  );
  const office = createOffice({
    model: () => workbook,
    platform: options.platform ?? 'PC',
    supports,
    state: officeState,
    officeTheme: options.officeTheme,
  });

  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Excel = excel;
  g.Office = office;
  g.OfficeExtension = officeExtension;

  const sheetOrThrow = (name: string) => {
    const sheet = workbook.sheet(name);
    if (!sheet) throw new Error(`host double: no sheet named '${name}'`);
    return sheet;
  };
  const rectOrThrow = (address: string) => {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`host double: '${address}' is not an A1 address`);
    return parsed.rect;
  };

  return {
    Excel: excel as unknown as typeof Excel,
    Office: office as unknown as typeof Office,
    OfficeExtension: officeExtension as unknown as typeof OfficeExtension,
    workbook,
    get stats() {
      return stats;
    },
    resetStats() {
      stats = emptyStats();
    },
    failNextSync(error: unknown = { code: 'GeneralException' }, failOptions = {}) {
      failures.push({ error, ...failOptions });
    },
    failNextSettingsSave(
      error: unknown = { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' },
    ) {
      officeState.failNextSettingsSave = error;
    },
    edit(sheetName, address, values, editOptions = {}) {
      const sheet = sheetOrThrow(sheetName);
      const rect = rectOrThrow(address);
      checkGrid(values, rect);
      if (sheet.protection.protected)
        throw new Error(`host double: '${sheetName}' is protected; a user cannot edit it`);
      const single = rect.rows === 1 && rect.cols === 1;
      const before: Cell | undefined = single ? sheet.cell(rect.row, rect.col) : undefined;
      writeValues(sheet, rect, values);
      const change: ChangeRecord = {
        sheetId: sheet.id,
        rect,
        source: editOptions.source ?? 'Local',
        triggerSource: 'Unknown',
      };
      if (single) {
        const after = sheet.cell(rect.row, rect.col);
        change.details = {
          valueBefore: before?.v ?? '',
          valueAfter: after?.v ?? '',
          valueTypeBefore: valueType(before?.v, before?.err),
          valueTypeAfter: valueType(after?.v, after?.err),
        };
      }
      host.hub.emit([change]);
      return host.hub.flush();
    },
    select(sheetName, address) {
      const sheet = sheetOrThrow(sheetName);
      workbook.activeSheetId = sheet.id;
      workbook.selection = { sheetId: sheet.id, rect: rectOrThrow(address) };
      host.hub.emitSelection();
    },
    get selection() {
      const sel = workbook.selection;
      const sheet = sel ? workbook.sheetById(sel.sheetId) : undefined;
      return sel && sheet ? { sheet: sheet.name, address: formatRect(sel.rect) } : null;
    },
    flushEvents: () => host.hub.flush(),
    get handlerCount() {
      return host.hub.handlerCount;
    },
    get selectionHandlerCount() {
      return host.hub.selectionHandlerCount;
    },
    invokeCommand: (actionId, opts = {}) => invokeCommand(officeState, actionId, opts.timeoutMs ?? 2000),
    office: officeState,
    uninstall() {
      for (const [k, v] of Object.entries(previous)) {
        if (v === undefined) delete g[k];
        else g[k] = v;
      }
    },
  };
}

export interface GridSheet {
  values: CellValue[][];
  numberFormats?: (string | null)[][];
}

/**
 * A workbook from plain grids, stored as given (no typed-in conversion): quick test setup.
 * `workbookFromGrid({ Register: [['ID', 'Status'], ['NC-1', 'Open']] })`.
 */
export function workbookFromGrid(sheets: Record<string, CellValue[][] | GridSheet>): WorkbookModel {
  const wb = createWorkbook(Object.keys(sheets));
  for (const [name, content] of Object.entries(sheets)) {
    const sheet = wb.sheet(name);
    if (!sheet) continue;
    const { values, numberFormats } = Array.isArray(content)
      ? { values: content, numberFormats: undefined }
      : content;
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        const nf = numberFormats?.[r]?.[c] ?? undefined;
        const cell: Cell = {};
        if (v !== '' && v !== null && v !== undefined) cell.v = v;
        if (nf && nf !== 'General') cell.nf = nf;
        if (Object.keys(cell).length > 0) sheet.cells.set(cellKey(r, c), cell);
      }),
    );
  }
  return wb;
}
