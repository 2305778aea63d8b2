import { useMemo, type FormEvent } from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import type { State } from '../../../core';
import type { ActionView, MoveInput } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import { useT } from '../../i18n';
import { actionLabel, stateName } from '../../words';
import { OperationStatus } from '../common/OperationStatus';
import { useOperation } from '../common/useOperation';
import { MoveFields } from '../Workflow/MoveFields';
import { useMoveForm } from '../Workflow/useMoveForm';
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
  const t = useT();
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
  const name = actionLabel(t, action);
  const state = stateName(t, to);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (move.status === 'running') return;
    const input = form.submit();
    if (!input) return;
    const outcome = await move.run(input);
    if (!outcome?.ok) return;
    if (outcome.value.missing.length > 0) form.setMissing(outcome.value.missing);
    else onMoved(t.t('action.moved', { name, state }));
  };

  return (
    <form noValidate className={styles.section} onSubmit={(e) => void onSubmit(e)}>
      <Subtitle2 as="h3" className={styles.heading}>
        {t.t('action.moveHeading', { name, state })}
      </Subtitle2>
      <MoveFields form={form} />
      <OperationStatus label={t.t('action.moving')} operation={move} quiet />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={move.status === 'running'}>
          {t.t('action.moveButton', { state })}
        </Button>
        <Button onClick={onBack}>{t.t('common.back')}</Button>
      </div>
    </form>
  );
}
