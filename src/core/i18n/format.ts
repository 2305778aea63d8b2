/**
 * Messages in ICU MessageFormat (`{count, plural, one {# action} other {# actions}}`), the
 * syntax translators' tools know, formatted with FormatJS's intl-messageformat; numbers and
 * dates through Intl with the chosen locale. Pure: no DOM, no Node.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, type Lang } from './languages';

export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** A catalogue: message key → ICU message. */
export type Messages<K extends string = string> = Readonly<Record<K, string>>;

export interface Translator<K extends string = string> {
  readonly lang: Lang;
  /** BCP 47 locale for Intl ("de-DE"). */
  readonly locale: string;
  /** The message for `key` in this language (English when this language lacks it). */
  t(key: K, values?: MessageValues): string;
  /** A number as this locale writes it (grouping, decimal sign). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A share (0.25) as a percentage with `digits` decimals ("25 %" in German, "25%" in English). */
  percent(share: number, digits?: number): string;
  /** An ISO date (yyyy-mm-dd) as this locale writes it, unchanged when it is not one. */
  date(iso: string, style?: 'short' | 'medium' | 'long'): string;
}

/**
 * A translator over `messages`, falling back to `fallback` (the English catalogue) for a key
 * the language lacks, and to the key itself when neither has it (a visible, testable gap
 * rather than an empty label).
 */
export function createTranslator<K extends string>(
  lang: Lang,
  messages: Partial<Messages<K>>,
  fallback: Messages<K>,
  locale: string = DEFAULT_LOCALE[lang],
): Translator<K> {
  const compiled = new Map<string, IntlMessageFormat | PlainMessage>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const compile = (key: K): IntlMessageFormat | PlainMessage | string => {
    const cached = compiled.get(key);
    if (cached) return cached;
    const own = messages[key];
    const source = own ?? fallback[key];
    if (source === undefined) return key;
    // A message without braces or tags needs no parsing; most labels are like that. One with a
    // quoted '<' ("--out '<summary.xlsx>'": not a tag) is parsed, so its quotes are removed.
    if (!source.includes('{') && !source.includes('<')) return source.replace(/''/g, "'");
    // Plain `{name}` arguments are put in directly: no parser, no Intl (the pane's first message
    // with an argument would load ICU's number data otherwise).
    const messageLocale = own === undefined ? 'en' : locale;
    const format = plainMessage(source, messageLocale) ?? new IntlMessageFormat(source, messageLocale);
    compiled.set(key, format);
    return format;
  };
  const numberFormat = (options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat => {
    const id = JSON.stringify(options ?? {});
    let format = numberFormats.get(id);
    if (!format) numberFormats.set(id, (format = new Intl.NumberFormat(locale, options)));
    return format;
  };
  return {
    lang,
    locale,
    t(key, values) {
      const message = compile(key);
      if (typeof message === 'string') return message;
      if (message instanceof PlainMessage) {
        const out = message.format(values);
        if (out !== undefined) return out;
        // A value missing or of another kind: intl-messageformat says what it says of it.
        return formatIcu(new IntlMessageFormat(message.source, message.locale), values);
      }
      return formatIcu(message, values);
    },
    number: (value, options) => numberFormat(options).format(value),
    percent: (share, digits = 0) =>
      numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        share,
      ),
    date(iso, style = 'medium') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!m) return iso;
      let format = dateFormats.get(style);
      if (!format)
        dateFormats.set(
          style,
          (format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' })),
        );
      return format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    },
  };
}

function formatIcu(message: IntlMessageFormat, values: MessageValues | undefined): string {
  const out = message.format(values as Record<string, string | number | Date>);
  return Array.isArray(out) ? out.join('') : String(out);
}

/** An argument name as ICU reads it in `{name}` (no spaces, no quotes, no syntax characters). */
const PLAIN_ARGUMENT = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * A message whose only arguments are plain `{name}`s, split into its text and argument names:
 * formatted as intl-messageformat formats it (a string as it is, a number by `String`, null or
 * undefined as nothing), without parsing it or touching Intl.
 */
class PlainMessage {
  constructor(
    readonly source: string,
    readonly locale: string,
    /** Text, name, text, name, …, text: names at the odd indexes. */
    private readonly parts: readonly string[],
  ) {}

  /** The message with `values` put in; undefined for a value missing, or a Date or a boolean. */
  format(values: MessageValues | undefined): string | undefined {
    const parts = this.parts;
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      if (!values || !(name in values)) return undefined;
      const value = values[name];
      if (typeof value === 'string') out += value;
      else if (typeof value === 'number') out += String(value);
      else if (value !== null && value !== undefined) return undefined;
      out += parts[i + 1];
    }
    return out;
  }
}

/** An apostrophe that ICU reads as a quote: before another one, a brace, an angle bracket or `#`. */
const QUOTING = /'['{}<>#]/;

/**
 * The message as a {@link PlainMessage} when ICU would read it as text and `{name}` arguments
 * only: no plural, select, number or date argument, no tag, no quoting apostrophe (one inside a
 * word, "l'action", is text).
 *
 * @example plainMessage('{label} has no owner.', 'en') // parts ['', 'label', ' has no owner.']
 */
function plainMessage(source: string, locale: string): PlainMessage | undefined {
  if (source.includes('<') || QUOTING.test(source)) return undefined;
  const parts: string[] = [];
  let last = 0;
  for (const m of source.matchAll(PLAIN_ARGUMENT)) {
    parts.push(source.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  parts.push(source.slice(last));
  // Any brace left in the text belongs to an argument of another kind.
  for (let i = 0; i < parts.length; i += 2)
    if (parts[i].includes('{') || parts[i].includes('}')) return undefined;
  return new PlainMessage(source, locale, parts);
}

/** The arguments (`{name}`, `{count, plural, …}`) a message uses, sorted: every language must use the same. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  interface Element {
    type: number;
    value?: unknown;
    options?: Record<string, { value: Element[] }>;
    children?: Element[];
  }
  const walk = (elements: readonly Element[]): void => {
    for (const el of elements) {
      // 0 literal and 7 pound carry no name; every other kind is an argument or a tag.
      if (el.type !== 0 && el.type !== 7 && typeof el.value === 'string') names.add(el.value);
      if (el.options) for (const option of Object.values(el.options)) walk(option.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst() as unknown as Element[]);
  return [...names].sort();
}
