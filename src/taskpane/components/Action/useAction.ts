import { useCallback, useEffect, useState } from 'react';
import type { State } from '../../../core';
import { usePane, useViewVisible } from '../../PaneContext';
import { useOperation } from '../common/useOperation';

/** State of the Action view: the action in the selected row, and the move being filled in. */
export function useAction() {
  const { workflow } = usePane();
  const visible = useViewVisible();
  const load = useOperation((_: void) => workflow.selectedAction());
  const [target, setTarget] = useState<State>();
  const [notice, setNotice] = useState<string>();
  const action = load.value;

  const { run } = load;
  const refresh = useCallback(() => {
    setTarget(undefined);
    setNotice(undefined);
    void run();
  }, [run]);

  // Each time the tab is opened: the user has usually selected another row in the meantime.
  useEffect(() => {
    if (visible) refresh();
  }, [visible, refresh]);

  const moved = useCallback(
    (message: string) => {
      setTarget(undefined);
      void run().then(() => setNotice(message));
    },
    [run],
  );

  return {
    load,
    action,
    target,
    choose: setTarget,
    back: () => setTarget(undefined),
    notice,
    refresh,
    moved,
  };
}
