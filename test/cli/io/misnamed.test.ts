/**
 * Files recognised by their content, whatever their name: each gets the message naming what it
 * really is (or, for UTF-16 text, is read as what it is).
 */
import { promises as fs } from 'fs';
import path from 'path';
import { readWorkbook } from '../../../src/cli/io/readWorkbook';
import type { ReadResult, WorkbookData } from '../../../src/cli/io/types';
import { encryptedOoxmlBytes, legacyXlsBytes, makeTempDir, removeDir, writeRegister } from './fixtures';

let dir: string;
let workbook: Buffer;
beforeAll(async () => {
  dir = await makeTempDir();
  workbook = await fs.readFile(await writeRegister(dir, 'source.xlsx'));
});
afterAll(() => removeDir(dir));

const CSV = 'Ref,Title,Status,Owner\r\nNC-1,Backups untested,Open,Ana\r\nNC-2,No MFA,Closed,Ben\r\n';

async function read(name: string, bytes: Buffer | string): Promise<ReadResult> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  const result = await readWorkbook(file);
  expect((await fs.readFile(file)).equals(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes))).toBe(true);
  return result;
}

function message(r: ReadResult): string {
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error.message).not.toContain('\n');
  return r.error.message;
}

function ok(r: ReadResult): WorkbookData {
  if (!r.ok) throw new Error(`expected a workbook, got ${r.error.message}`);
  return r.value;
}

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

describe('files recognised by their content', () => {
  test('a workbook named .csv', async () => {
    expect(message(await read('register.csv', workbook))).toBe(
      'register.csv is an Excel workbook (.xlsx) with a .csv name, not a CSV file. Rename it to register.xlsx and retry.',
    );
  });

  test('a CSV named .xlsx is read as the CSV it is, and said so (Excel opens it after a warning)', async () => {
    const wb = ok(await read('export.xlsx', CSV));
    expect(wb.sheets[0].grid.values[1]).toEqual(['NC-1', 'Backups untested', 'Open', 'Ana']);
    expect(wb.notices[0]).toMatchObject({
      code: 'csv-as-workbook',
      message:
        'export.xlsx is CSV text with an .xlsx name, not an Excel workbook: it is read as CSV (Excel opens it only after a warning). Rename it to export.csv to say what it is.',
    });
  });

  test('a UTF-16 CSV (no byte-order mark) named .xlsx is read as CSV too', async () => {
    const wb = ok(await read('unicode.xlsx', Buffer.from(CSV, 'utf16le')));
    expect(wb.sheets[0].grid.values[2]).toEqual(['NC-2', 'No MFA', 'Closed', 'Ben']);
    expect(wb.notices.map((n) => n.code)).toContain('csv-as-workbook');
  });

  test.each([
    [
      'UTF-16LE with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]),
      'bom',
    ],
    ['UTF-16BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(CSV)]), 'bom'],
    ['UTF-16LE without a byte-order mark', Buffer.from(CSV, 'utf16le'), 'utf16-encoding'],
    ['UTF-16BE without a byte-order mark', utf16be(CSV), 'utf16-encoding'],
  ])('%s is read as what it is, and said so', async (_, bytes, notice) => {
    const wb = ok(await read('utf16.csv', bytes));
    expect(wb.sheets[0].grid.values[1]).toEqual(['NC-1', 'Backups untested', 'Open', 'Ana']);
    expect(wb.notices.map((n) => n.code)).toContain(notice);
  });

  test.each(['old.csv', 'old.xlsx', 'old.xls', 'old.tsv'])(
    'a legacy .xls named %s is named as one',
    async (name) => {
      expect(message(await read(name, legacyXlsBytes()))).toMatch(/an old (binary )?Excel 97–2003/);
    },
  );

  test('a password-protected workbook named .csv says so', async () => {
    const r = await read('locked.csv', encryptedOoxmlBytes());
    expect(message(r)).toMatch(/^locked\.csv is a password-protected Excel workbook with a \.csv name/);
  });

  test('an .xlsx named .xls, and a CSV or a web page named .xls', async () => {
    expect(message(await read('book.xls', workbook))).toBe(
      'book.xls is an Excel workbook (.xlsx) with an .xls name. Rename it to book.xlsx and retry.',
    );
    expect(message(await read('text.xls', CSV))).toMatch(
      /^text\.xls is a CSV text file with an \.xls name.*Rename it to text\.csv/,
    );
    expect(
      message(await read('page.xls', '<html><body><table><tr><td>Ref</td></tr></table></body></html>')),
    ).toMatch(/^page\.xls is a web page \(HTML\) with an \.xls name/);
  });

  test('a PDF or binary bytes named .csv are named, not parsed as text', async () => {
    expect(message(await read('report.csv', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'))).toMatch(
      /^report\.csv is a PDF document with a \.csv name/,
    );
    expect(
      message(await read('blob.csv', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x7f]))),
    ).toMatch(/^blob\.csv is a binary file with a \.csv name/);
  });

  test('files whose name fits are read as before', async () => {
    expect(ok(await read('fine.csv', CSV)).format).toBe('csv');
    expect(ok(await read('fine.xlsx', workbook)).format).toBe('xlsx');
  });
});

test('a CSV with a few control characters pasted into its cells is still a CSV', async () => {
  const text = `${CSV}NC-3,Ti\u0000tle\u0007\u0008\u000b\u001f,Open,Own\u0001er\r\n`;
  expect(ok(await read('controls.csv', text)).sheets[0].grid.values).toHaveLength(4);
});
