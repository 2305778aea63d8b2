/**
 * What one batch sees while the host applies it (`Exec`), and the host state the proxies share.
 */
import { hostError } from './errors';
import type { Rect } from './address';
import type { EventHub } from './events';
import type { RequestContext } from './context';
import type { ClientObject } from './proxy';
import type { WorkbookModel } from './model';
import type { CellValue } from './values';
import { utf8Length, wireJson } from './wire';

export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  source: 'Local' | 'Remote';
  triggerSource: 'ThisLocalAddin' | 'Unknown';
  /** Present for single-cell changes only (as Excel's `details`). */
  details?: {
    valueBefore: CellValue;
    valueAfter: CellValue;
    valueTypeBefore: string;
    valueTypeAfter: string;
  };
}

export interface SyncStats {
  syncs: number;
  requests: { bytes: number; operations: number }[];
  responses: { bytes: number }[];
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export interface InjectedFailure {
  error: unknown;
  afterOperations?: number;
  /** Syncs still to let through before this failure applies. */
  afterSyncs?: number;
}

/** What the proxies need from the host (implemented in index.ts). */
export interface HostState {
  model: WorkbookModel;
  hub: EventHub;
  payloadLimitBytes: number;
  stats: SyncStats;
  supports(set: string, version: string): boolean;
  /** The next injected failure: its error, and how many operations run before it (none: all-or-nothing). */
  takeInjectedFailure(): InjectedFailure | undefined;
  emitChanges(changes: ChangeRecord[]): void;
  makeWorkbook(ctx: RequestContext): ClientObject;
}

/** One queued operation. `wire` is what it costs on the request payload. */
export interface Op {
  wire: Record<string, unknown>;
  location: string;
  run(ex: Exec): void;
}

/** The state of one batch while the host applies it. */
export class Exec {
  readonly changes: ChangeRecord[] = [];
  readonly commits: (() => void)[] = [];
  responseBytes = 2;

  constructor(readonly host: HostState) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** Adds loaded data to the response; rejects the batch once the response is over the limit. */
  respond(data: unknown): void {
    this.responseBytes += utf8Length(wireJson(data)) + 1;
    if (this.responseBytes > this.host.payloadLimitBytes) throw hostError('ResponsePayloadSizeLimitExceeded');
  }

  /** Rejects early, before materialising, a read that cannot fit (each cell costs ≥ 3 bytes). */
  expectCells(count: number): void {
    if (this.responseBytes + count * 3 > this.host.payloadLimitBytes) {
      throw hostError('ResponsePayloadSizeLimitExceeded');
    }
  }

  after(fn: () => void): void {
    this.commits.push(fn);
  }

  requires(api: string | undefined): void {
    if (!api) return;
    const [set, version] = api.split(' ');
    if (!this.host.supports(set, version)) throw hostError('ApiNotFound');
  }
}
