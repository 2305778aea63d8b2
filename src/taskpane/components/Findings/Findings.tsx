import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { formatRich, useT } from '../../i18n';
import { OperationStatus } from '../common/OperationStatus';
import { FindingSection } from './FindingSection';
import { FindingsFilter } from './FindingsFilter';
import { ALL_OWNERS, useFindings } from './useFindings';
import { useFindingsStyles } from './Findings.styles';

/** Findings view: run the checks, see what is wrong grouped by severity and rule, go to the cell. */
export function Findings() {
  const styles = useFindingsStyles();
  const t = useT();
  const model = useFindings();
  const { selectView } = usePane();
  const { validate, goTo, result, grouped } = model;
  const running = validate.status === 'running';
  const total = result?.findings.length ?? 0;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.t('findings.heading')}
      </Subtitle2>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={running} onClick={model.run}>
          {result ? t.t('findings.runAgain') : t.t('findings.run')}
        </Button>
        {result && (
          <Text className={styles.muted}>
            {formatRich(
              t,
              'findings.summary',
              // Several registers read together: all their sheets, and every action of them.
              result.sheets && result.sheets.length > 1
                ? { sheet: result.sheets.join(', '), count: result.health?.actions ?? result.info.rows }
                : { sheet: result.info.sheetName, count: result.info.rows },
              { asOf: <time dateTime={result.asOf}>{t.date(result.asOf)}</time> },
            )}
          </Text>
        )}
      </div>
      <OperationStatus
        label={t.t('common.checking')}
        operation={validate}
        onCancel={validate.cancel}
        onRetry={validate.retry}
      />
      {validate.status === 'error' && validate.error?.code === 'no-register' && (
        <div className={styles.toolbar}>
          <Button onClick={() => selectView('register')}>{t.t('common.chooseSheet')}</Button>
        </div>
      )}
      <OperationStatus label={t.t('findings.selectingCell')} operation={goTo} onRetry={goTo.retry} quiet />
      {model.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.t('findings.stale')}</MessageBarBody>
        </MessageBar>
      )}
      {result && total === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.t('findings.none')}</MessageBarBody>
        </MessageBar>
      )}
      {result && grouped && total > 0 && (
        <>
          <FindingsFilter
            text={model.text}
            onTextChange={model.setText}
            severities={model.severities}
            onToggleSeverity={model.toggleSeverity}
            counts={result.counts}
            owners={model.owners}
            owner={model.owner}
            onOwnerChange={model.setOwner}
          />
          <Text role="status" className={styles.muted}>
            {grouped.shown === total && model.owner === ALL_OWNERS
              ? t.t('findings.count', { count: total })
              : t.t('findings.showing', { shown: grouped.shown, count: total })}
          </Text>
          {grouped.sections.map((section) => (
            <FindingSection key={section.severity} section={section} onActivate={model.activate} />
          ))}
        </>
      )}
    </div>
  );
}
