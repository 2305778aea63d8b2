import { decodeText, decodeWindows1252 } from '../../../src/cli/io/decode';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from('Café;Ñandú', 'utf8'))).toEqual({
      text: 'Café;Ñandú',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('strips a UTF-8 BOM and says so', () => {
    expect(decodeText(Buffer.from('\ufeffid,title', 'utf8'))).toEqual({
      text: 'id,title',
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x71, 0x94]);
    expect(decodeText(bytes)).toEqual({ text: 'Café €5 “q”', encoding: 'windows-1252', bom: false });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode Text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tné', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: 'id\tné', encoding: 'utf-16le', bom: true });
  });

  it('reads UTF-16BE with a BOM', () => {
    const le = Buffer.from('a,é', 'utf16le');
    const be = Buffer.from(le.map((_b, i) => le[i % 2 === 0 ? i + 1 : i - 1]));
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      text: 'a,é',
      encoding: 'utf-16be',
      bom: true,
    });
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the Windows-1252 characters, not to control codes', () => {
    const high = Buffer.from(Array.from({ length: 32 }, (_v, i) => 0x80 + i));
    expect(decodeWindows1252(high)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('maps every other byte to the same code point (Latin-1)', () => {
    const low = Array.from({ length: 128 }, (_v, i) => i);
    const latin1 = Array.from({ length: 96 }, (_v, i) => 0xa0 + i);
    const bytes = Buffer.from([...low, ...latin1]);
    expect(decodeWindows1252(bytes)).toBe(String.fromCharCode(...low, ...latin1));
  });

  it('decodes files larger than one chunk', () => {
    const big = Buffer.alloc(20_000, 0xe9);
    expect(decodeWindows1252(big)).toBe('é'.repeat(20_000));
  });
});
