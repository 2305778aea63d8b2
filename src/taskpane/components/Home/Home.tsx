import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  mergeClasses,
  useArrowNavigationGroup,
  useId,
} from '@fluentui/react-components';
import type { ValidationResult } from '../../../commands/api';
import { NEED_KINDS, type NeedItem, type NeedKind } from '../../../commands/health';
import { usePane } from '../../PaneContext';
import { OperationStatus } from '../common/OperationStatus';
import { HOME_LIMIT, needDetail, needHeading, needName } from './homeWords';
import { useHome } from './useHome';
import { useHomeStyles } from './Home.styles';

function Figures({ result }: { result: ValidationResult }) {
  const styles = useHomeStyles();
  const h = result.health;
  const figures: { label: string; value: number | undefined; alert?: boolean }[] = [
    { label: 'Actions', value: h?.actions ?? result.info.rows },
    { label: 'Open', value: h?.open },
    { label: 'Overdue', value: h?.overdue, alert: true },
    { label: 'Effectiveness checks due', value: h?.effectivenessDue, alert: true },
    { label: 'Errors', value: result.counts.error, alert: true },
    { label: 'Warnings', value: result.counts.warning },
  ];
  return (
    <dl className={styles.figures} aria-label="The register at a glance">
      {figures
        .filter((f) => f.value !== undefined)
        .map((f) => (
          <div key={f.label} className={mergeClasses(styles.figure, f.alert && f.value ? styles.alert : '')}>
            <dd className={styles.number}>{f.value!.toLocaleString()}</dd>
            <dt className={styles.label}>{f.label}</dt>
          </div>
        ))}
    </dl>
  );
}

interface NeedListProps {
  kind: NeedKind;
  items: readonly NeedItem[];
  onSelect: (item: NeedItem) => void;
  onShowAll: () => void;
}

/** One kind of item needing action: its count in words and the first few, each selecting its row. */
function NeedList({ kind, items, onSelect, onShowAll }: NeedListProps) {
  const styles = useHomeStyles();
  const headingId = useId('need');
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const shown = items.slice(0, HOME_LIMIT);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {needHeading(kind, items.length)}
      </Subtitle2>
      <ul className={styles.list} {...arrows}>
        {shown.map((item) => (
          <li key={item.row}>
            <button type="button" className={styles.item} onClick={() => onSelect(item)}>
              <span>{needName(item)}</span>
              <span className={styles.detail}>{`${needDetail(item)} · select in the sheet`}</span>
            </button>
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <Button appearance="subtle" onClick={onShowAll}>
          {`Show all ${items.length.toLocaleString()} in Findings`}
        </Button>
      )}
    </section>
  );
}

/** Home: what needs the user now — the register's health and the actions to see to first. */
export function Home() {
  const styles = useHomeStyles();
  const { selectView } = usePane();
  const model = useHome();
  const { check, goTo, result, checkedAt } = model;
  const running = check.status === 'running';
  const needs = result?.health?.needs;
  const kinds = needs ? NEED_KINDS.filter((k) => needs[k].length > 0) : [];
  const noRegister = check.status === 'error' && check.error?.code === 'no-register';
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        What needs you now
      </Subtitle2>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={running} onClick={model.runCheck}>
          Check register
        </Button>
        <Text size={200} className={styles.muted}>
          {result && checkedAt
            ? `${result.info.sheetName}, checked at ${checkedAt.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })} (as of ${result.asOf}). Checking never changes your sheet.`
            : 'Checking reads the register; it never changes your sheet.'}
        </Text>
      </div>
      {noRegister ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.muted}>{check.error!.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => selectView('register')}>Choose the register sheet</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <OperationStatus
          label="Checking the register"
          operation={check}
          onCancel={check.cancel}
          onRetry={check.retry}
        />
      )}
      <OperationStatus label="Selecting the row" operation={goTo} onRetry={goTo.retry} quiet />
      {result && <Figures result={result} />}
      {result && needs && kinds.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Nothing needs you now: no overdue actions, every closed NC has its root cause and effectiveness
            check, and every open action has an owner.
          </MessageBarBody>
        </MessageBar>
      )}
      {needs &&
        kinds.map((kind) => (
          <NeedList
            key={kind}
            kind={kind}
            items={needs[kind]}
            onSelect={model.select}
            onShowAll={() => selectView('findings')}
          />
        ))}
      {result && result.findings.length > 0 && (
        <div className={styles.toolbar}>
          <Button onClick={() => selectView('findings')}>
            {`See all ${result.findings.length.toLocaleString()} findings`}
          </Button>
        </div>
      )}
    </div>
  );
}
