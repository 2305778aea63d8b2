import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import {
  findEntry,
  inflateEntry,
  isZipProblem,
  openZip,
  rawEntryData,
  type ZipPackage,
  type ZipProblem,
} from '../../../src/cli/io/zip';
import { CORPUS } from '../cliHarness';

interface ZipInput {
  name: string;
  data: Buffer;
  store?: boolean;
  claimedSize?: number;
  crc?: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeZip, crc32 } = require('../../../scripts/hostile/lib/zip.js') as {
  writeZip: (entries: ZipInput[]) => Buffer;
  crc32: (b: Buffer) => number;
};

const text = (s: string) => Buffer.from(s, 'utf8');

function opened(buf: Buffer): ZipPackage {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) throw new Error(`expected a package, got ${pkg.code}: ${pkg.message}`);
  return pkg;
}

function refused(x: unknown): ZipProblem {
  if (!isZipProblem(x)) throw new Error('expected a problem');
  return x;
}

const big = () => ({ remaining: 1 << 30 });

describe('openZip', () => {
  test('reads names, methods and sizes, and inflates each entry to its bytes', () => {
    const buf = writeZip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'xl/workbook.xml', data: text('<workbook/>'.repeat(100)) },
      { name: 'docProps/thumb.bin', data: Buffer.from([1, 2, 3]), store: true },
    ]);
    const pkg = opened(buf);
    expect(pkg.entries.map((e) => [e.name, e.method])).toEqual([
      ['[Content_Types].xml', 8],
      ['xl/workbook.xml', 8],
      ['docProps/thumb.bin', 0],
    ]);
    const wb = pkg.byName.get('xl/workbook.xml')!;
    expect(wb.uncompressedSize).toBe(1100);
    expect(inflateEntry(buf, wb, big())).toEqual(text('<workbook/>'.repeat(100)));
    expect(rawEntryData(buf, pkg.byName.get('docProps/thumb.bin')!)).toEqual(Buffer.from([1, 2, 3]));
    expect(rawEntryData(buf, wb)).toEqual(zlib.deflateRawSync(text('<workbook/>'.repeat(100))));
    expect(findEntry(pkg, 'XL/Workbook.xml')).toBe(wb);
  });

  test('two entries with the same name are refused, also when only their case differs', () => {
    const same = writeZip([
      { name: 'xl/workbook.xml', data: text('a') },
      { name: 'xl/workbook.xml', data: text('b') },
    ]);
    expect(refused(openZip(same))).toMatchObject({ code: 'duplicate-entry' });
    expect(refused(openZip(same)).message).toContain('xl/workbook.xml');
    const cased = writeZip([
      { name: 'xl/worksheets/sheet1.xml', data: text('a') },
      { name: 'xl/Worksheets/Sheet1.xml', data: text('b') },
    ]);
    expect(refused(openZip(cased))).toMatchObject({ code: 'duplicate-entry' });
  });

  test.each([
    ['../evil.xml'],
    ['xl/../../evil.xml'],
    ['/etc/passwd'],
    ['C:/Windows/evil.xml'],
    ['xl\\worksheets\\sheet1.xml'],
    ['xl/./sheet.xml'],
    ['xl/a\u0000b.xml'],
  ])('a name outside the package root (%j) is refused', (name) => {
    const buf = writeZip([{ name, data: text('x') }]);
    expect(refused(openZip(buf))).toMatchObject({ code: 'unsafe-name' });
  });

  test('an encrypted entry is refused as unsupported', () => {
    const buf = writeZip([{ name: 'a.xml', data: text('x') }]);
    const cd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt16LE(buf.readUInt16LE(cd + 8) | 1, cd + 8);
    expect(refused(openZip(buf))).toMatchObject({ code: 'unsupported' });
  });

  test('bytes that are not a zip, or a truncated zip, are refused without throwing', () => {
    expect(refused(openZip(Buffer.from('Ref,Title\n1,Two\n')))).toMatchObject({ code: 'not-zip' });
    expect(refused(openZip(Buffer.alloc(0)))).toMatchObject({ code: 'not-zip' });
    const buf = writeZip([{ name: 'a.xml', data: text('x'.repeat(1000)) }]);
    for (let cut = 0; cut < buf.length; cut += 7) {
      const r = openZip(buf.subarray(0, cut));
      if (!isZipProblem(r)) for (const e of r.entries) inflateEntry(buf.subarray(0, cut), e, big());
    }
  });

  test('a local header whose name differs from the directory is refused (two tools, two packages)', () => {
    const buf = writeZip([{ name: 'xl/a.xml', data: text('x') }]);
    buf.write('b', 30 + 'xl/'.length, 'latin1');
    expect(refused(openZip(buf))).toMatchObject({ code: 'corrupt' });
  });

  test('entries that share their bytes (a non-recursive zip bomb) are refused', () => {
    const buf = writeZip([
      { name: 'a.xml', data: text('x'.repeat(100)) },
      { name: 'b.xml', data: text('y') },
    ]);
    const cd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(0, cd + 42); // b.xml's directory record now points at a.xml's local header
    expect(isZipProblem(openZip(buf))).toBe(true);
  });

  test('more entries than the limit are refused before any is read', () => {
    const buf = writeZip(Array.from({ length: 30 }, (_, i) => ({ name: `p${i}.xml`, data: text('x') })));
    expect(refused(openZip(buf, { maxEntries: 20 }))).toMatchObject({ code: 'too-large' });
  });

  test('a zip64 directory is read', () => {
    const plain = writeZip([{ name: 'xl/workbook.xml', data: text('<workbook/>') }]);
    const eocd = plain.length - 22;
    const cdOffset = plain.readUInt32LE(eocd + 16);
    const cdSize = plain.readUInt32LE(eocd + 12);
    const z64 = Buffer.alloc(56);
    z64.writeUInt32LE(0x06064b50, 0);
    z64.writeBigUInt64LE(44n, 4);
    z64.writeUInt16LE(45, 12);
    z64.writeUInt16LE(45, 14);
    z64.writeBigUInt64LE(1n, 24);
    z64.writeBigUInt64LE(1n, 32);
    z64.writeBigUInt64LE(BigInt(cdSize), 40);
    z64.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(eocd), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.from(plain.subarray(eocd));
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    const buf = Buffer.concat([plain.subarray(0, eocd), z64, locator, end]);
    const pkg = opened(buf);
    expect(pkg.entries.map((e) => e.name)).toEqual(['xl/workbook.xml']);
    expect(inflateEntry(buf, pkg.entries[0], big())).toEqual(text('<workbook/>'));
  });
});

describe('inflateEntry', () => {
  test('a zip bomb stops at the budget, with memory bounded by the budget, not by the claim', () => {
    const zeros = Buffer.alloc(16 * 1024 * 1024); // deflates to ~16 KB
    const buf = writeZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(buf.length).toBeLessThan(50_000);
    const entry = opened(buf).entries[0];
    const budget = { remaining: 1024 * 1024 };
    const before = process.memoryUsage().arrayBuffers;
    expect(refused(inflateEntry(buf, entry, budget))).toMatchObject({ code: 'too-large' });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  test('a claimed size that lies low does not let the entry inflate past the budget', () => {
    const data = Buffer.alloc(8 * 1024 * 1024, 0x41);
    const buf = writeZip([{ name: 'a.xml', data, claimedSize: 10 }]);
    const entry = opened(buf).entries[0];
    expect(entry.uncompressedSize).toBe(10);
    expect(refused(inflateEntry(buf, entry, { remaining: 1024 * 1024 }))).toMatchObject({
      code: 'too-large',
    });
    const within = refused(inflateEntry(buf, entry, big()));
    expect(within.code).toBe('corrupt');
    expect(within.message).toContain('not the 10');
  });

  test('the budget is shared: bytes inflated are taken off it, and the next entry is refused past it', () => {
    const buf = writeZip([
      { name: 'a.xml', data: Buffer.alloc(600, 0x61) },
      { name: 'b.xml', data: Buffer.alloc(600, 0x62) },
    ]);
    const [a, b] = opened(buf).entries;
    const budget = { remaining: 1000 };
    expect(inflateEntry(buf, a, budget)).toHaveLength(600);
    expect(budget.remaining).toBe(400);
    expect(refused(inflateEntry(buf, b, budget))).toMatchObject({ code: 'too-large' });
  });

  test('a stored entry counts against the budget too', () => {
    const buf = writeZip([{ name: 'a.bin', data: Buffer.alloc(5000), store: true }]);
    expect(refused(inflateEntry(buf, opened(buf).entries[0], { remaining: 100 }))).toMatchObject({
      code: 'too-large',
    });
  });

  test('a wrong CRC, damaged deflate data and an unknown method are problems, not exceptions', () => {
    const data = text('<sheetData/>'.repeat(50));
    const badCrc = writeZip([{ name: 'a.xml', data, crc: (crc32(data) ^ 1) >>> 0 }]);
    expect(refused(inflateEntry(badCrc, opened(badCrc).entries[0], big())).message).toContain('checksum');
    const damaged = writeZip([{ name: 'a.xml', data }]);
    const e = opened(damaged).entries[0];
    damaged.fill(0xff, e.dataOffset, e.dataOffset + 4);
    expect(refused(inflateEntry(damaged, e, big()))).toMatchObject({ code: 'corrupt' });
    const lzma = writeZip([{ name: 'a.xml', data }]);
    const cd = lzma.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lzma.writeUInt16LE(14, cd + 10);
    expect(refused(inflateEntry(lzma, opened(lzma).entries[0], big()))).toMatchObject({
      code: 'unsupported',
    });
  });
});

// ../shared/corpus beside the checkout: present in CI, absent in a bare clone.
const describeIfCorpus = fs.existsSync(CORPUS) ? describe : describe.skip;

describeIfCorpus('the corpus workbooks', () => {
  const files = (fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS) : [])
    .filter((f) => /\.xls[xm]$/.test(f))
    .map((f) => path.join(CORPUS, f));

  test.each(files)('%s opens, and every entry inflates with its CRC (or is refused as not a zip)', (file) => {
    const buf = fs.readFileSync(file);
    const pkg = openZip(buf);
    if (isZipProblem(pkg)) {
      expect(path.basename(file)).toMatch(/^corrupt/);
      expect(pkg.code).toBe('not-zip');
      return;
    }
    expect(findEntry(pkg, '[Content_Types].xml')).toBeDefined();
    const budget = { remaining: 50 * buf.length };
    for (const entry of pkg.entries) {
      const out = inflateEntry(buf, entry, budget);
      expect(isZipProblem(out) ? `${entry.name}: ${out.message}` : out.length).toBe(entry.uncompressedSize);
    }
  });
});
