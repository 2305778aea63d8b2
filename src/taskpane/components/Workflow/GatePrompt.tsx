import type { FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  useId,
} from '@fluentui/react-components';
import type { MoveInput, PendingMove } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import { OperationStatus } from '../common/OperationStatus';
import { useOperation } from '../common/useOperation';
import type { FormKind } from './moveForm';
import { MoveFields } from './MoveFields';
import { MoveSummary } from './MoveSummary';
import { useMoveForm } from './useMoveForm';
import { actionName, stateLabel } from './words';
import { useWorkflowStyles } from './Workflow.styles';

function title(kind: FormKind, move: PendingMove): string {
  const name = actionName(move);
  if (kind === 'root-cause')
    return move.to === 'closed' ? `Closing ${name}: root cause and effectiveness` : `Root cause for ${name}`;
  if (kind === 'ofi-close') return `Closing ${name}: what was done`;
  return `Moving ${name} to ${stateLabel(move.to)}`;
}

export interface GatePromptProps {
  move: PendingMove;
  onDone: () => void;
}

/**
 * The root-cause prompt (and its shorter forms): Save writes the fields and keeps the new
 * status; Cancel, or Escape, restores the exact previous status. Clicking outside does nothing,
 * so a stray click never throws away what was typed.
 */
export function GatePrompt({ move, onDone }: GatePromptProps) {
  const styles = useWorkflowStyles();
  const { workflow } = usePane();
  const summaryId = useId('move-summary');
  const form = useMoveForm(move);
  const save = useOperation((input: MoveInput) => workflow.completeMove(move, input));
  const cancel = useOperation((_: void) => workflow.cancelMove(move));
  const busy = save.status === 'running' || cancel.status === 'running';

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const input = form.submit();
    if (!input) return;
    const outcome = await save.run(input);
    if (!outcome?.ok) return;
    if (outcome.value.missing.length > 0) form.setMissing(outcome.value.missing);
    else onDone();
  };

  const onCancel = async () => {
    if (busy) return;
    const outcome = await cancel.run();
    if (outcome?.ok) onDone();
  };

  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, data) => {
        if (data.type === 'escapeKeyDown') void onCancel();
      }}
    >
      <DialogSurface className={styles.surface} aria-describedby={summaryId}>
        <form noValidate onSubmit={(e) => void onSave(e)}>
          <DialogBody>
            <DialogTitle>{title(form.spec.kind, move)}</DialogTitle>
            <DialogContent className={styles.content}>
              <MoveSummary move={move} id={summaryId} />
              <MoveFields form={form} />
              <Text size={200} className={styles.muted}>
                {`Save writes these fields into row ${move.row} and keeps the new status. Cancel puts the status back to “${move.fromWord}”.`}
              </Text>
              <OperationStatus label="Saving" operation={save} quiet />
              <OperationStatus label="Restoring the status" operation={cancel} quiet />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy}>
                Save
              </Button>
              <Button onClick={() => void onCancel()} disabled={busy}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
