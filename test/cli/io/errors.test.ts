import { promises as fs } from 'fs';
import path from 'path';
import { readWorkbook } from '../../../src/cli/io/readWorkbook';
import type { ReadErrorCode, ReadResult } from '../../../src/cli/io/types';
import {
  encryptedOoxmlBytes,
  legacyXlsBytes,
  makeTempDir,
  removeDir,
  sha256,
  writeFile,
  writeRegister,
  zipBytes,
} from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

function failure(result: ReadResult): { code: ReadErrorCode; message: string } {
  if (result.ok) throw new Error('expected a read error');
  return result.error;
}

/** Reads the file and checks it is left byte-identical. */
async function readUnchanged(filePath: string): Promise<ReadResult> {
  const before = await sha256(filePath);
  const result = await readWorkbook(filePath);
  expect(await sha256(filePath)).toBe(before);
  return result;
}

describe('readWorkbook on files it cannot use', () => {
  it('a missing file is not-found', async () => {
    const error = failure(await readWorkbook(path.join(dir, 'nope.xlsx')));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/nope\.xlsx/);
  });

  it('a folder is unreadable', async () => {
    expect(failure(await readWorkbook(dir)).code).toBe('unreadable');
  });

  it.each(['register.xls', 'register.ods', 'register.json', 'register'])(
    '%s has an unsupported format, with a way out',
    async (name) => {
      const error = failure(await readUnchanged(await writeFile(dir, name, 'x')));
      expect(error.code).toBe('unsupported-format');
      expect(error.message).toMatch(/\.xlsx/);
    },
  );

  it('a 0-byte workbook is empty', async () => {
    expect(failure(await readUnchanged(await writeFile(dir, 'zero.xlsx', ''))).code).toBe('empty');
  });

  it('a 4-byte file named .xlsx is corrupt', async () => {
    const error = failure(await readUnchanged(await writeFile(dir, 'bad-tiny.xlsx', 'abcd')));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/bad-tiny\.xlsx/);
  });

  it('a truncated workbook is corrupt', async () => {
    const whole = await fs.readFile(await writeRegister(dir, 'whole.xlsx'));
    const cut = await writeFile(dir, 'bad-truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(failure(await readUnchanged(cut)).code).toBe('corrupt');
  });

  it('a Word document named .xlsx is named for what it is', async () => {
    const docx = await writeFile(dir, 'bad-docx.xlsx', zipBytes({ 'word/document.xml': '<w:document/>' }));
    const error = failure(await readUnchanged(docx));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(
      /^bad-docx\.xlsx is a Word document with an \.xlsx name, not an Excel workbook/,
    );
  });

  it('a zip that is neither a workbook nor another known document is corrupt', async () => {
    const other = await writeFile(dir, 'bad-zip.xlsx', zipBytes({ 'notes/readme.txt': 'hello' }));
    expect(failure(await readUnchanged(other)).code).toBe('corrupt');
  });

  it('a workbook with broken XML is corrupt, without library internals in the message', async () => {
    const broken = zipBytes({ 'xl/workbook.xml': '<workbook><sheets>', 'xl/worksheets/sheet1.xml': '<<<' });
    const error = failure(await readUnchanged(await writeFile(dir, 'bad-xml.xlsx', broken)));
    expect(error.code).toBe('corrupt');
    expect(error.message).not.toMatch(/undefined|properties/);
  });

  it('a password-protected workbook is encrypted, and the message says to remove the password', async () => {
    const error = failure(await readUnchanged(await writeFile(dir, 'locked.xlsx', encryptedOoxmlBytes())));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/remove the password/);
  });

  it('an old .xls renamed to .xlsx has an unsupported format', async () => {
    const error = failure(await readUnchanged(await writeFile(dir, 'old.xlsx', legacyXlsBytes())));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/97–2003/);
  });

  it('a 0-byte CSV is empty', async () => {
    expect(failure(await readUnchanged(await writeFile(dir, 'zero.csv', ''))).code).toBe('empty');
  });
});
