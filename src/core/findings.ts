import type { CoreKey, CoreTranslator } from './i18n/catalog';
import type { MessageValues } from './i18n/format';
import { isoFromDay } from './dates';
import type { FieldKey } from './model';

export type Severity = 'error' | 'warning' | 'info';

/** One validation finding (DESIGN.md §4). `row` is the sheet row; `column` the column letter. */
export interface Finding {
  code: string;
  severity: Severity;
  /** 1-based sheet row, or null for findings about the whole register. */
  row: number | null;
  /** Column letter, or '' when not tied to a column. */
  column: string;
  /** Canonical field, or '' when not tied to a field. */
  field: FieldKey | '';
  /** The action id of the row ('' when blank or not tied to a row). */
  id: string;
  /** What is wrong and how to fix it, in English (the command line's JSON and every log keep it). */
  message: string;
  /**
   * The message's catalogue key and its values, so the finding can be said in the user's
   * language ({@link findingMessage}); absent on findings that have no catalogue message yet.
   * `{label}` and `{field}` are not stored: they follow from `id`, `row` and `field`.
   */
  key?: CoreKey;
  values?: MessageValues;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts per severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  // Three counters and an indexed loop: no keyed store by the severity's name per finding.
  let error = 0;
  let warning = 0;
  let info = 0;
  for (let i = 0; i < findings.length; i++) {
    const severity = findings[i].severity;
    if (severity === 'error') error++;
    else if (severity === 'warning') warning++;
    else if (severity === 'info') info++;
  }
  return { error, warning, info };
}

/**
 * Stable order: by row (register-level findings first), then column, then severity, then code.
 * In place. Rows are bucketed (a stable counting pass), then each row's few findings are ordered
 * by the rest: the order a stable sort by the whole comparison gives, without its 1.2 million
 * comparisons for 73,000 findings.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const n = findings.length;
  // Each finding's row read once (findings of different rules have different shapes).
  const rows = new Int32Array(n);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const row = findings[i].row ?? 0;
    // Not a sheet row (or rows far apart for this many findings): one sort by the whole comparison.
    if (!Number.isInteger(row) || row < 0 || row > 4 * n + 65_536) return findings.sort(compareFindings);
    rows[i] = row;
    if (row > top) top = row;
  }
  const starts = new Int32Array(top + 2);
  for (let i = 0; i < n; i++) starts[rows[i] + 1]++;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
  const next = starts.slice(0, top + 1);
  const byRow: Finding[] = new Array<Finding>(n);
  for (let i = 0; i < n; i++) byRow[next[rows[i]]++] = findings[i];
  for (let r = 0; r <= top; r++) {
    const from = starts[r];
    const to = starts[r + 1];
    if (to - from < 2) continue;
    if (to - from > 32) {
      const part = byRow.slice(from, to).sort(compareInRow);
      for (let i = from; i < to; i++) byRow[i] = part[i - from];
      continue;
    }
    // Insertion (stable) for the usual handful of findings on one row.
    for (let i = from + 1; i < to; i++) {
      const f = byRow[i];
      let j = i - 1;
      while (j >= from && compareInRow(byRow[j], f) > 0) {
        byRow[j + 1] = byRow[j];
        j--;
      }
      byRow[j + 1] = f;
    }
  }
  for (let i = 0; i < n; i++) findings[i] = byRow[i];
  return findings;
}

function compareFindings(a: Finding, b: Finding): number {
  return (a.row ?? 0) - (b.row ?? 0) || compareInRow(a, b);
}

/** Findings of one row: by column, then severity, then code. */
function compareInRow(a: Finding, b: Finding): number {
  return (
    a.column.length - b.column.length ||
    compareText(a.column, b.column) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.code, b.code)
  );
}

/**
 * Orders column letters and rule codes (A–Z; a–z, digits and hyphens) as `localeCompare` does
 * for them, without a collation per pair: tens of thousands of findings share a row.
 */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Value names that hold a day number (rules store the number, not its text: no string per
 * finding): said as yyyy-mm-dd in English and in the language's date format otherwise.
 */
const DAY_VALUES = new Set([
  'read',
  'other',
  'target',
  'raised',
  'completed',
  'closed',
  'review',
  'due',
  'suggested',
  'latest',
]);

/** Value names that hold field keys (one, or several separated by commas): said as field labels. */
const FIELD_VALUES = new Set(['fields']);

function fieldWords(keys: string, t: CoreTranslator): string {
  return keys
    .split(',')
    .filter(Boolean)
    .map((k) => t.t(`field.${k}` as CoreKey))
    .join(', ');
}

/**
 * Messages put together from parts (one per missing kind of column) are built here from their
 * parts' own messages, so every language orders and joins them itself.
 */
const COMPOSED: Partial<Record<string, (values: MessageValues, t: CoreTranslator) => MessageValues>> = {
  'column-missing': (v, t) => {
    const parts: string[] = [];
    if (v.fields) parts.push(t.t('finding.column-missing.main', { fields: fieldWords(String(v.fields), t) }));
    if (v.typeNote === 'default')
      parts.push(t.t('finding.column-missing.type-default', { type: v.type, reason: v.reason }));
    else if (v.typeNote === 'unknown') parts.push(t.t('finding.column-missing.type-unknown'));
    if (v.gates) {
      const gates = String(v.gates)
        .split(';')
        .map((g) => {
          const [field, states] = g.split(':');
          return t.t('finding.column-missing.gate', {
            field: t.t(`field.${field}` as CoreKey),
            states: (states ?? '').split(',').join(', '),
          });
        });
      parts.push(t.t('finding.column-missing.gates', { gates: gates.join(', ') }));
    }
    return { parts: parts.join('; ') };
  },
  'target-beyond-policy': (v, t) => ({ because: policyBasis(v, t) }),
  'target-missing-suggested': (v, t) => ({ because: policyBasis(v, t) }),
  'recurring-nc': (v, t) => ({
    links: String(v.linkData ?? '')
      .split('\u0002')
      .map((link) => {
        const [id, row, reasons, refs, causes] = link.split('\u0001');
        const why = (reasons ?? '').split(',');
        const parts: string[] = [];
        if (why.includes('requirement')) parts.push(t.t('finding.recurring-nc.requirement', { refs }));
        if (why.includes('title')) parts.push(t.t('finding.recurring-nc.title'));
        if (why.includes('cause')) parts.push(t.t('finding.recurring-nc.cause', { causes }));
        const name = id || t.t('finding.recurring-nc.row', { row });
        return t.t('finding.recurring-nc.link', { name, reasons: parts.join('; ') });
      })
      .join('; '),
  }),
};

/** What a target-date policy limit comes from: the action's type ("a major NC") or its priority. */
function policyBasis(v: MessageValues, t: CoreTranslator): string {
  return v.basis === 'priority'
    ? t.t('finding.policy.priority', { priority: t.t(`priority.${String(v.kind)}` as CoreKey) })
    : t.t(`finding.policy.${String(v.kind)}` as CoreKey);
}

/**
 * The finding's message in the translator's language: the catalogue message with the finding's
 * values, its action named as that language names it ("NC-12 (Zeile 14)"), its field in words
 * and its dates in the language's own format. English, and a finding without a catalogue key,
 * give the finding's own `message`, unchanged.
 *
 * @example findingMessage(finding, await coreTranslator('de')) // 'NC-12 (Zeile 14) ist offen, hat aber keinen Verantwortlichen. …'
 */
export function findingMessage(finding: Finding, t: CoreTranslator): string {
  if (!finding.key || t.lang === 'en') return finding.message;
  return catalogueMessage(finding as Finding & { key: CoreKey }, t);
}

/**
 * The finding's catalogue message in `t`'s language, always from the catalogue (English
 * included: the test that keeps the rules' English and the catalogue's English the same uses it).
 */
export function catalogueMessage(finding: Finding & { key: CoreKey }, t: CoreTranslator): string {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(finding.values ?? {})) {
    if (typeof value === 'number' && DAY_VALUES.has(name)) {
      const iso = isoFromDay(value);
      values[name] = t.lang === 'en' ? iso : t.date(iso);
    } else if (typeof value === 'string' && FIELD_VALUES.has(name)) values[name] = fieldWords(value, t);
    else if (typeof value === 'string' && t.lang !== 'en' && ISO_DATE.test(value))
      values[name] = t.date(value);
    else values[name] = value;
  }
  const row = finding.row === null ? '' : String(finding.row);
  values.label = finding.id
    ? t.t('finding.label.id', { id: finding.id, row })
    : t.t('finding.label.row', { row });
  values.row = row;
  values.id = finding.id;
  values.field = finding.field ? t.t(`field.${finding.field}` as CoreKey) : '';
  const compose = COMPOSED[finding.code];
  return t.t(finding.key, compose ? { ...values, ...compose(finding.values ?? {}, t) } : values);
}

/**
 * The findings with their messages in the translator's language (the same findings, keys and
 * codes; only `message` changes). English returns the list itself.
 */
export function localizeFindings<F extends Finding>(findings: readonly F[], t: CoreTranslator): F[] {
  if (t.lang === 'en') return findings as F[];
  return findings.map((f) => (f.key ? { ...f, message: findingMessage(f, t) } : f));
}
