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

/**
 * True when a root-cause statement only blames a person ("Human error", "Staff forgot to lock
 * the door") without naming a cause that an action can remove. Auditors treat such statements
 * as a missing root cause; the add-in gives a gentle hint, not an error.
 *
 * @example isBlameOnly('Human error') // true
 * @example isBlameOnly('Human error, due to lack of a checklist in the procedure') // false
 */
export function isBlameOnly(text: string): boolean {
  const n = ` ${normalizeWords(text)} `;
  if (n.trim() === '') return false;
  if (!BLAME.some((b) => n.includes(` ${b}`))) return false;
  return !SYSTEMIC.some((s) => n.includes(` ${s}`));
}
