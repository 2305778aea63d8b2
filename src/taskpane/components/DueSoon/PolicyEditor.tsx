import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { ActionType } from '../../../core';
import type { PaneKey } from '../../../core/i18n';
import { useT } from '../../i18n';
import { typeName } from '../../words';
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
  const t = useT();
  const model = usePolicy();
  const labelOf = (key: PolicyKey): string => {
    const own = t.t(`policy.${key}` as PaneKey);
    if (own !== `policy.${key}`) return own;
    return key.startsWith('type:') ? typeName(t, key.slice(5) as ActionType) : LABELS[key];
  };
  const field = (key: PolicyKey) => (
    <Field
      key={key}
      className={styles.field}
      label={t.t('policy.days', { label: labelOf(key) })}
      validationMessage={model.errors[key]}
      validationState={model.errors[key] ? 'error' : 'none'}
    >
      <Input
        type="number"
        min={1}
        className={styles.input}
        input={{ className: styles.inputText }}
        value={model.texts?.[key] ?? ''}
        placeholder={t.t('policy.noLimit')}
        onChange={(_, data) => model.setText(key, data.value)}
      />
    </Field>
  );
  return (
    <section aria-label={t.t('policy.heading')} className={styles.recheck}>
      <Subtitle2 as="h3" className={styles.owner}>
        {t.t('policy.heading')}
      </Subtitle2>
      <Text>{`${model.stored ? t.t('policy.stored') : t.t('policy.default')} ${t.t('policy.explain')}`}</Text>
      <div className={styles.fields}>{POLICY_KEYS.filter((k) => k.startsWith('type:')).map(field)}</div>
      <div className={styles.fields}>{POLICY_KEYS.filter((k) => k.startsWith('priority:')).map(field)}</div>
      <Text>{t.t('policy.recheckExplain')}</Text>
      <div className={styles.fields}>{field('recheck')}</div>
      <div className={styles.actions}>
        <Button disabled={model.saving || !model.texts} onClick={model.save}>
          {t.t('policy.save')}
        </Button>
        <Button disabled={model.saving || !model.stored} onClick={model.reset}>
          {t.t('policy.useDefaults')}
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
