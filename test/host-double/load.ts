/** `load(...)` arguments, load trees and the snapshot a load takes at its place in a batch. */
import { hostError, unsupported } from './errors';
import type { Exec } from './host';
import { ClientCollection, ClientObject } from './proxy';

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  children: Map<string, LoadTree>;
  items?: LoadTree;
  top?: number;
  skip?: number;
}

export function newTree(all = false): LoadTree {
  return { all, scalars: new Set(), children: new Map() };
}

function splitNames(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => {
    if (typeof v !== 'string') throw hostError('InvalidArgument');
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  });
}

function objectPaths(option: Record<string, unknown>, prefix: string, out: string[]): void {
  for (const [key, v] of Object.entries(option)) {
    if (key === '$all') {
      if (v === true && prefix) out.push(prefix.slice(0, -1));
      continue;
    }
    if (key === '$top' || key === '$skip') continue;
    if (v === true) out.push(prefix + key);
    else if (v && typeof v === 'object') objectPaths(v as Record<string, unknown>, `${prefix}${key}/`, out);
  }
}

/** Normalises every `load(...)` argument form into paths (`[]` = everything) and paging. */
export function loadPaths(option: unknown): { paths: string[]; top?: number; skip?: number; all: boolean } {
  if (option === undefined || option === null || option === '') return { paths: [], all: true };
  if (typeof option === 'string' || Array.isArray(option)) {
    const paths = splitNames(option);
    return { paths, all: paths.length === 0 };
  }
  if (typeof option !== 'object') throw hostError('InvalidArgument');
  const o = option as Record<string, unknown>;
  if ('select' in o || 'expand' in o || 'top' in o || 'skip' in o) {
    const paths = [...splitNames(o.select), ...splitNames(o.expand)];
    return {
      paths,
      all: paths.length === 0,
      top: o.top as number | undefined,
      skip: o.skip as number | undefined,
    };
  }
  const paths: string[] = [];
  objectPaths(o, '', paths);
  const all = o.$all === true || paths.length === 0;
  return { paths, all, top: o.$top as number | undefined, skip: o.$skip as number | undefined };
}

export function addPath(obj: ClientObject, tree: LoadTree, segs: string[]): void {
  if (obj instanceof ClientCollection) {
    const rest = segs[0] === 'items' ? segs.slice(1) : segs;
    tree.items ??= newTree();
    if (rest.length === 0) tree.items.all = true;
    else addPath(obj._makeItem(undefined), tree.items, rest);
    return;
  }
  const [name, ...rest] = segs;
  if (name in obj._meta.props && rest.length === 0) {
    tree.scalars.add(name);
  } else if (obj._meta.navs && name in obj._meta.navs) {
    let child = tree.children.get(name);
    if (!child) {
      child = newTree(rest.length === 0);
      tree.children.set(name, child);
    }
    if (rest.length === 0) child.all = true;
    else addPath(obj._nav(name), child, rest);
  } else {
    throw unsupported(`${obj._meta.type}.${segs.join('/')} (load)`);
  }
}

interface Snapshot {
  data: unknown;
  apply: () => void;
}

export function snapshot(obj: ClientObject, tree: LoadTree, ex: Exec): Snapshot {
  const target = obj._target(ex);
  if (target === null) return { data: null, apply: () => undefined };
  const data: Record<string, unknown> = {};
  const applies: (() => void)[] = [];
  if (obj instanceof ClientCollection) {
    let targets = obj._itemTargets(target, ex);
    if (tree.skip) targets = targets.slice(tree.skip);
    if (tree.top !== undefined) targets = targets.slice(0, tree.top);
    const itemTree = tree.items ?? newTree(true);
    if (tree.all) itemTree.all = true;
    const items = targets.map((t) => obj._makeItem(t));
    const snaps = items.map((item) => snapshot(item, itemTree, ex));
    data.items = snaps.map((s) => s.data);
    applies.push(() => {
      for (const s of snaps) s.apply();
      obj._loaded.set('items', items);
    });
  } else {
    const names = tree.all ? Object.keys(obj._meta.props) : [...tree.scalars];
    for (const name of names) {
      const def = obj._meta.props[name];
      if (!def.get) continue;
      if (tree.all && def.api && !ex.host.supports(...(def.api.split(' ') as [string, string]))) continue;
      ex.requires(def.api);
      data[name] = def.get(target, ex);
    }
    for (const [nav, sub] of tree.children) {
      const s = snapshot(obj._nav(nav), sub, ex);
      data[nav] = s.data;
      applies.push(s.apply);
    }
    applies.push(() => {
      for (const name of names) if (name in data) obj._loaded.set(name, data[name]);
    });
  }
  return { data, apply: () => applies.forEach((a) => a()) };
}

/** `ClientResult<T>`: `value` is readable after the sync that computed it. */
