import { Text } from '@fluentui/react-components';
import type { PendingMove } from '../../../commands/api';
import { useT } from '../../i18n';
import { actionLabel, stateName, typeName } from '../../words';
import { useWorkflowStyles } from './Workflow.styles';

/** Which action, which row, and the change in the register's words and the workflow's. */
export function MoveSummary({ move, id }: { move: PendingMove; id?: string }) {
  const styles = useWorkflowStyles();
  const t = useT();
  const type = move.type ? typeName(t, move.type) : t.t('workflow.action');
  const blank = t.t('common.blank');
  const words = `${move.fromWord || blank} → ${move.toWord || blank}`;
  return (
    <div id={id} className={styles.fieldBlock}>
      <Text weight="semibold" className={styles.wrap}>
        {t.t('workflow.summary', { type, name: actionLabel(t, move), row: String(move.row), words })}
      </Text>
      <Text size={200} className={styles.muted}>
        {t.t('workflow.inWorkflow', { from: stateName(t, move.from), to: stateName(t, move.to) })}
      </Text>
      {move.message && <Text className={styles.wrap}>{move.message}</Text>}
    </div>
  );
}
