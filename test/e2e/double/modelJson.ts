/**
 * The double's workbook model as JSON and back, so a workbook read in Node (`workbookFromXlsx`)
 * can seed the double inside a browser page, and a page's workbook can come back to Node.
 *
 * Generic on purpose: every own field of the workbook and of each sheet is copied (Maps as
 * entry lists), so fields the double gains later travel without changes here. Sheet ids and the
 * model's id counters are kept, so charts, tables, the selection and new sheets stay consistent.
 * No Node imports: this file is bundled for the browser too.
 */
import { WorkbookModel } from '../../host-double';

/** Plain JSON value; a Map is `{ "$map": [[key, value], …] }`. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface WorkbookJson {
  format: 'host-double-workbook@1';
  workbook: Record<string, Json>;
  sheets: Record<string, Json>[];
}

/** Fields that point back at the workbook or are batch-only state (undo journal). */
const SKIP_WORKBOOK = new Set(['sheets', 'undo', 'cellJournal']);
const SKIP_SHEET = new Set(['workbook']);

function toJson(value: unknown): Json {
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [toJson(k), toJson(v)]) };
  if (Array.isArray(value)) return value.map(toJson);
  if (value === undefined) return null;
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value))
      if (v !== undefined && typeof v !== 'function') out[k] = toJson(v);
    return out;
  }
  return value as Json;
}

function isMapJson(value: Json): value is { $map: [Json, Json][] } {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Array.isArray(value.$map);
}

function fromJson(value: Json): unknown {
  if (isMapJson(value)) return new Map(value.$map.map(([k, v]) => [fromJson(k), fromJson(v)]));
  if (Array.isArray(value)) return value.map(fromJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromJson(v);
    return out;
  }
  return value;
}

function ownFields(target: object, skip: Set<string>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(target)) {
    if (skip.has(k) || typeof v === 'function' || v === undefined) continue;
    out[k] = toJson(v);
  }
  return out;
}

/** Copies JSON fields onto a live object, refilling its Maps in place (they are readonly fields). */
function assignFields(target: object, fields: Record<string, Json>): void {
  const live = target as Record<string, unknown>;
  for (const [k, json] of Object.entries(fields)) {
    const value = fromJson(json);
    const current = live[k];
    if (current instanceof Map && value instanceof Map) {
      current.clear();
      for (const [mk, mv] of value) current.set(mk, mv);
    } else {
      live[k] = value;
    }
  }
}

/**
 * The workbook model as JSON.
 *
 * @example JSON.stringify(serializeWorkbook(await workbookFromXlsx('examples/sample-register.xlsx')))
 */
export function serializeWorkbook(wb: WorkbookModel): WorkbookJson {
  return {
    format: 'host-double-workbook@1',
    workbook: ownFields(wb, SKIP_WORKBOOK),
    sheets: wb.sheets.map((s) => ownFields(s, SKIP_SHEET)),
  };
}

/** A live workbook model from {@link serializeWorkbook}'s JSON (or its text). */
export function deserializeWorkbook(input: WorkbookJson | string): WorkbookModel {
  const json = typeof input === 'string' ? (JSON.parse(input) as WorkbookJson) : input;
  if (json?.format !== 'host-double-workbook@1') throw new Error('not a host-double workbook JSON');
  const wb = new WorkbookModel();
  for (const fields of json.sheets) {
    const sheet = wb.addSheet(String(fields.name), (fields.visibility ?? 'Visible') as 'Visible');
    assignFields(sheet, fields);
  }
  // Last: restores the id counters, the active sheet and selection over what addSheet set.
  assignFields(wb, json.workbook);
  return wb;
}
