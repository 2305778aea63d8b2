import { useCallback, useEffect, useRef, useState } from 'react';
import type { NeedItem } from '../../../commands/health';
import { usePane, useViewVisible } from '../../PaneContext';
import { useOperation } from '../common/useOperation';

/**
 * State of the Home view: a check of the register that never writes to the sheet (no highlights),
 * run when the pane opens and again after the register changed through the pane (a saved move,
 * a new mapping) — at once when Home is shown, else the next time it is.
 */
export function useHome() {
  const { commands, registerRevision, dataRevision, moves, checked } = usePane();
  const visible = useViewVisible();
  const check = useOperation((_: void, options) => commands.validate({ ...options, highlight: false }));
  const goTo = useOperation((item: NeedItem) =>
    commands.goToFinding({
      row: item.row,
      column: item.column,
      ...(item.sheet ? { sheet: item.sheet } : {}),
    }),
  );
  const [checkedAt, setCheckedAt] = useState<Date>();
  const checkedFor = useRef<string>(undefined);
  const revision = `${registerRevision}:${dataRevision}`;

  const { run } = check;
  const { reconcile } = moves;
  const runCheck = useCallback(async () => {
    checkedFor.current = revision;
    const outcome = await run();
    if (!outcome?.ok) return;
    setCheckedAt(new Date());
    checked(outcome.value);
    // As after every check: status changes the watcher missed are listed too.
    reconcile();
  }, [run, reconcile, revision, checked]);

  useEffect(() => {
    if (visible && checkedFor.current !== revision) void runCheck();
  }, [visible, revision, runCheck]);

  const { run: select } = goTo;
  return {
    check,
    goTo,
    result: check.value,
    checkedAt,
    runCheck: () => void runCheck(),
    select: useCallback((item: NeedItem) => void select(item), [select]),
  };
}
