/**
 * A finding as the command line says it in the run's language, and as its JSON carries it: the
 * machine fields and the English `message` always, `localizedMessage` when the language is not
 * English; the catalogue key and values stay inside.
 */
import { catalogueMessage, findingMessage, type Finding } from '../core/findings';
import type { CoreTranslator } from '../core/i18n/catalog';

/**
 * The finding's message in `t`'s language, in the command line's terms: the column-missing note
 * names --map rather than the pane's button, and an overdue action whose progress review is late
 * too says so (see mergeFindings). English is the message as merged.
 */
export function sayFinding(f: Finding, t: CoreTranslator): string {
  if (t.lang === 'en' || !f.key) return f.message;
  let said =
    f.code === 'column-missing'
      ? catalogueMessage({ ...f, key: 'finding.column-missing.cli' }, t)
      : findingMessage(f, t);
  const due = f.values?.reviewDue;
  if (typeof due === 'string')
    said += t.t('cli.review-overdue-too', { due: due === 'none' ? 'none' : t.date(due) });
  return said;
}

/** A finding for JSON: no catalogue internals; the localised message beside the English one. */
export function jsonFinding<F extends Finding>(f: F, t: CoreTranslator): Omit<F, 'key' | 'values'> {
  const { key: _key, values: _values, ...rest } = f;
  return t.lang === 'en' || !f.key ? rest : { ...rest, localizedMessage: sayFinding(f, t) };
}

/** Findings for JSON (see {@link jsonFinding}). */
export function jsonFindings<F extends Finding>(
  findings: readonly F[],
  t: CoreTranslator,
): Omit<F, 'key' | 'values'>[] {
  return findings.map((f) => jsonFinding(f, t));
}

/**
 * The same, made one at a time as they are written (a million findings' JSON objects are never
 * all held: see writeJson in jsonOut.ts).
 */
export function* eachJsonFinding<F extends Finding>(
  findings: readonly F[],
  t: CoreTranslator,
): Generator<Omit<F, 'key' | 'values'>> {
  for (const f of findings) yield jsonFinding(f, t);
}
