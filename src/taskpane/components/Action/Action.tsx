import { Fragment, useRef } from 'react';
import { Button, MessageBar, MessageBarBody, Subtitle2, Text, useId } from '@fluentui/react-components';
import type { ActionView } from '../../../commands/api';
import { OperationStatus } from '../common/OperationStatus';
import { actionName, stateLabel, TYPE_LABEL } from '../Workflow/words';
import { ActionHistory } from './ActionHistory';
import { ActionMove } from './ActionMove';
import { useAction } from './useAction';
import { useActionStyles } from './Action.styles';

function Facts({ action }: { action: ActionView }) {
  const styles = useActionStyles();
  const facts: [string, string][] = [
    ['ID', action.id || '(none)'],
    ['Row', String(action.row)],
    ['Type', action.type ? TYPE_LABEL[action.type] : 'Not classified'],
    ['Status', `${action.statusWord || '(blank)'} (${stateLabel(action.state)})`],
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** Action view: the action in the selected row, its allowed next moves and its history. */
export function Action() {
  const styles = useActionStyles();
  const model = useAction();
  const { load, action, target } = model;
  const movesId = useId('moves');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form goes away after a move or Back: focus lands on the view's heading, not on the body.
  const refocus = () => headingRef.current?.focus();
  return (
    <div className={styles.root}>
      <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
        <Subtitle2>Action</Subtitle2>
      </h2>
      <div className={styles.actions}>
        <Button onClick={model.refresh} disabled={load.status === 'running'}>
          Refresh
        </Button>
      </div>
      <OperationStatus label="Reading the selected row" operation={load} onRetry={load.retry} quiet />
      {load.status === 'done' && !action && (
        <Text>Select a cell in a row of the register, then choose Refresh.</Text>
      )}
      {model.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{model.notice}</MessageBarBody>
        </MessageBar>
      )}
      {action && (
        <>
          <Facts action={action} />
          {target ? (
            <ActionMove
              key={`${action.row}:${target}`}
              action={action}
              to={target}
              onMoved={(message) => {
                model.moved(message);
                refocus();
              }}
              onBack={() => {
                model.back();
                refocus();
              }}
            />
          ) : (
            <section className={styles.section} aria-labelledby={movesId}>
              <Subtitle2 as="h3" id={movesId} className={styles.heading}>
                {`Move ${actionName(action)} to`}
              </Subtitle2>
              {action.allowed.length === 0 ? (
                <Text className={styles.muted}>No further moves: a cancelled action stays cancelled.</Text>
              ) : (
                <div className={styles.actions}>
                  {action.allowed.map((state) => (
                    <Button key={state} onClick={() => model.choose(state)}>
                      {stateLabel(state)}
                    </Button>
                  ))}
                </div>
              )}
            </section>
          )}
          <ActionHistory entries={action.history} />
        </>
      )}
    </div>
  );
}
