import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Text, useId } from '@fluentui/react-components';
import type { PendingMove } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import { OperationStatus } from '../common/OperationStatus';
import { useOperation } from '../common/useOperation';
import type { PaneKey } from '../../../core/i18n';
import { useT } from '../../i18n';
import { actionLabel, fieldName, listOf } from '../../words';
import { useWorkflowStyles } from './Workflow.styles';

/** One listed move: fill in its fields, select its row, or accept it as it is (with a reason). */
export function PendingMoveItem({ move }: { move: PendingMove }) {
  const styles = useWorkflowStyles();
  const { moves, workflow } = usePane();
  const t = useT();
  const titleId = useId('pending-move');
  const goTo = useOperation((_: void) => workflow.goToRow(move.sheetName, move.row));
  const accept = useOperation((comment: string) => workflow.acknowledgeMove(move, comment));
  const [accepting, setAccepting] = useState(false);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const what =
    move.kind === 'gate' && move.missing.length > 0
      ? t.t('workflow.missing', {
          fields: listOf(
            t,
            move.missing.map((f) => fieldName(t, f)),
          ),
        })
      : move.message;

  const onAccept = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setCommentMissing(true);
      return;
    }
    void accept.run(comment.trim());
  };

  return (
    <li className={styles.item} aria-labelledby={titleId}>
      <Text id={titleId} className={styles.itemTitle}>
        {t.t('workflow.itemTitle', {
          name: actionLabel(t, move),
          row: String(move.row),
          words: `${move.fromWord || t.t('common.blank')} → ${move.toWord || t.t('common.blank')}`,
        })}
      </Text>
      <Text className={styles.wrap}>{what}</Text>
      <Text
        size={200}
        className={styles.muted}
      >{`${t.t(`workflow.origin.${move.origin}` as PaneKey)}.`}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => moves.openPrompt(move)}>
          {move.kind === 'gate' ? t.t('workflow.fillIn') : t.t('workflow.review')}
        </Button>
        <Button onClick={() => void goTo.run()}>{t.t('workflow.goToRow')}</Button>
        <Button aria-expanded={accepting} onClick={() => setAccepting((a) => !a)}>
          {t.t('workflow.acceptAsIs')}
        </Button>
      </div>
      {accepting && (
        <form noValidate className={styles.fieldBlock} onSubmit={onAccept}>
          <Field
            label={t.t('workflow.acceptWhy')}
            required
            hint={t.t('workflow.acceptHint')}
            validationState={commentMissing ? 'error' : 'none'}
            validationMessage={commentMissing ? t.t('workflow.acceptMissing') : undefined}
          >
            <Input
              value={comment}
              onChange={(_, d) => {
                setComment(d.value);
                if (d.value.trim()) setCommentMissing(false);
              }}
            />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" disabled={accept.status === 'running'}>
              {t.t('workflow.accept')}
            </Button>
          </div>
        </form>
      )}
      <OperationStatus label={t.t('home.selectingRow')} operation={goTo} onRetry={goTo.retry} quiet />
      <OperationStatus label={t.t('workflow.accepting')} operation={accept} quiet />
    </li>
  );
}
