import { normalizeWords } from './text';

/** Phrases that put the cause on a person rather than on a process, tool or control. */
const BLAME = [
  'human error',
  'user error',
  'operator error',
  'staff error',
  'employee error',
  'personal error',
  'individual error',
  'carelessness',
  'careless',
  'negligence',
  'negligent',
  'forgot',
  'forgotten',
  'forgetful',
  'did not follow',
  'didn t follow',
  'failed to follow',
  'not paying attention',
  'lack of attention',
  'inattention',
  'mistake',
  'oversight',
  'lazy',
  'error humano',
  'olvido',
];

/** Words that show the statement goes beyond the person to something that can be fixed. */
const SYSTEMIC = [
  'process',
  'procedure',
  'policy',
  'training',
  'trained',
  'awareness',
  'control',
  'tool',
  'system',
  'check',
  'review',
  'because',
  'due to',
  'lack of',
  'no ',
  'not defined',
  'unclear',
  'missing',
  'design',
  'workload',
  'resource',
  'automation',
  'automated',
  'template',
  'instruction',
  'guidance',
  'responsib',
  'supervision',
  'monitoring',
];

/** Anything but printable ASCII (accents, ligatures, full-width letters fold to ASCII when normalised). */
const NOT_PRINTABLE_ASCII = /[^ -~]/;
/** A word of every BLAME phrase (keep in step with BLAME). */
const BLAME_STEMS = /error|careless|negligen|forg|follow|attention|mistake|oversight|lazy|olvido/i;

/**
 * True when a root-cause statement only blames a person ("Human error", "Staff forgot to lock
 * the door") without naming a cause that an action can remove. Auditors treat such statements
 * as a missing root cause; the add-in gives a gentle hint, not an error.
 *
 * @example isBlameOnly('Human error') // true
 * @example isBlameOnly('Human error, due to lack of a checklist in the procedure') // false
 */
export function isBlameOnly(text: string): boolean {
  // Printable-ASCII text normalises only by case and punctuation, so a blame phrase needs one of
  // these stems as it stands; most root causes have none and skip the normalisation.
  if (!NOT_PRINTABLE_ASCII.test(text) && !BLAME_STEMS.test(text)) return false;
  const n = ` ${normalizeWords(text)} `;
  if (n.trim() === '') return false;
  if (!BLAME.some((b) => n.includes(` ${b}`))) return false;
  return !SYSTEMIC.some((s) => n.includes(` ${s}`));
}
