/** Recognising a file by its first bytes, before any parser sees it. */

/** Local file header or empty-archive record of a zip (every .xlsx / .xlsm is a zip). */
export function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05);
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * An OLE compound file: either a legacy .xls or an OOXML workbook that Excel encrypted with a
 * password (MS-OFFCRYPTO wraps the zip in a compound file).
 */
export function isCompoundFile(buf: Buffer): boolean {
  return buf.length >= 4 && buf.subarray(0, 4).equals(CFB_MAGIC.subarray(0, 4));
}

/** Stream names of MS-OFFCRYPTO, stored UTF-16LE in the compound file's directory. */
const ENCRYPTION_MARKERS = ['EncryptedPackage', 'EncryptionInfo'].map((s) => Buffer.from(s, 'utf16le'));

export function isEncryptedOoxml(buf: Buffer): boolean {
  return isCompoundFile(buf) && ENCRYPTION_MARKERS.some((m) => buf.includes(m));
}

const VBA_PART = Buffer.from('vbaProject.bin', 'latin1');

/** A zip whose directory names a VBA project part (the name is stored uncompressed). */
export function hasVbaProject(buf: Buffer): boolean {
  return buf.includes(VBA_PART);
}

/**
 * UTF-16 text without a byte-order mark, told by its zero bytes: ASCII-range text in UTF-16LE has
 * a zero at every odd offset, in UTF-16BE at every even one. Undefined for anything else.
 *
 * @example utf16WithoutBom(Buffer.from('id,title', 'utf16le')) // 'utf-16le'
 */
export function utf16WithoutBom(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** What a file holds, told by its bytes, whatever its name says. */
export type ContentKind =
  | 'workbook'
  | 'opendocument'
  | 'word'
  | 'powerpoint'
  | 'zip'
  | 'encrypted'
  | 'legacy-xls'
  | 'pdf'
  | 'html'
  | 'text'
  | 'binary';

const ZIP_PARTS: [Buffer, ContentKind][] = [
  [Buffer.from('xl/workbook', 'latin1'), 'workbook'],
  [Buffer.from('mimetypeapplication/vnd.oasis.opendocument', 'latin1'), 'opendocument'],
  [Buffer.from('word/document.xml', 'latin1'), 'word'],
  [Buffer.from('ppt/presentation.xml', 'latin1'), 'powerpoint'],
];

/**
 * Text, as opposed to binary bytes: UTF-16, or at most 5% control bytes (other than tab, line
 * breaks, form feed) in the first 8 KB. A register may hold a few stray controls (a NUL or a BEL
 * pasted into a title); binary data holds them everywhere.
 */
function isText(buf: Buffer): boolean {
  if (utf16WithoutBom(buf) !== undefined || hasUtf16Bom(buf)) return true;
  const head = buf.subarray(0, 8192);
  let controls = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  return controls <= head.length * 0.05;
}

function hasUtf16Bom(buf: Buffer): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

/**
 * The kind of content, from the first bytes (and, for a zip, the part names it stores in clear).
 *
 * @example sniffContent(Buffer.from('Ref,Title\n')) // 'text'
 */
export function sniffContent(buf: Buffer): ContentKind {
  if (isZip(buf)) return ZIP_PARTS.find(([marker]) => buf.includes(marker))?.[1] ?? 'zip';
  if (isEncryptedOoxml(buf)) return 'encrypted';
  if (isCompoundFile(buf)) return 'legacy-xls';
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (!isText(buf)) return 'binary';
  const start = buf
    .subarray(0, 512)
    .toString('latin1')
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table'))
    return 'html';
  return 'text';
}
