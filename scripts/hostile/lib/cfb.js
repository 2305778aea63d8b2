// @ts-check
/**
 * A password-protected workbook as Excel writes it (MS-OFFCRYPTO, agile encryption): an OLE
 * compound file (MS-CFB, version 3, 512-byte sectors) holding an `EncryptionInfo` stream (in the
 * mini stream, being under 4096 bytes) and an `EncryptedPackage` stream (in regular sectors).
 *
 * The container is built field by field from MS-CFB §2.2–2.6 so that any CFB reader walks it
 * (`file` reports "CDFV2 Encrypted"); the encryption descriptor is real agile XML, and the package
 * is an 8-byte length followed by ciphertext-like deterministic bytes (no key opens it — the
 * command line must refuse it before decrypting anything).
 */
'use strict';

const { Buffer } = require('node:buffer');

const { createHash } = require('node:crypto');

const SECTOR = 512;
const MINI_SECTOR = 64;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/** Deterministic pseudo-random bytes (SHA-256 in counter mode). */
function pseudoRandom(/** @type {number} */ length, /** @type {string} */ seed) {
  const out = Buffer.alloc(length);
  for (let i = 0, block = 0; i < length; block++) {
    const h = createHash('sha256').update(`${seed}:${block}`).digest();
    i += h.copy(out, i);
  }
  return out;
}

function encryptionInfo() {
  const b64 = (/** @type {string} */ seed, /** @type {number} */ n) =>
    pseudoRandom(n, seed).toString('base64');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ` +
    `cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64('keyData', 16)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64('hmacKey', 64)}" encryptedHmacValue="${b64('hmacValue', 64)}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" ` +
    `cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64('salt', 16)}" ` +
    `encryptedVerifierHashInput="${b64('verifierInput', 16)}" encryptedVerifierHashValue="${b64('verifierHash', 64)}" ` +
    `encryptedKeyValue="${b64('keyValue', 32)}"/></keyEncryptor></keyEncryptors></encryption>`;
  const head = Buffer.alloc(8);
  head.writeUInt16LE(4, 0); // version 4.4 = agile
  head.writeUInt16LE(4, 2);
  head.writeUInt32LE(0x40, 4);
  return Buffer.concat([head, Buffer.from(xml, 'utf8')]);
}

function encryptedPackage() {
  const body = pseudoRandom(8192, 'package');
  const size = Buffer.alloc(8);
  size.writeUInt32LE(7900, 0); // the "unencrypted" package length, padded up to the AES block
  return Buffer.concat([size, body]);
}

/**
 * One 128-byte directory entry (MS-CFB §2.6).
 * @param {{ name: string, type: number, color?: number, left?: number, right?: number,
 *   child?: number, start?: number, size?: number }} e
 */
function directoryEntry(e) {
  const entry = Buffer.alloc(128);
  const name = Buffer.from(`${e.name}\0`, 'utf16le');
  name.copy(entry, 0);
  entry.writeUInt16LE(name.length, 64);
  entry.writeUInt8(e.type, 66);
  entry.writeUInt8(e.color ?? 1, 67);
  entry.writeUInt32LE(e.left ?? NOSTREAM, 68);
  entry.writeUInt32LE(e.right ?? NOSTREAM, 72);
  entry.writeUInt32LE(e.child ?? NOSTREAM, 76);
  entry.writeUInt32LE(e.start ?? 0, 116);
  entry.writeUInt32LE(e.size ?? 0, 120);
  return entry;
}

const pad = (/** @type {Buffer} */ b, /** @type {number} */ unit) =>
  Buffer.concat([b, Buffer.alloc((unit - (b.length % unit)) % unit)]);

/**
 * The bytes of an encrypted OOXML workbook's container.
 * @returns {Buffer}
 */
function encryptedWorkbookBytes() {
  const info = encryptionInfo(); // < 4096 bytes: lives in the mini stream
  const pkg = encryptedPackage(); // >= 4096 bytes: regular sectors
  const miniStream = pad(info, MINI_SECTOR);
  const miniSectors = miniStream.length / MINI_SECTOR;
  const miniContainer = pad(miniStream, SECTOR);
  const containerSectors = miniContainer.length / SECTOR;
  const pkgBytes = pad(pkg, SECTOR);
  const pkgSectors = pkgBytes.length / SECTOR;
  // Sector map: 0 FAT, 1 directory, 2 mini FAT, then the mini stream container, then the package.
  const firstContainer = 3;
  const firstPackage = firstContainer + containerSectors;
  const total = firstPackage + pkgSectors;
  if (total > SECTOR / 4) throw new Error('one FAT sector addresses 128 sectors');

  const fat = Buffer.alloc(SECTOR, 0xff);
  const chain = (/** @type {number} */ first, /** @type {number} */ n) => {
    for (let i = 0; i < n; i++) fat.writeUInt32LE(i === n - 1 ? ENDOFCHAIN : first + i + 1, (first + i) * 4);
  };
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  fat.writeUInt32LE(ENDOFCHAIN, 8);
  chain(firstContainer, containerSectors);
  chain(firstPackage, pkgSectors);

  const miniFat = Buffer.alloc(SECTOR, 0xff);
  for (let i = 0; i < miniSectors; i++)
    miniFat.writeUInt32LE(i === miniSectors - 1 ? ENDOFCHAIN : i + 1, i * 4);

  // Red-black tree of the root's children, compared by name length first (MS-CFB §2.6.4):
  // "EncryptionInfo" (14) < "EncryptedPackage" (16). Black parent, red left child.
  const directory = Buffer.concat([
    directoryEntry({ name: 'Root Entry', type: 5, child: 2, start: firstContainer, size: miniStream.length }),
    directoryEntry({ name: 'EncryptionInfo', type: 2, color: 0, start: 0, size: info.length }),
    directoryEntry({ name: 'EncryptedPackage', type: 2, left: 1, start: firstPackage, size: pkg.length }),
    (() => {
      const unused = Buffer.alloc(128);
      unused.writeUInt32LE(NOSTREAM, 68);
      unused.writeUInt32LE(NOSTREAM, 72);
      unused.writeUInt32LE(NOSTREAM, 76);
      return unused;
    })(),
  ]);

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 2^9 = 512-byte sectors
  header.writeUInt16LE(6, 32); // 2^6 = 64-byte mini sectors
  header.writeUInt32LE(0, 40); // directory sectors (0 in version 3)
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0, 52); // transaction signature
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(2, 60); // first mini FAT sector
  header.writeUInt32LE(1, 64); // mini FAT sectors
  header.writeUInt32LE(ENDOFCHAIN, 68); // first DIFAT sector: none
  header.writeUInt32LE(0, 72); // DIFAT sectors
  header.fill(0xff, 76); // the 109 header DIFAT entries: FREESECT…
  header.writeUInt32LE(0, 76); // …but the first, which names the FAT sector

  return Buffer.concat([header, fat, directory, miniFat, miniContainer, pkgBytes]);
}

module.exports = { encryptedWorkbookBytes };
