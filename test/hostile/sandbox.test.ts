/**
 * What the command line touches besides its input: no network at all, and on disk only the --out
 * file — no temporary files left behind, never the input (not even through a symbolic link), and
 * no macros carried into the copy.
 */
import { isZipProblem, openZip, rawEntryData } from '../../src/cli/io/zip';
import dns from 'dns';
import { existsSync, promises as fs } from 'fs';
import http from 'http';
import https from 'https';
import net from 'net';
import path from 'path';
import { AS_OF, CORPUS, removeDir, runCli, sha256, tempDir } from '../cli/cliHarness';
import { ensureHostileCorpus, hostileCase } from './corpus';

let dir: string;
beforeAll(async () => {
  await ensureHostileCorpus();
  dir = await tempDir();
}, 180_000);
afterAll(async () => {
  if (dir) await removeDir(dir);
});

/** Name → SHA-256 of every file in a folder. */
async function listing(folder: string): Promise<Record<string, string>> {
  const names = (await fs.readdir(folder)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await sha256(path.join(folder, n))])),
  );
}

it('makes no network connection, even for a register full of links to evil.example', async () => {
  const spies = [
    jest.spyOn(net.Socket.prototype, 'connect'),
    jest.spyOn(http, 'request'),
    jest.spyOn(https, 'request'),
    jest.spyOn(dns, 'lookup'),
  ];
  const fetchSpy = jest.fn();
  const realFetch = globalThis.fetch;
  globalThis.fetch = fetchSpy as unknown as typeof fetch;
  try {
    for (const name of ['injection.xlsx', 'injection.csv']) {
      const file = hostileCase(name).file;
      await runCli(['validate', file, '--as-of', AS_OF]);
      await runCli(['review', file, '--as-of', AS_OF, '--out', path.join(dir, `net-${name}.xlsx`)]);
    }
    await runCli(['init', path.join(dir, 'net-init.xlsx')]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  } finally {
    globalThis.fetch = realFetch;
    for (const spy of spies) spy.mockRestore();
  }
}, 60_000);

it('writes the --out file and nothing else: the input folder is unchanged, no temporary file is left', async () => {
  const inputDir = path.join(dir, 'in');
  const outDir = path.join(dir, 'out');
  await fs.mkdir(inputDir);
  await fs.mkdir(outDir);
  await fs.copyFile(hostileCase('injection.xlsx').file, path.join(inputDir, 'register.xlsx'));
  const before = await listing(inputDir);
  const run = await runCli([
    'review',
    path.join(inputDir, 'register.xlsx'),
    '--as-of',
    AS_OF,
    '--out',
    path.join(outDir, 'summary.xlsx'),
  ]);
  expect(run.code).toBe(0);
  expect(await listing(inputDir)).toEqual(before);
  expect(await fs.readdir(outDir)).toEqual(['summary.xlsx']);
}, 60_000);

it('refuses an --out that is a symbolic link to the input, even with --force', async () => {
  const input = path.join(dir, 'linked-register.xlsx');
  await fs.copyFile(hostileCase('one-row.xlsx').file, input);
  const link = path.join(dir, 'link-to-register.xlsx');
  await fs.symlink(input, link);
  const before = await sha256(input);
  const run = await runCli(['review', input, '--as-of', AS_OF, '--out', link, '--force']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('is the input file itself');
  expect(await sha256(input)).toBe(before);
}, 60_000);

const xlsm = path.join(CORPUS, 'spanish-52-sheets-with-macros.xlsm');
(existsSync(xlsm) ? it : it.skip)(
  'keeps the macros of a macro-enabled file as data: an .xlsm copy with the same vbaProject.bin, never an .xlsx (../shared/corpus)',
  async () => {
    const refused = await runCli([
      'review',
      xlsm,
      '--as-of',
      AS_OF,
      '--out',
      path.join(dir, 'from-xlsm.xlsx'),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('must end in .xlsm');
    expect(existsSync(path.join(dir, 'from-xlsm.xlsx'))).toBe(false);
    const out = path.join(dir, 'from-xlsm.xlsm');
    const run = await runCli(['review', xlsm, '--as-of', AS_OF, '--out', out]);
    expect(run.code).toBe(0);
    const vba = (buf: Buffer) => {
      const pkg = openZip(buf);
      if (isZipProblem(pkg)) throw new Error(pkg.message);
      return rawEntryData(buf, pkg.byName.get('xl/vbaProject.bin')!);
    };
    expect(vba(await fs.readFile(out)).equals(vba(await fs.readFile(xlsm)))).toBe(true);
  },
  60_000,
);
