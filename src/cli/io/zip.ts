/**
 * A small, bounded reader of zip packages (.xlsx / .xlsm are zips). It reads the central directory
 * (zip64 included), refuses what would let two tools see two different packages in one file —
 * duplicate names, names outside the root, entries whose local header disagrees with the directory,
 * overlapping entries — and inflates one entry at a time against a byte budget, counting the bytes
 * as zlib produces them: the sizes a zip claims are never trusted to size anything.
 *
 * Results, not exceptions: every problem with the file is a {@link ZipProblem}.
 */
import { constants as bufferConstants } from 'buffer';
import zlib from 'zlib';

export interface ZipEntry {
  /** The name as stored (OOXML part names are compared case-insensitively, see {@link findEntry}). */
  name: string;
  /** 0 stored, 8 deflated; anything else is refused by {@link inflateEntry}. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  localHeaderOffset: number;
  /** Where the compressed data starts (after the local header, its name and its extra field). */
  dataOffset: number;
}

export interface ZipPackage {
  /** In central-directory order. */
  entries: ZipEntry[];
  /** By the exact stored name; names are unique case-insensitively, so at most one entry per part. */
  byName: Map<string, ZipEntry>;
}

export type ZipProblemCode =
  'not-zip' | 'duplicate-entry' | 'unsafe-name' | 'too-large' | 'corrupt' | 'unsupported';

export type ZipProblem = { code: ZipProblemCode; message: string };

export interface OpenZipOptions {
  /** Most entries accepted; a workbook with 52 sheets has about 150. Default 20,000. */
  maxEntries?: number;
}

export const DEFAULT_MAX_ENTRIES = 20_000;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
const ZIP64_EXTRA = 0x0001;
const U32_MAX = 0xffffffff;

export function isZipProblem(x: unknown): x is ZipProblem {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Buffer.isBuffer(x) &&
    typeof (x as { code?: unknown }).code === 'string' &&
    typeof (x as { message?: unknown }).message === 'string'
  );
}

function problem(code: ZipProblemCode, message: string): ZipProblem {
  return { code, message };
}

/** A 64-bit little-endian size that must fit a safe integer (it always does in a real file). */
function readU64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

/** The last end-of-central-directory record whose directory lies inside the file before it. */
function findDirectory(buf: Buffer): Directory | ZipProblem {
  const floor = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = buf.length - EOCD_SIZE; at >= floor; at--) {
    if (buf.readUInt32LE(at) !== SIG_EOCD) continue;
    const count = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 12);
    const offset = buf.readUInt32LE(at + 16);
    const zip64 = zip64Directory(buf, at);
    if (isZipProblem(zip64)) return zip64;
    const dir = zip64 ?? { count, size, offset };
    if (dir.offset + dir.size <= at) return dir;
  }
  return problem('not-zip', 'it has no zip directory (end-of-central-directory record)');
}

function zip64Directory(buf: Buffer, eocd: number): Directory | ZipProblem | undefined {
  const locator = eocd - 20;
  if (locator < 0 || buf.readUInt32LE(locator) !== SIG_ZIP64_LOCATOR) return undefined;
  const at = readU64(buf, locator + 8);
  if (at + 56 > locator || buf.readUInt32LE(at) !== SIG_ZIP64_EOCD) {
    return problem('corrupt', 'its zip64 directory record is missing or out of place');
  }
  return { count: readU64(buf, at + 32), size: readU64(buf, at + 40), offset: readU64(buf, at + 48) };
}

interface Sizes {
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Applies the zip64 extra field to the fields the 32-bit record marked as 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, sizes: Sizes): Sizes | ZipProblem {
  const wanted = (['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const).filter(
    (k) => sizes[k] === U32_MAX,
  );
  if (wanted.length === 0) return sizes;
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      if (len < wanted.length * 8 || at + 4 + len > extra.length) break;
      const out = { ...sizes };
      wanted.forEach((k, i) => (out[k] = readU64(extra, at + 4 + i * 8)));
      return out;
    }
    at += 4 + len;
  }
  return problem('corrupt', 'an entry marked zip64 has no zip64 sizes');
}

/**
 * Why a name cannot be a part of the package, or undefined. Names are relative, forward-slashed and
 * stay inside the root (OPC part names; also what keeps an extractor from writing elsewhere).
 */
export function unsafeName(name: string): string | undefined {
  if (name === '') return 'an entry has an empty name';
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20))
    return `the entry name ${JSON.stringify(name)} holds control characters`;
  if (name.includes('\\')) return `the entry name "${name}" holds a backslash`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `the entry name "${name}" is an absolute path`;
  if (name.split('/').some((s) => s === '..' || s === '.')) {
    return `the entry name "${name}" points outside the package ("." or ".." in the path)`;
  }
  return undefined;
}

interface Central extends Sizes {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  next: number;
}

function readCentral(buf: Buffer, at: number, end: number): Central | ZipProblem {
  if (at + CENTRAL_SIZE > end || buf.readUInt32LE(at) !== SIG_CENTRAL) {
    return problem('corrupt', 'its zip directory is damaged (an entry record is missing)');
  }
  const flags = buf.readUInt16LE(at + 8);
  const nameLen = buf.readUInt16LE(at + 28);
  const extraLen = buf.readUInt16LE(at + 30);
  const commentLen = buf.readUInt16LE(at + 32);
  const next = at + CENTRAL_SIZE + nameLen + extraLen + commentLen;
  if (next > end) return problem('corrupt', 'its zip directory is damaged (an entry runs past it)');
  const nameBytes = buf.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLen);
  const name = nameBytes.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1');
  const sizes = zip64Sizes(
    buf.subarray(at + CENTRAL_SIZE + nameLen, at + CENTRAL_SIZE + nameLen + extraLen),
    {
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
    },
  );
  if (isZipProblem(sizes)) return sizes;
  return {
    ...sizes,
    name,
    flags,
    method: buf.readUInt16LE(at + 10),
    crc32: buf.readUInt32LE(at + 16),
    next,
  };
}

/** The local header must exist, name the same entry, and its data must lie inside the file. */
function locate(buf: Buffer, c: Central): ZipEntry | ZipProblem {
  const at = c.localHeaderOffset;
  if (at + LOCAL_SIZE > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) {
    return problem('corrupt', `the entry "${c.name}" has no local header where the directory says`);
  }
  const nameLen = buf.readUInt16LE(at + 26);
  const extraLen = buf.readUInt16LE(at + 28);
  const localName = buf.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLen);
  const nameAsStored = Buffer.from(c.name, c.flags & FLAG_UTF8 ? 'utf8' : 'latin1');
  if (!localName.equals(nameAsStored)) {
    return problem('corrupt', `the entry "${c.name}" has a different name in its local header`);
  }
  const dataOffset = at + LOCAL_SIZE + nameLen + extraLen;
  if (dataOffset + c.compressedSize > buf.length) {
    return problem('corrupt', `the entry "${c.name}" runs past the end of the file`);
  }
  return {
    name: c.name,
    method: c.method,
    compressedSize: c.compressedSize,
    uncompressedSize: c.uncompressedSize,
    crc32: c.crc32,
    localHeaderOffset: at,
    dataOffset,
  };
}

/** Entries sharing bytes are how non-recursive zip bombs multiply their output; none in a real file. */
function overlapping(entries: readonly ZipEntry[]): ZipEntry | undefined {
  const sorted = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (prev.dataOffset + prev.compressedSize > sorted[i].localHeaderOffset) return sorted[i];
  }
  return undefined;
}

/**
 * Reads the directory of a zip package.
 *
 * @example
 * const pkg = openZip(fs.readFileSync('register.xlsx'));
 * if (isZipProblem(pkg)) console.error(pkg.message);
 * else console.log(pkg.entries.map((e) => e.name));
 */
export function openZip(buf: Buffer, options: OpenZipOptions = {}): ZipPackage | ZipProblem {
  if (buf.length < EOCD_SIZE) return problem('not-zip', 'it is too short to be a zip package');
  const dir = findDirectory(buf);
  if (isZipProblem(dir)) return dir;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (dir.count > maxEntries) {
    return problem('too-large', `it holds ${dir.count} entries (the limit is ${maxEntries})`);
  }
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const seen = new Map<string, string>();
  const end = dir.offset + dir.size;
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    const c = readCentral(buf, at, end);
    if (isZipProblem(c)) return c;
    at = c.next;
    const unsafe = unsafeName(c.name);
    if (unsafe) return problem('unsafe-name', unsafe);
    const key = c.name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return problem(
        'duplicate-entry',
        earlier === c.name
          ? `it holds two entries named "${c.name}"`
          : `it holds two entries named "${earlier}" and "${c.name}" (part names ignore case)`,
      );
    }
    seen.set(key, c.name);
    if (c.flags & FLAG_ENCRYPTED) return problem('unsupported', `the entry "${c.name}" is encrypted`);
    const entry = locate(buf, c);
    if (isZipProblem(entry)) return entry;
    entries.push(entry);
    byName.set(c.name, entry);
  }
  const overlap = overlapping(entries);
  if (overlap) return problem('corrupt', `the entry "${overlap.name}" overlaps another entry's data`);
  return { entries, byName };
}

/** The entry whose name matches case-insensitively, as OPC compares part names. */
export function findEntry(pkg: ZipPackage, name: string): ZipEntry | undefined {
  const exact = pkg.byName.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return pkg.entries.find((e) => e.name.toLowerCase() === lower);
}

/** The stored (still compressed) bytes of an entry, as they are in the file; no copy. */
export function rawEntryData(buf: Buffer, entry: ZipEntry): Buffer {
  return buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

let crcTable: Int32Array | undefined;

/**
 * CRC-32 of `data`, continuing from `previous` (the CRC of the bytes before it): zlib's when Node
 * has it, else a table. The zip writer uses it too.
 */
export function crc32(data: Buffer, previous = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer, value?: number) => number }).crc32;
  if (native) return native(data, previous) >>> 0;
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = (previous ^ -1) | 0;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
}

/**
 * Inflates one entry. Output is capped at `budget.remaining` bytes while zlib produces it (never
 * sized from the entry's claimed size); the bytes produced are taken off the budget. The CRC and the
 * claimed size are then checked against what came out.
 *
 * @example
 * const budget = { remaining: 50 * buf.length };
 * const xml = inflateEntry(buf, pkg.byName.get('xl/workbook.xml')!, budget);
 */
export function inflateEntry(
  buf: Buffer,
  entry: ZipEntry,
  budget: { remaining: number },
): Buffer | ZipProblem {
  const raw = rawEntryData(buf, entry);
  let out: Buffer;
  if (entry.method === 0) {
    if (raw.length > budget.remaining) return tooLarge(entry);
    out = raw;
  } else if (entry.method === 8) {
    // zlib stops at maxOutputLength, so memory stays within the budget whatever the entry claims.
    const cap = Math.max(1, Math.min(budget.remaining, bufferConstants.MAX_LENGTH));
    try {
      out = zlib.inflateRawSync(raw, { maxOutputLength: cap });
    } catch (e) {
      if (errorCode(e) === 'ERR_BUFFER_TOO_LARGE') return tooLarge(entry);
      const why = e instanceof Error ? e.message : String(e);
      return problem('corrupt', `the entry "${entry.name}" cannot be decompressed (${why})`);
    }
    if (out.length > budget.remaining) return tooLarge(entry);
  } else {
    return problem('unsupported', `the entry "${entry.name}" uses compression method ${entry.method}`);
  }
  budget.remaining -= out.length;
  if (out.length !== entry.uncompressedSize) {
    return problem(
      'corrupt',
      `the entry "${entry.name}" inflates to ${out.length} bytes, not the ${entry.uncompressedSize} its directory claims`,
    );
  }
  if (crc32(out) !== entry.crc32 >>> 0) {
    return problem('corrupt', `the entry "${entry.name}" fails its checksum (CRC-32)`);
  }
  return out;
}

function tooLarge(entry: ZipEntry): ZipProblem {
  return problem('too-large', `the entry "${entry.name}" inflates past the size budget`);
}

/**
 * Bytes handed to `onChunk` at a time, inflated or stored. Under V8's largest ordinary object
 * (128 KB): the text a reader makes of a chunk is then young garbage, collected at once, instead of
 * a large object that waits for a full collection (reading a million-row sheet went through 2 GB
 * of those).
 */
const STORED_CHUNK = 64 * 1024;

/**
 * Inflates one entry as a stream, handing each chunk to `onChunk` and never holding more than a
 * chunk: for parts too large to hold twice. Same budget, size and CRC checks as {@link inflateEntry};
 * `maxBytes` caps this entry alone, and `onChunk` stops the inflation by returning a problem.
 * Resolves to a problem, or undefined once every byte checked out.
 */
export function inflateEntryChunks(
  buf: Buffer,
  entry: ZipEntry,
  budget: { remaining: number },
  onChunk: (chunk: Buffer) => ZipProblem | undefined | void,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<ZipProblem | undefined> {
  const raw = rawEntryData(buf, entry);
  let produced = 0;
  let crc = 0;
  const take = (chunk: Buffer): ZipProblem | undefined => {
    produced += chunk.length;
    if (chunk.length > budget.remaining || produced > maxBytes) return tooLarge(entry);
    budget.remaining -= chunk.length;
    crc = crc32(chunk, crc);
    return onChunk(chunk) ?? undefined;
  };
  const finish = (): ZipProblem | undefined => {
    if (produced !== entry.uncompressedSize) {
      return problem(
        'corrupt',
        `the entry "${entry.name}" inflates to ${produced} bytes, not the ${entry.uncompressedSize} its directory claims`,
      );
    }
    return crc === entry.crc32 >>> 0
      ? undefined
      : problem('corrupt', `the entry "${entry.name}" fails its checksum (CRC-32)`);
  };
  if (entry.method === 0) {
    for (let at = 0; at < raw.length; at += STORED_CHUNK) {
      const stop = take(raw.subarray(at, at + STORED_CHUNK));
      if (stop) return Promise.resolve(stop);
    }
    return Promise.resolve(finish());
  }
  if (entry.method !== 8) {
    return Promise.resolve(
      problem('unsupported', `the entry "${entry.name}" uses compression method ${entry.method}`),
    );
  }
  return new Promise((resolve) => {
    const inflater = zlib.createInflateRaw({ chunkSize: STORED_CHUNK });
    let settled = false;
    const settle = (p: ZipProblem | undefined) => {
      if (settled) return;
      settled = true;
      inflater.removeAllListeners('data');
      inflater.destroy();
      resolve(p);
    };
    inflater.on('data', (chunk: Buffer) => {
      const stop = take(chunk);
      if (stop) settle(stop);
    });
    inflater.on('error', (e: Error) =>
      settle(problem('corrupt', `the entry "${entry.name}" cannot be decompressed (${e.message})`)),
    );
    inflater.on('end', () => settle(finish()));
    inflater.end(raw);
  });
}
