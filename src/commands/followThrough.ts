/**
 * The follow-through commands of the pane: the due-soon list and the calendar file, read from the
 * register in one Excel batch like the other commands. Kept beside the one command list (api.ts)
 * rather than in it, so the pane's Due soon view can be added without changing that contract.
 */
import {
  actionKey,
  dayFromLocalDate,
  dueList,
  evidenceView,
  planEvidenceSheet,
  readEffectiveness,
  recordRecheck,
  statesInUse,
  writeCalendar,
  type DueList,
  type EvidenceView,
  type FieldKey,
  type RecheckResult,
  type Register,
  type TargetDatePolicy,
} from '../core';
import { toUserError } from '../excel/errors';
import { readRegister } from '../excel/readRegister';
import { loadConfig } from '../excel/settings';
import { writePlanSheet } from '../excel/writePlan';
import {
  keepRechecks,
  loadRechecks,
  savePolicy,
  storedPolicy,
} from '../excel/workflow/followThroughSettings';
import { appendHistory } from '../excel/workflow/historySheet';
import { queueFieldWrites, readRows } from '../excel/workflow/rowIo';
import { sharedWorkflow, wordFor } from './workflowCommands';
import type { Outcome, RunOptions, UserError } from './api';

export interface DueSoonResult extends DueList {
  sheetName: string;
}

export interface CalendarFile {
  /** A name for the download: the workbook's name with .ics. */
  fileName: string;
  /** The iCalendar text (CRLF line ends). */
  text: string;
  events: number;
}

export interface FollowThroughCommands {
  /** Target, review and effectiveness-check dates within `within` days or passed, by owner. */
  dueSoon(
    options?: RunOptions & { within?: number; escalateAfter?: number },
  ): Promise<Outcome<DueSoonResult>>;
  /** The open actions' dates as an iCalendar file, for the pane to download. */
  calendar(options?: RunOptions & { alarmDays?: number | null }): Promise<Outcome<CalendarFile>>;
  /** Writes the 10.2 a–g evidence view of every NC as a new dated sheet (existing sheets are never replaced). */
  evidenceSheet(
    options?: RunOptions,
  ): Promise<Outcome<{ sheetName: string; counts: EvidenceView['counts'] }>>;
  /**
   * Records a closed NC's re-check (10.2 d, e), logged in the history sheet: effective clears its
   * re-check date; not effective reopens it (status to analysis), which needs the reason.
   */
  recordRecheck(
    row: number,
    result: RecheckResult,
    comment?: string,
  ): Promise<Outcome<{ missing: FieldKey[]; message?: string }>>;
  /** The target-date policy stored in the workbook (the defaults when none is), and whether one is. */
  policy(): Outcome<{ policy: TargetDatePolicy; stored: boolean }>;
  /** Stores a policy beside the mapping (null: back to the defaults); the problems when it is not right. */
  savePolicy(policy: TargetDatePolicy | null): Promise<Outcome<{ problems: string[] }>>;
}

const NO_REGISTER: UserError = {
  code: 'no-register',
  message:
    'No sheet looks like an improvement register. Choose the register sheet on the Home view, or create a new register.',
  retry: true,
};

async function withRegister<T>(
  options: RunOptions,
  step: (
    context: Excel.RequestContext,
    read: { sheetName: string; sheetNames: readonly string[]; register: Register },
  ) => Promise<T>,
): Promise<Outcome<T>> {
  try {
    return await Excel.run(async (context) => {
      let notFound: string | undefined;
      const read = await readRegister(context, {
        onNotARegister: (message) => (notFound = message),
        config: loadConfig(),
        signal: options.signal,
        onProgress: (fraction, label) => options.onProgress?.({ fraction, label }),
      });
      if (!read || !read.parsed.ok)
        return {
          ok: false as const,
          error: notFound ? { ...NO_REGISTER, message: `${notFound} ${NO_REGISTER.message}` } : NO_REGISTER,
        };
      return {
        ok: true as const,
        value: await step(context, {
          sheetName: read.sheetName,
          sheetNames: read.sheetNames,
          register: read.parsed.value,
        }),
      };
    });
  } catch (error) {
    return { ok: false, error: toUserError(error) };
  }
}

/** The workbook's file name ("plan.xlsx"), as the command line names it in the calendar's UIDs. */
async function workbookName(context: Excel.RequestContext): Promise<string | undefined> {
  try {
    const workbook = context.workbook;
    workbook.load('name');
    await context.sync();
    return workbook.name || undefined;
  } catch {
    return undefined; // older hosts: the sheet name alone identifies the register
  }
}

/**
 * The Excel implementation.
 *
 * @example const due = await createFollowThroughCommands().dueSoon({ within: 14 });
 */
export function createFollowThroughCommands(now: () => Date = () => new Date()): FollowThroughCommands {
  return {
    dueSoon: (options = {}) =>
      withRegister(options, async (_context, { sheetName, register }) => ({
        sheetName,
        ...dueList(register, {
          asOf: dayFromLocalDate(now()),
          within: options.within,
          escalateAfter: options.escalateAfter,
          rechecks: loadRechecks(),
        }),
      })),
    calendar: (options = {}) =>
      withRegister(options, async (context, { sheetName, register }) => {
        const book = await workbookName(context);
        const { text, events } = writeCalendar(register, {
          registerKey: `${book ?? ''}#${sheetName}`,
          registerName: book ? `${book}, sheet "${sheetName}"` : `sheet "${sheetName}"`,
          now: now(),
          alarmDays: options.alarmDays,
          rechecks: loadRechecks(),
        });
        const base = (book ?? sheetName).replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|]/g, '-');
        return { fileName: `${base || 'improvement-plan'}.ics`, text, events: events.length };
      }),
    evidenceSheet: (options = {}) =>
      withRegister(options, async (context, { sheetName, sheetNames, register }) => {
        const at = now();
        const view = evidenceView(register, dayFromLocalDate(at), loadRechecks());
        const plan = planEvidenceSheet(view, {
          existingSheetNames: sheetNames,
          registerName: sheetName,
          generatedAt: at.toISOString(),
          locale: typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined,
        });
        await writePlanSheet(context, plan);
        return { sheetName: plan.name, counts: view.counts };
      }),
    recordRecheck: async (row, result, comment) => {
      const recorded = await withRegister({}, async (context, { sheetName, register }) => {
        const [action] = await readRows(context, sheetName, register, row, row);
        if (!action) return { missing: [], message: `Row ${row} holds no action.` };
        const outcome = recordRecheck(
          { id: action.id, row, type: action.type, from: action.state, values: action.values },
          result,
          {
            now: now().toISOString(),
            via: 'pane',
            comment,
            statesInUse: statesInUse(register),
            effectiveness: (text) => readEffectiveness(register, text),
            columns: new Set(Object.keys(register.mapping.columns) as FieldKey[]),
          },
        );
        if (!outcome.ok)
          return { missing: outcome.reason === 'gate' ? outcome.missing : [], message: outcome.message };
        const writes = Object.assign(
          {},
          ...outcome.effects.flatMap((e) => (e.kind === 'update-cells' ? [e.fields] : [])),
        );
        const reopened = result === 'not-effective';
        const word = wordFor(register, 'analysis');
        if (reopened) writes.status = word;
        // The status guard must not take the add-in's own write for someone's edit.
        const watcher = sharedWorkflow().watcher;
        const watching = watcher.watcherOf(sheetName) !== undefined; // any watched register sheet
        const addresses = queueFieldWrites(context, sheetName, register, row, writes);
        if (watching) watcher.expectOwnWrite(sheetName, addresses);
        await context.sync();
        await appendHistory(
          context,
          outcome.effects.flatMap((e) => (e.kind === 'append-history' ? [e.entry] : [])),
        );
        await keepRechecks(outcome.effects);
        if (watching && reopened) {
          watcher.record(actionKey(action), word, 'analysis', sheetName);
          await watcher.persist(context);
        }
        return { missing: [] as FieldKey[] };
      });
      if (!recorded.ok) return recorded;
      if (recorded.value.message && recorded.value.missing.length === 0)
        return { ok: false, error: { code: 'not-allowed', message: recorded.value.message, retry: false } };
      return recorded;
    },
    policy: () => ({ ok: true, value: storedPolicy() }),
    savePolicy: async (policy) => {
      try {
        return { ok: true, value: { problems: await savePolicy(policy) } };
      } catch (error) {
        return { ok: false, error: toUserError(error) };
      }
    },
  };
}
