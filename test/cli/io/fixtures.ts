/**
 * Deterministic test files, written at test time into a temp folder (no binary fixtures are
 * committed). Each builder returns the path of the file it wrote.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';

export async function makeTempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'improvement-plan-io-'));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

export async function sha256(filePath: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(filePath))
    .digest('hex');
}

/** Writes a workbook built by `build`; ExcelJS's creation dates are pinned so bytes are stable. */
export async function writeWorkbook(
  dir: string,
  name: string,
  build: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  build(wb);
  const filePath = path.join(dir, name);
  await fs.writeFile(filePath, Buffer.from(await wb.xlsx.writeBuffer()));
  return filePath;
}

export async function writeFile(dir: string, name: string, content: string | Buffer): Promise<string> {
  const filePath = path.join(dir, name);
  await fs.writeFile(filePath, content);
  return filePath;
}

/** 2026-03-15 as a JS Date in UTC, the way ExcelJS hands dates over. */
export const RAISED = new Date(Date.UTC(2026, 2, 15));
/** Excel serial of {@link RAISED}. */
export const RAISED_SERIAL = 46096;

/**
 * A register the way real ones look: a merged title row, the header on row 3, typed cells of every
 * kind, a hidden row, a hidden column, an AutoFilter, plus a hidden and a very hidden sheet.
 *
 * Register (row: content)
 * 1: merged title A1:F1 · 3: header · 4: dates, rich text, hyperlink, formula with result, boolean
 * 5: formula without result, error cell, formula whose result is an error · 6: hidden row
 * 7–9: shared formulas in F, with (F7:F9) results · column G hidden, no results in H7:H9
 */
export function buildRegister(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Register');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = 'Improvement register';
  ws.getRow(3).values = ['ID', 'Raised', 'Target', 'Status', 'Owner', 'Days', 'Internal', 'Twice'];
  ws.getCell('A4').value = 'IP-1';
  ws.getCell('B4').value = RAISED;
  ws.getCell('B4').numFmt = 'dd.mm.yyyy';
  ws.getCell('C4').value = new Date(Date.UTC(2026, 2, 15, 18, 0));
  ws.getCell('D4').value = { richText: [{ text: 'In ' }, { text: 'progress', font: { bold: true } }] };
  ws.getCell('E4').value = { text: 'Dana Smith', hyperlink: 'mailto:dana@example.com' };
  ws.getCell('F4').value = { formula: 'C4-B4', result: 0.75 };
  ws.getCell('G4').value = true;
  ws.getCell('A5').value = 'IP-2';
  ws.getCell('B5').value = { formula: 'TODAY()' };
  ws.getCell('C5').value = { error: '#REF!' };
  ws.getCell('D5').value = { formula: 'VLOOKUP(A5,Lists!A:B,2,FALSE)', result: { error: '#N/A' } };
  ws.getCell('A6').value = 'IP-3 (hidden)';
  ws.getRow(6).hidden = true;
  ws.getCell('A7').value = 1;
  ws.getCell('A8').value = 2;
  ws.getCell('A9').value = 3;
  ws.fillFormula('F7:F9', 'A7*2', [2, 4, 6]);
  ws.fillFormula('H7:H9', 'A7*3');
  ws.getColumn('G').hidden = true;
  ws.autoFilter = 'A3:H9';

  wb.addWorksheet('Lists', { state: 'hidden' }).getCell('A1').value = 'Open';
  wb.addWorksheet('Secret', { state: 'veryHidden' }).getCell('A1').value = 'x';
}

export function writeRegister(dir: string, name = 'register.xlsx'): Promise<string> {
  return writeWorkbook(dir, name, buildRegister);
}

/** A compound-file header with the MS-OFFCRYPTO stream names Excel writes for a password. */
export function encryptedOoxmlBytes(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    Buffer.from('EncryptionInfo', 'utf16le'),
    Buffer.alloc(50),
    Buffer.from('EncryptedPackage', 'utf16le'),
    Buffer.alloc(512),
  ]);
}

/** A compound file without encryption streams: what a legacy .xls looks like. */
export function legacyXlsBytes(): Buffer {
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A minimal stored (uncompressed) zip, for packages that are zips but not workbooks. */
export function zipBytes(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
