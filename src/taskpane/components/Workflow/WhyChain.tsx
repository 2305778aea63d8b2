import { Field, Input, Text } from '@fluentui/react-components';
import { useT } from '../../i18n';
import type { MoveForm } from './useMoveForm';
import { useWorkflowStyles } from './Workflow.styles';

/**
 * Five whys: each answer asks the next "why?". The answers compose the root-cause statement
 * until the user writes their own, and are kept in the history comment for the auditor.
 */
export function WhyChain({ form }: { form: MoveForm }) {
  const styles = useWorkflowStyles();
  const t = useT();
  return (
    <fieldset className={styles.whys}>
      <legend className={styles.legend}>{t.t('workflow.whyChain')}</legend>
      <Text size={200} className={styles.muted}>
        {t.t('workflow.whyHint')}
      </Text>
      {form.whys.map((why, i) => (
        <Field key={i} label={t.t('workflow.why', { n: i + 1, total: form.whys.length })}>
          <Input value={why} onChange={(_, d) => form.setWhy(i, d.value)} />
        </Field>
      ))}
    </fieldset>
  );
}
