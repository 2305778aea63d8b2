/**
 * `RequestContext`, `sync()` and `Excel.run`: applying a batch to the workbook, payload limits,
 * injected failures, tracked objects and the implicit sync at the end of a run.
 */
import { HostError, hostError, unsupported } from './errors';
import { ChangeRecord, Exec, HostState, Op } from './host';
import { ClientObject, guard } from './proxy';
import { utf8Length, wireJson } from './wire';

let nextGen = 1;

export class RequestContext {
  readonly _host: HostState;
  _queue: Op[] = [];
  _gen = 0;
  readonly _closedRuns = new Set<number>();
  private _workbook: ClientObject | null = null;
  readonly trackedObjects = {
    add: (objects: ClientObject | ClientObject[]): void => {
      for (const o of Array.isArray(objects) ? objects : [objects]) o.track();
    },
    remove: (objects: ClientObject | ClientObject[]): void => {
      for (const o of Array.isArray(objects) ? objects : [objects]) o._tracked = false;
    },
  };

  constructor(host: HostState) {
    this._host = host;
    return guard(this, 'RequestContext');
  }

  get workbook(): ClientObject {
    this._workbook ??= this._host.makeWorkbook(this);
    return this._workbook;
  }

  load<T extends ClientObject>(object: T, option?: unknown): T {
    return object.load(option);
  }

  /** Sends the queued operations; see the module comment for the exact semantics. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this._queue;
    this._queue = [];
    const outcome = execute(this._host, ops);
    await Promise.resolve();
    if (outcome.changes.length > 0) this._host.emitChanges(outcome.changes);
    if (outcome.error !== undefined) throw outcome.error;
    for (const commit of outcome.commits) commit();
    return passThroughValue as T;
  }

  _openRun(): { gen: number; previous: number } {
    const previous = this._gen;
    this._gen = nextGen++;
    return { gen: this._gen, previous };
  }

  _closeRun(run: { gen: number; previous: number }): void {
    this._closedRuns.add(run.gen);
    this._gen = run.previous;
  }
}

function injectedError(injected: unknown): unknown {
  if (injected instanceof Error) return injected;
  if (typeof injected === 'string') return hostError(injected);
  if (injected && typeof injected === 'object' && 'code' in injected) {
    const { code, message } = injected as { code: string; message?: string };
    return message === undefined ? hostError(code) : new HostError(code, message);
  }
  return injected;
}

/** Applies one batch to the model and records its request / response sizes. */
function execute(
  host: HostState,
  ops: Op[],
): { error?: unknown; changes: ChangeRecord[]; commits: (() => void)[] } {
  const stats = host.stats;
  const requestBytes = utf8Length(wireJson({ actions: ops.map((o) => o.wire) }));
  stats.syncs += 1;
  stats.requests.push({ bytes: requestBytes, operations: ops.length });
  stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
  const fail = (error: unknown) => {
    stats.responses.push({ bytes: 0 });
    return { error, changes: [], commits: [] };
  };
  const injected = host.takeInjectedFailure();
  const failAt = injected?.afterOperations;
  if (injected !== undefined && failAt === undefined) return fail(injectedError(injected.error));
  if (requestBytes > host.payloadLimitBytes) return fail(hostError('RequestPayloadSizeLimitExceeded'));

  const ex = new Exec(host);
  host.model.begin();
  let error: unknown;
  for (const [i, op] of ops.entries()) {
    if (i === failAt) {
      // An injected failure part-way: what ran before it stays applied, as for any failing operation.
      error = injectedError(injected?.error);
      if (error instanceof HostError && !error.debugInfo.errorLocation)
        error.debugInfo.errorLocation = op.location;
      break;
    }
    try {
      op.run(ex);
    } catch (e) {
      if (e instanceof HostError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = op.location;
      error = e;
      break;
    }
  }
  if (error instanceof HostError && error.code === 'ResponsePayloadSizeLimitExceeded') {
    // The response could not be sent: nothing of the batch is kept.
    host.model.rollback();
    return fail(error);
  }
  // Otherwise Excel keeps what ran before a failing operation (a batch is not a transaction).
  host.model.commit();
  stats.responses.push({ bytes: error === undefined ? ex.responseBytes : 0 });
  stats.maxResponseBytes = Math.max(stats.maxResponseBytes, error === undefined ? ex.responseBytes : 0);
  return { error, changes: ex.changes, commits: error === undefined ? ex.commits : [] };
}

/** `Excel.run(batch)`, `Excel.run(context | object | objects, batch)`, `Excel.run(options, batch)`. */
export async function runBatch<T>(host: HostState, args: unknown[]): Promise<T> {
  const batch = args[args.length - 1];
  if (typeof batch !== 'function') throw hostError('InvalidArgument');
  const first = args.length > 1 ? args[0] : undefined;
  let ctx: RequestContext;
  if (first instanceof RequestContext) ctx = first;
  else if (first instanceof ClientObject) ctx = first.context;
  else if (Array.isArray(first) && first[0] instanceof ClientObject) ctx = first[0].context;
  else {
    if (first !== undefined) {
      const o = first as Record<string, unknown>;
      for (const key of Object.keys(o)) {
        if (!['delayForCellEdit', 'previousObjects', 'mergeUndoGroup'].includes(key))
          throw unsupported(`RunOptions.${key}`);
      }
      const prev = o.previousObjects;
      if (prev instanceof RequestContext) ctx = prev;
      else if (prev instanceof ClientObject) ctx = prev.context;
      else ctx = new RequestContext(host);
    } else {
      ctx = new RequestContext(host);
    }
  }
  const run = ctx._openRun();
  try {
    const pending: unknown = (batch as (c: RequestContext) => unknown)(ctx);
    if (!pending || typeof (pending as PromiseLike<T>).then !== 'function')
      throw hostError('RunMustReturnPromise');
    const result = await (pending as PromiseLike<T>);
    // Excel.run quietly syncs whatever is still queued when the batch resolves.
    if (ctx._queue.length > 0) await ctx.sync();
    return result;
  } finally {
    ctx._closeRun(run);
  }
}
