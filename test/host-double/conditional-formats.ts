/** `Range.conditionalFormats`: custom-formula rules with fill and font, stored per sheet. */
import { Rect, intersect, subtract } from './address';
import { assertEditable, mutate } from './cells';
import { hostError, unsupported } from './errors';
import { normalizeColor } from './format';
import type { ConditionalFormatModel, SheetModel } from './model';
import { ClientCollection, ClientObject, ClientResult, RequestContext, Resolver, defineMeta } from './proxy';
import { Range, RangeRef } from './range';

const CF_API = 'ExcelApi 1.6';

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
  alive(): boolean;
}

function cfRef(sheet: SheetModel, cf: ConditionalFormatModel): CfRef {
  return { sheet, cf, alive: () => sheet.alive() && sheet.conditionalFormats.includes(cf) };
}

function cfsIn(sheet: SheetModel, rect: Rect): ConditionalFormatModel[] {
  return [...sheet.conditionalFormats]
    .filter((cf) => cf.rects.some((r) => intersect(r, rect)))
    .sort((a, b) => a.priority - b.priority);
}

export class ConditionalFormatCollection extends ClientCollection {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  _itemTargets(target: unknown): unknown[] {
    const { sheet, rect } = target as RangeRef;
    return cfsIn(sheet, rect).map((cf) => cfRef(sheet, cf));
  }

  _makeItem(target: unknown): ClientObject {
    const t = target as CfRef | undefined;
    return new ConditionalFormat(
      this.context,
      `${this._path}.getItem(${JSON.stringify(t?.cf.id ?? '')})`,
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
    this._invoke<RangeRef>(
      'add',
      [type],
      ({ sheet, rect }, ex) => {
        assertEditable(sheet, 'formatCells');
        const cf: ConditionalFormatModel = {
          id: String(ex.model.nextId('cf')),
          rects: [rect],
          type: 'Custom',
          formula: '',
          stopIfTrue: false,
          priority: 0,
        };
        for (const other of sheet.conditionalFormats) mutate(sheet, other, 'priority', other.priority + 1);
        sheet.set('conditionalFormats', [...sheet.conditionalFormats, cf]);
        created = cfRef(sheet, cf);
        child._target(ex);
      },
      CF_API,
    );
    return child;
  }

  getCount(): ClientResult<number> {
    return this._invokeResult<RangeRef, number>(
      'getCount',
      [],
      ({ sheet, rect }) => cfsIn(sheet, rect).length,
      CF_API,
    );
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItemAt(${index})`, (ex) => {
      const { sheet, rect } = this._live<RangeRef>(ex);
      const cf = cfsIn(sheet, rect)[index];
      if (!cf) throw hostError('ItemNotFound');
      return cfRef(sheet, cf);
    });
  }

  clearAll(): void {
    this._invoke<RangeRef>(
      'clearAll',
      [],
      ({ sheet, rect }) => {
        assertEditable(sheet, 'formatCells');
        const keep = sheet.conditionalFormats.filter((cf) => {
          const rects = cf.rects.flatMap((r) => subtract(r, rect));
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
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  getRange(): Range {
    return new Range(this.context, `${this._path}.getRange()`, (ex) => {
      const { sheet, cf } = this._live<CfRef>(ex);
      if (cf.rects.length !== 1)
        throw unsupported('ConditionalFormat.getRange on a multi-area format (use getRanges)');
      return { sheet, rect: cf.rects[0] };
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
    id: { get: ({ cf }) => cf.id },
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
  },
});

class CustomConditionalFormat extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
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
