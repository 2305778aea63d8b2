import {
  computeReview,
  dayFromIso,
  dayFromLocalDate,
  isoFromDay,
  planReviewSheet,
  planSetup,
  planMissingColumns,
  gridWidth,
  validateRegister,
  type Register,
} from '../core';
import { highlightFindings, loadHighlightFormats } from '../excel/highlight';
import { createRegisterSheet } from '../excel/newRegister';
import { activateSheet, selectFinding } from '../excel/navigate';
import { readRegister, type ReadResult } from '../excel/readRegister';
import { addColumns, applySetup } from '../excel/setup';
import { loadConfig, loadPolicy, saveConfig } from '../excel/settings';
import { toUserError } from '../excel/errors';
import { queueEarlierReviews, readEarlierReviews, writePlanSheet } from '../excel/writePlan';
import type { ImprovementPlanCommands, Outcome, RegisterInfo, RunOptions, UserError } from './api';
import { registerHealth } from './health';

const NO_REGISTER: UserError = {
  code: 'no-register',
  message:
    'No sheet looks like an improvement register: no header row with columns such as ID, Type, Status, Owner and Target date was found in the first 20 rows. Choose the sheet that holds your register, or create a new register.',
  retry: true,
};

/** The no-register answer, saying what the workbook looks like when that is known ("a risk register"). */
function noRegister(what: string | undefined): UserError {
  if (!what) return NO_REGISTER;
  return {
    code: 'no-register',
    message: `${what} Choose the sheet that holds your register and map its columns yourself, or create a new register.`,
    retry: true,
  };
}

/** Runs a step in one Excel batch context and turns any failure into an Outcome. */
async function attempt<T>(step: (context: Excel.RequestContext) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await Excel.run(step);
  } catch (error) {
    return { ok: false, error: toUserError(error) };
  }
}

function infoOf(read: ReadResult, register: Register, stored: boolean): RegisterInfo {
  const config = { ...loadConfig(), sheetName: read.sheetName, headerRow: register.mapping.headerRow };
  return {
    sheetName: read.sheetName,
    headerRow: register.mapping.headerRow,
    mapping: register.mapping,
    alternatives: read.choice.alternatives.map(({ name, headerRow }) => ({ name, headerRow })),
    vocabularyNotes: Object.values(register.vocabularies).flatMap((v) => v.notes),
    rows: register.actions.length,
    lastRow: register.lastRow,
    tableEnd: register.tableEnd?.reason,
    config,
    storedConfig: stored,
  };
}

async function load(
  context: Excel.RequestContext,
  options: RunOptions = {},
  withFirstChunk?: (sheet: Excel.Worksheet, sheetNames: readonly string[], sheetName: string) => void,
) {
  const stored = loadConfig();
  let notFound: string | undefined;
  const read = await readRegister(context, {
    onNotARegister: (message) => (notFound = message),
    config: stored,
    signal: options.signal,
    onProgress: (fraction, label) => options.onProgress?.({ fraction, label }),
    withFirstChunk,
  });
  const register = read && read.parsed.ok ? read.parsed.value : undefined;
  return { read, register, stored: stored !== undefined, notFound };
}

function today(): number {
  return dayFromLocalDate(new Date());
}

/**
 * The Excel implementation of the command list: the task pane's buttons and the ribbon's
 * one-click commands call these same functions.
 */
export function createExcelCommands(): ImprovementPlanCommands {
  let lastSheet: string | undefined;
  return {
    detectRegister: (options) =>
      attempt(async (context) => {
        const { read, register, stored, notFound } = await load(context, options);
        if (!read || !register) return { ok: false, error: noRegister(notFound) };
        lastSheet = read.sheetName;
        return { ok: true, value: infoOf(read, register, stored) };
      }),

    validate: (options = {}) =>
      attempt(async (context) => {
        const highlight = options.highlight ?? true;
        let previous: Excel.ConditionalFormatCollection | undefined;
        const { read, register, stored, notFound } = await load(
          context,
          options,
          highlight ? (sheet) => (previous = loadHighlightFormats(sheet)) : undefined,
        );
        if (!read || !register) return { ok: false, error: noRegister(notFound) };
        lastSheet = read.sheetName;
        const asOf = (options.asOf && dayFromIso(options.asOf)) || today();
        const report = validateRegister(register, { asOf, policy: loadPolicy() });
        if (highlight) await highlightFindings(context, read.sheetName, report.findings, previous);
        return {
          ok: true,
          value: {
            info: infoOf(read, register, stored),
            findings: report.findings,
            counts: report.counts,
            asOf: isoFromDay(asOf),
            highlighted: highlight,
            health: registerHealth(register, report.findings, asOf),
          },
        };
      }),

    goToFinding: (finding) =>
      attempt(async (context) => {
        const sheet = lastSheet ?? loadConfig()?.sheetName;
        if (!sheet) return { ok: false, error: NO_REGISTER };
        await selectFinding(context, sheet, finding);
        return { ok: true, value: undefined };
      }),

    reviewSummary: (request = {}) =>
      attempt(async (context) => {
        const asOf = (request.asOf && dayFromIso(request.asOf)) || today();
        // Earlier review sheets: the last one is followed up, and the period starts after it.
        // Their loads travel with the register's first chunk.
        let earlier: ReturnType<typeof queueEarlierReviews> | undefined;
        const { read, register, notFound } = await load(context, request, (_sheet, names, registerName) => {
          earlier = queueEarlierReviews(
            context,
            names.filter((n) => n !== registerName),
            isoFromDay(asOf),
          );
        });
        if (!read || !register) return { ok: false, error: noRegister(notFound) };
        const others = read.sheetNames.filter((n) => n !== read.sheetName);
        const earlierReviews = earlier
          ? earlier.collect()
          : await readEarlierReviews(context, others, isoFromDay(asOf));
        const figures = computeReview(register, {
          asOf,
          from: request.from ? dayFromIso(request.from) : undefined,
          to: request.to ? dayFromIso(request.to) : undefined,
          earlierReviews,
        });
        const plan = planReviewSheet(figures, {
          existingSheetNames: read.sheetNames,
          registerName: read.sheetName,
          generatedAt: new Date().toISOString(),
          locale: Office.context.displayLanguage,
        });
        await writePlanSheet(context, plan);
        return { ok: true, value: { sheetName: plan.name, figures } };
      }),

    activateSheet: (name) =>
      attempt(async (context) => {
        await activateSheet(context, name);
        return { ok: true, value: undefined };
      }),

    setupRegister: (options = {}) =>
      attempt(async (context) => {
        const { read, register, notFound } = await load(context, options);
        if (!read || !register) return { ok: false, error: noRegister(notFound) };
        const plan = planSetup(register);
        await applySetup(context, read.sheetName, plan);
        const missing = planMissingColumns(register, (read.grid.firstColumn ?? 1) + gridWidth(read.grid) - 1);
        const headers = missing.columns.map((c) => c.header);
        if (options.addColumns && missing.columns.length > 0)
          await addColumns(context, read.sheetName, missing);
        return {
          ok: true,
          value: {
            validations: plan.validations.length,
            conditionalFormats: plan.conditionalFormats.length,
            missingColumns: options.addColumns ? [] : headers,
            addedColumns: options.addColumns ? headers : [],
          },
        };
      }),

    previewSetup: (options = {}) =>
      attempt(async (context) => {
        const { read, register, notFound } = await load(context, options);
        if (!read || !register) return { ok: false, error: noRegister(notFound) };
        const plan = planSetup(register);
        const missing = planMissingColumns(register, (read.grid.firstColumn ?? 1) + gridWidth(read.grid) - 1);
        return {
          ok: true,
          value: {
            sheetName: read.sheetName,
            validations: plan.validations
              .filter((v) => v.values.length > 0)
              .map(({ field, range, values }) => ({ field, range, values })),
            conditionalFormats: plan.conditionalFormats.map(({ field, range, purpose }) => ({
              field,
              range,
              purpose,
            })),
            missingColumns: missing.columns.map((c) => ({
              field: c.field,
              address: `${c.letter}${missing.headerRow}`,
              header: c.header,
            })),
          },
        };
      }),

    sheetNames: () =>
      attempt(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name,items/visibility');
        await context.sync();
        return {
          ok: true,
          value: sheets.items
            .filter((s) => s.visibility === Excel.SheetVisibility.visible)
            .map((s) => s.name),
        };
      }),

    newRegister: () =>
      attempt(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const sheetName = await createRegisterSheet(
          context,
          sheets.items.map((s) => s.name),
        );
        return { ok: true, value: { sheetName } };
      }),

    saveConfig: async (config) => {
      try {
        await saveConfig(config);
        lastSheet = config.sheetName ?? lastSheet;
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: toUserError(error) };
      }
    },
  };
}
