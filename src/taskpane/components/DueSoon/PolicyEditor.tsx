import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useDueSoonStyles } from './DueSoon.styles';
import { POLICY_KEYS, usePolicy, type PolicyKey } from './usePolicy';

const LABELS: Record<PolicyKey, string> = {
  'type:major-nc': 'Major NC',
  'type:minor-nc': 'Minor NC',
  'type:nc': 'NC (not graded)',
  'type:observation': 'Observation',
  'type:ofi': 'OFI',
  'priority:critical': 'Critical priority',
  'priority:high': 'High priority',
  'priority:medium': 'Medium priority',
  'priority:low': 'Low priority',
  recheck: 'Re-check after closing',
};

/**
 * The target-date policy stored in the workbook: most days from raised to target date by type and
 * by priority (the stricter applies), and the days from closing an NC as effective to its re-check.
 */
export function PolicyEditor() {
  const styles = useDueSoonStyles();
  const model = usePolicy();
  const field = (key: PolicyKey) => (
    <Field
      key={key}
      className={styles.field}
      label={`${LABELS[key]} (days)`}
      validationMessage={model.errors[key]}
      validationState={model.errors[key] ? 'error' : 'none'}
    >
      <Input
        type="number"
        min={1}
        className={styles.input}
        input={{ className: styles.inputText }}
        value={model.texts?.[key] ?? ''}
        placeholder="no limit"
        onChange={(_, data) => model.setText(key, data.value)}
      />
    </Field>
  );
  return (
    <section aria-label="Target-date policy" className={styles.recheck}>
      <Subtitle2 as="h3" className={styles.owner}>
        Target-date policy
      </Subtitle2>
      <Text>
        {model.stored
          ? 'The policy stored in this workbook. '
          : 'The default policy (none stored in this workbook). '}
        The most days from the date raised to the target date; with a priority too, the stricter limit
        applies. Blank: no limit.
      </Text>
      <div className={styles.fields}>{POLICY_KEYS.filter((k) => k.startsWith('type:')).map(field)}</div>
      <div className={styles.fields}>{POLICY_KEYS.filter((k) => k.startsWith('priority:')).map(field)}</div>
      <Text>An NC closed as effective is checked again this many days later (blank: no re-checks).</Text>
      <div className={styles.fields}>{field('recheck')}</div>
      <div className={styles.actions}>
        <Button disabled={model.saving || !model.texts} onClick={model.save}>
          Save policy
        </Button>
        <Button disabled={model.saving || !model.stored} onClick={model.reset}>
          Use the defaults
        </Button>
      </div>
      {model.message && (
        <MessageBar intent={model.message.intent} layout="multiline">
          <MessageBarBody className={styles.wrap}>{model.message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
