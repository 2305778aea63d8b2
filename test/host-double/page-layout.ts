/**
 * `Excel.PageLayout` (ExcelApi 1.9): orientation, paper size, zoom / fit to pages, print area,
 * print title rows, headers and footers (`headersFooters.defaultForAllPages`), and
 * `Worksheet.horizontalPageBreaks` (`add`). Stored on the sheet model as Excel stores them:
 * addresses as A1 text, header and footer as their format-code text (`&P`, `&N`, `&&`).
 * Margins, centring, print order and the other page-setup members are not modelled (they throw).
 */
import { formatRect, type Rect } from './address';
import { hostError, unsupported } from './errors';
import { PRINT_PARTS as PARTS, type PrintModel, type SheetModel } from './model';
import { ClientCollection, ClientObject, Exec, Meta, RequestContext, Resolver, defineMeta } from './proxy';
import { Range, RangeRef, rangeOn } from './range';

const PAPERS = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
];

function printOf(sheet: SheetModel): PrintModel {
  return sheet.print;
}

/** Writes one field of the print model, journaled like every other sheet change. */
function setPrint<K extends keyof PrintModel>(sheet: SheetModel, field: K, value: PrintModel[K]): void {
  sheet.set('print', { ...sheet.print, [field]: value });
}

function rectOf(sheet: SheetModel, range: Range | string, ex: Exec): Rect {
  const ref = range instanceof Range ? range._live<RangeRef>(ex) : rangeOn(sheet, range);
  if (ref.sheet !== sheet) throw hostError('InvalidArgument');
  return ref.rect;
}

const pageLayoutMeta: Meta<SheetModel> = {
  type: 'PageLayout',
  props: {
    orientation: {
      api: 'ExcelApi 1.9',
      get: (s) => printOf(s).orientation,
      set: (s, v) => {
        if (v !== 'Portrait' && v !== 'Landscape') throw hostError('InvalidArgument');
        setPrint(s, 'orientation', v);
      },
    },
    paperSize: {
      api: 'ExcelApi 1.9',
      get: (s) => printOf(s).paperSize,
      set: (s, v) => {
        if (typeof v !== 'string') throw hostError('InvalidArgument');
        // Envelopes, fanfold and the other paper types are not modelled.
        if (!PAPERS.includes(v)) throw unsupported(`PageLayout.paperSize = ${v}`);
        setPrint(s, 'paperSize', v);
      },
    },
    zoom: {
      api: 'ExcelApi 1.9',
      get: (s) => ({ ...printOf(s).zoom }),
      set: (s, v) => {
        const z = v as PrintModel['zoom'] | null;
        if (!z || typeof z !== 'object') throw hostError('InvalidArgument');
        const pages = (n: unknown) =>
          n === undefined || n === null || (Number.isInteger(n) && (n as number) >= 0);
        if (!pages(z.horizontalFitToPages) || !pages(z.verticalFitToPages))
          throw hostError('InvalidArgument');
        if (
          z.scale !== undefined &&
          z.scale !== null &&
          (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400)
        )
          throw hostError('InvalidArgument');
        // A scale and fit-to-pages exclude each other: setting one clears the other, as in Excel.
        const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
        setPrint(
          s,
          'zoom',
          fit
            ? {
                horizontalFitToPages: z.horizontalFitToPages ?? null,
                verticalFitToPages: z.verticalFitToPages ?? null,
              }
            : { scale: z.scale ?? 100 },
        );
      },
    },
  },
  navs: {
    headersFooters: (self) =>
      new HeaderFooterGroup(self.context, `${self._path}.headersFooters`, (ex) => self._target(ex)),
  },
};

export class PageLayout extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  setPrintArea(printArea: Range | string): void {
    this._invoke<SheetModel>(
      'setPrintArea',
      [printArea],
      (sheet, ex) => setPrint(sheet, 'printArea', formatRect(rectOf(sheet, printArea, ex))),
      'ExcelApi 1.9',
    );
  }

  setPrintTitleRows(printTitleRows: Range | string): void {
    this._invoke<SheetModel>(
      'setPrintTitleRows',
      [printTitleRows],
      (sheet, ex) => {
        const r = rectOf(sheet, printTitleRows, ex);
        setPrint(sheet, 'printTitleRows', `$${r.row + 1}:$${r.row + r.rows}`);
      },
      'ExcelApi 1.9',
    );
  }
}
defineMeta(PageLayout, pageLayoutMeta);

class HeaderFooterGroup extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
defineMeta<SheetModel>(HeaderFooterGroup, {
  type: 'HeaderFooterGroup',
  props: {},
  navs: {
    defaultForAllPages: (self) =>
      new HeaderFooter(self.context, `${self._path}.defaultForAllPages`, (ex) => self._target(ex)),
  },
});

class HeaderFooter extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
defineMeta<SheetModel>(HeaderFooter, {
  type: 'HeaderFooter',
  props: Object.fromEntries(
    PARTS.map((part) => [
      part,
      {
        api: 'ExcelApi 1.9',
        get: (s: SheetModel) => printOf(s).headerFooter[part],
        set: (s: SheetModel, v: unknown) => {
          if (typeof v !== 'string') throw hostError('InvalidArgument');
          setPrint(s, 'headerFooter', { ...printOf(s).headerFooter, [part]: v });
        },
      },
    ]),
  ),
});

/** `Worksheet.horizontalPageBreaks`: `add` a break above a range's first row. */
export class PageBreakCollection extends ClientCollection {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  _itemTargets(): unknown[] {
    return [];
  }

  _makeItem(): ClientObject {
    throw hostError('InvalidOperation');
  }

  /** Returns nothing: the `PageBreak` object Excel returns is not modelled. */
  add(pageBreakRange: Range | string): void {
    this._invoke<SheetModel>(
      'add',
      [pageBreakRange],
      (sheet, ex) => {
        const r = rectOf(sheet, pageBreakRange, ex);
        const breaks = printOf(sheet).rowBreaks;
        if (!breaks.includes(r.row))
          setPrint(
            sheet,
            'rowBreaks',
            [...breaks, r.row].sort((a, b) => a - b),
          );
      },
      'ExcelApi 1.9',
    );
  }
}
defineMeta<SheetModel>(PageBreakCollection, { type: 'PageBreakCollection', props: {} });
