import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Text, useId } from '@fluentui/react-components';
import { FIELD_LABELS } from '../../../core';
import type { PendingMove } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import { OperationStatus } from '../common/OperationStatus';
import { useOperation } from '../common/useOperation';
import { actionName, moveWords, ORIGIN_LABEL } from './words';
import { useWorkflowStyles } from './Workflow.styles';

/** One listed move: fill in its fields, select its row, or accept it as it is (with a reason). */
export function PendingMoveItem({ move }: { move: PendingMove }) {
  const styles = useWorkflowStyles();
  const { moves, workflow } = usePane();
  const titleId = useId('pending-move');
  const goTo = useOperation((_: void) => workflow.goToRow(move.sheetName, move.row));
  const accept = useOperation((comment: string) => workflow.acknowledgeMove(move, comment));
  const [accepting, setAccepting] = useState(false);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const what =
    move.kind === 'gate' && move.missing.length > 0
      ? `Missing: ${move.missing.map((f) => FIELD_LABELS[f]).join(', ')}.`
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
        {`${actionName(move)}, row ${move.row}: ${moveWords(move)}`}
      </Text>
      <Text className={styles.wrap}>{what}</Text>
      <Text size={200} className={styles.muted}>{`${ORIGIN_LABEL[move.origin]}.`}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => moves.openPrompt(move)}>
          {move.kind === 'gate' ? 'Fill in' : 'Review'}
        </Button>
        <Button onClick={() => void goTo.run()}>Go to row</Button>
        <Button aria-expanded={accepting} onClick={() => setAccepting((a) => !a)}>
          Accept as is
        </Button>
      </div>
      {accepting && (
        <form noValidate className={styles.fieldBlock} onSubmit={onAccept}>
          <Field
            label="Why accept it as it is?"
            required
            hint="Recorded in the history sheet as not meeting the workflow."
            validationState={commentMissing ? 'error' : 'none'}
            validationMessage={commentMissing ? 'Write a reason: it goes into the history.' : undefined}
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
              Accept
            </Button>
          </div>
        </form>
      )}
      <OperationStatus label="Selecting the row" operation={goTo} onRetry={goTo.retry} quiet />
      <OperationStatus label="Accepting the change" operation={accept} quiet />
    </li>
  );
}
