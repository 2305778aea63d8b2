/**
 * Several registers of one workbook read for one plan (issue 21): each included sheet with its
 * own stored mapping and words, one after the other, each in its bounded chunks.
 */
import type { Register, RegisterConfig } from '../core';
import { readRegister, type ReadOptions, type ReadResult } from './readRegister';

/** A register sheet to read, with its own mapping. */
export interface SheetToRead {
  sheetName: string;
  config: RegisterConfig;
}

export interface RegisterRead {
  read: ReadResult;
  register: Register;
  config: RegisterConfig;
}

export interface ReadRegistersResult {
  reads: RegisterRead[];
  /** Included sheets that could not be read as a register, in words. */
  notes: string[];
}

/**
 * Reads each sheet with its own mapping. Each costs its row chunks plus one sync (the sheet is
 * probed together with the sheet list), so N registers cost their chunks plus N syncs — the sync
 * count never grows with rows except through the bounded chunks. A sheet that is gone (renamed,
 * deleted) or whose header is no longer found is left out with a note, never read as another.
 *
 * @example await readRegisters(context, [{ sheetName: 'CAPA log', config }], { signal })
 */
export async function readRegisters(
  context: Excel.RequestContext,
  sheets: readonly SheetToRead[],
  options: Omit<ReadOptions, 'config' | 'sheetName' | 'onNotARegister'> = {},
): Promise<ReadRegistersResult> {
  const reads: RegisterRead[] = [];
  const notes: string[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const { sheetName, config } = sheets[i];
    // One register after the other: each read is a bounded series of chunk syncs of its own.

    const read = await readRegister(context, {
      config: { ...config, sheetName },
      sheetName,
      onlySheet: true,
      signal: options.signal,
      withFirstChunk: options.withFirstChunk,
      onProgress: (fraction, label) =>
        options.onProgress?.((i + fraction) / sheets.length, `${label} “${sheetName}”`),
    });
    if (!read) {
      notes.push(`The sheet “${sheetName}” is no longer in the workbook, or is empty; it is left out.`);
      continue;
    }
    if (!read.parsed.ok) {
      notes.push(`No register header was found on the sheet “${sheetName}”; it is left out.`);
      continue;
    }
    reads.push({ read, register: read.parsed.value, config: { ...config, sheetName: read.sheetName } });
  }
  return { reads, notes };
}
