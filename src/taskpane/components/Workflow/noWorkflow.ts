import type { Outcome, WorkflowCommands } from '../../../commands/api';

const unavailable = async <T>(): Promise<Outcome<T>> => ({
  ok: false,
  error: {
    code: 'not-supported',
    message:
      'The status workflow is not available in this pane. Close the pane and open it again from Excel.',
    retry: false,
  },
});

/** Stands in when the pane runs without the workflow (tests of the other views, previews). */
export const NO_WORKFLOW: WorkflowCommands = {
  startWatching: unavailable,
  onPendingMoves: () => () => {},
  reconcileNow: unavailable,
  completeMove: unavailable,
  cancelMove: unavailable,
  acknowledgeMove: unavailable,
  selectedAction: unavailable,
  goToRow: unavailable,
  moveAction: unavailable,
};
