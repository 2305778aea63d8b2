/**
 * The Office.js client-object machinery: proxies that queue operations, PropertyNotLoaded,
 * null objects, navigation properties, ClientResult, and the guard that makes every member
 * the double does not model throw.
 *
 * Every queued operation is applied to the in-memory workbook only at `sync()`, in order.
 * A load snapshots the workbook at its place in the batch; the snapshot becomes readable
 * on the proxy when the sync resolves.
 */
import { hostError, unsupported } from './errors';
import type { RequestContext } from './context';
import type { Exec } from './host';
import { addPath, loadPaths, newTree, snapshot } from './load';
import { Referable, wireClone } from './wire';

export type { ChangeRecord, Exec, HostState, Op, SyncStats } from './host';
export { RequestContext, runBatch } from './context';

// ---------------------------------------------------------------- metadata

export interface PropDef<T> {
  get?: (target: T, ex: Exec) => unknown;
  set?: (target: T, value: unknown, ex: Exec) => void;
  /** Requirement set, e.g. `'ExcelApi 1.7'`. */
  api?: string;
}

export interface Meta<T> {
  type: string;
  props: Record<string, PropDef<T>>;
  /** Navigation properties: child proxies created on first access and cached. */
  navs?: Record<string, (self: ClientObject) => ClientObject>;
}

/** Defines accessors for a class's scalar and navigation properties from its metadata. */
export function defineMeta<T>(cls: { prototype: object }, meta: Meta<T>): void {
  Object.defineProperty(cls.prototype, '_meta', { value: meta, configurable: true });
  for (const [name, def] of Object.entries(meta.props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._read(name);
      },
      set(this: ClientObject, value: unknown) {
        if (!def.set)
          throw new TypeError(`Cannot set property ${name} of ${meta.type} which has only a getter`);
        this._write(name, value);
      },
    });
  }
  for (const name of Object.keys(meta.navs ?? {})) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._nav(name);
      },
    });
  }
}

// ---------------------------------------------------------------- guard

const PROBES = new Set(['then', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'length', 'toJSON']);

/**
 * Wraps an object so that reading or writing a member the double does not model throws
 * "not supported by the host double: Type.member" instead of silently yielding `undefined`.
 */
export function guard<T extends object>(target: T, type: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop, receiver);
      if (PROBES.has(prop) || /^[_$@]/.test(prop)) return undefined;
      throw unsupported(`${type}.${prop}`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in t || prop.startsWith('_'))
        return Reflect.set(t, prop, value, receiver);
      throw unsupported(`${type}.${prop} (set)`);
    },
  });
}

// ---------------------------------------------------------------- client objects

export type Resolver = (ex: Exec) => unknown;

/** Targets that can disappear (a deleted sheet, chart, table) say so through `alive()`. */
export interface Mortal {
  alive(): boolean;
}

function isAlive(target: unknown): boolean {
  if (target === null || typeof target !== 'object') return true;
  const t = target as Partial<Mortal> & { sheet?: Partial<Mortal> };
  if (typeof t.alive === 'function') return t.alive();
  return typeof t.sheet?.alive === 'function' ? t.sheet.alive() : true;
}

/** Base of every Excel proxy object (Workbook, Worksheet, Range, …). */
export abstract class ClientObject implements Referable {
  declare readonly _meta: Meta<unknown>;
  readonly context: RequestContext;
  _path: string;
  _resolver: Resolver;
  _cached: { target: unknown } | null = null;
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  _nullable: boolean;
  _children = new Map<string, ClientObject>();
  _gen: number;
  _tracked = false;

  constructor(context: RequestContext, path: string, resolver: Resolver, nullable = false) {
    this.context = context;
    this._path = path;
    this._resolver = resolver;
    this._nullable = nullable;
    this._gen = context._gen;
    return guard(this, this._meta.type);
  }

  _wirePath(): string {
    return this._path;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw hostError('PropertyNotLoaded', 'isNullObject');
    return this._isNull;
  }

  _expired(): boolean {
    return this._gen !== 0 && this.context._closedRuns.has(this._gen) && !this._tracked;
  }

  /** The model object this proxy stands for, resolved at its first use in a sync. */
  _target(ex: Exec): unknown {
    if (this._expired()) throw hostError('InvalidObjectPath', this._path);
    if (this._cached) {
      if (!isAlive(this._cached.target)) throw hostError('ItemNotFound');
      return this._cached.target;
    }
    const target = this._resolver(ex);
    if (target === null && !this._nullable) throw hostError('ItemNotFound');
    this._cached = { target };
    ex.after(() => {
      if (this._isNull === undefined) this._isNull = target === null;
    });
    return target;
  }

  /** Like `_target`, for writes and methods: a null object cannot be changed. */
  _live<T>(ex: Exec): T {
    const t = this._target(ex);
    if (t === null) throw hostError('ItemNotFound');
    return t as T;
  }

  _read(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    if (this._isNull === true) return undefined;
    throw hostError('PropertyNotLoaded', name);
  }

  _write(name: string, value: unknown): void {
    const def = this._meta.props[name];
    const v = wireClone(value);
    this._loaded.set(name, v);
    this._queue({ a: 'SetProperty', n: name, v }, `${this._meta.type}.${name}`, (ex) => {
      ex.requires(def.api);
      def.set?.(this._live(ex), v, ex);
    });
  }

  _nav(name: string): ClientObject {
    let child = this._children.get(name);
    if (!child) {
      const make = this._meta.navs?.[name];
      if (!make) throw unsupported(`${this._meta.type}.${name}`);
      child = make(this);
      this._children.set(name, child);
    }
    return child;
  }

  _queue(wire: Record<string, unknown>, location: string, run: (ex: Exec) => void): void {
    this.context._queue.push({ wire: { p: this._path, ...wire }, location, run });
  }

  /** Queues a method call that returns nothing. */
  _invoke<T>(name: string, args: unknown[], run: (target: T, ex: Exec) => void, api?: string): void {
    const wireArgs = args.map((a) => wireClone(a, true));
    this._checkArgs(args);
    this._queue({ a: 'Method', n: name, v: wireArgs }, `${this._meta.type}.${name}`, (ex) => {
      ex.requires(api);
      run(this._live<T>(ex), ex);
    });
  }

  /** Queues a method call whose scalar result is readable after sync. */
  _invokeResult<T, R>(
    name: string,
    args: unknown[],
    run: (target: T, ex: Exec) => R,
    api?: string,
  ): ClientResult<R> {
    const result = new ClientResult<R>();
    this._invoke<T>(
      name,
      args,
      (t, ex) => {
        const value = run(t, ex);
        ex.respond(value);
        ex.after(() => result._resolve(value));
      },
      api,
    );
    return result;
  }

  /**
   * Queues a method that yields an object (`add`, `*OrNullObject`): the object is resolved at
   * this point of the batch, so its null-ness is known after the sync.
   */
  _invokeObject<C extends ClientObject>(name: string, args: unknown[], child: C, api?: string): C {
    this._checkArgs(args);
    this._queue(
      { a: 'Method', n: name, v: args.map((a) => wireClone(a, true)) },
      `${this._meta.type}.${name}`,
      (ex) => {
        ex.requires(api);
        child._target(ex);
      },
    );
    return child;
  }

  _checkArgs(args: unknown[]): void {
    for (const a of args) {
      if (a instanceof ClientObject && a.context !== this.context) throw hostError('InvalidRequestContext');
    }
  }

  load(option?: unknown): this {
    const { paths, top, skip, all } = loadPaths(option);
    const tree = newTree(all);
    tree.top = top;
    tree.skip = skip;
    for (const p of paths) addPath(this, tree, p.split('/'));
    this._queue({ a: 'Query', n: paths.join(',') || '*' }, `${this._meta.type}.load`, (ex) => {
      const snap = snapshot(this, tree, ex);
      ex.respond(snap.data);
      ex.after(snap.apply);
    });
    return this;
  }

  /** Tracking instantiates the object on the host at the next sync, so it outlives its `Excel.run`. */
  track(): this {
    this._tracked = true;
    this._queue({ a: 'Track' }, `${this._meta.type}.track`, (ex) => {
      this._target(ex);
    });
    return this;
  }

  untrack(): this {
    this._tracked = false;
    return this;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) {
      out[k] = Array.isArray(v) && v[0] instanceof ClientObject ? v.map((i: ClientObject) => i.toJSON()) : v;
    }
    for (const [k, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[k] = json;
    }
    return out;
  }
}

/** Base of collections (`worksheets`, `charts`, `tables`, `conditionalFormats`). */
export abstract class ClientCollection extends ClientObject {
  abstract _itemTargets(target: unknown, ex: Exec): unknown[];
  abstract _makeItem(target: unknown): ClientObject;

  get items(): ClientObject[] {
    return this._read('items') as ClientObject[];
  }
}

export class ClientResult<T> {
  private _done = false;
  private _value: T | undefined;

  get value(): T {
    if (!this._done) throw hostError('ValueNotLoaded');
    return this._value as T;
  }

  _resolve(value: T): void {
    this._done = true;
    this._value = value;
  }
}
