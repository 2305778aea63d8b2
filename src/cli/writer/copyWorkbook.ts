/**
 * `review --out`: a copy of the user's workbook with the management-review sheet added. The copy
 * extends the user's package (every part of it kept byte for byte; see extendPackage.ts) — or, for
 * a CSV register, a new workbook holding the register — and is written atomically to a new path.
 * The input file is only read.
 */
import { promises as fs } from 'fs';
import path from 'path';
import type { SheetPlan } from '../../core/review/sheetPlan';
import { inflateEntry, isZipProblem, openZip } from '../io/zip';
import type { SheetData, WorkbookData } from '../io/types';
import { failure, type Outcome } from '../runtime';
import { writeAtomicallyWith, type Fault } from './atomicFile';
import { CannotExtend, extendPackage, type PackageSource } from './extendPackage';
import { checkOutPath } from './outPath';
import { csvSource, zipSource } from './sources';
import { contentTypeOf } from './opc';
import { CT_WORKBOOK_MACRO } from './xml';
import { ZipWriter } from './zipWriter';

export interface SummaryCopyRequest {
  input: string;
  format: WorkbookData['format'];
  /**
   * The register sheet as read: needed for a CSV register only (a workbook's parts are copied from
   * its file). Handed over: the request lets go of it once the copy's source holds it.
   */
  registerSheet?: SheetData;
  headerRow: number;
  out: string;
  force: boolean;
  /** Builds the summary plan once the copy's sheet names are known. */
  plan: (existingSheetNames: string[]) => SheetPlan;
  now: Date;
  /** Fault injection for the tests of the atomic write (see atomicFile.ts). */
  fault?: Fault;
}

export interface SummaryCopy {
  out: string;
  sheet: string;
  /** Titles of the charts drawn on the summary sheet. */
  charts: string[];
  /** Charts of the plan that could not be drawn (none since the chart parts are written). */
  chartsNotDrawn: string[];
  /** What the user should know about the copy (texts shortened to fit Excel's limits). */
  notes: string[];
}

const MACRO_EXTENSION = '.xlsm';

/**
 * Whether the workbook part of an .xlsx/.xlsm file is macro-enabled (its content type says so),
 * or undefined when that cannot be read here (the reader then gives the file's own message).
 */
async function macroEnabled(input: string): Promise<boolean | undefined> {
  try {
    const buf = await fs.readFile(input, { flag: 'r' });
    const pkg = openZip(buf);
    if (isZipProblem(pkg)) return undefined;
    const entry = [...pkg.byName.values()].find((e) => e.name.toLowerCase() === '[content_types].xml');
    if (!entry) return undefined;
    const types = inflateEntry(buf, entry, { remaining: 16 * 2 ** 20 });
    if (isZipProblem(types)) return undefined;
    const text = types.toString('utf8');
    // The workbook part is named by the package relationships; xl/workbook.xml in every real file.
    return contentTypeOf(text, 'xl/workbook.xml') === CT_WORKBOOK_MACRO || text.includes(CT_WORKBOOK_MACRO);
  } catch {
    return undefined;
  }
}

function extensionMismatch(out: string, inputName: string, macros: boolean): Outcome<never> | undefined {
  const ext = path.extname(out).toLowerCase();
  if (macros && ext !== MACRO_EXTENSION) {
    return failure(
      'bad-out',
      `--out ${out}: ${inputName} is a macro-enabled workbook; the copy keeps its macros untouched ` +
        `and must end in .xlsm (for example --out ${path.basename(out, path.extname(out))}.xlsm).`,
    );
  }
  if (!macros && ext === MACRO_EXTENSION) {
    return failure(
      'bad-out',
      `--out ${out}: ${inputName} holds no macros, so the copy is an Excel Workbook and must end in .xlsx.`,
    );
  }
  return undefined;
}

/**
 * Checks `--out` before the input is read: the path rules of {@link checkOutPath}, and an
 * extension matching the input (.xlsm for a macro-enabled workbook, .xlsx otherwise).
 */
export async function checkSummaryOut(
  out: string,
  options: { input: string; force: boolean },
): Promise<Outcome<string>> {
  const checked = await checkOutPath(out, {
    ...options,
    option: '--out',
    extensions: ['.xlsx', MACRO_EXTENSION],
  });
  if (!checked.ok) return checked;
  const inputExt = path.extname(options.input).toLowerCase();
  const macros =
    inputExt === '.xlsx' || inputExt === MACRO_EXTENSION ? await macroEnabled(options.input) : false;
  return (macros !== undefined && extensionMismatch(out, path.basename(options.input), macros)) || checked;
}

/**
 * Writes the copy with the summary sheet added. Refuses to write over the input, and over an
 * existing file unless `force`; refuses (exit 2, nothing written) a workbook that cannot be
 * extended without losing or breaking a part of it.
 */
export async function writeSummaryCopy(request: SummaryCopyRequest): Promise<Outcome<SummaryCopy>> {
  const checked = await checkSummaryOut(request.out, { input: request.input, force: request.force });
  if (!checked.ok) return checked;
  const inputName = path.basename(request.input);
  let source: PackageSource & { notes?: () => string[] };
  let extension: ReturnType<typeof extendPackage>;
  try {
    source =
      request.format === 'csv'
        ? csvSource(request.registerSheet!, request.headerRow)
        : zipSource(await fs.readFile(request.input, { flag: 'r' }));
    // The source lets go of a CSV's grid once its sheet is written; so does the request (issue 16).
    request.registerSheet = undefined;
    extension = extendPackage(source, request.plan);
  } catch (e) {
    if (!(e instanceof CannotExtend)) throw e;
    return failure(
      'cannot-extend',
      `${inputName} cannot be extended safely: ${e.message.replace(/\.$/, '')}. Nothing was written; ` +
        'the copy is only made when it can hold everything the workbook holds.',
    );
  }
  const mismatch = extensionMismatch(request.out, inputName, extension.macroEnabled);
  if (mismatch) return mismatch;
  const written = await writeAtomicallyWith(
    checked.value,
    async (sink) => extension.write(new ZipWriter(sink, request.now)),
    { fault: request.fault },
  );
  if (!written.ok) return written;
  return {
    ok: true,
    value: {
      out: request.out,
      sheet: extension.sheet,
      charts: extension.charts,
      chartsNotDrawn: [],
      notes: [...(source.notes?.() ?? []), ...extension.notes()],
    },
  };
}
