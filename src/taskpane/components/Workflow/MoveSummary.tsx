import { Text } from '@fluentui/react-components';
import type { PendingMove } from '../../../commands/api';
import { actionName, moveWords, stateLabel, TYPE_LABEL } from './words';
import { useWorkflowStyles } from './Workflow.styles';

/** Which action, which row, and the change in the register's words and the workflow's. */
export function MoveSummary({ move, id }: { move: PendingMove; id?: string }) {
  const styles = useWorkflowStyles();
  const type = move.type ? TYPE_LABEL[move.type] : 'Action';
  const canonical = `${stateLabel(move.from)} → ${stateLabel(move.to)}`;
  return (
    <div id={id} className={styles.fieldBlock}>
      <Text weight="semibold" className={styles.wrap}>
        {`${type} ${actionName(move)}, row ${move.row}: ${moveWords(move)}`}
      </Text>
      <Text size={200} className={styles.muted}>{`In the workflow: ${canonical}.`}</Text>
      {move.message && <Text className={styles.wrap}>{move.message}</Text>}
    </div>
  );
}
