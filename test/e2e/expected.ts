/**
 * What the core says about the sample register, computed in Node through the command line's own
 * reader (ExcelJS → grid → core), independently of the host double the pane runs against.
 */
import {
  chooseRegisterSheet,
  computeReview,
  dayFromIso,
  gateFields,
  parseRegister,
  planReviewSheet,
  validateRegister,
  type Action,
  type Register,
  type Severity,
} from '../../src/core';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import { planMatrices } from '../../src/excel/writePlan';
import { SAMPLE } from './harness';

let cached: Promise<{ register: Register; sheetName: string; sheetNames: string[] }> | undefined;

/** The sample register as the command line reads it. */
export function sampleRegister(): Promise<{ register: Register; sheetName: string; sheetNames: string[] }> {
  cached ??= (async () => {
    const read = await readWorkbook(SAMPLE);
    if (!read.ok) throw new Error(read.error.message);
    const sheets = read.value.sheets;
    const choice = chooseRegisterSheet(sheets);
    if (!choice) throw new Error('the sample has no register sheet');
    const sheet = sheets[choice.index];
    const parsed = parseRegister(sheet.grid, {}, sheet.name);
    if (!parsed.ok) throw new Error(parsed.message);
    return { register: parsed.value, sheetName: sheet.name, sheetNames: sheets.map((s) => s.name) };
  })();
  return cached;
}

function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === undefined) throw new Error(`not an ISO date: ${iso}`);
  return d;
}

/** Findings counts per severity as of a date. */
export async function expectedCounts(asOf: string): Promise<Record<Severity, number>> {
  const { register } = await sampleRegister();
  return validateRegister(register, { asOf: day(asOf) }).counts;
}

/** The values the review sheet must hold, as the core plans it (same dates, same stamp). */
export async function expectedReviewValues(request: {
  asOf: string;
  from: string;
  to: string;
  existingSheetNames: string[];
  generatedAt?: string;
}): Promise<{ name: string; values: (string | number)[][]; charts: number }> {
  const { register, sheetName } = await sampleRegister();
  const figures = computeReview(register, {
    asOf: day(request.asOf),
    // An empty period field means the default period (from the day after the last review).
    from: request.from ? day(request.from) : undefined,
    to: request.to ? day(request.to) : undefined,
  });
  const plan = planReviewSheet(figures, {
    existingSheetNames: request.existingSheetNames,
    registerName: sheetName,
    generatedAt: request.generatedAt,
  });
  return { name: plan.name, values: planMatrices(plan).values, charts: plan.charts.length };
}

/**
 * The first action matching `match` whose move to `to` lacks a gate field (so the prompt must
 * open), e.g. a minor NC that is implemented but has no effectiveness check yet.
 */
export async function actionNeedingPrompt(match: (a: Action) => boolean, to: 'closed'): Promise<Action> {
  const { register } = await sampleRegister();
  const found = register.actions.find(
    (a) => match(a) && gateFields(a.type, to).some((f) => !String(a.values[f] ?? '').trim()),
  );
  if (!found) throw new Error(`the sample has no action to move to ${to} that needs the prompt`);
  return found;
}
