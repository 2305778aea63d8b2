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
import type { PaneTranslator } from '../../../core/i18n';
import { useT } from '../../i18n';
import { actionLabel, stateName } from '../../words';
import { useWorkflowStyles } from './Workflow.styles';

function title(t: PaneTranslator, kind: FormKind, move: PendingMove): string {
  const name = actionLabel(t, move);
  if (kind === 'root-cause')
    return move.to === 'closed'
      ? t.t('workflow.title.rootCauseClose', { name })
      : t.t('workflow.title.rootCause', { name });
  if (kind === 'ofi-close') return t.t('workflow.title.ofiClose', { name });
  return t.t('workflow.title.move', { name, state: stateName(t, move.to) });
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
  const t = useT();
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
            <DialogTitle>{title(t, form.spec.kind, move)}</DialogTitle>
            <DialogContent className={styles.content}>
              <MoveSummary move={move} id={summaryId} />
              <MoveFields form={form} />
              <Text size={200} className={styles.muted}>
                {t.t('workflow.saveHint', { row: String(move.row), word: move.fromWord })}
              </Text>
              <OperationStatus label={t.t('workflow.saving')} operation={save} quiet />
              <OperationStatus label={t.t('workflow.restoring')} operation={cancel} quiet />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy}>
                {t.t('workflow.save')}
              </Button>
              <Button onClick={() => void onCancel()} disabled={busy}>
                {t.t('common.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
