/**
 * A pseudo-locale for testing the pane's layout and finding hard-coded text: every message's
 * words accented ("Ĥöɱé") and about 40 % longer — German's length, as pseudo-localisation does
 * it — inside brackets, so clipped text shows. Arguments, plural and select syntax, `#` and ICU
 * quoting are kept exactly, so the result formats with the same values as the English.
 */
import type { Messages } from './format';

/** The pseudo-locale's tag (Microsoft's name for it); never offered in the language picker. */
export const PSEUDO_LOCALE = 'qps-ploc';

const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Words that lengthen a text: breakable like real words, so the test judges wrapping fairly. */
const PADDING = 'ŀöŕéɱ îþšûɱ ðöļöŕ šîţ áɱéţ çöñšéçţéţûŕ áðîþîšçîñĝ éļîţ šéð ðö éîûšɱöð ţéɱþöŕ ';

/** Extra characters for `n` letters of text: 40 % more, a space first when they are a word of their own. */
function padding(n: number): string {
  const extra = Math.ceil(n * 0.4);
  if (extra === 0) return '';
  let out = '';
  while (out.length < extra) out += PADDING;
  return ` ${out.slice(0, extra - 1).trimEnd()}`;
}

/** ICU types whose options hold message text (everything else keeps its style verbatim). */
const PLURAL_TYPES = new Set(['plural', 'selectordinal', 'select']);

/**
 * Reads text until an unmatched `}` (or the end), accenting letters outside arguments and
 * quoted literals. Returns the new text and the index of the `}` that ended it.
 */
function text(source: string, start: number, inPlural: boolean): [string, number] {
  let out = '';
  let letters = 0;
  let i = start;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '}') break;
    if (c === '{') {
      const [argument, end] = argumentAt(source, i, inPlural);
      out += argument;
      i = end;
      continue;
    }
    if (c === "'") {
      // '' is an apostrophe; a quote before a syntax character starts a literal up to the next quote.
      if (source[i + 1] === "'") {
        out += "''";
        i += 2;
        continue;
      }
      if (/[{}#|]/.test(source[i + 1] ?? '')) {
        const close = source.indexOf("'", i + 1);
        const end = close < 0 ? source.length : close + 1;
        out += source.slice(i, end);
        i = end;
        continue;
      }
    }
    if (c === '#' && inPlural) {
      out += c;
      i++;
      continue;
    }
    const accented = ACCENTS[c];
    if (accented) letters++;
    out += accented ?? c;
    i++;
  }
  return [out + padding(letters), i];
}

/** Copies the argument at `start` (`{name}`, `{n, number}`, `{n, plural, one {…} other {…}}`), translating option texts. */
function argumentAt(source: string, start: number, inPlural: boolean): [string, number] {
  const head = /^\{\s*([^\s,{}]+)\s*(?:,\s*([a-zA-Z]+)\s*)?(,|\})/.exec(source.slice(start));
  if (!head) return copyBalanced(source, start);
  const type = head[2];
  if (!type || !PLURAL_TYPES.has(type)) return copyBalanced(source, start);
  let out = head[0];
  let i = start + head[0].length;
  const plural = inPlural || type !== 'select';
  for (;;) {
    const selector = /^\s*([^\s{}]+)?\s*/.exec(source.slice(i))!;
    out += selector[0];
    i += selector[0].length;
    if (i >= source.length) return [out, i];
    if (source[i] === '}') return [out + '}', i + 1];
    if (source[i] !== '{') return copyBalanced(source, start);
    const [inner, end] = text(source, i + 1, plural);
    out += `{${inner}}`;
    i = end + 1;
  }
}

/** The text from `start` to its matching `}`, unchanged. */
function copyBalanced(source: string, start: number): [string, number] {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return [source.slice(start, i + 1), i + 1];
  }
  return [source.slice(start), source.length];
}

/**
 * One message in the pseudo-locale.
 *
 * @example pseudoMessage('{count, plural, one {# action} other {# actions}}')
 * // '[{count, plural, one {# áçţîöñ ŀöŕ} other {# áçţîöñš ŀöŕ}}]'
 */
export function pseudoMessage(message: string): string {
  const [out] = text(message, 0, false);
  return `[${out}]`;
}

/** A whole catalogue in the pseudo-locale, key for key. */
export function pseudoMessages<K extends string>(messages: Messages<K>): Messages<K> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[]) out[key] = pseudoMessage(messages[key]);
  return out;
}
