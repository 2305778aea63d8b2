/**
 * Issue 16 part 6: the copy `review --out` writes keeps within Excel's sheet, so Excel opens it
 * without repair, and says what it shortened; the input stays as it was. (Cell text past 32,767
 * characters and sheet names: test/cli/writer/limits.test.ts.) Here: a register wider than an
 * Excel sheet, as a CSV can be.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { inflateEntry, isZipProblem, openZip } from '../../src/cli/io/zip';
import { AS_OF, removeDir, ROOT, sha256, tempDir } from '../cli/cliHarness';
import { ensureBuiltCli } from './builtCli';

const BIN = path.join(ROOT, 'bin', 'improvement-plan.js');

let dir: string;
beforeAll(async () => {
  ensureBuiltCli();
  dir = await tempDir();
}, 300_000);
afterAll(() => removeDir(dir));

test('a CSV register of 16,400 columns: the copy keeps the first 16,384 (A to XFD) and says so', async () => {
  const extra = (text: string) => Array<string>(16_400 - 6).fill(text);
  const lines = [
    ['ID', 'Type', 'Title', 'Owner', 'Status', 'Target date', ...extra('Note')],
    ['NC-1', 'Minor NC', 'Access reviews', 'Ana', 'Open', '2026-12-31', ...extra('y')],
    ['OFI-2', 'OFI', 'Backups', 'Ben', 'Closed', '2026-10-01', ...extra('z')],
  ];
  const input = path.join(dir, 'wide.csv');
  fs.writeFileSync(input, lines.map((l) => l.join(',')).join('\n') + '\n');
  const before = await sha256(input);
  const out = path.join(dir, 'wide-review.xlsx');
  const run = spawnSync(process.execPath, [BIN, 'review', input, '--as-of', AS_OF, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status).toBe(0);
  expect(run.stdout + run.stderr).toContain(
    'The register has 16,400 columns; an Excel sheet holds 16,384, so the copy keeps the first 16,384.',
  );
  const bytes = fs.readFileSync(out);
  const pkg = openZip(bytes);
  if (isZipProblem(pkg)) throw new Error(pkg.message);
  const sheets = pkg.entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  expect(sheets.length).toBeGreaterThanOrEqual(2);
  for (const entry of sheets) {
    const xml = inflateEntry(bytes, entry, { remaining: 1e9 });
    if (isZipProblem(xml)) throw new Error(xml.message);
    // No cell reference past XFD (four letters, or three after XFD).
    const refs = [...xml.toString('utf8').matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => m[1]);
    expect(refs.filter((c) => c.length > 3 || (c.length === 3 && c > 'XFD'))).toEqual([]);
    if (entry.name === 'xl/worksheets/sheet1.xml') expect(refs).toContain('XFD');
  }
  expect(await sha256(input)).toBe(before);
}, 120_000);
