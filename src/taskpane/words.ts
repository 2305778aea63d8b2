/**
 * The register's vocabulary in the pane's language: states, types, field names, lists. The
 * register's own words (its status column's "Fertig") are shown as they are; these are the
 * add-in's names for the canonical keys.
 */
import type { ActionType, FieldKey, Finding, State } from '../core';
import type { PaneKey, PaneTranslator } from '../core/i18n';

/** The canonical state in words ("In progress", "In Bearbeitung"); `unknown` for none. */
export function stateName(t: PaneTranslator, state: State | undefined): string {
  return state ? t.t(`state.${state}` as PaneKey) : t.t('common.unknown');
}

export function typeName(t: PaneTranslator, type: ActionType): string {
  return t.t(`type.${type}` as PaneKey);
}

/** A field's name; the key itself for a field this pane has no name for. */
export function fieldName(t: PaneTranslator, field: FieldKey | string): string {
  const name = t.t(`field.${field}` as PaneKey);
  return name === `field.${field}` ? field : name;
}

/** "a, b and c" as the language writes a list. */
export function listOf(t: PaneTranslator, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The action's name in messages: its id, or its row when it has none. */
export function actionLabel(t: PaneTranslator, action: { id: string; row: number }): string {
  return action.id || t.t('common.row', { row: String(action.row) });
}

/** Where a finding points, in words: "Cell E5", "Row 3", "Column F" or "Whole register". */
export function placeOf(t: PaneTranslator, f: Pick<Finding, 'row' | 'column'>): string {
  if (f.row === null) return f.column ? t.t('place.column', { column: f.column }) : t.t('place.register');
  return f.column
    ? t.t('place.cell', { cell: `${f.column}${f.row}` })
    : t.t('place.row', { row: String(f.row) });
}

/** A clock time ("14:05") as the language writes it. */
export function timeOf(t: PaneTranslator, date: Date): string {
  return new Intl.DateTimeFormat(t.locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A timestamp with date and time, in the reader's time zone; the text itself when not a date. */
export function dateTimeOf(t: PaneTranslator, timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
