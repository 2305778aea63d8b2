/**
 * `Excel.RangeAreas` (ExcelApi 1.9): one or more rectangles on one sheet, from
 * `Worksheet.getRanges(address)` or `ConditionalFormat.getRanges()`. Modelled: address, counts,
 * `areas`, `conditionalFormats` (one format over every area), `format.fill` / `format.font`,
 * `worksheet`. Reads follow Excel's rule for areas: a value common to every area, else `null`
 * (booleans: true only when true everywhere). Anything else throws "not supported".
 */
import {
  MAX_COLS,
  MAX_ROWS,
  Rect,
  fullAddress,
  fullAreasAddress,
  isWholeColumns,
  isWholeRows,
  parseAreas,
} from './address';
import { assertEditable, setStyle, uniformStyle } from './cells';
import { hostError } from './errors';
import { normalizeColor } from './format';
import type { SheetModel, Style, StyleKey } from './model';
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  Exec,
  Meta,
  RequestContext,
  Resolver,
  defineMeta,
} from './proxy';
import { Range, RangeRef } from './range';
import { ConditionalFormatCollection } from './conditional-formats';
import { Worksheet } from './worksheet';

export const AREAS_API = 'ExcelApi 1.9';

/** What a `RangeAreas` proxy stands for. */
export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
}

/** Resolves `getRanges(address)` on `sheet` (whole sheet when no address); InvalidArgument otherwise. */
export function areasOn(sheet: SheetModel, address: string | undefined, ex: Exec): AreasRef {
  ex.requires(AREAS_API);
  if (address === undefined || address === '')
    return { sheet, rects: [{ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }] };
  if (typeof address !== 'string') throw hostError('InvalidArgument');
  const parsed = parseAreas(address);
  if (!parsed) throw hostError('InvalidArgument');
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
    throw hostError('InvalidArgument');
  return { sheet, rects: parsed.rects };
}

function cellCount(rects: readonly Rect[]): number {
  const n = rects.reduce((sum, r) => sum + r.rows * r.cols, 0);
  return n > 2 ** 31 - 1 ? -1 : n;
}

const areasMeta: Meta<AreasRef> = {
  type: 'RangeAreas',
  props: {
    address: { api: AREAS_API, get: (a) => fullAreasAddress(a.sheet.name, a.rects) },
    addressLocal: { api: AREAS_API, get: (a) => fullAreasAddress(a.sheet.name, a.rects) },
    areaCount: { api: AREAS_API, get: (a) => a.rects.length },
    cellCount: { api: AREAS_API, get: (a) => cellCount(a.rects) },
    isEntireColumn: { api: AREAS_API, get: (a) => a.rects.every(isWholeColumns) },
    isEntireRow: { api: AREAS_API, get: (a) => a.rects.every(isWholeRows) },
  },
  navs: {
    areas: (self) => new RangeCollection(self.context, `${self._path}.areas`, (ex) => self._target(ex)),
    conditionalFormats: (self) =>
      new ConditionalFormatCollection(self.context, `${self._path}.conditionalFormats`, (ex) =>
        self._target(ex),
      ),
    format: (self) => new RangeAreasFormat(self.context, `${self._path}.format`, (ex) => self._target(ex)),
    worksheet: (self) =>
      new Worksheet(
        self.context,
        `${self._path}.worksheet`,
        (ex) => (self._target(ex) as AreasRef | null)?.sheet ?? null,
      ),
  },
};

export class RangeAreas extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver, nullable = false) {
    super(context, path, resolver, nullable);
  }
}
defineMeta(RangeAreas, areasMeta);

/** `RangeAreas.areas`: the rectangles as `Range` objects, in the order they were given. */
export class RangeCollection extends ClientCollection {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  _itemTargets(target: unknown): unknown[] {
    const { sheet, rects } = target as AreasRef;
    return rects.map((rect): RangeRef => ({ sheet, rect }));
  }

  _makeItem(target: unknown): ClientObject {
    const t = target as RangeRef | undefined;
    const label = t ? fullAddress(t.sheet.name, t.rect) : '';
    return new Range(this.context, `${this._path}.getItem(${JSON.stringify(label)})`, () => t ?? null);
  }

  getItemAt(index: number): Range {
    return new Range(this.context, `${this._path}.getItemAt(${index})`, (ex) => {
      const { sheet, rects } = this._live<AreasRef>(ex);
      const rect = Number.isInteger(index) ? rects[index] : undefined;
      if (!rect) throw hostError('InvalidArgument');
      return { sheet, rect };
    });
  }

  getCount(): ClientResult<number> {
    return this._invokeResult<AreasRef, number>('getCount', [], (a) => a.rects.length, AREAS_API);
  }
}
defineMeta(RangeCollection, { type: 'RangeCollection', props: {} });

/** A style attribute over every area: the common value, or `null` when the areas differ. */
function areasStyle<K extends StyleKey>(
  key: K,
  check: (v: unknown) => Style[K],
  read: (v: Required<Style>[K]) => unknown = (v) => v,
): { get: (a: AreasRef) => unknown; set: (a: AreasRef, v: unknown) => void } {
  return {
    get: ({ sheet, rects }) => {
      const seen = new Set(rects.map((r) => uniformStyle(sheet, r, key)));
      if (seen.size !== 1 || seen.has(null)) return null;
      return read([...seen][0] as Required<Style>[K]);
    },
    set: ({ sheet, rects }, v) => {
      assertEditable(sheet, 'formatCells');
      const value = check(v);
      for (const r of rects) setStyle(sheet, r, key, value);
    },
  };
}

const bool = (v: unknown): boolean => {
  if (typeof v !== 'boolean') throw hostError('InvalidArgument');
  return v;
};

class RangeAreasFormat extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
defineMeta<AreasRef>(RangeAreasFormat, {
  type: 'RangeFormat',
  props: {},
  navs: {
    fill: (self) => new RangeAreasFill(self.context, `${self._path}.fill`, (ex) => self._target(ex)),
    font: (self) => new RangeAreasFont(self.context, `${self._path}.font`, (ex) => self._target(ex)),
  },
});

class RangeAreasFill extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  clear(): void {
    this._invoke<AreasRef>('clear', [], ({ sheet, rects }) => {
      assertEditable(sheet, 'formatCells');
      for (const r of rects) setStyle(sheet, r, 'fill', undefined);
    });
  }
}
defineMeta<AreasRef>(RangeAreasFill, {
  type: 'RangeFill',
  // No fill reads as white, as Excel reports it.
  props: { color: areasStyle('fill', normalizeColor, (v) => (v === '' ? '#FFFFFF' : v)) },
});

class RangeAreasFont extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
defineMeta<AreasRef>(RangeAreasFont, {
  type: 'RangeFont',
  props: {
    color: areasStyle('fontColor', normalizeColor),
    bold: areasStyle('bold', bool),
    italic: areasStyle('italic', bool),
  },
});
