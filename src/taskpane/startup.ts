import type { ImprovementPlanCommands, WorkflowCommands } from '../commands/api';

/** The status watcher starts at the latest this long after the pane, if no detection settles first. */
export const WATCH_AT_THE_LATEST_MS = 3_000;

/** Runs `task` when the page is next idle (after the pending render and paint), or soon without that API. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 500 });
  else setTimeout(task, 50);
}

/**
 * Start-up order of the pane. The first usable view is the Home view, which reads the register
 * to check it (the Register view, when opened first, reads it to show what was detected). The status watcher reads the register as well (and reconciles its
 * snapshot): started together, both reads run on the one JavaScript thread and the first view waits
 * for both. So the watcher starts once the first detection has settled and the pane is idle, or
 * after `latestMs` whatever happens. Status changes made before it starts are found by its
 * reconciliation and listed, as they always were.
 */
export function startWatchingAfterFirstView<C extends ImprovementPlanCommands, W extends WorkflowCommands>(
  commands: C,
  workflow: W,
  latestMs = WATCH_AT_THE_LATEST_MS,
): { commands: C; workflow: W } {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const latest = setTimeout(() => release(), latestMs);
  const settled = () => {
    clearTimeout(latest);
    whenIdle(() => release());
  };
  const detecting = withMethod(commands, 'detectRegister', (options) => {
    const outcome = commands.detectRegister(options);
    outcome.then(settled, settled);
    return outcome;
  });
  return {
    commands: withMethod(detecting, 'validate', (options) => {
      const outcome = commands.validate(options);
      outcome.then(settled, settled);
      return outcome;
    }),
    workflow: withMethod(workflow, 'startWatching', () => released.then(() => workflow.startWatching())),
  };
}

/** `target` with one method replaced; every other member is the target's own (class instances too). */
function withMethod<T extends object, K extends keyof T>(target: T, key: K, method: T[K]): T {
  return new Proxy(target, {
    get(t, p) {
      if (p === key) return method;
      const value: unknown = Reflect.get(t, p, t);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}
