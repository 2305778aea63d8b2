import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { OperationStatus } from '../common/OperationStatus';
import { FindingSection } from './FindingSection';
import { FindingsFilter } from './FindingsFilter';
import { ALL_OWNERS, useFindings } from './useFindings';
import { useFindingsStyles } from './Findings.styles';

/** Findings view: run the checks, see what is wrong grouped by severity and rule, go to the cell. */
export function Findings() {
  const styles = useFindingsStyles();
  const model = useFindings();
  const { selectView } = usePane();
  const { validate, goTo, result, grouped } = model;
  const running = validate.status === 'running';
  const total = result?.findings.length ?? 0;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        Findings
      </Subtitle2>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={running} onClick={model.run}>
          {result ? 'Run validation again' : 'Run validation'}
        </Button>
        {result && (
          <Text className={styles.muted}>
            {`${result.info.sheetName}: ${result.info.rows.toLocaleString()} actions, as of ${result.asOf}`}
          </Text>
        )}
      </div>
      <OperationStatus
        label="Checking the register"
        operation={validate}
        onCancel={validate.cancel}
        onRetry={validate.retry}
      />
      {validate.status === 'error' && validate.error?.code === 'no-register' && (
        <div className={styles.toolbar}>
          <Button onClick={() => selectView('register')}>Choose the register sheet</Button>
        </div>
      )}
      <OperationStatus label="Selecting the cell" operation={goTo} onRetry={goTo.retry} quiet />
      {model.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The mapping or the register changed after this check. Run validation again to update the findings.
          </MessageBarBody>
        </MessageBar>
      )}
      {result && total === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>No findings: the register passes every check.</MessageBarBody>
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
              ? `${total.toLocaleString()} findings`
              : `Showing ${grouped.shown.toLocaleString()} of ${total.toLocaleString()} findings`}
          </Text>
          {grouped.sections.map((section) => (
            <FindingSection key={section.severity} section={section} onActivate={model.activate} />
          ))}
        </>
      )}
    </div>
  );
}
