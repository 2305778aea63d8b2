import type { PaneKey, PaneTranslator } from '../../../core/i18n';

/**
 * A group of findings as what to do, counted: "12 NCs closed without a root cause" (messages
 * `group.<code>` in the pane's catalogue). The rule code stays as a detail; a code the catalogue
 * does not name falls back to the rule's description.
 *
 * @example groupTitle(t, 'nc-closed-without-root-cause', 12, '') // "12 NCs closed without a root cause"
 */
export function groupTitle(t: PaneTranslator, code: string, count: number, description: string): string {
  const key = `group.${code}` as PaneKey;
  const title = t.t(key, { count });
  if (title !== key) return title;
  return t.t('findings.otherGroup', { count, description: description || code });
}
