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

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep. */
function nested(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * Writes `value` as `JSON.stringify(value, null, 2) + '\n'` would, except that each key of
 * `lists` is written (in `value`'s key order, where `value` holds a placeholder for it) from the
 * iterable given: its items are made and written one at a time.
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
      const text = nested(member, 1);
      if (text === undefined) continue; // undefined and functions are left out, as JSON.stringify does
      out.write(`${first ? '' : ','}\n  ${JSON.stringify(key)}: ${text}`);
    } else {
      out.write(`${first ? '' : ','}\n  ${JSON.stringify(key)}: [`);
      let none = true;
      for (const item of list) {
        // JSON.stringify writes an item it cannot say (undefined, a function) as null.
        out.write(`${none ? '' : ','}\n    ${nested(item, 2) ?? 'null'}`);
        none = false;
      }
      out.write(none ? ']' : '\n  ]');
    }
    first = false;
  }
  out.write(first ? '}\n' : '\n}\n');
  out.flush();
}
