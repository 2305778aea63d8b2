/**
 * The summary of a plan read from several registers: a NEW workbook — never a copy of one of the
 * inputs — holding a sheet that lists the registers read, then the management-review sheet. Built
 * with the command line's own writer (the CSV path's new package, extended by the summary plan),
 * and written atomically.
 */
import path from 'path';
import type { CellValue } from '../../core/grid';
import type { ObjectivesReview } from '../../core/objectives';
import { planReviewSheet } from '../../core/review/reviewSheet';
import type { RollupFigures } from '../../core/rollup';
import type { CliOptions } from '../args';
import type { SheetData } from '../io/types';
import type { LoadedPlan } from '../multi';
import { failure, type Outcome } from '../runtime';
import { faultFromEnv, writeAtomicallyWith } from '../writer/atomicFile';
import { CannotExtend, extendPackage } from '../writer/extendPackage';
import { checkOutPath } from '../writer/outPath';
import { csvSource } from '../writer/sources';
import { ZipWriter } from '../writer/zipWriter';

export interface PlanWorkbook {
  file: string;
  /** The summary sheet's name. */
  sheet: string;
  /** The sheet listing the registers read (a new workbook from several files). */
  registersSheet?: string;
  /** The input the workbook is a copy of (one workbook holding several registers). */
  copyOf?: string;
  charts: string[];
  chartsNotDrawn: string[];
  notes: string[];
}

export const REGISTERS_SHEET = 'Registers read';

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** The sheet that says what was read: one row per register and objectives sheet. */
function registersSheet(plan: LoadedPlan, figures: RollupFigures): SheetData {
  const values: CellValue[][] = [
    [
      'File',
      'Sheet',
      'Kind',
      'Header row',
      'Rows read',
      'Open',
      'Overdue',
      'Counted elsewhere (merged)',
      'Source from its name',
    ],
  ];
  figures.registers.forEach((r, i) => {
    values.push([
      r.file,
      r.sheet,
      'register',
      plan.registers[i].register.mapping.headerRow,
      r.actions,
      r.open,
      r.unknown.overdue ? 'unknown' : r.overdue,
      r.merged,
      r.source ?? '',
    ]);
  });
  for (const o of plan.objectives)
    values.push([
      o.file,
      o.objectives.sheet,
      'objectives',
      o.objectives.headerRow,
      o.objectives.objectives.length,
      '',
      '',
      '',
      '',
    ]);
  return { name: REGISTERS_SHEET, hidden: false, grid: { values }, merges: [], hiddenRows: [], notices: [] };
}

/**
 * Writes the plan's summary workbook to `--out`: refuses an input's own path, and an existing
 * file unless `--force`.
 */
export async function writePlanWorkbook(request: {
  plan: LoadedPlan;
  figures: RollupFigures;
  objectives?: ObjectivesReview;
  options: CliOptions;
  now: Date;
  env: Record<string, string | undefined>;
}): Promise<Outcome<PlanWorkbook>> {
  const { plan, figures, options } = request;
  const out = options.out!;
  let target: string | undefined;
  for (const input of options.files) {
    const checked = await checkOutPath(out, {
      input,
      force: options.force,
      option: '--out',
      what: 'the summary workbook',
    });
    if (!checked.ok) return checked;
    target = checked.value;
  }
  const names = figures.registers.map((r) => `${path.basename(r.file)} "${r.sheet}"`);
  const registerName =
    names.length <= 3
      ? names.join(', ')
      : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more registers`;
  const source = csvSource(registersSheet(plan, figures), 1);
  let extension: ReturnType<typeof extendPackage>;
  try {
    extension = extendPackage(source, (existing) =>
      planReviewSheet(figures, {
        existingSheetNames: existing,
        registerName,
        generatedAt: stamp(request.now),
        locale: request.env.LC_ALL || request.env.LC_PAPER || request.env.LANG || undefined,
        registers: figures.registers,
        objectives: request.objectives,
        t: request.options.translator,
      }),
    );
  } catch (e) {
    if (!(e instanceof CannotExtend)) throw e;
    return failure('cannot-extend', `The summary workbook cannot be built: ${e.message}`);
  }
  const written = await writeAtomicallyWith(
    target!,
    async (sink) => extension.write(new ZipWriter(sink, request.now)),
    { fault: faultFromEnv(request.env) },
  );
  if (!written.ok) return written;
  return {
    ok: true,
    value: {
      file: out,
      sheet: extension.sheet,
      registersSheet: REGISTERS_SHEET,
      charts: extension.charts,
      chartsNotDrawn: [],
      notes: [...source.notes(), ...extension.notes()],
    },
  };
}
