import type { ImprovementPlanCommands, WorkflowCommands } from '../commands/api';

type Backend = { commands: ImprovementPlanCommands; workflow: WorkflowCommands };

/** Every member of the command list: each forwards to the loaded one (all return promises). */
const COMMAND_KEYS = [
  'detectRegister',
  'validate',
  'goToFinding',
  'reviewSummary',
  'activateSheet',
  'setupRegister',
  'newRegister',
  'saveConfig',
  'previewSetup',
  'includeRegister',
  'sheetNames',
] as const satisfies readonly (keyof ImprovementPlanCommands)[];

/** The workflow's members that return promises; `onPendingMoves` (synchronous) is handled apart. */
const WORKFLOW_KEYS = [
  'startWatching',
  'reconcileNow',
  'completeMove',
  'cancelMove',
  'acknowledgeMove',
  'selectedAction',
  'goToRow',
  'moveAction',
  'onSelectionChanged',
] as const satisfies readonly (keyof WorkflowCommands)[];

type AnyAsync = (...args: unknown[]) => Promise<unknown>;

function forward<T extends object>(loaded: Promise<T>, keys: readonly (keyof T)[]): Record<string, AnyAsync> {
  const out: Record<string, AnyAsync> = {};
  for (const key of keys) {
    out[key as string] = (...args) =>
      loaded.then((target) => (target[key] as unknown as AnyAsync).apply(target, args));
  }
  return out;
}

/**
 * The command list and the workflow before their code has loaded: the same interfaces, each call
 * waiting for `load()` (started at once, in parallel with the first render). The pane renders its
 * tabs from what is in memory; the first command (Home's check) runs as soon as the chunk is in.
 */
export function lazyBackend(load: () => Promise<Backend>): Backend {
  const loaded = load();
  const commands = loaded.then((b) => b.commands);
  const workflow = loaded.then((b) => b.workflow);
  return {
    commands: forward(commands, COMMAND_KEYS) as unknown as ImprovementPlanCommands,
    workflow: {
      ...(forward(workflow, WORKFLOW_KEYS) as unknown as WorkflowCommands),
      onPendingMoves(listener) {
        let unsubscribe: (() => void) | undefined;
        let cancelled = false;
        void workflow.then((w) => {
          if (!cancelled) unsubscribe = w.onPendingMoves(listener);
        });
        return () => {
          cancelled = true;
          unsubscribe?.();
        };
      },
    },
  };
}
