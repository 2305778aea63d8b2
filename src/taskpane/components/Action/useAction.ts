import { useCallback, useEffect, useRef, useState } from 'react';
import type { State } from '../../../core';
import { usePane, useViewVisible } from '../../PaneContext';
import { useOperation } from '../common/useOperation';

/** Selection events come in bursts (a drag, arrow keys held): the row is read once they pause. */
export const SELECTION_SETTLE_MS = 150;

/**
 * State of the Action card: the action in the selected row, read again whenever the selection
 * changes in Excel (no Refresh button), and the move being filled in. While a move form is open
 * the card stays on its action; the selection is read again after the move or Back.
 */
export function useAction() {
  const { workflow, dataRevision, dataChanged, moves } = usePane();
  const visible = useViewVisible();
  const load = useOperation((_: void) => workflow.selectedAction());
  const [target, setTarget] = useState<State>();
  const [notice, setNotice] = useState<string>();
  /** undefined: not known yet; false: this Excel does not raise the event (a button reads the row). */
  const [following, setFollowing] = useState<boolean>();
  const action = load.value;
  const { run } = load;

  const read = useCallback(() => {
    setNotice(undefined);
    void run();
  }, [run]);

  const formOpen = useRef(false);
  formOpen.current = target !== undefined;
  const stale = useRef(true);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;

  // One subscription for the card's life; a hidden card only notes that it is stale.
  useEffect(() => {
    if (!workflow.onSelectionChanged) {
      setFollowing(false);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    let gone = false;
    const changed = () => {
      stale.current = true;
      if (!visibleRef.current || formOpen.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        stale.current = false;
        read();
      }, SELECTION_SETTLE_MS);
    };
    void workflow.onSelectionChanged(changed).then((outcome) => {
      if (gone) {
        if (outcome.ok) outcome.value();
        return;
      }
      setFollowing(outcome.ok);
      if (outcome.ok) stop = outcome.value;
    });
    return () => {
      gone = true;
      clearTimeout(timer);
      stop?.();
    };
  }, [workflow, read]);

  // Shown again, the register changed through the pane, or the watcher started: read the row.
  const { watching } = moves;
  useEffect(() => {
    if (!visible || formOpen.current) return;
    stale.current = false;
    read();
  }, [visible, dataRevision, watching, read]);

  const moved = useCallback(
    (message: string) => {
      setTarget(undefined);
      dataChanged();
      void run().then(() => setNotice(message));
    },
    [run, dataChanged],
  );

  return {
    load,
    action,
    target,
    following,
    choose: setTarget,
    back: () => {
      setTarget(undefined);
      if (stale.current) read();
    },
    notice,
    read,
    moved,
  };
}
