/**
 * The zip writer against independent readers: Info-ZIP's `unzip -t` (every entry's CRC) and the
 * command line's own bounded reader — raw copies, deflated parts, streamed parts whose headers are
 * patched, UTF-8 names, and the zip64 end records of a package with more than 65,535 entries.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { isZipProblem, openZip } from '../../../src/cli/io/zip';
import { crc32, ZipWriter } from '../../../src/cli/writer/zipWriter';
import { removeDir, tempDir } from '../cliHarness';
import { MemorySink, parts } from './packageHelpers';

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

describe('the zip writer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => removeDir(dir));

  it('writes raw copies, deflated, stored and streamed entries that other tools read back', async () => {
    const sink = new MemorySink();
    const zip = new ZipWriter(sink, new Date(2026, 10, 26, 15, 30));
    const text = 'Überprüfung — 監査 '.repeat(1000);
    const deflated = zlib.deflateRawSync(Buffer.from(text));
    await zip.addRaw({
      name: 'raw/copied.xml',
      method: 8,
      crc32: crc32(Buffer.from(text)),
      compressedSize: deflated.length,
      uncompressedSize: Buffer.byteLength(text),
      data: deflated,
    });
    await zip.addFile('xl/ünïcode name.xml', '<a>é</a>');
    await zip.addFile('stored.bin', Buffer.from([0, 1, 2, 3]), { store: true });
    const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`);
    await zip.addStream('xl/worksheets/sheet1.xml', rows, 1);
    await zip.finish();
    const buf = sink.bytes();
    const back = parts(buf);
    expect(back.get('raw/copied.xml')!.raw.equals(deflated)).toBe(true);
    expect(back.get('raw/copied.xml')!.data.toString()).toBe(text);
    expect(back.get('xl/ünïcode name.xml')!.data.toString()).toBe('<a>é</a>');
    expect([...back.get('stored.bin')!.data]).toEqual([0, 1, 2, 3]);
    expect(back.get('xl/worksheets/sheet1.xml')!.data.toString()).toBe(rows.join(''));
    if (hasUnzip) {
      const file = path.join(dir, 'test.zip');
      fs.writeFileSync(file, buf);
      const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(r.stdout).toContain('No errors detected');
    }
  });

  it('writes zip64 end records past 65,535 entries', async () => {
    const sink = new MemorySink();
    const zip = new ZipWriter(sink);
    const n = 65_540;
    for (let i = 0; i < n; i++) await zip.addFile(`p/${i}.txt`, String(i), { store: true });
    await zip.finish();
    const buf = sink.bytes();
    const pkg = openZip(buf, { maxEntries: 100_000 });
    if (isZipProblem(pkg)) throw new Error(pkg.message);
    expect(pkg.entries).toHaveLength(n);
    expect(buf.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    if (hasUnzip) {
      const file = path.join(dir, 'many.zip');
      fs.writeFileSync(file, buf);
      expect(spawnSync('unzip', ['-tq', file], { encoding: 'utf8' }).stdout).toContain('No errors detected');
    }
  }, 60_000);
});
