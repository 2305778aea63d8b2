import { useCallback, useEffect, useRef, useState } from 'react';
import type { Outcome, Progress, RunOptions, UserError } from '../../../commands/api';
import { useT } from '../../i18n';

/** One command call as the pane sees it. */
export type OperationRunner<A, T> = (args: A, options: RunOptions) => Promise<Outcome<T>>;

export type OperationStatusKind = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface Operation<A, T> {
  status: OperationStatusKind;
  /** Last progress report of the running call. */
  progress?: Progress;
  /** The error of the last call, when it failed. */
  error?: UserError;
  /** Value of the last successful call; kept while a new call runs so the view does not flash. */
  value?: T;
  /** Starts a call, cancelling one still running. Resolves with the outcome, or undefined when superseded. */
  run: (args: A) => Promise<Outcome<T> | undefined>;
  /** Aborts the running call (its `signal` fires); the view returns to its last result at once. */
  cancel: () => void;
  /** Runs again with the arguments of the last call. */
  retry: () => void;
}

/**
 * Wraps an Outcome-returning command with an AbortController, progress and retry. Results of a
 * call that was cancelled or superseded are ignored, so a slow old answer never replaces a newer one.
 *
 * @example const validate = useOperation((_: void, o) => commands.validate(o)); validate.run();
 */
export function useOperation<A, T>(runner: OperationRunner<A, T>): Operation<A, T> {
  const [state, setState] = useState<Omit<Operation<A, T>, 'run' | 'cancel' | 'retry'>>({ status: 'idle' });
  const runnerRef = useRef(runner);
  const t = useT();
  const unexpected = useRef('');
  // Commands promise never to reject; this covers a broken promise so the pane still explains itself.
  unexpected.current = t.t('error.unexpected');
  const controllerRef = useRef<AbortController | undefined>(undefined);
  const callRef = useRef(0);
  const argsRef = useRef<{ args: A } | undefined>(undefined);

  useEffect(() => {
    runnerRef.current = runner;
  });
  useEffect(() => () => controllerRef.current?.abort(), []);

  const run = useCallback(async (args: A): Promise<Outcome<T> | undefined> => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    const call = ++callRef.current;
    argsRef.current = { args };
    const current = () => call === callRef.current && !controller.signal.aborted;
    setState((s) => ({ status: 'running', value: s.value }));
    let outcome: Outcome<T>;
    try {
      outcome = await runnerRef.current(args, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (current()) setState((s) => (s.status === 'running' ? { ...s, progress } : s));
        },
      });
    } catch {
      outcome = { ok: false, error: { code: 'unexpected', message: unexpected.current, retry: true } };
    }
    if (!current()) return undefined;
    controllerRef.current = undefined;
    if (outcome.ok) setState({ status: 'done', value: outcome.value });
    else if (outcome.error.code === 'cancelled') setState((s) => ({ status: 'cancelled', value: s.value }));
    else setState((s) => ({ status: 'error', error: outcome.error, value: s.value }));
    return outcome;
  }, []);

  const cancel = useCallback(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    controller.abort();
    controllerRef.current = undefined;
    callRef.current++;
    setState((s) => ({ status: 'cancelled', value: s.value }));
  }, []);

  const retry = useCallback(() => {
    if (argsRef.current) void run(argsRef.current.args);
  }, [run]);

  return { ...state, run, cancel, retry };
}
