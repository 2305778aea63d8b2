import { Field, Input, Text } from '@fluentui/react-components';
import type { MoveForm } from './useMoveForm';
import { useWorkflowStyles } from './Workflow.styles';

/**
 * Five whys: each answer asks the next "why?". The answers compose the root-cause statement
 * until the user writes their own, and are kept in the history comment for the auditor.
 */
export function WhyChain({ form }: { form: MoveForm }) {
  const styles = useWorkflowStyles();
  return (
    <fieldset className={styles.whys}>
      <legend className={styles.legend}>Why-chain</legend>
      <Text size={200} className={styles.muted}>
        Start from what went wrong; answer each “Why?” about the previous answer.
      </Text>
      {form.whys.map((why, i) => (
        <Field key={i} label={`Why? (${i + 1} of ${form.whys.length})`}>
          <Input value={why} onChange={(_, d) => form.setWhy(i, d.value)} />
        </Field>
      ))}
    </fieldset>
  );
}
