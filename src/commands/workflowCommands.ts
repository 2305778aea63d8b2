import {
  actionKey,
  allowedMoves,
  cellText,
  isoFromDay,
  dayFromLocalDate,
  ownWords,
  readEffectiveness,
  statesInUse,
  TEMPLATE_STATUS_WORDS,
  transition,
  type FieldKey,
  type Register,
  type State,
} from '../core';
import { toUserError } from '../excel/errors';
import { selectFinding } from '../excel/navigate';
import { appendHistory, asText, historyOf } from '../excel/workflow/historySheet';
import { keepRechecks, recheckInput } from '../excel/workflow/followThroughSettings';
import { queueFieldWrites, readRows } from '../excel/workflow/rowIo';
import { WorkflowGuard } from '../excel/workflow/guard';
import type { ActionView, MoveInput, Outcome, WorkflowCommands } from './api';

/** The register's own word for a state (first word the sheet uses for it), else the template word. */
export function wordFor(register: Register, state: State): string {
  return ownWords(register.vocabularies.status)[state] ?? TEMPLATE_STATUS_WORDS[state];
}

async function attempt<T>(step: (context: Excel.RequestContext) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await Excel.run(step);
  } catch (error) {
    return { ok: false, error: toUserError(error) };
  }
}

function refused<T>(message: string): Outcome<T> {
  return { ok: false, error: { code: 'not-allowed', message, retry: false } };
}

function notWatching<T>(): Outcome<T> {
  return {
    ok: false,
    error: {
      code: 'no-register',
      message: 'The add-in is not watching a register yet. Choose the register sheet on the Home view first.',
      retry: true,
    },
  };
}

/** Dates typed in the prompt arrive as ISO text; "today" defaults are filled by the pane. */
function fieldsOf(input: MoveInput): Partial<Record<FieldKey, string | number | boolean>> {
  const out: Partial<Record<FieldKey, string | number | boolean>> = {};
  for (const [k, v] of Object.entries(input.fields) as [FieldKey, string | number | boolean][]) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

/**
 * The workflow commands over Excel: the watcher finds status changes; these carry out the
 * user's answer to a prompt (Save, Cancel, accept as is) and moves made from the Action view.
 */
export function createWorkflowCommands(
  watcher = new WorkflowGuard(),
): WorkflowCommands & { watcher: WorkflowGuard } {
  return {
    watcher,
    startWatching: () =>
      attempt(async (context) => {
        const pending = await watcher.start(context);
        return { ok: true, value: { sheetName: watcher.sheetName, pending } };
      }),

    onPendingMoves: (listener) => watcher.subscribe(listener),

    reconcileNow: () =>
      attempt(async (context) => {
        if (!watcher.register) return notWatching();
        return { ok: true, value: await watcher.reconcile(context) };
      }),

    completeMove: (move, input) =>
      attempt(async (context) => {
        // The register of the move's own sheet (one of the included registers).
        const register = watcher.watcherOf(move.sheetName)?.register;
        if (!register) return notWatching();
        if (!move.to) return refused(move.message);
        const [action] = await readRows(context, move.sheetName, register, move.row, move.row);
        const fields = fieldsOf(input);
        const result = transition(
          {
            id: move.id,
            row: move.row,
            type: action?.type ?? move.type,
            from: move.from,
            values: action?.values ?? move.values,
          },
          move.to,
          {
            now: new Date().toISOString(),
            via: 'prompt',
            fields,
            comment: input.comment,
            statesInUse: statesInUse(register),
            effectiveness: (text) => readEffectiveness(register, text),
            columns: new Set(move.columns),
            // Closing an NC as effective schedules its re-check (the policy's days after closing).
            ...recheckInput(),
          },
        );
        if (!result.ok && result.reason === 'not-allowed') return refused(result.message);
        if (!result.ok) return { ok: true, value: { missing: result.missing } };
        for (const effect of result.effects) {
          if (effect.kind !== 'update-cells') continue;
          watcher.expectOwnWrite(
            move.sheetName,
            queueFieldWrites(context, move.sheetName, register, move.row, effect.fields),
          );
        }
        await context.sync();
        await appendHistory(
          context,
          result.effects.flatMap((e) => (e.kind === 'append-history' ? [e.entry] : [])),
        );
        await keepRechecks(result.effects);
        watcher.resolve(move, move.toWord, move.to);
        await watcher.persist(context);
        return { ok: true, value: { missing: [] } };
      }),

    cancelMove: (move) =>
      attempt(async (context) => {
        const register = watcher.watcherOf(move.sheetName)?.register;
        const status = register?.mapping.columns.status;
        if (!register || !status) return notWatching();
        const address = `${status.letter}${move.row}`;
        watcher.expectOwnWrite(move.sheetName, [address]);
        // The exact previous text: an apostrophe only where Excel would otherwise change it.
        context.workbook.worksheets.getItem(move.sheetName).getRange(address).values = [
          [move.fromWord === '' ? '' : asText(move.fromWord)],
        ];
        await context.sync();
        watcher.resolve(move, move.fromWord, move.from);
        await watcher.persist(context);
        return { ok: true, value: undefined };
      }),

    acknowledgeMove: (move, comment) =>
      attempt(async (context) => {
        await appendHistory(context, [
          {
            timestamp: new Date().toISOString(),
            id: move.id,
            row: move.row,
            from: move.from ?? '',
            to: (move.to ?? move.toWord) as State,
            fieldsFilled: [],
            comment: comment || 'Accepted without the required fields',
            via: 'pane',
            gateMet: false,
          },
        ]);
        watcher.resolve(move, move.toWord, move.to);
        await watcher.persist(context);
        return { ok: true, value: undefined };
      }),

    selectedAction: () =>
      attempt(async (context) => {
        if (!watcher.register) return notWatching<ActionView | undefined>();
        const selected = context.workbook.getSelectedRange();
        selected.load('rowIndex');
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        const row = selected.rowIndex + 1;
        // The action under the selection on any watched register sheet, read with its own mapping.
        const own = watcher.watcherOf(sheet.name);
        const register = own?.register;
        if (!own || !register || row <= register.mapping.headerRow) return { ok: true, value: undefined };
        const [action] = await readRows(context, own.sheetName, register, row, row);
        if (!action) return { ok: true, value: undefined };
        const history = action.id ? await historyOf(context, action.id) : [];
        return {
          ok: true,
          value: {
            sheetName: own.sheetName,
            row,
            id: action.id,
            type: action.type,
            state: action.state,
            statusWord: cellText(action.values.status),
            allowed: allowedMoves(
              { type: action.type, from: action.state, values: action.values },
              statesInUse(register),
              (text) => readEffectiveness(register, text),
            ),
            values: action.values,
            columns: Object.keys(register.mapping.columns) as FieldKey[],
            history,
            effectivenessWords: ownWords(register.vocabularies.effectiveness),
          },
        };
      }),

    goToRow: (sheetName, row) =>
      attempt(async (context) => {
        await selectFinding(context, sheetName, { row, column: '' });
        return { ok: true, value: undefined };
      }),

    moveAction: (row, to, input) =>
      attempt(async (context) => {
        // The Action view's row is on the active sheet when several registers are watched.
        let own = watcher.watchers.length > 1 ? undefined : watcher.main;
        if (!own) {
          const active = context.workbook.worksheets.getActiveWorksheet().load('name');
          await context.sync();
          own = watcher.watcherOf(active.name) ?? watcher.main;
        }
        const sheetName = own.sheetName;
        const register = own.register;
        const status = register?.mapping.columns.status;
        if (!register || !status) return notWatching();
        const [action] = await readRows(context, sheetName, register, row, row);
        if (!action) return { ok: true, value: { missing: [] } };
        const fields = fieldsOf(input);
        if (
          to === 'closed' &&
          register.mapping.columns.closedDate &&
          !fields.closedDate &&
          !cellText(action.values.closedDate)
        ) {
          fields.closedDate = isoFromDay(dayFromLocalDate(new Date()));
        }
        const result = transition(
          { id: action.id, row, type: action.type, from: action.state, values: action.values },
          to,
          {
            now: new Date().toISOString(),
            via: 'pane',
            fields,
            comment: input.comment,
            statesInUse: statesInUse(register),
            effectiveness: (text) => readEffectiveness(register, text),
            columns: new Set(Object.keys(register.mapping.columns) as FieldKey[]),
            ...recheckInput(),
          },
        );
        if (!result.ok && result.reason === 'not-allowed') return refused(result.message);
        if (!result.ok) return { ok: true, value: { missing: result.missing } };
        const word = wordFor(register, to);
        const updates = result.effects.flatMap((e) => (e.kind === 'update-cells' ? [e.fields] : []));
        const writes = Object.assign({}, ...updates, { status: word });
        watcher.expectOwnWrite(sheetName, queueFieldWrites(context, sheetName, register, row, writes));
        await context.sync();
        await appendHistory(
          context,
          result.effects.flatMap((e) => (e.kind === 'append-history' ? [e.entry] : [])),
        );
        await keepRechecks(result.effects);
        watcher.record(actionKey(action), word, to, sheetName);
        await watcher.persist(context);
        return { ok: true, value: { missing: [] } };
      }),
  };
}

let shared: ReturnType<typeof createWorkflowCommands> | undefined;

/**
 * The one workflow guard of this runtime. In the shared runtime the ribbon and the pane run in the
 * same page, so both must talk to the same watcher (one event handler, one snapshot) — the
 * reason for this single, lazily created instance.
 */
export function sharedWorkflow(): ReturnType<typeof createWorkflowCommands> {
  return (shared ??= createWorkflowCommands());
}
