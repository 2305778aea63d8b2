import { lookupWord } from '../mapping/vocabulary';
import type { Source } from '../model';
import { normalizeWords } from '../text';

/**
 * What a register's name says its actions are: where they came from (a source of the source
 * vocabulary) and, in words, what kind of list it is. "Internal audit 2026" says internal audit;
 * "Incidents follow-up" says incident. "CAPA log" says what the actions are (corrective actions),
 * not where they came from: no source, but the kind is named.
 */
export interface RegisterNameMeaning {
  source?: Source;
  /** The kind of list in words ("internal audit", "corrective actions"), when the name says it. */
  kind?: string;
}

const KIND_WORDS: readonly [RegExp, string][] = [
  [/\b(capa|corrective actions?|car log|correctives?)\b/, 'corrective actions'],
  [/\b(poa ?m|plan of action)\b/, 'plan of action and milestones'],
  [/\b(non ?conformit(y|ies)|ncr?s?)\b/, 'nonconformities'],
  [/\b(ofis?|opportunit(y|ies) for improvement|improvements?)\b/, 'opportunities for improvement'],
];

/**
 * Reads a register's name (its sheet name, else its file name without the extension) with the
 * source vocabulary, the same words a Source cell is read with.
 *
 * @example registerNameMeaning('Internal audit 2026').source // 'internal-audit'
 * @example registerNameMeaning('CAPA log') // { kind: 'corrective actions' }
 */
export function registerNameMeaning(...names: readonly string[]): RegisterNameMeaning {
  for (const name of names) {
    const words = normalizeWords(name.replace(/\.(xlsx|xlsm|csv|tsv|txt)$/i, '').replace(/[_-]+/g, ' '));
    if (!words) continue;
    const source = lookupWord('source', words);
    // A name like "Register" or "Sheet1" says nothing; "IA" alone is too short to trust in a name.
    if (source !== undefined && words.length >= 5) return { source, kind: source.replace(/-/g, ' ') };
    const kind = KIND_WORDS.find(([re]) => re.test(words))?.[1];
    if (kind) return { kind };
  }
  return {};
}
