import { Fragment, useRef } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  useId,
} from '@fluentui/react-components';
import type { ActionView } from '../../../commands/api';
import { usePane } from '../../PaneContext';
import { OperationStatus } from '../common/OperationStatus';
import { findingPlace } from '../Findings/findingGroups';
import { actionName, stateLabel, TYPE_LABEL } from '../Workflow/words';
import { cardFacts, rowFindings, statusText, stillNeeded } from './actionCard';
import { ActionHistory } from './ActionHistory';
import { ActionMove } from './ActionMove';
import { useAction } from './useAction';
import { useActionStyles } from './Action.styles';

function Facts({ action }: { action: ActionView }) {
  const styles = useActionStyles();
  const facts: [string, string][] = [
    ['Status', statusText(action)],
    ['Type', action.type ? TYPE_LABEL[action.type] : 'Not classified'],
    ...cardFacts(action),
    ['Row', String(action.row)],
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

/** The row's findings from the last check, in words. */
function RowFindings({ action }: { action: ActionView }) {
  const styles = useActionStyles();
  const { lastCheck, selectView } = usePane();
  const headingId = useId('row-findings');
  const findings = rowFindings(lastCheck?.findings, action.row);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {`Findings (${findings.length})`}
      </Subtitle2>
      {!lastCheck ? (
        <div className={styles.actions}>
          <Text className={styles.muted}>The register has not been checked yet.</Text>
          <Button onClick={() => selectView('home')}>Check the register</Button>
        </div>
      ) : findings.length === 0 ? (
        <Text
          className={styles.muted}
        >{`No findings for this row at the last check (as of ${lastCheck.asOf}).`}</Text>
      ) : (
        <ul className={styles.list}>
          {findings.map((f, i) => (
            <li key={`${f.code}:${f.column}:${i}`} className={styles.entry}>
              <Text className={styles.wrap}>{f.message}</Text>
              <Text size={200} className={styles.muted}>{`${findingPlace(f)} · ${f.code}`}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The moves allowed now, each with what its gate still needs in this row. */
function Moves({
  action,
  onChoose,
}: {
  action: ActionView;
  onChoose: (to: ActionView['allowed'][number]) => void;
}) {
  const styles = useActionStyles();
  const headingId = useId('moves');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {`Move ${actionName(action)} to`}
      </Subtitle2>
      {action.allowed.length === 0 ? (
        <Text className={styles.muted}>No further moves: a cancelled action stays cancelled.</Text>
      ) : (
        <ul className={styles.list}>
          {action.allowed.map((state) => {
            const needs = stillNeeded(action, state);
            return (
              <li key={state} className={styles.move}>
                <Button onClick={() => onChoose(state)}>{stateLabel(state)}</Button>
                <Text size={200} className={styles.muted}>
                  {needs.length === 0 ? 'Ready: nothing missing' : `Still needs: ${needs.join(', ')}`}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Action card: the action in the row selected in Excel, following the selection as it moves. */
export function Action() {
  const styles = useActionStyles();
  const { selectView } = usePane();
  const model = useAction();
  const { load, action, target } = model;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form goes away after a move or Back: focus lands on the view's heading, not on the body.
  const refocus = () => headingRef.current?.focus();
  const title = action ? String(action.values.title ?? '').trim() : '';
  const notWatching = load.status === 'error' && load.error?.code === 'no-register';
  return (
    <div className={styles.root}>
      <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
        <Subtitle2>{action ? `${actionName(action)}${title ? ` · ${title}` : ''}` : 'Action'}</Subtitle2>
      </h2>
      {model.following === false && (
        <div className={styles.actions}>
          <Text className={styles.muted}>
            This version of Excel does not tell the add-in when you select a row.
          </Text>
          <Button onClick={model.read} disabled={load.status === 'running'}>
            Show the selected row
          </Button>
        </div>
      )}
      {notWatching ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            The add-in has not found the register yet, so it cannot show the selected row.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => selectView('register')}>Choose the register sheet</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <OperationStatus label="Reading the selected row" operation={load} onRetry={load.retry} quiet />
      )}
      {load.status === 'done' && !action && (
        <Text className={styles.muted}>
          Select a cell in a row of the register: this card shows that action, and follows as you select
          another row.
        </Text>
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
            <Moves action={action} onChoose={model.choose} />
          )}
          <RowFindings action={action} />
          <ActionHistory entries={action.history} />
        </>
      )}
    </div>
  );
}
