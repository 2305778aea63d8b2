import { useMemo, type FormEvent } from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import type { State } from '../../../core';
import type { ActionView, MoveInput } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import { OperationStatus } from '../common/OperationStatus';
import { useOperation } from '../common/useOperation';
import { MoveFields } from '../Workflow/MoveFields';
import { useMoveForm } from '../Workflow/useMoveForm';
import { actionName, stateLabel } from '../Workflow/words';
import { useActionStyles } from './Action.styles';

export interface ActionMoveProps {
  action: ActionView;
  to: State;
  onMoved: (message: string) => void;
  onBack: () => void;
}

/** The gate form for a move chosen in the Action view (the same form as the prompt). */
export function ActionMove({ action, to, onMoved, onBack }: ActionMoveProps) {
  const styles = useActionStyles();
  const { workflow } = usePane();
  const subject = useMemo(
    () => ({
      type: action.type,
      from: action.state,
      to,
      values: action.values,
      columns: action.columns,
      effectivenessWords: action.effectivenessWords,
    }),
    [action, to],
  );
  const form = useMoveForm(subject);
  const move = useOperation((input: MoveInput) => workflow.moveAction(action.row, to, input));
  const name = actionName(action);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (move.status === 'running') return;
    const input = form.submit();
    if (!input) return;
    const outcome = await move.run(input);
    if (!outcome?.ok) return;
    if (outcome.value.missing.length > 0) form.setMissing(outcome.value.missing);
    else onMoved(`${name} moved to ${stateLabel(to)}.`);
  };

  return (
    <form noValidate className={styles.section} onSubmit={(e) => void onSubmit(e)}>
      <Subtitle2 as="h3" className={styles.heading}>{`Move ${name} to ${stateLabel(to)}`}</Subtitle2>
      <MoveFields form={form} />
      <OperationStatus label="Moving the action" operation={move} quiet />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={move.status === 'running'}>
          {`Move to ${stateLabel(to)}`}
        </Button>
        <Button onClick={onBack}>Back</Button>
      </div>
    </form>
  );
}
