import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  useId,
} from '@fluentui/react-components';
import type { PendingMove } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import type { PaneTranslator } from '../../../core/i18n';
import { useT } from '../../i18n';
import { PendingMoveItem } from './PendingMoveItem';
import { useWorkflowStyles } from './Workflow.styles';

/** Items rendered at first and per "Show more": a paste over 5,000 rows keeps the pane quick. */
export const PENDING_PAGE = 20;

function headline(t: PaneTranslator, moves: readonly PendingMove[]): string {
  const count = moves.length;
  const gates = moves.filter((m) => m.kind === 'gate').length;
  if (gates === count) return t.t('workflow.headline.gates', { count });
  if (gates === 0) return t.t('workflow.headline.notAllowed', { count });
  return t.t('workflow.headline.mixed', { count });
}

/**
 * Shown above every view while status changes wait for the user — a co-author's, one found by
 * reconciliation, a paste over several rows — except the one the prompt is open for.
 */
export function PendingMoves() {
  const styles = useWorkflowStyles();
  const t = useT();
  const { moves } = usePane();
  const listId = useId('pending-moves');
  const [expanded, setExpanded] = useState(false);
  const [limit, setLimit] = useState(PENDING_PAGE);
  const listed = moves.pending.filter((m) => m.key !== moves.prompted?.key);
  if (listed.length === 0) return null;
  const hidden = listed.length - Math.min(limit, listed.length);
  return (
    <section className={styles.banner} aria-label={t.t('workflow.banner')}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{headline(t, listed)}</MessageBarTitle>
        </MessageBarBody>
        <MessageBarActions>
          <Button aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded((e) => !e)}>
            {expanded ? t.t('workflow.hideList') : t.t('workflow.showList')}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <div id={listId} hidden={!expanded}>
        {expanded && (
          <ul className={styles.list}>
            {listed.slice(0, limit).map((move) => (
              <PendingMoveItem key={move.key} move={move} />
            ))}
          </ul>
        )}
        {expanded && hidden > 0 && (
          <Button appearance="subtle" onClick={() => setLimit((n) => n + PENDING_PAGE)}>
            {t.t('workflow.showMore', { page: Math.min(PENDING_PAGE, hidden), hidden })}
          </Button>
        )}
      </div>
    </section>
  );
}
