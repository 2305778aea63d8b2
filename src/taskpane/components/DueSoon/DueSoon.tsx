import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { DueItem, DueState } from '../../../core';
import type { PaneKey, PaneTranslator } from '../../../core/i18n';
import { useT } from '../../i18n';
import { OperationStatus } from '../common/OperationStatus';
import { PolicyEditor } from './PolicyEditor';
import { RecheckActions } from './RecheckActions';
import { useDueSoon, type DueSoonInputs } from './useDueSoon';
import { useDueSoonStyles } from './DueSoon.styles';

const STATE_COLOR: Record<DueState, 'danger' | 'warning' | 'informative'> = {
  escalate: 'danger',
  overdue: 'warning',
  'due-soon': 'informative',
};

function when(t: PaneTranslator, days: number): string {
  if (days === 0) return t.t('due.today');
  if (days > 0) return t.t('due.inDays', { days });
  return t.t('due.daysLate', { days: -days });
}

function itemText(t: PaneTranslator, i: DueItem): string {
  return t.t('due.item', {
    kind: t.t(`due.kind.${i.kind}` as PaneKey),
    date: t.date(i.date),
    when: when(t, i.days),
  });
}

const INPUTS: { key: keyof DueSoonInputs; label: PaneKey; hint: PaneKey }[] = [
  { key: 'within', label: 'due.within', hint: 'due.withinHint' },
  { key: 'escalateAfter', label: 'due.escalateAfter', hint: 'due.escalateHint' },
];

/** Due soon view: the dates owners are held to, by owner, and the plan as a calendar file. */
export function DueSoon() {
  const styles = useDueSoonStyles();
  const t = useT();
  const model = useDueSoon();
  const { list, calendar, evidence } = model;
  const value = list.value;
  const field = (key: keyof DueSoonInputs, label: string, hint: string) => (
    <Field
      key={key}
      className={styles.field}
      label={label}
      hint={hint}
      validationMessage={model.errors[key]}
      validationState={model.errors[key] ? 'error' : 'none'}
    >
      <Input
        type="number"
        min={0}
        className={styles.input}
        input={{ className: styles.inputText }}
        value={model.inputs[key]}
        onChange={(_, data) => model.setInput(key, data.value)}
      />
    </Field>
  );
  const total = value ? value.counts['due-soon'] + value.counts.overdue + value.counts.escalate : 0;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.t('due.heading')}
      </Subtitle2>
      <Text>{t.t('due.intro')}</Text>
      <div className={styles.fields}>
        {INPUTS.map(({ key, label, hint }) => field(key, t.t(label), t.t(hint)))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={list.status === 'running'} onClick={model.show}>
          {t.t('due.show')}
        </Button>
      </div>
      <OperationStatus
        label={t.t('due.reading')}
        operation={list}
        onCancel={list.cancel}
        onRetry={list.retry}
      />
      {value && (
        <>
          <Text role="status" className={styles.wrap}>
            {total === 0
              ? t.t('due.nothing', { within: value.within, asOf: t.date(value.asOf) })
              : t.t('due.summary', {
                  total,
                  owners: value.owners.length,
                  asOf: t.date(value.asOf),
                  dueSoon: value.counts['due-soon'],
                  overdue: value.counts.overdue,
                  escalate: value.counts.escalate,
                  after: value.escalateAfter,
                })}
          </Text>
          {value.owners.map((o) => (
            <section key={o.owner} aria-label={o.owner || t.t('common.noOwner')}>
              <Subtitle2 as="h3" className={styles.owner}>
                {o.owner || t.t('common.noOwner')}
              </Subtitle2>
              <ul className={styles.list}>
                {o.items.map((i) => (
                  <li key={`${i.row}-${i.kind}`} className={styles.item}>
                    <span className={styles.line}>
                      <Badge appearance="tint" color={STATE_COLOR[i.state]}>
                        {t.t(`due.state.${i.state}` as PaneKey)}
                      </Badge>
                      <Text weight="semibold">{i.id || t.t('common.row', { row: String(i.row) })}</Text>
                      <Text>{itemText(t, i)}</Text>
                    </span>
                    {i.title && <Text size={200}>{i.title}</Text>}
                    {i.kind === 'recheck' && (
                      <RecheckActions item={i} busy={model.recording} onRecord={model.recordRecheck} />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {model.recorded && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.wrap}>{model.recorded}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3" className={styles.owner}>
        {t.t('due.calendar')}
      </Subtitle2>
      <Text>{t.t('due.calendarIntro')}</Text>
      <div className={styles.actions}>
        {field('alarmDays', t.t('due.reminder'), t.t('due.reminderHint'))}
        <Button disabled={calendar.status === 'running'} onClick={() => void model.exportCalendar()}>
          {t.t('due.export')}
        </Button>
      </div>
      <OperationStatus label={t.t('due.makingCalendar')} operation={calendar} onRetry={calendar.retry} />
      {model.downloaded && calendar.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.wrap}>{model.downloaded}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3" className={styles.owner}>
        {t.t('due.evidence')}
      </Subtitle2>
      <Text>{t.t('due.evidenceIntro')}</Text>
      <div className={styles.actions}>
        <Button disabled={evidence.status === 'running'} onClick={() => void evidence.run()}>
          {t.t('due.writeEvidence')}
        </Button>
      </div>
      <OperationStatus
        label={t.t('due.writingEvidence')}
        operation={evidence}
        onCancel={evidence.cancel}
        onRetry={evidence.retry}
      />
      {evidence.status === 'done' && evidence.value && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            {t.t('due.evidenceCreated', {
              sheet: evidence.value.sheetName,
              ncs: evidence.value.counts.ncs,
              gaps: evidence.value.counts.withGaps,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <PolicyEditor />
    </div>
  );
}
