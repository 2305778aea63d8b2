import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PendingMove, WorkflowCommands } from '../../../commands/api';

/** How often the pane compares the status column with its snapshot while it is open. */
export const RECONCILE_EVERY_MS = 60_000;

/** The pane's view of the workflow: pending moves, and the one the prompt is open for. */
export interface WorkflowMoves {
  /** Every pending move, in row order. */
  pending: readonly PendingMove[];
  /** The move the prompt is open for (it is not listed in the banner). */
  prompted?: PendingMove;
  openPrompt: (move: PendingMove) => void;
  closePrompt: () => void;
  /** Compares the register with the snapshot now; starts watching first if that failed before. */
  reconcile: () => void;
  /** The watcher has found the register and follows its status column. */
  watching: boolean;
}

/** A move is "new" when its action was not pending with the same status word before. */
const signature = (m: PendingMove) => `${m.key}\u0000${m.toWord}`;

/**
 * Starts the status watcher, keeps the list of pending moves, reconciles every minute, and opens
 * the prompt for the user's own change. Only a single new local move is prompted: several at once
 * come from a paste or a fill and are listed instead, as are remote and reconciled moves
 * (co-authors' changes never open prompts, DESIGN.md §7).
 */
export function useWorkflowMoves(workflow: WorkflowCommands, registerRevision: number): WorkflowMoves {
  const [pending, setPending] = useState<readonly PendingMove[]>([]);
  const [promptKey, setPromptKey] = useState<string>();
  const seen = useRef<ReadonlySet<string>>(new Set());
  const watching = useRef(false);
  const [isWatching, setWatching] = useState(false);

  const receive = useCallback((moves: readonly PendingMove[]) => {
    const fresh = moves.filter((m) => !seen.current.has(signature(m)));
    seen.current = new Set(moves.map(signature));
    setPending(moves);
    const own = fresh.filter((m) => m.origin === 'local' && m.single);
    setPromptKey((key) => {
      if (key !== undefined && moves.some((m) => m.key === key)) return key;
      return own[0]?.key;
    });
  }, []);

  const start = useCallback(async () => {
    const outcome = await workflow.startWatching();
    // No register yet is not alarming here: the Register view explains it, and the timer retries.
    if (!outcome.ok) return;
    watching.current = true;
    setWatching(true);
    receive(outcome.value.pending);
  }, [workflow, receive]);

  const reconcile = useCallback(() => {
    if (!watching.current) {
      void start();
      return;
    }
    void workflow.reconcileNow().then((outcome) => {
      // A failed background comparison is retried on the next tick; the list stays as it was.
      if (outcome.ok) receive(outcome.value);
    });
  }, [workflow, start, receive]);

  useEffect(() => workflow.onPendingMoves(receive), [workflow, receive]);

  // Again after the mapping or the register changed: the watcher re-reads it (idempotent).
  useEffect(() => {
    void start();
  }, [start, registerRevision]);

  useEffect(() => {
    const timer = setInterval(reconcile, RECONCILE_EVERY_MS);
    return () => clearInterval(timer);
  }, [reconcile]);

  const openPrompt = useCallback((move: PendingMove) => setPromptKey(move.key), []);
  const closePrompt = useCallback(() => setPromptKey(undefined), []);

  return useMemo(
    () => ({
      pending,
      prompted: promptKey === undefined ? undefined : pending.find((m) => m.key === promptKey),
      openPrompt,
      closePrompt,
      reconcile,
      watching: isWatching,
    }),
    [pending, promptKey, openPrompt, closePrompt, reconcile, isWatching],
  );
}
