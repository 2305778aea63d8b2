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
  const compiled = new Map<string, IntlMessageFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const compile = (key: K): IntlMessageFormat | string => {
    const cached = compiled.get(key);
    if (cached) return cached;
    const own = messages[key];
    const source = own ?? fallback[key];
    if (source === undefined) return key;
    // A message without braces or tags needs no parsing; most labels are like that. One with a
    // quoted '<' ("--out '<summary.xlsx>'": not a tag) is parsed, so its quotes are removed.
    if (!source.includes('{') && !source.includes('<')) return source.replace(/''/g, "'");
    const format = new IntlMessageFormat(source, own === undefined ? 'en' : locale);
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
      const out = message.format(values as Record<string, string | number | Date>);
      return Array.isArray(out) ? out.join('') : String(out);
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
