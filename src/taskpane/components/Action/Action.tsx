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
import { findingMessage } from '../../../core';
import { useT } from '../../i18n';
import { useCoreT } from '../../useCoreT';
import { actionLabel, listOf, placeOf, stateName, typeName } from '../../words';
import { OperationStatus } from '../common/OperationStatus';
import { cardFacts, rowFindings, statusText, stillNeeded } from './actionCard';
import { ActionHistory } from './ActionHistory';
import { ActionMove } from './ActionMove';
import { useAction } from './useAction';
import { useActionStyles } from './Action.styles';

function Facts({ action }: { action: ActionView }) {
  const styles = useActionStyles();
  const t = useT();
  const facts: [string, string][] = [
    [t.t('action.status'), statusText(action, t)],
    [t.t('action.type'), action.type ? typeName(t, action.type) : t.t('action.notClassified')],
    ...cardFacts(action, t),
    [t.t('action.row'), String(action.row)],
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
  const t = useT();
  const core = useCoreT();
  const { lastCheck, selectView } = usePane();
  const headingId = useId('row-findings');
  const findings = rowFindings(lastCheck?.findings, action.row);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.t('action.findings', { count: findings.length })}
      </Subtitle2>
      {!lastCheck ? (
        <div className={styles.actions}>
          <Text className={styles.muted}>{t.t('action.notChecked')}</Text>
          <Button onClick={() => selectView('home')}>{t.t('action.checkRegister')}</Button>
        </div>
      ) : findings.length === 0 ? (
        <Text className={styles.muted}>{t.t('action.noFindings', { asOf: t.date(lastCheck.asOf) })}</Text>
      ) : (
        <ul className={styles.list}>
          {findings.map((f, i) => (
            <li key={`${f.code}:${f.column}:${i}`} className={styles.entry}>
              <Text className={styles.wrap}>{findingMessage(f, core)}</Text>
              <Text size={200} className={styles.muted}>{`${placeOf(t, f)} · ${f.code}`}</Text>
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
  const t = useT();
  const headingId = useId('moves');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.t('action.moveTo', { name: actionLabel(t, action) })}
      </Subtitle2>
      {action.allowed.length === 0 ? (
        <Text className={styles.muted}>{t.t('action.noMoves')}</Text>
      ) : (
        <ul className={styles.list}>
          {action.allowed.map((state) => {
            const needs = stillNeeded(action, state, t);
            return (
              <li key={state} className={styles.move}>
                <Button onClick={() => onChoose(state)}>{stateName(t, state)}</Button>
                <Text size={200} className={styles.muted}>
                  {needs.length === 0
                    ? t.t('action.ready')
                    : t.t('action.stillNeeds', { fields: listOf(t, needs) })}
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
  const t = useT();
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
        <Subtitle2>
          {action ? `${actionLabel(t, action)}${title ? ` · ${title}` : ''}` : t.t('action.heading')}
        </Subtitle2>
      </h2>
      {model.following === false && (
        <div className={styles.actions}>
          <Text className={styles.muted}>{t.t('action.notFollowing')}</Text>
          <Button onClick={model.read} disabled={load.status === 'running'}>
            {t.t('action.showSelected')}
          </Button>
        </div>
      )}
      {notWatching ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={styles.wrap}>{t.t('action.noRegister')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => selectView('register')}>{t.t('common.chooseSheet')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <OperationStatus label={t.t('action.reading')} operation={load} onRetry={load.retry} quiet />
      )}
      {load.status === 'done' && !action && <Text className={styles.muted}>{t.t('action.selectHint')}</Text>}
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
