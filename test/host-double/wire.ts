/**
 * What crosses the (simulated) wire: values are cloned the way Office.js serialises them
 * (JSON semantics: `undefined` → dropped / `null`, `NaN` → `null`, `Date` → ISO string), and
 * payload sizes are measured as UTF-8 bytes of the JSON text.
 */

/** UTF-8 byte length of a string, without TextEncoder or Buffer (runs anywhere). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export interface WireRef {
  /** Marks a proxy passed as an argument (e.g. a chart's source range). */
  readonly _wireRef: string;
}

/** Objects that must travel by reference rather than by value (client objects). */
export interface Referable {
  _wirePath(): string;
}

function isReferable(v: object): v is Referable {
  return typeof (v as Partial<Referable>)._wirePath === 'function';
}

/**
 * Clones `value` with JSON semantics, keeping client objects as references.
 * The clone is what the host applies, so later mutation of the caller's array has no effect.
 */
export function wireClone(value: unknown, inArray = false): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'undefined':
    case 'function':
    case 'symbol':
      return inArray ? null : undefined;
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      break;
  }
  const obj = value as object;
  if (isReferable(obj)) return obj;
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? null : obj.toJSON();
  if (Array.isArray(obj)) return obj.map((v) => wireClone(v, true));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const c = wireClone(v);
    if (c !== undefined) out[k] = c;
  }
  return out;
}

/** JSON text of a request or response, with client objects written as their path. */
export function wireJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && isReferable(v) ? { _ref: v._wirePath() } : v,
    ) ?? ''
  );
}
