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
import ruStatus from './status/ru.json';
import ukStatus from './status/uk.json';
import plStatus from './status/pl.json';
import csStatus from './status/cs.json';
import svStatus from './status/sv.json';
import daStatus from './status/da.json';
import nbStatus from './status/nb.json';
import fiStatus from './status/fi.json';
import trStatus from './status/tr.json';
import roStatus from './status/ro.json';
import zhStatus from './status/zh.json';
import jaStatus from './status/ja.json';
import koStatus from './status/ko.json';
import arStatus from './status/ar.json';
import idStatus from './status/id.json';
import csHeaders from './headers/cs.json';
import daHeaders from './headers/da.json';
import fiHeaders from './headers/fi.json';
import jaHeaders from './headers/ja.json';
import koHeaders from './headers/ko.json';
import arHeaders from './headers/ar.json';
import nbHeaders from './headers/nb.json';
import plHeaders from './headers/pl.json';
import roHeaders from './headers/ro.json';
import ruHeaders from './headers/ru.json';
import svHeaders from './headers/sv.json';
import trHeaders from './headers/tr.json';
import ukHeaders from './headers/uk.json';
import zhHeaders from './headers/zh.json';
import idHeaders from './headers/id.json';

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
export const STATUS_LEXICONS: readonly StatusLexicon[] = [
  en,
  tools,
  es,
  it,
  de,
  fr,
  nl,
  pt,
  hu,
  ruStatus,
  ukStatus,
  plStatus,
  csStatus,
  svStatus,
  daStatus,
  nbStatus,
  fiStatus,
  trStatus,
  roStatus,
  zhStatus,
  jaStatus,
  koStatus,
  arStatus,
  idStatus,
];

/**
 * Header words in languages beyond those written into the aliases (`mapping/aliases.ts`): one data
 * file per language, field → the phrases people head that column with. Scored exactly as the
 * aliases are (whole words; Chinese and Japanese headers, written without spaces, also by the
 * phrases they contain).
 */
export interface HeaderLexicon {
  language: string;
  fields: Partial<Record<string, string[]>>;
}

export const HEADER_LEXICONS: readonly HeaderLexicon[] = [
  csHeaders,
  daHeaders,
  fiHeaders,
  jaHeaders,
  koHeaders,
  arHeaders,
  nbHeaders,
  plHeaders,
  roHeaders,
  ruHeaders,
  svHeaders,
  trHeaders,
  ukHeaders,
  zhHeaders,
  idHeaders,
];
