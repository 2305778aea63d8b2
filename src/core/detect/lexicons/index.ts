/**
 * Workflow-state lexicons, one data file per language or tool export. Adding a language is adding
 * a JSON file here and one import line: each file maps our states to the words people write for
 * them. "done" and "implementedOrClosed" hold the finishing words whose meaning — implemented or
 * closed — depends on the rest of the register's vocabulary and columns. Words are compared after `normalizeWords`, so case, accents
 * and punctuation do not matter.
 */
import de from './status/de.json';
import en from './status/en.json';
import es from './status/es.json';
import fr from './status/fr.json';
import hu from './status/hu.json';
import it from './status/it.json';
import nl from './status/nl.json';
import pt from './status/pt.json';
import tools from './status/tools.json';

export type StatusLexiconKey =
  | 'new'
  | 'analysis'
  | 'planned'
  | 'in-progress'
  | 'implemented'
  | 'closed'
  | 'on-hold'
  | 'cancelled'
  | 'overdue'
  | 'implementedOrClosed'
  | 'done';

export type StatusLexicon = { language: string } & Record<StatusLexiconKey, string[]>;

/** English first: when two languages give one word different meanings, the earlier file wins. */
export const STATUS_LEXICONS: readonly StatusLexicon[] = [en, tools, es, it, de, fr, nl, pt, hu];
