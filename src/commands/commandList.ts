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
  type Severity,
} from '../core';
import { highlightFindings, loadHighlightFormats } from '../excel/highlight';
import { createRegisterSheet } from '../excel/newRegister';
import { activateSheet, selectFinding } from '../excel/navigate';
import { readRegister, type ReadResult } from '../excel/readRegister';
import { addColumns, applySetup } from '../excel/setup';
import {
  loadConfig,
  loadPolicy,
  loadRegisterSheets,
  saveSheetConfig,
  setSheetIncluded,
} from '../excel/settings';
import { includedSheets, listRegisters, readIncluded, rollupOf } from '../excel/registers';
import { listRegisterSheets } from '../excel/readRegister';
import { reviewRollup, validateRollup } from '../core/rollup';
import { toUserError } from '../excel/errors';
import { loadRechecks } from '../excel/workflow/followThroughSettings';
import { queueEarlierReviews, readEarlierReviews, writePlanSheet } from '../excel/writePlan';
import { queueObjectivesProbe, type ObjectivesProbe } from '../excel/readObjectives';
import { objectivesFindings, reviewObjectives } from '../core/objectives';
import { coreTranslator } from '../core/i18n';
import type {
  ImprovementPlanCommands,
  Outcome,
  RegisterInfo,
  ReviewResult,
  RunOptions,
  UserError,
  ValidationResult,
} from './api';
import {
  asDetected,
  cachedReadConfig,
  detectionCacheOf,
  loadDetectionCache,
  saveDetectionCache,
} from './detectionCache';
import { registerHealth } from './health';
import { rollupHealth } from './rollupHealth';

const NO_REGISTER: UserError = {
  code: 'no-register',
  message:
    'No sheet looks like an improvement register: no header row with columns such as ID, Type, Status, Owner and Target date was found in the first 60 rows. Choose the sheet that holds your register, or create a new register.',
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

function infoOf(
  read: ReadResult,
  register: Register,
  stored: boolean,
  sheetConfig = loadConfig(),
): RegisterInfo {
  const config = { ...sheetConfig, sheetName: read.sheetName, headerRow: register.mapping.headerRow };
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
  // The last detection with this mapping, read instead of detecting the header while it still reads so.
  const cache = loadDetectionCache(stored);
  let notFound: string | undefined;
  const read = await readRegister(context, {
    onNotARegister: (message) => (notFound = message),
    config: stored,
    detected: stored && cache ? cachedReadConfig(stored, cache) : undefined,
    signal: options.signal,
    onProgress: (fraction, label) => options.onProgress?.({ fraction, label }),
    withFirstChunk,
  });
  let register = read && read.parsed.ok ? read.parsed.value : undefined;
  if (register && stored && cache) {
    // Columns read from the cache are shown as detected; only the user's own are "set by you".
    register = asDetected(register, stored, cache);
    read!.parsed = { ok: true, value: register };
  }
  return { read, register, stored: stored !== undefined, cached: cache !== undefined, notFound };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** One named register sheet, read with its own stored mapping (another register of the workbook). */
async function loadSheet(context: Excel.RequestContext, sheetName: string, options: RunOptions) {
  const entry = loadRegisterSheets().find((s) => sameName(s.sheetName, sheetName));
  const config = { ...entry?.config, sheetName };
  const read = await readRegister(context, {
    config,
    sheetName,
    onlySheet: true,
    signal: options.signal,
    onProgress: (fraction, label) => options.onProgress?.({ fraction, label }),
  });
  const register = read && read.parsed.ok ? read.parsed.value : undefined;
  return { read, register, stored: entry !== undefined, config, notFound: undefined };
}

function counted(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
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
  // Set when the user saved the main register's mapping: the next read of it, which detects the
  // header with that mapping, stores the detection as a cache (never on a plain open).
  let cacheNextDetection = false;
  return {
    detectRegister: (options = {}) =>
      attempt(async (context) => {
        const named = options.sheetName;
        const main =
          !named || sameName(named, loadConfig()?.sheetName ?? includedSheets()[0]?.sheetName ?? '');
        const { read, register, stored, notFound, ...rest } = main
          ? { ...(await load(context, options)), config: undefined }
          : await loadSheet(context, named, options);
        if (!read || !register) return { ok: false, error: noRegister(notFound) };
        lastSheet = read.sheetName;
        const saved = main && cacheNextDetection ? loadConfig() : undefined;
        if (saved && !('cached' in rest && rest.cached)) {
          cacheNextDetection = false;
          const cache = detectionCacheOf(read.grid, register, saved);
          // A cache that cannot be stored costs the next read its speed, nothing else.
          if (cache) await saveDetectionCache(cache).catch(() => undefined);
        }
        const info = infoOf(read, register, stored, rest.config ?? loadConfig());
        // Every sheet that looks like a register, to include or leave out (no rows read).
        const current = main ? read.sheetName : (includedSheets()[0]?.sheetName ?? read.sheetName);
        const registers = await listRegisters(context, current, main ? read.choice : undefined);
        return { ok: true, value: { ...info, registers } };
      }),

    validate: (options = {}) =>
      attempt<ValidationResult>(async (context) => {
        const highlight = options.highlight ?? true;
        let previous: Excel.ConditionalFormatCollection | undefined;
        const asOfDay = (options.asOf && dayFromIso(options.asOf)) || today();
        // Several registers included: each read with its own mapping, validated, then rolled up.
        const formats = new Map<string, Excel.ConditionalFormatCollection>();
        // Objectives sheets beside the registers (9.3.2 c 4, 6.2): judged from their top rows,
        // loaded with the first chunk; their findings join the list.
        let probe: ObjectivesProbe | undefined;
        const objectiveFindingsOf = async () => {
          const found = probe ? await probe.read() : [];
          return objectivesFindings(found, asOfDay);
        };
        const included = new Set(includedSheets().map((s) => s.sheetName));
        const several = await readIncluded(context, {
          signal: options.signal,
          onProgress: (fraction, label) => options.onProgress?.({ fraction, label }),
          withFirstChunk: (sheet, names, name) => {
            if (highlight) formats.set(name, loadHighlightFormats(sheet));
            probe ??= queueObjectivesProbe(
              context,
              names.filter((n) => !included.has(n)),
            );
          },
        });
        if (several) {
          const policy = loadPolicy();
          const rechecks = loadRechecks();
          const rollup = rollupOf(
            several.reads,
            (r) => validateRegister(r, { asOf: asOfDay, policy, rechecks }).findings,
          );
          const registerFindings = validateRollup(rollup, { asOf: asOfDay });
          const file = rollup.inputs[0]?.file ?? '';
          const findings = [
            ...registerFindings,
            ...(await objectiveFindingsOf()).map((f) => ({ ...f, file })),
          ];
          const sheets = several.reads.map((r) => r.read.sheetName);
          if (highlight)
            for (const name of sheets)
              // One write per register sheet (each its own highlight rules).

              await highlightFindings(
                context,
                name,
                findings.filter((f) => f.sheet === name),
                formats.get(name),
              );
          const first = several.reads[0];
          lastSheet = first.read.sheetName;
          return {
            ok: true,
            value: {
              info: infoOf(first.read, first.register, true, first.config),
              findings,
              counts: counted(findings),
              asOf: isoFromDay(asOfDay),
              highlighted: highlight,
              health: rollupHealth(rollup, registerFindings, asOfDay),
              sheets,
              notes: several.notes,
            },
          };
        }
        const { read, register, stored, notFound } = await load(context, options, (sheet, names, name) => {
          if (highlight) previous = loadHighlightFormats(sheet);
          probe = queueObjectivesProbe(
            context,
            names.filter((n) => n !== name),
          );
        });
        if (!read || !register) return { ok: false, error: noRegister(notFound) };
        lastSheet = read.sheetName;
        const asOf = (options.asOf && dayFromIso(options.asOf)) || today();
        const report = validateRegister(register, { asOf, policy: loadPolicy(), rechecks: loadRechecks() });
        if (highlight) await highlightFindings(context, read.sheetName, report.findings, previous);
        const objectives = await objectiveFindingsOf();
        const findings = objectives.length > 0 ? [...report.findings, ...objectives] : report.findings;
        return {
          ok: true,
          value: {
            info: infoOf(read, register, stored),
            findings,
            counts: objectives.length > 0 ? counted(findings) : report.counts,
            asOf: isoFromDay(asOf),
            highlighted: highlight,
            health: registerHealth(register, report.findings, asOf),
          },
        };
      }),

    goToFinding: (finding) =>
      attempt(async (context) => {
        const sheet = finding.sheet ?? lastSheet ?? loadConfig()?.sheetName;
        if (!sheet) return { ok: false, error: NO_REGISTER };
        await selectFinding(context, sheet, finding);
        return { ok: true, value: undefined };
      }),

    reviewSummary: (request = {}) =>
      attempt<ReviewResult>(async (context) => {
        const asOf = (request.asOf && dayFromIso(request.asOf)) || today();
        // Earlier review sheets: the last one is followed up, and the period starts after it.
        // Their loads travel with the register's first chunk.
        let earlier: ReturnType<typeof queueEarlierReviews> | undefined;
        // The objectives sheets beside the registers (9.3.2 d 4): their top rows travel with the
        // first chunk too; the sheets found are then read in one sync.
        let objectivesProbe: ObjectivesProbe | undefined;
        const objectivesOf = async (others: readonly string[]) => {
          let probe = objectivesProbe;
          if (!probe) {
            probe = queueObjectivesProbe(context, others);
            await context.sync();
          }
          const found = await probe.read();
          return found.length > 0
            ? reviewObjectives(
                found.map((f) => f.objectives),
                asOf,
              )
            : undefined;
        };
        const included = new Set(includedSheets().map((s) => s.sheetName));
        const several = await readIncluded(context, {
          signal: request.signal,
          onProgress: (fraction, label) => request.onProgress?.({ fraction, label }),
          withFirstChunk: (_sheet, names) => {
            earlier ??= queueEarlierReviews(
              context,
              names.filter((n) => !included.has(n)),
              isoFromDay(asOf),
            );
            objectivesProbe ??= queueObjectivesProbe(
              context,
              names.filter((n) => !included.has(n)),
            );
          },
        });
        if (several) {
          const policy = loadPolicy();
          const rechecks = loadRechecks();
          const rollup = rollupOf(
            several.reads,
            (r) => validateRegister(r, { asOf, policy, rechecks }).findings,
          );
          const names = several.reads.map((r) => r.read.sheetName);
          const sheetNames = several.reads[0].read.sheetNames;
          const earlierReviews = earlier
            ? earlier.collect()
            : await readEarlierReviews(
                context,
                sheetNames.filter((n) => !included.has(n)),
                isoFromDay(asOf),
              );
          const objectives = await objectivesOf(sheetNames.filter((n) => !included.has(n)));
          const t = await coreTranslator(request.lang ?? Office.context.displayLanguage);
          const figures = reviewRollup(rollup, {
            t,
            asOf,
            from: request.from ? dayFromIso(request.from) : undefined,
            to: request.to ? dayFromIso(request.to) : undefined,
            earlierReviews,
            rechecks,
          });
          const plan = planReviewSheet(figures, {
            existingSheetNames: sheetNames,
            registerName: names.join(', '),
            generatedAt: new Date().toISOString(),
            locale: t.locale,
            t,
            registers: figures.registers,
            objectives,
          });
          await writePlanSheet(context, plan);
          return { ok: true, value: { sheetName: plan.name, figures, registers: names } };
        }
        const { read, register, notFound } = await load(context, request, (_sheet, names, registerName) => {
          earlier = queueEarlierReviews(
            context,
            names.filter((n) => n !== registerName),
            isoFromDay(asOf),
          );
          objectivesProbe = queueObjectivesProbe(
            context,
            names.filter((n) => n !== registerName),
          );
        });
        if (!read || !register) return { ok: false, error: noRegister(notFound) };
        const others = read.sheetNames.filter((n) => n !== read.sheetName);
        const earlierReviews = earlier
          ? earlier.collect()
          : await readEarlierReviews(context, others, isoFromDay(asOf));
        const objectives = await objectivesOf(others);
        const t = await coreTranslator(request.lang ?? Office.context.displayLanguage);
        const figures = computeReview(register, {
          t,
          asOf,
          from: request.from ? dayFromIso(request.from) : undefined,
          to: request.to ? dayFromIso(request.to) : undefined,
          earlierReviews,
          rechecks: loadRechecks(),
        });
        const plan = planReviewSheet(figures, {
          existingSheetNames: read.sheetNames,
          registerName: read.sheetName,
          generatedAt: new Date().toISOString(),
          locale: t.locale,
          t,
          objectives,
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

    includeRegister: (sheetName, included) =>
      attempt(async (context) => {
        let current = loadRegisterSheets();
        if (current.length === 0) {
          // Nothing stored yet: the register read now is the one included so far.
          const { read, register } = await load(context);
          if (read && register)
            current = [
              {
                sheetName: read.sheetName,
                included: true,
                config: { sheetName: read.sheetName, headerRow: register.mapping.headerRow },
              },
            ];
        }
        if (!included && current.filter((s) => s.included && !sameName(s.sheetName, sheetName)).length === 0)
          return {
            ok: false,
            error: {
              code: 'not-allowed',
              message: `“${sheetName}” is the only register included: include another sheet before leaving it out.`,
              retry: false,
            },
          };
        const found = (await listRegisterSheets(context)).sheets.find((s) => sameName(s.name, sheetName));
        const all = await setSheetIncluded(
          { sheetName, ...(found ? { headerRow: found.headerRow } : {}) },
          included,
          current,
        );
        const main = all.find((s) => s.included)?.sheetName ?? sheetName;
        return { ok: true, value: await listRegisters(context, main) };
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
        await saveSheetConfig(config);
        lastSheet = config.sheetName ?? lastSheet;
        cacheNextDetection = !config.sheetName || sameName(config.sheetName, loadConfig()?.sheetName ?? '');
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: toUserError(error) };
      }
    },
  };
}
