import type { CellValue } from './grid';
import { boundedMemo } from './memo';

/**
 * Words that people type into a register when they have nothing to say yet. They count as
 * *missing* for every rule and gate ("Root cause: Not yet analyzed" is not a root cause).
 */
const PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  '---',
  '—',
  '–',
  '?',
  '??',
  '...',
  '…',
  'n/a',
  'na',
  'n.a.',
  'n.a',
  'not applicable',
  'tbd',
  'tba',
  'tbc',
  'to be determined',
  'to be confirmed',
  'to be defined',
  'to be done',
  'todo',
  'to do',
  'pending',
  'none',
  'nil',
  'null',
  'x',
  'xx',
  'xxx',
  'not yet analyzed',
  'not yet analysed',
  'not analyzed',
  'not analysed',
  'not yet known',
  'not known',
  'unknown yet',
  'to be analysed',
  'to be analyzed',
  'under analysis',
  'pendiente',
]);

/** Excel error values as Office.js returns them in `values`. */
const ERROR_VALUES =
  /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** The text of a cell, trimmed; numbers and booleans as Excel shows them in General format. */
export function cellText(value: CellValue | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (!Number.isFinite(value)) return '';
  return String(value);
}

/** True for Excel error values such as `#REF!` and `#N/A`. */
export function isErrorValue(value: CellValue | undefined | null): boolean {
  return typeof value === 'string' && ERROR_VALUES.test(value.trim());
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * True for text in Chinese or Japanese script, which is written without spaces: its words are
 * found inside a header's words rather than as whole words.
 *
 * @example hasCjk('整改措施') // true
 */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Any text outside ASCII takes the Unicode path of {@link normalizeWords}. */
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * True for text that {@link normalizeWords} reads on its ASCII path (printable ASCII, tabs and
 * line breaks): its words are then its runs of ASCII letters and digits, lower-cased.
 */
export function isPlainAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * Lower-case, accents folded, punctuation turned into single spaces. Used to compare the
 * user's words with our vocabularies. Letters of every script are kept (Cyrillic, Greek, CJK:
 * "Срок выполнения", "整改措施"); "ß" reads as "ss" as German writes it without the letter.
 *
 * @example normalizeWords('  Nonconformity Type (Major/Minor/OFI) ') // 'nonconformity type major minor ofi'
 * @example normalizeWords('Maßnahme — Verantwortlich') // 'massnahme verantwortlich'
 */
export function normalizeWords(text: string): string {
  // ASCII text has nothing to decompose or fold: lower-casing is all (titles and names on every row).
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (!NON_ASCII.test(folded)) return folded.replace(/[^a-z0-9]+/g, ' ').trim();
  return folded
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when a cell holds nothing usable: blank, an error value, or placeholder text such as
 * "TBD", "N/A", "-", "pending", "Not yet analyzed".
 *
 * @example isMissing('Not yet analyzed') // true
 */
export function isMissing(value: CellValue | undefined | null): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'number' || typeof value === 'boolean') return false;
  // A cell that starts and ends with a printable character needs no trimming (most do).
  const n = value.length;
  if (n === 0) return true;
  const c0 = value.charCodeAt(0);
  const cn = value.charCodeAt(n - 1);
  const t = c0 > 32 && c0 < 127 && cn > 32 && cn < 127 ? value : value.trim();
  if (t === '') return true;
  // A template's prompt in angle brackets ("<dd/mm/yyyy>", "<Summarize the content>"), not an address.
  if (t.charCodeAt(0) === 60 /* < */) return TEMPLATE_PROMPT.test(t);
  // Most cells start with a letter no placeholder starts with ("Dana Reyes", "Closed"), and real
  // text is longer than any placeholder: both answer before lower-casing the cell.
  let first = t.charCodeAt(0);
  if (first >= 65 && first <= 90) first += 32;
  if (first < 128 && first !== 35 /* # */ && PLACEHOLDER_START[first] === 0) return false;
  if (longerThanAnyPlaceholder(t)) return false;
  if (first === 35) return isErrorValue(t); // no placeholder starts with "#"
  // No placeholder has a digit: references ("NC-0042") and dates answer here.
  if (HAS_DIGIT.test(t)) return false;
  return isPlaceholder(t);
}

const HAS_DIGIT = /[0-9]/;
/**
 * "<dd/mm/yyyy>", "<Name of the owner>": a prompt a template leaves in a cell — not an address
 * ("<ana@x.org>") nor markup ("<b>", "<img src=x>"), which is the user's text and shown as such.
 */
const PROMPT_OPENING = String.raw`^<(?![a-z][a-z0-9]*\s*\/?>)[^<>@="'\x60]`;
const TEMPLATE_PROMPT = new RegExp(`${PROMPT_OPENING}{1,60}>$`);
/** A cell that opens with such a prompt and goes on ("<Status of defect> Ex: Assigned"): a template's guide. */
export const OPENS_WITH_PROMPT = new RegExp(`${PROMPT_OPENING}{2,80}>`);
/** By the trimmed text: names and status words repeat on every row. */
const isPlaceholder = boundedMemo((t: string): boolean => {
  const lowered = t.toLowerCase().replace(/\s+/g, ' ');
  return PLACEHOLDERS.has(lowered) || PLACEHOLDERS.has(lowered.replace(/[.!]+$/, ''));
}, 4096);

/**
 * First characters (lower case) of the placeholders, and "." / "!" (a cell of only those folds to
 * ''): 1 at their ASCII codes.
 */
const PLACEHOLDER_START = new Uint8Array(128);
for (const c of [...[...PLACEHOLDERS].filter((p) => p !== '').map((p) => p.charCodeAt(0)), 33, 46])
  if (c < 128) PLACEHOLDER_START[c] = 1;

/** Characters of `text` that whitespace folding and trailing "." / "!" removal keep (printable ASCII). */
function keptLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127 && c !== 46 && c !== 33) n++;
  }
  return n;
}

/** The most such characters a placeholder has; 13 is the longest error value, "#GETTING_DATA". */
const MAX_PLACEHOLDER_LETTERS = Math.max(13, ...[...PLACEHOLDERS].map(keptLetters));

/**
 * True when `t` has more printable ASCII characters other than "." and "!" than any placeholder
 * or error value: whitespace folding, lower-casing and trailing-punctuation removal cannot make
 * it one. Non-ASCII characters are not counted, so the answer is exact whatever the text.
 */
function longerThanAnyPlaceholder(t: string): boolean {
  if (t.length <= MAX_PLACEHOLDER_LETTERS) return false;
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 32 && c < 127 && c !== 46 && c !== 33 && ++letters > MAX_PLACEHOLDER_LETTERS) return true;
  }
  return false;
}

/** True for a cell that is blank (not even a placeholder). */
export function isBlank(value: CellValue | undefined | null): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  // A cell that starts with a printable ASCII character is not blank: no trim (and no copy) for it.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return value.trim() === '';
}

/** Text truncated for messages, on one line. */
export function preview(text: string, max = 40): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * Levenshtein distance ≤ 1 (one typo: "Descritption", "Nobiembre"), for words of six letters
 * or more.
 *
 * @example oneTypo('nobiembre', 'noviembre') // true
 */
export function oneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length)
    return (
      sameTail(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2))
    );
  return a.length > b.length ? sameTail(a, i + 1, b, i) : sameTail(a, i, b, i + 1);
}

/** `a.slice(ai) === b.slice(bi)` without the two copies (every header word meets every alias word). */
function sameTail(a: string, ai: number, b: string, bi: number): boolean {
  const n = Math.max(0, a.length - ai);
  if (n !== Math.max(0, b.length - bi)) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
  return true;
}

/** The traffic lights a status column may hold alone, by their colour. */
const TRAFFIC_LIGHTS: Readonly<Record<string, 'green' | 'amber' | 'red'>> = {
  '🟢': 'green',
  '🟩': 'green',
  '🟡': 'amber',
  '🟠': 'amber',
  '🟨': 'amber',
  '🟧': 'amber',
  '🔴': 'red',
  '🟥': 'red',
};

/**
 * The colour of a cell that holds one traffic light and nothing else ("🟢", "🔴 "); undefined for
 * any other text (words fold such symbols away, so a status of lights alone has no word).
 *
 * @example trafficLight('🟡') // 'amber'
 */
export function trafficLight(text: string): 'green' | 'amber' | 'red' | undefined {
  const t = text.replace(/[\s\uFE0F]+/g, '');
  return t.length <= 2 && Object.hasOwn(TRAFFIC_LIGHTS, t) ? TRAFFIC_LIGHTS[t] : undefined;
}
