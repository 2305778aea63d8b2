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
import { memo, useCallback, useState } from 'react';
import type { ValidationResult } from '../../../commands/api';
import { storedRegisterNames } from '../../../commands/storedRegister';
import { NEED_KINDS, type NeedItem, type NeedKind } from '../../../commands/health';
import { usePane } from '../../PaneContext';
import { formatRich, useT } from '../../i18n';
import { timeOf } from '../../words';
import { OperationStatus } from '../common/OperationStatus';
import { HOME_LIMIT, needDetail, needHeading, needName } from './homeWords';
import { useHome } from './useHome';
import { useHomeStyles } from './Home.styles';

/** Memoised, as NeedList: a status change re-renders Home (it reads the pane's moves), not its figures. */
const Figures = memo(function Figures({ result }: { result: ValidationResult }) {
  const styles = useHomeStyles();
  const t = useT();
  const h = result.health;
  const figures: { label: string; value: number | undefined; alert?: boolean }[] = [
    { label: t.t('home.figure.actions'), value: h?.actions ?? result.info.rows },
    { label: t.t('home.figure.open'), value: h?.open },
    { label: t.t('home.figure.overdue'), value: h?.overdue, alert: true },
    { label: t.t('home.figure.effectivenessDue'), value: h?.effectivenessDue, alert: true },
    { label: t.t('home.figure.errors'), value: result.counts.error, alert: true },
    { label: t.t('home.figure.warnings'), value: result.counts.warning },
  ];
  return (
    <dl className={styles.figures} aria-label={t.t('home.glance')}>
      {figures
        .filter((f) => f.value !== undefined)
        .map((f) => (
          <div key={f.label} className={mergeClasses(styles.figure, f.alert && f.value ? styles.alert : '')}>
            <dd className={styles.number}>{t.number(f.value!)}</dd>
            <dt className={styles.label}>{f.label}</dt>
          </div>
        ))}
    </dl>
  );
});

interface NeedListProps {
  kind: NeedKind;
  items: readonly NeedItem[];
  onSelect: (item: NeedItem) => void;
  onShowAll: () => void;
}

/** One kind of item needing action: its count in words and the first few, each selecting its row. */
const NeedList = memo(function NeedList({ kind, items, onSelect, onShowAll }: NeedListProps) {
  const styles = useHomeStyles();
  const t = useT();
  const headingId = useId('need');
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const shown = items.slice(0, HOME_LIMIT);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {needHeading(t, kind, items.length)}
      </Subtitle2>
      <ul className={styles.list} {...arrows}>
        {shown.map((item) => (
          <li key={item.row}>
            <button type="button" className={styles.item} onClick={() => onSelect(item)}>
              <span>{needName(t, item)}</span>
              <span className={styles.detail}>
                {t.t('home.selectInSheet', { detail: needDetail(t, item) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <Button appearance="subtle" onClick={onShowAll}>
          {t.t('home.showAll', { count: items.length })}
        </Button>
      )}
    </section>
  );
});

/** Home: what needs the user now — the register's health and the actions to see to first. */
export function Home() {
  const styles = useHomeStyles();
  const t = useT();
  const { selectView } = usePane();
  const showFindings = useCallback(() => selectView('findings'), [selectView]);
  const model = useHome();
  const { check, goTo, result, checkedAt } = model;
  const running = check.status === 'running';
  const needs = result?.health?.needs;
  const kinds = needs ? NEED_KINDS.filter((k) => needs[k].length > 0) : [];
  const noRegister = check.status === 'error' && check.error?.code === 'no-register';
  // The register as stored in the workbook, named before the check has read it (empty on first use).
  const [stored] = useState(storedRegisterNames);
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.t('home.heading')}
      </Subtitle2>
      {!result && stored.length > 0 && (
        <Text as="p" weight="semibold" className={styles.muted}>
          {stored.join(', ')}
        </Text>
      )}
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={running} onClick={model.runCheck}>
          {t.t('home.check')}
        </Button>
        <Text size={200} className={styles.muted}>
          {result && checkedAt
            ? formatRich(
                t,
                'home.checked',
                { sheet: result.info.sheetName, time: timeOf(t, checkedAt) },
                { asOf: <time dateTime={result.asOf}>{t.date(result.asOf)}</time> },
              )
            : t.t('home.checkHint')}
        </Text>
      </div>
      {noRegister ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.muted}>{check.error!.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => selectView('register')}>{t.t('common.chooseSheet')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <OperationStatus
          label={t.t('common.checking')}
          operation={check}
          onCancel={check.cancel}
          onRetry={check.retry}
        />
      )}
      <OperationStatus label={t.t('home.selectingRow')} operation={goTo} onRetry={goTo.retry} quiet />
      {result && <Figures result={result} />}
      {result && needs && kinds.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.t('home.allClear')}</MessageBarBody>
        </MessageBar>
      )}
      {needs &&
        kinds.map((kind) => (
          <NeedList
            key={kind}
            kind={kind}
            items={needs[kind]}
            onSelect={model.select}
            onShowAll={showFindings}
          />
        ))}
      {result && result.findings.length > 0 && (
        <div className={styles.toolbar}>
          <Button onClick={() => selectView('findings')}>
            {t.t('home.seeAll', { count: result.findings.length })}
          </Button>
        </div>
      )}
    </div>
  );
}
