/** `Worksheet.charts`: charts are recorded (type, source, title, position), never drawn. */
import { Rect, fullAddress } from './address';
import { assertEditable, columnWidth, mutate } from './cells';
import { hostError } from './errors';
import { CHART_TYPES } from './enums';
import { ChartModel, DEFAULT_ROW_HEIGHT, SheetModel } from './model';
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  Exec,
  RequestContext,
  Resolver,
  defineMeta,
} from './proxy';
import { Range, RangeRef, rangeOn } from './range';

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
  alive(): boolean;
}

function chartRef(sheet: SheetModel, chart: ChartModel): ChartRef {
  return {
    sheet,
    chart,
    alive: () => sheet.alive() && !chart.deleted && sheet.workbook.charts.includes(chart),
  };
}

function findChart(sheet: SheetModel, name: string): ChartModel | undefined {
  return sheet.charts.find((c) => c.name === name);
}

function rowTop(sheet: SheetModel, row: number): number {
  let top = 0;
  for (let r = 0; r < row; r++) top += sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  return top;
}

function colLeft(sheet: SheetModel, col: number): number {
  let left = 0;
  for (let c = 0; c < col; c++) left += columnWidth(sheet, c);
  return left;
}

function cellRect(sheet: SheetModel, cell: unknown, ex: Exec): Rect {
  if (cell instanceof Range) {
    const ref = cell._live<RangeRef>(ex);
    if (ref.sheet !== sheet) throw hostError('InvalidArgument');
    return ref.rect;
  }
  if (typeof cell !== 'string') throw hostError('InvalidArgument');
  return rangeOn(sheet, cell).rect;
}

export class ChartCollection extends ClientCollection {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  _itemTargets(target: unknown): unknown[] {
    const sheet = target as SheetModel;
    return sheet.charts.map((c) => chartRef(sheet, c));
  }

  _makeItem(target: unknown): ClientObject {
    const t = target as ChartRef | undefined;
    return new Chart(
      this.context,
      `${this._path}.getItem(${JSON.stringify(t?.chart.name ?? '')})`,
      () => t ?? null,
    );
  }

  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    if (!CHART_TYPES.includes(type)) throw hostError('InvalidArgument');
    if (!(sourceData instanceof Range)) throw hostError('InvalidArgument');
    if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw hostError('InvalidArgument');
    let created: ChartRef | null = null;
    const child = new Chart(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => created);
    this._invoke<SheetModel>('add', [type, sourceData, seriesBy], (sheet, ex) => {
      assertEditable(sheet, 'objects');
      const source = sourceData._live<RangeRef>(ex);
      const n = ex.model.nextId('chart');
      const chart: ChartModel = {
        id: `{CHART-${String(n).padStart(4, '0')}}`,
        name: `Chart ${n}`,
        type,
        sheetId: sheet.id,
        source: fullAddress(source.sheet.name, source.rect),
        seriesBy,
        title: '',
        showTitle: false,
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        deleted: false,
      };
      ex.model.replaceList('charts', [...ex.model.charts, chart]);
      created = chartRef(sheet, chart);
      child._target(ex);
    });
    return child;
  }

  getItem(name: string): Chart {
    return new Chart(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, (ex) => {
      const sheet = this._live<SheetModel>(ex);
      const chart = findChart(sheet, name);
      return chart ? chartRef(sheet, chart) : null;
    });
  }

  getItemOrNullObject(name: string): Chart {
    const child = new Chart(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      (ex) => {
        const sheet = this._live<SheetModel>(ex);
        const chart = findChart(sheet, name);
        return chart ? chartRef(sheet, chart) : null;
      },
      true,
    );
    return this._invokeObject('getItemOrNullObject', [name], child);
  }

  getCount(): ClientResult<number> {
    return this._invokeResult<SheetModel, number>('getCount', [], (sheet) => sheet.charts.length);
  }
}
defineMeta(ChartCollection, { type: 'ChartCollection', props: {} });

function numberProp(key: 'top' | 'left' | 'width' | 'height') {
  return {
    get: ({ chart }: ChartRef) => chart[key],
    set: ({ sheet, chart }: ChartRef, v: unknown) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw hostError('InvalidArgument');
      assertEditable(sheet, 'objects');
      mutate(sheet, chart, key, v);
    },
  };
}

export class Chart extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver, nullable = false) {
    super(context, path, resolver, nullable);
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._invoke<ChartRef>('setPosition', [startCell, endCell], ({ sheet, chart }, ex) => {
      assertEditable(sheet, 'objects');
      const start = cellRect(sheet, startCell, ex);
      mutate(sheet, chart, 'top', rowTop(sheet, start.row));
      mutate(sheet, chart, 'left', colLeft(sheet, start.col));
      if (endCell !== undefined) {
        const end = cellRect(sheet, endCell, ex);
        mutate(sheet, chart, 'height', rowTop(sheet, end.row + end.rows) - chart.top);
        mutate(sheet, chart, 'width', colLeft(sheet, end.col + end.cols) - chart.left);
      }
    });
  }

  delete(): void {
    this._invoke<ChartRef>('delete', [], ({ sheet, chart }) => {
      assertEditable(sheet, 'objects');
      mutate(sheet, chart, 'deleted', true);
    });
  }
}
defineMeta<ChartRef>(Chart, {
  type: 'Chart',
  props: {
    name: {
      get: ({ chart }) => chart.name,
      set: ({ sheet, chart }, v) => {
        if (typeof v !== 'string' || v === '') throw hostError('InvalidArgument');
        mutate(sheet, chart, 'name', v);
      },
    },
    id: { get: ({ chart }) => chart.id, api: 'ExcelApi 1.7' },
    chartType: {
      api: 'ExcelApi 1.7',
      get: ({ chart }) => chart.type,
      set: ({ sheet, chart }, v) => {
        if (typeof v !== 'string' || !CHART_TYPES.includes(v)) throw hostError('InvalidArgument');
        mutate(sheet, chart, 'type', v);
      },
    },
    top: numberProp('top'),
    left: numberProp('left'),
    width: numberProp('width'),
    height: numberProp('height'),
  },
  navs: {
    title: (self) => new ChartTitle(self.context, `${self._path}.title`, (ex) => self._target(ex)),
  },
});

class ChartTitle extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }
}
defineMeta<ChartRef>(ChartTitle, {
  type: 'ChartTitle',
  props: {
    text: {
      get: ({ chart }) => chart.title,
      set: ({ sheet, chart }, v) => {
        if (typeof v !== 'string') throw hostError('InvalidArgument');
        mutate(sheet, chart, 'title', v);
        mutate(sheet, chart, 'showTitle', v !== '');
      },
    },
    visible: {
      get: ({ chart }) => chart.showTitle,
      set: ({ sheet, chart }, v) => {
        if (typeof v !== 'boolean') throw hostError('InvalidArgument');
        mutate(sheet, chart, 'showTitle', v);
      },
    },
  },
});
