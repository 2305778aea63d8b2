/** `Range.dataValidation`: list and custom-formula rules, stored per rectangle. */
import { Rect, contains, intersect, quoteSheet, subtract } from './address';
import { assertEditable } from './cells';
import { hostError, unsupported } from './errors';
import type { DataValidationRule, SheetModel, ValidationModel } from './model';
import { ClientObject, Exec, Meta, RequestContext, Resolver, defineMeta } from './proxy';
import { Range, RangeRef } from './range';

const DV_API = 'ExcelApi 1.8';
const LIST_SOURCE_LIMIT = 255;
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];

/** `errorAlert`: known keys with the right types; `style` one of `Excel.DataValidationAlertStyle`. */
function checkAlert(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object') throw hostError('InvalidArgument');
  const v = value as Record<string, unknown>;
  for (const [k, x] of Object.entries(v)) {
    const ok =
      k === 'showAlert'
        ? typeof x === 'boolean'
        : k === 'style'
          ? typeof x === 'string' && ALERT_STYLES.includes(x)
          : (k === 'title' || k === 'message') && typeof x === 'string';
    if (!ok) throw hostError('InvalidArgument');
  }
  return { ...v };
}

function absolute(ref: RangeRef): string {
  const { rect } = ref;
  const a = (row: number, col: number) => {
    let n = col + 1;
    let letters = '';
    while (n > 0) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      n = Math.floor((n - 1) / 26);
    }
    return `$${letters}$${row + 1}`;
  };
  const end = rect.rows * rect.cols > 1 ? `:${a(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}` : '';
  return `=${quoteSheet(ref.sheet.name)}!${a(rect.row, rect.col)}${end}`;
}

function checkRule(value: unknown, ex: Exec): DataValidationRule {
  if (!value || typeof value !== 'object') throw hostError('InvalidArgument');
  const keys = Object.keys(value);
  if (keys.length !== 1) throw hostError('InvalidArgument');
  const v = value as Record<string, Record<string, unknown>>;
  if (v.list) {
    const source = v.list.source;
    let text: string;
    if (source instanceof Range) text = absolute(source._live<RangeRef>(ex));
    else if (typeof source === 'string' && source !== '') text = source;
    else throw hostError('InvalidArgument');
    // Excel keeps at most 255 characters of a list typed into the rule (its own limit); a longer
    // list cannot be stored, so the double refuses it rather than keep what Excel could not.
    if (!text.startsWith('=') && text.length > LIST_SOURCE_LIMIT) throw hostError('InvalidArgument');
    return { list: { inCellDropDown: v.list.inCellDropDown !== false, source: text } };
  }
  if (v.custom) {
    if (typeof v.custom.formula !== 'string') throw hostError('InvalidArgument');
    return { custom: { formula: v.custom.formula } };
  }
  throw unsupported(`DataValidationRule.${keys[0]}`);
}

function validationsIn(sheet: SheetModel, rect: Rect): ValidationModel[] {
  return sheet.validations.filter((v) => intersect(v.rect, rect));
}

/** The single validation covering all of `rect`, `undefined` when none, `null` when mixed. */
function covering(sheet: SheetModel, rect: Rect): ValidationModel | undefined | null {
  const found = validationsIn(sheet, rect);
  if (found.length === 0) return undefined;
  if (found.length === 1 && contains(found[0].rect, rect)) return found[0];
  const rules = new Set(found.map((v) => JSON.stringify(v.rule)));
  const area = found.reduce(
    (n, v) => n + (intersect(v.rect, rect)?.rows ?? 0) * (intersect(v.rect, rect)?.cols ?? 0),
    0,
  );
  return rules.size === 1 && area === rect.rows * rect.cols ? found[0] : null;
}

function removeValidation(sheet: SheetModel, rect: Rect): void {
  const next = sheet.validations.flatMap((v) => subtract(v.rect, rect).map((r) => ({ ...v, rect: r })));
  sheet.set('validations', next);
}

function updateValidations(sheet: SheetModel, rect: Rect, patch: Partial<ValidationModel>): void {
  const inside = validationsIn(sheet, rect);
  if (inside.length === 0) throw hostError('InvalidOperation');
  sheet.set(
    'validations',
    sheet.validations.map((v) => (inside.includes(v) ? { ...v, ...patch } : v)),
  );
}

const ALERT_DEFAULT = { message: '', showAlert: true, style: 'Stop', title: '' };
const PROMPT_DEFAULT = { message: '', showPrompt: false, title: '' };

const dvMeta: Meta<RangeRef> = {
  type: 'DataValidation',
  props: {
    rule: {
      api: DV_API,
      get: ({ sheet, rect }) => {
        const v = covering(sheet, rect);
        if (v === undefined) return {};
        return v === null ? null : JSON.parse(JSON.stringify(v.rule));
      },
      set: ({ sheet, rect }, value, ex) => {
        assertEditable(sheet, 'contents');
        const rule = checkRule(value, ex);
        removeValidation(sheet, rect);
        sheet.set('validations', [...sheet.validations, { rect, rule, ignoreBlanks: true }]);
      },
    },
    type: {
      api: DV_API,
      get: ({ sheet, rect }) => {
        const v = covering(sheet, rect);
        if (v === undefined) return 'None';
        if (v === null) return 'Inconsistent';
        return v.rule.list ? 'List' : 'Custom';
      },
    },
    ignoreBlanks: {
      api: DV_API,
      get: ({ sheet, rect }) => covering(sheet, rect)?.ignoreBlanks ?? true,
      set: ({ sheet, rect }, value) => {
        if (typeof value !== 'boolean') throw hostError('InvalidArgument');
        assertEditable(sheet, 'contents');
        updateValidations(sheet, rect, { ignoreBlanks: value });
      },
    },
    errorAlert: {
      api: DV_API,
      get: ({ sheet, rect }) => ({ ...ALERT_DEFAULT, ...(covering(sheet, rect)?.errorAlert ?? {}) }),
      set: ({ sheet, rect }, value) => {
        const alert = checkAlert(value);
        assertEditable(sheet, 'contents');
        updateValidations(sheet, rect, { errorAlert: alert });
      },
    },
    prompt: {
      api: DV_API,
      get: ({ sheet, rect }) => ({ ...PROMPT_DEFAULT, ...(covering(sheet, rect)?.prompt ?? {}) }),
      set: ({ sheet, rect }, value) => {
        if (!value || typeof value !== 'object') throw hostError('InvalidArgument');
        assertEditable(sheet, 'contents');
        updateValidations(sheet, rect, { prompt: value as Record<string, unknown> });
      },
    },
  },
};

export class DataValidation extends ClientObject {
  constructor(context: RequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  clear(): void {
    this._invoke<RangeRef>(
      'clear',
      [],
      ({ sheet, rect }) => {
        assertEditable(sheet, 'contents');
        removeValidation(sheet, rect);
      },
      DV_API,
    );
  }
}
defineMeta(DataValidation, dvMeta);
