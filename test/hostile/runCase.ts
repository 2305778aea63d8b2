/**
 * Runs the commands of one corpus case once (memoised, so several describe blocks can ask).
 * Generated cases: validate as text and as JSON, then review --json --out (figures and summary
 * workbook from one run). Real-world files (already run every way by test/cli/corpus.test.ts):
 * the review only.
 */
import path from 'path';
import type { Finding, ReviewFigures } from '../../src/core';
import { AS_OF, json, runCli, sha256, type CliRun } from '../cli/cliHarness';
import type { CorpusCase } from './corpus';

export interface ValidateJson {
  sheet: string;
  headerRow: number;
  rows: number;
  mapping: Record<string, string>;
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  notices: { code: string; message: string }[];
  error?: { code: string; message: string };
}

export type ReviewJson = ReviewFigures & {
  sheet: string;
  rows: number;
  output: { file: string; sheet: string } | null;
  error?: { code: string; message: string };
};

export interface CaseRuns {
  case: CorpusCase;
  /** validate (text) and validate --format json; absent for real-world files. */
  validateText?: CliRun;
  validateJson?: CliRun;
  /** review --json --out. */
  review: CliRun;
  /** Where review --out was asked to write. */
  out: string;
  hashBefore: string;
  hashAfter: string;
}

const memo = new Map<string, Promise<CaseRuns>>();

async function run(c: CorpusCase, outDir: string, withValidate: boolean): Promise<CaseRuns> {
  // A macro-enabled workbook's copy keeps its macros and must be an .xlsm.
  const out = path.join(
    outDir,
    `${c.label.replace(/\//g, '__')}.${c.file.endsWith('.xlsm') ? 'xlsm' : 'xlsx'}`,
  );
  const hashBefore = await sha256(c.file);
  const validateText = withValidate ? await runCli(['validate', c.file, '--as-of', AS_OF]) : undefined;
  const validateJson = withValidate
    ? await runCli(['validate', c.file, '--format', 'json', '--as-of', AS_OF])
    : undefined;
  const review = await runCli(['review', c.file, '--json', '--as-of', AS_OF, '--out', out]);
  return { case: c, validateText, validateJson, review, out, hashBefore, hashAfter: await sha256(c.file) };
}

/** The runs of a case, computed on first request. */
export function runCase(c: CorpusCase, outDir: string): Promise<CaseRuns> {
  let runs = memo.get(c.label);
  if (!runs) {
    runs = run(c, outDir, !c.label.startsWith('shared/'));
    memo.set(c.label, runs);
  }
  return runs;
}

export const allRuns = (r: CaseRuns): CliRun[] =>
  [r.validateText, r.validateJson, r.review].filter((x): x is CliRun => x !== undefined);
export const validateReport = (r: CaseRuns): ValidateJson => json<ValidateJson>(r.validateJson!);
export const reviewReport = (r: CaseRuns): ReviewJson => json<ReviewJson>(r.review);
