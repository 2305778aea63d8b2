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
