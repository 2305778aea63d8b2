import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { usePane } from '../../PaneContext';
import { GatePrompt } from './GatePrompt';
import { NotAllowedPrompt } from './NotAllowedPrompt';
import { PromptWarmUp } from './PromptWarmUp';

/**
 * The overlay for the move being prompted: the gate form (root cause, OFI closure, other gate
 * fields) or, for a move the workflow does not allow, the short "undo or keep" dialog. Focus
 * goes back where it was when the prompt closes; the dialog itself traps it while open.
 */
export function MovePrompt() {
  const { moves } = usePane();
  const move = moves.prompted;
  const open = move !== undefined;
  const returnTo = useRef<HTMLElement | null>(null);

  // A layout effect runs before the dialog's own (passive) effect moves focus inside it.
  useLayoutEffect(() => {
    if (open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return;
    }
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected && target !== document.body) target.focus();
  }, [open]);

  const warmUp = useWarmUpWhenIdle();
  if (!move) return warmUp.due ? <PromptWarmUp onDone={warmUp.done} /> : null;
  const key = `${move.key}:${move.toWord}`;
  return move.kind === 'gate' ? (
    <GatePrompt key={key} move={move} onDone={moves.closePrompt} />
  ) : (
    <NotAllowedPrompt key={key} move={move} onDone={moves.closePrompt} />
  );
}

/**
 * Whether the prompt's warm-up (PromptWarmUp) is due: once, the next time the browser is idle
 * (at the latest a second after this mounted).
 * Never where the browser has no idle callback (jsdom): it only saves time.
 */
function useWarmUpWhenIdle(): { due: boolean; done: () => void } {
  const [state, setState] = useState<'waiting' | 'due' | 'done'>('waiting');
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    // At the latest a second after the prompt's code is in: a busy pane may not be idle soon.
    const handle = requestIdleCallback(() => setState((s) => (s === 'waiting' ? 'due' : s)), {
      timeout: 1_000,
    });
    return () => cancelIdleCallback(handle);
  }, []);
  const done = useCallback(() => setState('done'), []);
  return { due: state === 'due', done };
}
