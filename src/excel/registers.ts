/**
 * Which register sheets of the workbook are read together (issue 21): the sheets that look like
 * registers, the ones the user included (stored per sheet in the document settings), and the
 * roll-up of the included ones through the core's `rollUp` — the one the command line uses.
 */
import type { Finding, Register, SheetChoice } from '../core';
import { rollUp, type Rollup } from '../core/rollup';
import { isOwnSheet, listRegisterSheets } from './readRegister';
import { readRegisters, type ReadRegistersResult, type RegisterRead } from './readRegisters';
import type { ReadOptions } from './readRegister';
import { loadRegisterSheets, type RegisterSheetSetting } from './settings';

/** How the findings and the review name the file of a register read in the pane: the open workbook. */
export const THIS_WORKBOOK = 'this workbook';

/** A register sheet of the workbook as the Register view lists it: include it or leave it out. */
export interface RegisterSheetInfo {
  sheetName: string;
  headerRow: number;
  /** Read with the others by validation, the workflow and the review. */
  included: boolean;
  /** Its own mapping is stored in the workbook. */
  stored: boolean;
  /** The sheet detection finds the best register. */
  best: boolean;
}

/** The included sheets as stored, in reading order (empty when none is stored). */
export function includedSheets(): RegisterSheetSetting[] {
  return loadRegisterSheets().filter((s) => s.included);
}

/**
 * Every sheet that looks like a register, best first, then the stored sheets detection does not
 * find (a sheet the user named), each with whether it is included. With nothing stored, the
 * register being read (`current`) is the one included, and the sheets its read searched
 * (`searched`) are the list; otherwise every sheet is probed (two syncs, no rows read).
 */
export async function listRegisters(
  context: Excel.RequestContext,
  current: string,
  searched?: SheetChoice,
): Promise<RegisterSheetInfo[]> {
  const stored = loadRegisterSheets();
  // With nothing stored, the read that found the register probed every sheet already: no sync more.
  const sheets =
    stored.length === 0 && searched
      ? [searched, ...searched.alternatives]
          .filter((s) => !isOwnSheet(s.name))
          .map(({ name, headerRow }) => ({ name, headerRow }))
      : (await listRegisterSheets(context)).sheets;
  const key = (n: string) => n.trim().toLowerCase();
  const byName = new Map(stored.map((s) => [key(s.sheetName), s]));
  const included = (name: string) =>
    stored.length > 0 ? (byName.get(key(name))?.included ?? false) : key(name) === key(current);
  const out: RegisterSheetInfo[] = sheets.map((s, i) => ({
    sheetName: s.name,
    headerRow: byName.get(key(s.name))?.config.headerRow ?? s.headerRow,
    included: included(s.name),
    stored: byName.has(key(s.name)),
    best: i === 0,
  }));
  const listed = new Set(out.map((s) => key(s.sheetName)));
  for (const s of stored)
    if (!listed.has(key(s.sheetName)))
      out.push({
        sheetName: s.sheetName,
        headerRow: s.config.headerRow ?? 1,
        included: s.included,
        stored: true,
        best: false,
      });
  if (!out.some((s) => key(s.sheetName) === key(current)) && current)
    out.unshift({ sheetName: current, headerRow: 1, included: true, stored: false, best: false });
  return out;
}

/**
 * Reads every included register when more than one is included. Undefined when one or none is
 * included (or none of them could be read): the caller reads the single register as before.
 */
export async function readIncluded(
  context: Excel.RequestContext,
  options: Omit<ReadOptions, 'config' | 'sheetName' | 'onNotARegister'> = {},
): Promise<ReadRegistersResult | undefined> {
  const sheets = includedSheets();
  if (sheets.length < 2) return undefined;
  const result = await readRegisters(context, sheets, options);
  return result.reads.length > 0 ? result : undefined;
}

/**
 * The included registers as one plan, through the core's roll-up (the command line's): each
 * action keeps its sheet and row, the same action in two registers is counted once and reported.
 * `findingsOf` gives each register's own findings (validated with the workbook's policy).
 *
 * @example rollupOf(read.reads, (r) => validateRegister(r, { asOf, policy }).findings)
 */
export function rollupOf(
  reads: readonly RegisterRead[],
  findingsOf?: (register: Register) => readonly Finding[],
): Rollup {
  return rollUp(
    reads.map((r) => ({
      file: THIS_WORKBOOK,
      sheet: r.read.sheetName,
      register: r.register,
      ...(findingsOf ? { findings: findingsOf(r.register) } : {}),
    })),
  );
}
