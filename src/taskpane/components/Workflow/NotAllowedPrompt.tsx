import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
  useId,
} from '@fluentui/react-components';
import type { PendingMove } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import { OperationStatus } from '../common/OperationStatus';
import { useOperation } from '../common/useOperation';
import { MoveSummary } from './MoveSummary';
import { useT } from '../../i18n';
import { actionLabel } from '../../words';
import { useWorkflowStyles } from './Workflow.styles';

/**
 * A status change the workflow does not allow (it skips steps, or the word is unknown): undo it
 * (the exact previous value comes back), or keep it with a reason recorded in the history.
 */
export function NotAllowedPrompt({ move, onDone }: { move: PendingMove; onDone: () => void }) {
  const styles = useWorkflowStyles();
  const t = useT();
  const { workflow } = usePane();
  const summaryId = useId('move-summary');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const undo = useOperation((_: void) => workflow.cancelMove(move));
  const keep = useOperation((comment: string) => workflow.acknowledgeMove(move, comment));
  const busy = undo.status === 'running' || keep.status === 'running';

  const onUndo = async () => {
    if (busy) return;
    if ((await undo.run())?.ok) onDone();
  };
  const onKeep = async () => {
    if (busy) return;
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    if ((await keep.run(reason.trim()))?.ok) onDone();
  };

  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, data) => {
        if (data.type === 'escapeKeyDown') void onUndo();
      }}
    >
      <DialogSurface className={styles.surface} aria-describedby={summaryId}>
        <DialogBody>
          <DialogTitle>{t.t('workflow.notAllowedTitle', { name: actionLabel(t, move) })}</DialogTitle>
          <DialogContent className={styles.content}>
            <MoveSummary move={move} id={summaryId} />
            <Field
              label={t.t('workflow.keepReason')}
              required
              hint={t.t('workflow.keepHint')}
              validationState={reasonMissing ? 'error' : 'none'}
              validationMessage={reasonMissing ? t.t('workflow.keepMissing') : undefined}
            >
              <Textarea
                value={reason}
                resize="vertical"
                onChange={(_, d) => {
                  setReason(d.value);
                  if (d.value.trim()) setReasonMissing(false);
                }}
              />
            </Field>
            <OperationStatus label={t.t('workflow.restoring')} operation={undo} quiet />
            <OperationStatus label={t.t('workflow.recording')} operation={keep} quiet />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void onUndo()}>
              {t.t('workflow.undo')}
            </Button>
            <Button disabled={busy} onClick={() => void onKeep()}>
              {t.t('workflow.keep')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
