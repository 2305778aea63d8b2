/**
 * `worksheet.onChanged` and `workbook.onSelectionChanged`: handler registration (active only after
 * the sync that adds it), event args as Excel builds them, asynchronous dispatch and a `flush` for
 * tests. A selection event fires after every selection the user makes (`double.select`) and after
 * the sync of an add-in's `range.select()`, as Excel does for both.
 */
import { formatRect } from './address';
import type { SheetModel } from './model';
import { ChangeRecord, ClientObject, HostState, RequestContext } from './proxy';

type Handler = (args: unknown) => unknown;

interface Registration {
  /** `onChanged` of a sheet, or the workbook's `onSelectionChanged`. */
  kind: 'changed' | 'selection';
  sheetId: string;
  handler: Handler;
  token: object;
}

// Captured at load so that tests using fake timers still see events dispatched.
const realSetTimeout: typeof setTimeout | undefined = globalThis.setTimeout?.bind(globalThis);

export class EventHub {
  private registrations: Registration[] = [];
  private pending: ChangeRecord[] = [];
  private selections = 0;
  private inflight = new Set<Promise<unknown>>();
  private scheduled = false;
  /** Errors thrown (or rejected) by handlers since the last `flush`. */
  errors: unknown[] = [];

  constructor(private readonly host: () => HostState) {}

  register(sheetId: string, handler: Handler, token: object, kind: Registration['kind'] = 'changed'): void {
    this.registrations.push({ kind, sheetId, handler, token });
  }

  unregister(token: object): void {
    this.registrations = this.registrations.filter((r) => r.token !== token);
  }

  unregisterHandler(sheetId: string, handler: Handler): void {
    this.registrations = this.registrations.filter((r) => !(r.sheetId === sheetId && r.handler === handler));
  }

  /** Active `onChanged` registrations (selection handlers are counted apart). */
  get handlerCount(): number {
    return this.registrations.filter((r) => r.kind === 'changed').length;
  }

  get selectionHandlerCount(): number {
    return this.registrations.filter((r) => r.kind === 'selection').length;
  }

  emit(changes: ChangeRecord[]): void {
    this.pending.push(...changes);
    this.schedule();
  }

  /** The selection changed (one event per selection, as Excel raises it). */
  emitSelection(): void {
    this.selections++;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const later = realSetTimeout ?? ((fn: () => void) => void Promise.resolve().then(fn));
    later(() => this.dispatch(), 0);
  }

  private call(reg: Registration, args: unknown): void {
    const p = Promise.resolve()
      .then(() => reg.handler(args))
      .catch((e: unknown) => {
        this.errors.push(e);
      });
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p));
  }

  private dispatch(): void {
    this.scheduled = false;
    const changes = this.pending;
    this.pending = [];
    for (const change of changes) {
      for (const reg of this.registrations.filter(
        (r) => r.kind === 'changed' && r.sheetId === change.sheetId,
      ))
        this.call(reg, this.args(change));
    }
    const selections = this.selections;
    this.selections = 0;
    for (let i = 0; i < selections; i++)
      for (const reg of this.registrations.filter((r) => r.kind === 'selection'))
        this.call(reg, selectionArgs());
  }

  private args(change: ChangeRecord): Record<string, unknown> {
    const host = this.host();
    const address = formatRect(change.rect);
    const args: Record<string, unknown> = {
      type: 'WorksheetChanged',
      worksheetId: change.sheetId,
      address,
      changeType: 'RangeEdited',
      source: change.source,
      getRange: (ctx: RequestContext) => rangeOf(ctx, change.sheetId, address),
      getRangeOrNullObject: (ctx: RequestContext) => rangeOf(ctx, change.sheetId, address),
    };
    if (change.details && host.supports('ExcelApi', '1.9')) args.details = { ...change.details };
    if (host.supports('ExcelApi', '1.14')) args.triggerSource = change.triggerSource;
    return args;
  }

  /** Dispatches anything pending and waits for every handler (and the work they start) to settle. */
  async flush(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (this.pending.length > 0 || this.selections > 0) this.dispatch();
      if (this.inflight.size === 0) {
        await new Promise<void>((resolve) => (realSetTimeout ? realSetTimeout(resolve, 0) : resolve()));
        if (this.pending.length === 0 && this.selections === 0 && this.inflight.size === 0) break;
        continue;
      }
      await Promise.allSettled([...this.inflight]);
    }
    const errors = this.errors;
    this.errors = [];
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} onChanged handlers failed`);
  }
}

/**
 * `Excel.SelectionChangedEventArgs`: Excel passes the workbook; handlers read the selection with
 * `workbook.getSelectedRange()` in a batch of their own. The `workbook` member is not modelled.
 */
function selectionArgs(): Record<string, unknown> {
  return {
    type: 'WorkbookSelectionChanged',
    get workbook(): never {
      throw new Error('not supported by the host double: SelectionChangedEventArgs.workbook');
    },
  };
}

function rangeOf(ctx: RequestContext, sheetId: string, address: string): unknown {
  const wb = ctx.workbook as unknown as {
    worksheets: { getItem(k: string): { getRange(a: string): unknown } };
  };
  return wb.worksheets.getItem(sheetId).getRange(address);
}

/** `EventHandlerResult`: `remove()` queues the removal; it takes effect at the next sync. */
export class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private readonly hub: EventHub,
  ) {}

  remove(): void {
    this.context._queue.push({
      wire: { a: 'RemoveHandler' },
      location: 'EventHandlerResult.remove',
      run: (ex) => ex.after(() => this.hub.unregister(this)),
    });
  }
}

/** `Worksheet.onChanged`: `add(handler)` and `remove(handler)`. */
export class EventHandlers {
  constructor(
    private readonly owner: ClientObject,
    private readonly hub: EventHub,
  ) {}

  add(handler: Handler): EventHandlerResult {
    if (typeof handler !== 'function') throw new TypeError('onChanged.add expects a function');
    const result = new EventHandlerResult(this.owner.context, this.hub);
    this.owner._queue({ a: 'RegisterEventHandler', n: 'onChanged' }, 'Worksheet.onChanged.add', (ex) => {
      ex.requires('ExcelApi 1.7');
      const sheet = this.owner._live<SheetModel>(ex);
      ex.after(() => this.hub.register(sheet.id, handler, result));
    });
    return result;
  }

  remove(handler: Handler): void {
    this.owner._queue({ a: 'RemoveEventHandler', n: 'onChanged' }, 'Worksheet.onChanged.remove', (ex) => {
      const sheet = this.owner._live<SheetModel>(ex);
      ex.after(() => this.hub.unregisterHandler(sheet.id, handler));
    });
  }
}

/** `Workbook.onSelectionChanged` (ExcelApi 1.2): `add(handler)` and `remove(handler)`. */
export class SelectionEventHandlers {
  constructor(
    private readonly owner: ClientObject,
    private readonly hub: EventHub,
  ) {}

  add(handler: Handler): EventHandlerResult {
    if (typeof handler !== 'function') throw new TypeError('onSelectionChanged.add expects a function');
    const result = new EventHandlerResult(this.owner.context, this.hub);
    this.owner._queue(
      { a: 'RegisterEventHandler', n: 'onSelectionChanged' },
      'Workbook.onSelectionChanged.add',
      (ex) => {
        ex.requires('ExcelApi 1.2');
        ex.after(() => this.hub.register('', handler, result, 'selection'));
      },
    );
    return result;
  }

  remove(handler: Handler): void {
    this.owner._queue(
      { a: 'RemoveEventHandler', n: 'onSelectionChanged' },
      'Workbook.onSelectionChanged.remove',
      (ex) => ex.after(() => this.hub.unregisterHandler('', handler)),
    );
  }
}
