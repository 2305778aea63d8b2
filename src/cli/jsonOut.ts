/**
 * JSON written as a stream: the same bytes as `JSON.stringify(value, null, 2) + '\n'`, but the
 * long lists (a million rows' findings) go out item by item in chunks, so the whole text — and the
 * list of objects made for it — is never held at once (issue 16: a million-row register's JSON was
 * ~400 MB of text, written from one string).
 */
import type { TextSink } from './runtime';

/**
 * Characters gathered before a write: few system calls, little memory, and a chunk under V8's
 * large-object size (128 KB, two-byte text included), so it is young garbage freed at once.
 */
const CHUNK_CHARS = 1 << 15;

/** A sink that gathers small writes into chunks; {@link flush} writes the rest. */
export class ChunkedSink implements TextSink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly sink: TextSink) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.sink.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** Items of a list made into text together: one JSON.stringify call for this many. */
const BATCH = 32;
/** What JSON.stringify writes around the items of the list of `{ l: items }`. */
const LIST_HEAD = '{\n  "l": [';
const LIST_TAIL = '\n  ]\n}';

/**
 * `items` as JSON.stringify(…, null, 2) writes them in a list that is a member of the top-level
 * object, without the brackets: `'\n    item,\n    item'`. Stringified as the list of a one-member
 * object, they come out indented as they are at that depth, with no text to re-indent.
 */
function itemsText(items: unknown[]): string {
  const text = JSON.stringify({ l: items }, null, 2);
  return text.slice(LIST_HEAD.length, text.length - LIST_TAIL.length);
}

/** A member of the top-level object as JSON.stringify(…, null, 2) writes it: `'  "key": value'`. */
function memberText(key: string, value: unknown): string | undefined {
  const text = JSON.stringify({ [key]: value }, null, 2);
  // '{}': undefined and functions are left out, as JSON.stringify does.
  return text.length <= 2 ? undefined : text.slice(2, text.length - 2);
}

/**
 * Writes `value` as `JSON.stringify(value, null, 2) + '\n'` would, except that each key of
 * `lists` is written (in `value`'s key order, where `value` holds a placeholder for it) from the
 * iterable given: its items are made and written a few at a time ({@link BATCH}).
 *
 * @example writeJson(process.stdout, { file: 'a.csv', findings: [] }, { findings: findingsOneByOne() })
 */
export function writeJson(
  sink: TextSink,
  value: Record<string, unknown>,
  lists: Record<string, Iterable<unknown>>,
): void {
  const out = new ChunkedSink(sink);
  let first = true;
  out.write('{');
  for (const [key, member] of Object.entries(value)) {
    const list = Object.hasOwn(lists, key) ? lists[key] : undefined;
    if (list === undefined) {
      const text = memberText(key, member);
      if (text === undefined) continue;
      out.write(`${first ? '' : ','}\n${text}`);
    } else {
      out.write(`${first ? '' : ','}\n  ${JSON.stringify(key)}: [`);
      let none = true;
      let batch: unknown[] = [];
      const writeBatch = () => {
        out.write(`${none ? '' : ','}${itemsText(batch)}`);
        none = false;
        batch = [];
      };
      for (const item of list) {
        batch.push(item);
        if (batch.length === BATCH) writeBatch();
      }
      if (batch.length > 0) writeBatch();
      out.write(none ? ']' : '\n  ]');
    }
    first = false;
  }
  out.write(first ? '}\n' : '\n}\n');
  out.flush();
}
