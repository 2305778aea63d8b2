/**
 * The zip writer of every package the command line writes. Entries are either copied as they are
 * stored in another zip (raw compressed bytes: the part stays byte-identical, nothing is inflated),
 * deflated from a buffer, or deflated as a stream of text (a million-row sheet never exists as one
 * string). The local header of a streamed entry is written first and patched once its CRC and
 * sizes are known, so no data descriptor is needed. Zip64 records are written where an offset, a
 * size or the entry count passes the 32-bit fields.
 */
import { once } from 'events';
import zlib from 'zlib';
import { crc32 } from '../io/zip';

/** The reader's CRC-32, one implementation for both directions. */
export { crc32 };

/** Where the package goes: appended writes plus one positional write to patch a header. */
export interface ZipSink {
  write(chunk: Buffer): Promise<void>;
  writeAt(chunk: Buffer, position: number): Promise<void>;
}

/** An entry copied from another zip: its stored bytes and the directory's figures for them. */
export interface RawEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  data: Buffer;
}

interface Written {
  name: Buffer;
  utf8: boolean;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  offset: number;
}

const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
const FLAG_UTF8 = 0x0800;
/** Version needed to extract: 2.0 (deflate), 4.5 with zip64 records. */
const VERSION = 20;
const VERSION_ZIP64 = 45;

/** DOS date and time of `d` (local time, as zip tools show it). */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly sink: ZipSink,
    modified: Date = new Date(),
  ) {
    this.stamp = dosTime(modified);
  }

  private async put(chunk: Buffer): Promise<void> {
    await this.sink.write(chunk);
    this.offset += chunk.length;
  }

  /**
   * The local header. With `zip64` the sizes go in a zip64 extra field (needed when they pass
   * 4 GiB; the central directory then carries them too).
   */
  private localHeader(e: Omit<Written, 'offset'>, zip64: boolean): Buffer {
    const extra = zip64
      ? Buffer.concat([Buffer.from([1, 0, 16, 0]), u64(e.uncompressedSize), u64(e.compressedSize)])
      : Buffer.alloc(0);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION, 4);
    h.writeUInt16LE(e.utf8 ? FLAG_UTF8 : 0, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    h.writeUInt32LE(e.crc32 >>> 0, 14);
    h.writeUInt32LE(zip64 ? U32_MAX : e.compressedSize, 18);
    h.writeUInt32LE(zip64 ? U32_MAX : e.uncompressedSize, 22);
    h.writeUInt16LE(e.name.length, 26);
    h.writeUInt16LE(extra.length, 28);
    return Buffer.concat([h, e.name, extra]);
  }

  private nameOf(name: string): { name: Buffer; utf8: boolean } {
    // eslint-disable-next-line no-control-regex -- ASCII test
    const utf8 = /[^\x00-\x7f]/.test(name);
    const bytes = Buffer.from(name, 'utf8');
    if (bytes.length > U16_MAX) throw new Error(`zip entry name too long: ${name.slice(0, 80)}…`);
    return { name: bytes, utf8 };
  }

  /** Copies an entry of another zip: its compressed bytes are written as they are. */
  async addRaw(entry: RawEntry): Promise<void> {
    const e = {
      ...this.nameOf(entry.name),
      method: entry.method,
      crc32: entry.crc32,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
    };
    const offset = this.offset;
    const zip64 = e.compressedSize >= U32_MAX || e.uncompressedSize >= U32_MAX;
    await this.put(this.localHeader(e, zip64));
    await this.put(entry.data);
    this.written.push({ ...e, offset });
  }

  /** Adds a part, deflated (or stored when `store`). */
  async addFile(name: string, data: string | Buffer, options: { store?: boolean } = {}): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const stored = options.store === true;
    const body = stored ? bytes : zlib.deflateRawSync(bytes);
    await this.addRaw({
      name,
      method: stored ? 0 : 8,
      crc32: crc32(bytes),
      compressedSize: body.length,
      uncompressedSize: bytes.length,
      data: body,
    });
  }

  /**
   * Adds a part deflated from a stream of text chunks, holding only a chunk at a time. The local
   * header is patched with the CRC and sizes at the end (entries up to 4 GiB).
   */
  async addStream(name: string, chunks: Iterable<string>, level = 6): Promise<void> {
    const naming = this.nameOf(name);
    const offset = this.offset;
    const head = { ...naming, method: 8, crc32: 0, compressedSize: 0, uncompressedSize: 0 };
    await this.put(this.localHeader(head, false));
    const deflate = zlib.createDeflateRaw({ level });
    let compressed = 0;
    const drained = (async () => {
      for await (const out of deflate as AsyncIterable<Buffer>) {
        compressed += out.length;
        await this.put(out);
      }
    })();
    let crc = 0;
    let size = 0;
    try {
      for (const text of chunks) {
        const buf = Buffer.from(text, 'utf8');
        crc = crc32(buf, crc);
        size += buf.length;
        if (!deflate.write(buf)) await Promise.race([once(deflate, 'drain'), drained]);
      }
      deflate.end();
      await drained;
    } catch (e) {
      deflate.destroy();
      await drained.catch(() => undefined);
      throw e;
    }
    if (size >= U32_MAX || compressed >= U32_MAX) {
      throw new Error(`the part ${name} is larger than 4 GiB and cannot be written`);
    }
    const entry = { ...head, crc32: crc, compressedSize: compressed, uncompressedSize: size };
    await this.sink.writeAt(this.localHeader(entry, false), offset);
    this.written.push({ ...entry, offset });
  }

  /** Writes the central directory and the end records. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.written) await this.put(this.centralRecord(e));
    const size = this.offset - start;
    const count = this.written.length;
    const zip64 = count >= U16_MAX || start >= U32_MAX || size >= U32_MAX;
    if (zip64) {
      const end64 = Buffer.alloc(56);
      end64.writeUInt32LE(0x06064b50, 0);
      end64.writeBigUInt64LE(44n, 4);
      end64.writeUInt16LE(VERSION_ZIP64, 12);
      end64.writeUInt16LE(VERSION_ZIP64, 14);
      end64.writeBigUInt64LE(BigInt(count), 24);
      end64.writeBigUInt64LE(BigInt(count), 32);
      end64.writeBigUInt64LE(BigInt(size), 40);
      end64.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(this.offset), 8);
      locator.writeUInt32LE(1, 16);
      await this.put(Buffer.concat([end64, locator]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, U16_MAX), 8);
    end.writeUInt16LE(Math.min(count, U16_MAX), 10);
    end.writeUInt32LE(Math.min(size, U32_MAX), 12);
    end.writeUInt32LE(Math.min(start, U32_MAX), 16);
    await this.put(end);
  }

  private centralRecord(e: Written): Buffer {
    const big = [e.uncompressedSize, e.compressedSize, e.offset].map((n) => n >= U32_MAX);
    const fields = [e.uncompressedSize, e.compressedSize, e.offset].filter((_, i) => big[i]);
    const extra =
      fields.length > 0
        ? Buffer.concat([Buffer.from([1, 0, fields.length * 8, 0]), ...fields.map(u64)])
        : Buffer.alloc(0);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE((3 << 8) | (fields.length > 0 ? VERSION_ZIP64 : VERSION), 4); // made by: Unix
    h.writeUInt16LE(fields.length > 0 ? VERSION_ZIP64 : VERSION, 6);
    h.writeUInt16LE(e.utf8 ? FLAG_UTF8 : 0, 8);
    h.writeUInt16LE(e.method, 10);
    h.writeUInt16LE(this.stamp.time, 12);
    h.writeUInt16LE(this.stamp.date, 14);
    h.writeUInt32LE(e.crc32 >>> 0, 16);
    h.writeUInt32LE(big[1] ? U32_MAX : e.compressedSize, 20);
    h.writeUInt32LE(big[0] ? U32_MAX : e.uncompressedSize, 24);
    h.writeUInt16LE(e.name.length, 28);
    h.writeUInt16LE(extra.length, 30);
    h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    h.writeUInt32LE(big[2] ? U32_MAX : e.offset, 42);
    return Buffer.concat([h, e.name, extra]);
  }
}
