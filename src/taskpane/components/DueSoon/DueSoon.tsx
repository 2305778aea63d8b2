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
import { DUE_KIND_LABEL } from '../../../core';
import { OperationStatus } from '../common/OperationStatus';
import { PolicyEditor } from './PolicyEditor';
import { RecheckActions } from './RecheckActions';
import { useDueSoon, type DueSoonInputs } from './useDueSoon';
import { useDueSoonStyles } from './DueSoon.styles';

const STATE: Record<DueState, { label: string; color: 'danger' | 'warning' | 'informative' }> = {
  escalate: { label: 'Escalate', color: 'danger' },
  overdue: { label: 'Overdue', color: 'warning' },
  'due-soon': { label: 'Due', color: 'informative' },
};

function when(days: number): string {
  if (days === 0) return 'today';
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'}`;
  return `${-days} day${days === -1 ? '' : 's'} late`;
}

function itemText(i: DueItem): string {
  const kind = DUE_KIND_LABEL[i.kind];
  return `${kind[0].toUpperCase()}${kind.slice(1)} ${i.date}, ${when(i.days)}`;
}

const INPUTS: { key: keyof DueSoonInputs; label: string; hint: string }[] = [
  {
    key: 'within',
    label: 'Due within (days)',
    hint: 'Dates up to this many days ahead, and every date passed.',
  },
  {
    key: 'escalateAfter',
    label: 'Escalate after (days)',
    hint: 'Dates passed by more than this are for escalation.',
  },
];

/** Due soon view: the dates owners are held to, by owner, and the plan as a calendar file. */
export function DueSoon() {
  const styles = useDueSoonStyles();
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
        Due soon
      </Subtitle2>
      <Text>
        Target, progress review, effectiveness-check and re-check dates coming up or passed, by owner.
      </Text>
      <div className={styles.fields}>{INPUTS.map(({ key, label, hint }) => field(key, label, hint))}</div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={list.status === 'running'} onClick={model.show}>
          Show due soon
        </Button>
      </div>
      <OperationStatus
        label="Reading the dates"
        operation={list}
        onCancel={list.cancel}
        onRetry={list.retry}
      />
      {value && (
        <>
          <Text role="status" className={styles.wrap}>
            {total === 0
              ? `Nothing is due within ${value.within} days and nothing is overdue (as of ${value.asOf}).`
              : `${total} date${total === 1 ? '' : 's'} for ${value.owners.length} owner${value.owners.length === 1 ? '' : 's'} (as of ${value.asOf}): ` +
                `${value.counts['due-soon']} due soon, ${value.counts.overdue} overdue, ${value.counts.escalate} to escalate (overdue by more than ${value.escalateAfter} days).`}
          </Text>
          {value.owners.map((o) => (
            <section key={o.owner} aria-label={o.owner || 'No owner'}>
              <Subtitle2 as="h3" className={styles.owner}>
                {o.owner || 'No owner'}
              </Subtitle2>
              <ul className={styles.list}>
                {o.items.map((i) => (
                  <li key={`${i.row}-${i.kind}`} className={styles.item}>
                    <span className={styles.line}>
                      <Badge appearance="tint" color={STATE[i.state].color}>
                        {STATE[i.state].label}
                      </Badge>
                      <Text weight="semibold">{i.id || `Row ${i.row}`}</Text>
                      <Text>{itemText(i)}</Text>
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
        Calendar
      </Subtitle2>
      <Text>
        The open actions’ dates as calendar events, with a reminder and the owner as attendee when the owner
        cell holds an e-mail address.
      </Text>
      <div className={styles.actions}>
        {field('alarmDays', 'Reminder (days before)', 'When the reminder goes off; 0 on the day.')}
        <Button disabled={calendar.status === 'running'} onClick={() => void model.exportCalendar()}>
          Export to calendar
        </Button>
      </div>
      <OperationStatus label="Making the calendar file" operation={calendar} onRetry={calendar.retry} />
      {model.downloaded && calendar.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.wrap}>{model.downloaded}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3" className={styles.owner}>
        Evidence for the auditor
      </Subtitle2>
      <Text>
        Each NC’s trail for ISO 27001 clause 10.2 (a–g) on a new, dated sheet, with the gaps highlighted.
        Existing sheets are never replaced.
      </Text>
      <div className={styles.actions}>
        <Button disabled={evidence.status === 'running'} onClick={() => void evidence.run()}>
          Write evidence sheet
        </Button>
      </div>
      <OperationStatus
        label="Writing the evidence sheet"
        operation={evidence}
        onCancel={evidence.cancel}
        onRetry={evidence.retry}
      />
      {evidence.status === 'done' && evidence.value && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            {`Created the sheet “${evidence.value.sheetName}”: ${evidence.value.counts.ncs} NCs, ${evidence.value.counts.withGaps} with gaps.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <PolicyEditor />
    </div>
  );
}
