import { useLayoutEffect, useRef } from 'react';
import { usePane } from '../../PaneContext';
import { GatePrompt } from './GatePrompt';
import { NotAllowedPrompt } from './NotAllowedPrompt';

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

  if (!move) return null;
  const key = `${move.key}:${move.toWord}`;
  return move.kind === 'gate' ? (
    <GatePrompt key={key} move={move} onDone={moves.closePrompt} />
  ) : (
    <NotAllowedPrompt key={key} move={move} onDone={moves.closePrompt} />
  );
}
