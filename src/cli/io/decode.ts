/**
 * Text decoding for CSV files: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's
 * "Unicode Text" export) or without one (told by its zero bytes), and Windows-1252 for files
 * that are not valid UTF-8 (Excel's "CSV" export on Western-European Windows).
 */
import { utf16WithoutBom } from './sniff';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
}

/**
 * Windows-1252 code points for bytes 0x80–0x9F; the five undefined bytes keep their C1 code
 * point as WHATWG's decoder does. Every other byte maps to the same code point (Latin-1).
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** @example decodeWindows1252(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x80])) // 'Café€' */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let out = '';
  const codes: number[] = new Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function swapBytes(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

/**
 * Decodes a CSV buffer, stripping a byte-order mark when present.
 *
 * @example decodeText(Buffer.from('\ufeffa,b')) // { text: 'a,b', encoding: 'utf-8', bom: true }
 */
export function decodeText(buf: Buffer): DecodedText {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const le = swapBytes(buf.subarray(2));
    return { text: new TextDecoder('utf-16le').decode(le), encoding: 'utf-16be', bom: true };
  }
  const utf16 = utf16WithoutBom(buf);
  if (utf16 === 'utf-16le')
    return { text: new TextDecoder('utf-16le').decode(buf), encoding: utf16, bom: false };
  if (utf16 === 'utf-16be') {
    return { text: new TextDecoder('utf-16le').decode(swapBytes(buf)), encoding: utf16, bom: false };
  }
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  try {
    // ignoreBOM: the BOM is already stripped above; a second one would be data.
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
      bom,
    };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bom };
  }
}
