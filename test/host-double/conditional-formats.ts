/**
 * `Range.conditionalFormats` / `RangeAreas.conditionalFormats`: custom-formula rules with fill and
 * font, stored per sheet; a format added through a `RangeAreas` covers every area.
 *
 * `ConditionalFormat.id` is NOT an identity: Office.js documents it as "the priority of the
 * conditional format in the current ConditionalFormatCollection". The double returns the format's
 * 0-based position, by priority, among the formats of the collection it was obtained from — so
 * the same format has different ids in different collections, and ids shift when formats are added
 * or deleted. `getItem(id)` resolves that position when its operation runs.
 */
import { Rect, intersect, subtract } from './address';
import { assertEditable, mutate } from './cells';
import { hostError, unsupported } from './errors';
import { normalizeColor } from './format';
import type { ConditionalFormatModel, SheetModel } from './model';
import { ClientCollection, ClientObject, ClientResult, RequestContext, Resolver, defineMeta } from './proxy';
import { Range } from './range';
import { AREAS_API, RangeAreas } from './range-areas';

const CF_API = 'ExcelApi 1.6';

/** The cells a collection covers: one rectangle (a Range) or several (a RangeAreas). */
interface Scope {
  sheet: SheetModel;
  rects: Rect[];
}

function scopeOf(target: unknown): Scope {
  const t = target as { sheet: SheetModel; rect?: Rect; rects?: Rect[] };
  return { sheet: t.sheet, rects: t.rects ?? (t.rect ? [t.rect] : []) };
}

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
  /** The collection the format was obtained from (its `id` is a position in it). */
  scope: Rect[];
  alive(): boolean;
}

function cfRef(sheet: SheetModel, cf: ConditionalFormatModel, scope: Rect[]): CfRef {
  return { sheet, cf, scope, alive: () => sheet.alive() && sheet.conditionalFormats.includes(cf) };
}

/** Bounding rectangle of a list of areas (a cheap first test before comparing area by area). */
function bounds(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const r of rects) {
    r0 = Math.min(r0, r.row);
    c0 = Math.min(c0, r.col);
    r1 = Math.max(r1, r.row + r.rows);
    c1 = Math.max(c1, r.col + r.cols);
  }
  return { row: r0, col: c0, rows: r1 - r0, cols: c1 - c0 };
}

function overlaps(a: readonly Rect[], b: readonly Rect[], bBounds: Rect | null): boolean {
  const aBounds = bounds(a);
  if (!aBounds || !bBounds || !intersect(aBounds, bBounds)) return false;
  return a.some((r) => intersect(r, bBounds) && b.some((s) => intersect(r, s)));
}

function cfsIn(sheet: SheetModel, rects: readonly Rect[]): ConditionalFormatModel[] {
  const scope = bounds(rects);
  return sheet.conditionalFormats
    .filter((cf) => overlaps(cf.rects, rects, scope))
    .sort((a, b) => a.priority - b.priority);
}

/** The format at position `id` (a canonical non-negative integer) of a collection, or null. */
function byId(sheet: SheetModel, rects: readonly Rect[], id: unknown): ConditionalFormatModel | null {
  if (typeof id !== 'string' || !/^(0|[1-9]\d*)$/.test(id)) return null;
  return cfsIn(sheet, rects)[Number(id)] ?? null;
}

export class ConditionalFormatCollection extends ClientCollection {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  _itemTargets(target: unknown): unknown[] {
    const { sheet, rects } = scopeOf(target);
    return cfsIn(sheet, rects).map((cf) => cfRef(sheet, cf, rects));
  }

  /** A loaded item stays bound to the format it was loaded from. */
  _makeItem(target: unknown): ClientObject {
    const t = target as CfRef | undefined;
    return new ConditionalFormat(
      this.context,
      `${this._path}.items[${JSON.stringify(t?.cf.id ?? '')}]`,
      () => t ?? null,
    );
  }

  add(type: string): ConditionalFormat {
    if (type !== 'Custom') throw unsupported(`ConditionalFormatCollection.add(${JSON.stringify(type)})`);
    let created: CfRef | null = null;
    const child = new ConditionalFormat(
      this.context,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => created,
    );
    this._invoke<unknown>(
      'add',
      [type],
      (target, ex) => {
        const { sheet, rects } = scopeOf(target);
        assertEditable(sheet, 'formatCells');
        const cf: ConditionalFormatModel = {
          id: String(ex.model.nextId('cf')),
          rects: rects.map((r) => ({ ...r })),
          type: 'Custom',
          formula: '',
          stopIfTrue: false,
          priority: 0,
        };
        for (const other of sheet.conditionalFormats) mutate(sheet, other, 'priority', other.priority + 1);
        sheet.set('conditionalFormats', [...sheet.conditionalFormats, cf]);
        created = cfRef(sheet, cf, rects);
        child._target(ex);
      },
      CF_API,
    );
    return child;
  }

  getCount(): ClientResult<number> {
    return this._invokeResult<unknown, number>(
      'getCount',
      [],
      (target) => {
        const { sheet, rects } = scopeOf(target);
        return cfsIn(sheet, rects).length;
      },
      CF_API,
    );
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItemAt(${index})`, (ex) => {
      const { sheet, rects } = scopeOf(this._live(ex));
      const cf = cfsIn(sheet, rects)[index];
      if (!cf) throw hostError('ItemNotFound');
      return cfRef(sheet, cf, rects);
    });
  }

  /** The format whose id (position) is `id` when this operation runs; ItemNotFound otherwise. */
  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, (ex) => {
      ex.requires(CF_API);
      const { sheet, rects } = scopeOf(this._live(ex));
      const cf = byId(sheet, rects, id);
      return cf ? cfRef(sheet, cf, rects) : null;
    });
  }

  getItemOrNullObject(id: string): ConditionalFormat {
    const child = new ConditionalFormat(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(id)})`,
      (ex) => {
        const { sheet, rects } = scopeOf(this._live(ex));
        const cf = byId(sheet, rects, id);
        return cf ? cfRef(sheet, cf, rects) : null;
      },
      true,
    );
    return this._invokeObject('getItemOrNullObject', [id], child, 'ExcelApi 1.14');
  }

  clearAll(): void {
    this._invoke<unknown>(
      'clearAll',
      [],
      (target) => {
        const { sheet, rects: scope } = scopeOf(target);
        assertEditable(sheet, 'formatCells');
        const keep = sheet.conditionalFormats.filter((cf) => {
          const rects = cf.rects.flatMap((r) =>
            scope.reduce<Rect[]>((left, s) => left.flatMap((x) => subtract(x, s)), [r]),
          );
          if (rects.length > 0 && rects.length !== cf.rects.length) mutate(sheet, cf, 'rects', rects);
          return rects.length > 0;
        });
        sheet.set('conditionalFormats', keep);
      },
      CF_API,
    );
  }
}
defineMeta(ConditionalFormatCollection, { type: 'ConditionalFormatCollection', props: {} });

export class ConditionalFormat extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver, nullable = false) {
    super(context, path, resolver, nullable);
  }

  getRange(): Range {
    return new Range(this.context, `${this._path}.getRange()`, (ex) => {
      const { sheet, cf } = this._live<CfRef>(ex);
      if (cf.rects.length !== 1)
        throw unsupported('ConditionalFormat.getRange on a multi-area format (use getRanges)');
      return { sheet, rect: cf.rects[0] };
    });
  }

  /** The areas the format applies to (ExcelApi 1.9). */
  getRanges(): RangeAreas {
    return new RangeAreas(this.context, `${this._path}.getRanges()`, (ex) => {
      ex.requires(AREAS_API);
      const { sheet, cf } = this._live<CfRef>(ex);
      return { sheet, rects: cf.rects.map((r) => ({ ...r })) };
    });
  }

  delete(): void {
    this._invoke<CfRef>('delete', [], ({ sheet, cf }) => {
      assertEditable(sheet, 'formatCells');
      sheet.set(
        'conditionalFormats',
        sheet.conditionalFormats.filter((c) => c !== cf),
      );
    });
  }
}
defineMeta<CfRef>(ConditionalFormat, {
  type: 'ConditionalFormat',
  props: {
    id: { get: ({ sheet, cf, scope }) => String(cfsIn(sheet, scope).indexOf(cf)) },
    type: { get: ({ cf }) => cf.type },
    priority: {
      get: ({ cf }) => cf.priority,
      set: ({ sheet, cf }, v) => {
        if (typeof v !== 'number' || v < 0) throw hostError('InvalidArgument');
        mutate(sheet, cf, 'priority', v);
      },
    },
    stopIfTrue: {
      get: ({ cf }) => cf.stopIfTrue,
      set: ({ sheet, cf }, v) => {
        if (typeof v !== 'boolean') throw hostError('InvalidArgument');
        mutate(sheet, cf, 'stopIfTrue', v);
      },
    },
  },
  navs: {
    custom: (self) =>
      new CustomConditionalFormat(self.context, `${self._path}.custom`, (ex) => self._target(ex)),
    customOrNullObject: (self) =>
      new CustomConditionalFormat(
        self.context,
        `${self._path}.customOrNullObject`,
        (ex) => {
          const ref = self._target(ex) as CfRef | null;
          return ref && ref.cf.type === 'Custom' ? ref : null;
        },
        true,
      ),
  },
});

class CustomConditionalFormat extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver, nullable = false) {
    super(context, path, resolver, nullable);
  }
}
defineMeta<CfRef>(CustomConditionalFormat, {
  type: 'CustomConditionalFormat',
  props: {},
  navs: {
    rule: (self) => new ConditionalFormatRule(self.context, `${self._path}.rule`, (ex) => self._target(ex)),
    format: (self) =>
      new ConditionalRangeFormat(self.context, `${self._path}.format`, (ex) => self._target(ex)),
  },
});

class ConditionalFormatRule extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
const formulaProp = {
  get: ({ cf }: CfRef) => cf.formula,
  set: ({ sheet, cf }: CfRef, v: unknown) => {
    if (typeof v !== 'string') throw hostError('InvalidArgument');
    assertEditable(sheet, 'formatCells');
    mutate(sheet, cf, 'formula', v);
  },
};
defineMeta<CfRef>(ConditionalFormatRule, {
  type: 'ConditionalFormatRule',
  props: { formula: formulaProp, formulaLocal: formulaProp },
});

class ConditionalRangeFormat extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
defineMeta<CfRef>(ConditionalRangeFormat, {
  type: 'ConditionalRangeFormat',
  props: {},
  navs: {
    fill: (self) => new ConditionalRangeFill(self.context, `${self._path}.fill`, (ex) => self._target(ex)),
    font: (self) => new ConditionalRangeFont(self.context, `${self._path}.font`, (ex) => self._target(ex)),
  },
});

function cfField<K extends 'fill' | 'fontColor' | 'bold' | 'italic'>(
  key: K,
  check: (v: unknown) => ConditionalFormatModel[K],
) {
  return {
    get: ({ cf }: CfRef) => cf[key] ?? null,
    set: ({ sheet, cf }: CfRef, v: unknown) => {
      assertEditable(sheet, 'formatCells');
      mutate(sheet, cf, key, check(v));
    },
  };
}

class ConditionalRangeFill extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  clear(): void {
    this._invoke<CfRef>('clear', [], ({ sheet, cf }) => mutate(sheet, cf, 'fill', undefined));
  }
}
defineMeta<CfRef>(ConditionalRangeFill, {
  type: 'ConditionalRangeFill',
  props: { color: cfField('fill', normalizeColor) },
});

const boolean = (v: unknown): boolean => {
  if (typeof v !== 'boolean') throw hostError('InvalidArgument');
  return v;
};

class ConditionalRangeFont extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
defineMeta<CfRef>(ConditionalRangeFont, {
  type: 'ConditionalRangeFont',
  props: {
    color: cfField('fontColor', normalizeColor),
    bold: cfField('bold', boolean),
    italic: cfField('italic', boolean),
  },
});
