/** `Excel.RangeFormat`, `RangeFont`, `RangeFill`: effective formatting, `null` when mixed. */
import { MAX_ROWS, Rect } from './address';
import { assertEditable, autofitColumns, columnWidth, setStyle, uniformStyle } from './cells';
import { hostError } from './errors';
import { DEFAULT_ROW_HEIGHT, SheetModel, Style, StyleKey } from './model';
import { ClientObject, Meta, RequestContext, Resolver, defineMeta } from './proxy';
import type { RangeRef } from './range';

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  maroon: '#800000',
  navy: '#000080',
  teal: '#008080',
  olive: '#808000',
  pink: '#FFC0CB',
  lightgreen: '#90EE90',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  lightblue: '#ADD8E6',
  lightyellow: '#FFFFE0',
  darkred: '#8B0000',
  darkgreen: '#006400',
  darkblue: '#00008B',
  gold: '#FFD700',
};

/** Excel's colour input: `#RRGGBB`, `#RGB` or an HTML colour name; returned as `#RRGGBB`. */
export function normalizeColor(value: unknown): string {
  if (typeof value !== 'string') throw hostError('InvalidArgument');
  const v = value.trim();
  const named = NAMED_COLORS[v.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toUpperCase();
  throw hostError('InvalidArgument');
}

function styleProp<K extends StyleKey>(
  key: K,
  check: (v: unknown) => Style[K],
  read: (v: Required<Style>[K]) => unknown = (v) => v,
): { get: (r: RangeRef) => unknown; set: (r: RangeRef, v: unknown) => void } {
  return {
    get: (r) => {
      const v = uniformStyle(r.sheet, r.rect, key);
      return v === null ? null : read(v);
    },
    set: (r, v) => {
      assertEditable(r.sheet, 'formatCells');
      setStyle(r.sheet, r.rect, key, check(v));
    },
  };
}

const bool = (v: unknown): boolean => {
  if (typeof v !== 'boolean') throw hostError('InvalidArgument');
  return v;
};
const oneOf =
  (options: string[]) =>
  (v: unknown): string => {
    if (typeof v !== 'string' || !options.includes(v)) throw hostError('InvalidArgument');
    return v;
  };

function lines(count: number, start: number, fn: (i: number) => number): Set<number> {
  const seen = new Set<number>();
  for (let i = start; i < start + count; i++) seen.add(fn(i));
  return seen;
}

function setWidths(sheet: SheetModel, rect: Rect, v: unknown): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw hostError('InvalidArgument');
  assertEditable(sheet, 'formatColumns');
  for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.setMapEntry(sheet.colWidths, c, v);
}

const formatMeta: Meta<RangeRef> = {
  type: 'RangeFormat',
  props: {
    columnWidth: {
      get: ({ sheet, rect }) => {
        const seen = lines(rect.cols, rect.col, (c) => columnWidth(sheet, c));
        return seen.size === 1 ? [...seen][0] : null;
      },
      set: (r, v) => setWidths(r.sheet, r.rect, v),
    },
    rowHeight: {
      get: ({ sheet, rect }) => {
        if (rect.rows === MAX_ROWS) return sheet.rowHeights.size === 0 ? DEFAULT_ROW_HEIGHT : null;
        const seen = lines(rect.rows, rect.row, (r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        return seen.size === 1 ? [...seen][0] : null;
      },
      set: ({ sheet, rect }, v) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw hostError('InvalidArgument');
        assertEditable(sheet, 'formatRows');
        for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.setMapEntry(sheet.rowHeights, r, v);
      },
    },
    wrapText: styleProp('wrap', bool),
    horizontalAlignment: styleProp(
      'hAlign',
      oneOf([
        'General',
        'Left',
        'Center',
        'Right',
        'Fill',
        'Justify',
        'CenterAcrossSelection',
        'Distributed',
      ]),
    ),
    verticalAlignment: styleProp('vAlign', oneOf(['Top', 'Center', 'Bottom', 'Justify', 'Distributed'])),
  },
  navs: {
    font: (self) => new RangeFont(self.context, `${self._path}.font`, (ex) => self._target(ex)),
    fill: (self) => new RangeFill(self.context, `${self._path}.fill`, (ex) => self._target(ex)),
  },
};

export class RangeFormat extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  autofitColumns(): void {
    this._invoke<RangeRef>(
      'autofitColumns',
      [],
      (r) => {
        assertEditable(r.sheet, 'formatColumns');
        autofitColumns(r.sheet, r.rect);
      },
      'ExcelApi 1.2',
    );
  }

  autofitRows(): void {
    this._invoke<RangeRef>('autofitRows', [], (r) => assertEditable(r.sheet, 'formatRows'), 'ExcelApi 1.2');
  }
}
defineMeta(RangeFormat, formatMeta);

const fontMeta: Meta<RangeRef> = {
  type: 'RangeFont',
  props: {
    bold: styleProp('bold', bool),
    italic: styleProp('italic', bool),
    strikethrough: styleProp('strike', bool),
    underline: styleProp(
      'underline',
      oneOf(['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant']),
    ),
    color: styleProp('fontColor', normalizeColor),
    size: styleProp('fontSize', (v) => {
      if (typeof v !== 'number' || v < 1 || v > 409) throw hostError('InvalidArgument');
      return v;
    }),
    name: styleProp('fontName', (v) => {
      if (typeof v !== 'string' || v === '') throw hostError('InvalidArgument');
      return v;
    }),
  },
};

export class RangeFont extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
defineMeta(RangeFont, fontMeta);

const fillMeta: Meta<RangeRef> = {
  type: 'RangeFill',
  // No fill reads as white, as Excel reports it.
  props: { color: styleProp('fill', normalizeColor, (v) => (v === '' ? '#FFFFFF' : v)) },
};

export class RangeFill extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  clear(): void {
    this._invoke<RangeRef>('clear', [], (r) => {
      assertEditable(r.sheet, 'formatCells');
      setStyle(r.sheet, r.rect, 'fill', undefined);
    });
  }
}
defineMeta(RangeFill, fillMeta);
