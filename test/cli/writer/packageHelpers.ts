/**
 * Helpers for the writer's tests: packages written to memory, their parts read back with the
 * command line's own zip reader, and LibreOffice as the independent reader of what we write.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import type { SheetPlan } from '../../../src/core';
import type { SheetData } from '../../../src/cli/io/types';
import { inflateEntry, isZipProblem, openZip, rawEntryData } from '../../../src/cli/io/zip';
import { extendPackage } from '../../../src/cli/writer/extendPackage';
import { csvSource } from '../../../src/cli/writer/sources';
import { ZipWriter, type ZipSink } from '../../../src/cli/writer/zipWriter';

/** A sink collecting the package in memory (positional writes patch what was written). */
export class MemorySink implements ZipSink {
  private chunks: Buffer[] = [];
  private patches: { at: number; data: Buffer }[] = [];

  async write(chunk: Buffer): Promise<void> {
    this.chunks.push(Buffer.from(chunk));
  }

  async writeAt(chunk: Buffer, position: number): Promise<void> {
    this.patches.push({ at: position, data: Buffer.from(chunk) });
  }

  bytes(): Buffer {
    const all = Buffer.concat(this.chunks);
    for (const p of this.patches) p.data.copy(all, p.at);
    return all;
  }
}

/** A one-cell sheet as the CSV reader hands it over. */
export function sheetData(values: SheetData['grid']['values'], name = 'Data'): SheetData {
  return { name, hidden: false, grid: { values }, merges: [], hiddenRows: [], notices: [] };
}

/** A workbook holding `register` (first sheet) and the plan's sheet, written by the writer. */
export async function workbookWithPlan(plan: SheetPlan, register = sheetData([['x']])): Promise<Buffer> {
  const sink = new MemorySink();
  const ext = extendPackage(csvSource(register, 1), () => plan);
  await ext.write(new ZipWriter(sink, new Date(2026, 10, 26)));
  return sink.bytes();
}

/** Every part of a package: name → inflated bytes, plus the raw (stored) bytes and method. */
export function parts(
  buf: Buffer,
): Map<string, { data: Buffer; raw: Buffer; method: number; crc32: number }> {
  const pkg = openZip(buf);
  if (isZipProblem(pkg)) throw new Error(pkg.message);
  const out = new Map<string, { data: Buffer; raw: Buffer; method: number; crc32: number }>();
  const budget = { remaining: 2 ** 31 };
  for (const e of pkg.entries) {
    const data = inflateEntry(buf, e, budget);
    if (isZipProblem(data)) throw new Error(data.message);
    out.set(e.name, { data, raw: rawEntryData(buf, e), method: e.method, crc32: e.crc32 });
  }
  return out;
}

export function partText(buf: Buffer, name: string): string {
  const part = parts(buf).get(name);
  if (!part) throw new Error(`no part ${name}`);
  return part.data.toString('utf8');
}

export function findSoffice(): string | undefined {
  const dirs = [
    '/usr/bin',
    '/usr/local/bin',
    '/opt/libreoffice/program',
    ...(process.env.PATH ?? '').split(':'),
  ];
  return dirs.map((d) => path.join(d, 'soffice')).find((p) => fs.existsSync(p));
}

/**
 * Runs `soffice --headless --convert-to <filter>` with a throw-away profile; returns its output
 * (for failure messages).
 */
export function soffice(args: string[], timeout = 170_000): string {
  const bin = findSoffice();
  if (!bin) throw new Error('soffice (LibreOffice) is not installed');
  const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
  try {
    const r = spawnSync(bin, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], {
      encoding: 'utf8',
      timeout,
    });
    return `status ${r.status}${r.error ? ` (${r.error.message})` : ''}\n${r.stdout}\n${r.stderr}`;
  } finally {
    fs.rmSync(new URL(profile), { recursive: true, force: true });
  }
}

/** Every sheet of every file as CSV (LibreOffice 7.2+), into `outDir/<base>-<sheet>.csv`. */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
