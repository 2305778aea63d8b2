import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { DueItem } from '../../../core';
import { useDueSoonStyles } from './DueSoon.styles';
import type { RecheckAnswer } from './useDueSoon';

/**
 * A re-check's answer (clause 10.2 d, e): still effective — the re-check is done; not effective —
 * the NC is reopened, with the reason the history sheet records.
 */
export function RecheckActions(props: {
  item: DueItem;
  busy: boolean;
  onRecord: (row: number, answer: RecheckAnswer) => Promise<string | undefined>;
}) {
  const styles = useDueSoonStyles();
  const { item, busy } = props;
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const name = item.id || `row ${item.row}`;
  const record = async (answer: RecheckAnswer) => {
    setProblem(await props.onRecord(item.row, answer));
  };
  return (
    <div className={styles.recheck}>
      {!reopening ? (
        <span className={styles.line}>
          <Button
            size="small"
            disabled={busy}
            aria-label={`Re-check of ${name}: still effective`}
            onClick={() => void record({ result: 'effective' })}
          >
            Still effective
          </Button>
          <Button
            size="small"
            disabled={busy}
            aria-label={`Re-check of ${name}: not effective`}
            onClick={() => setReopening(true)}
          >
            Not effective…
          </Button>
        </span>
      ) : (
        <>
          <Field
            label={`Why is ${name} not effective? (it is reopened)`}
            validationMessage={problem}
            validationState={problem ? 'error' : 'none'}
          >
            <Input value={reason} onChange={(_, data) => setReason(data.value)} />
          </Field>
          <span className={styles.line}>
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              onClick={() => void record({ result: 'not-effective', reason })}
            >
              Reopen
            </Button>
            <Button size="small" disabled={busy} onClick={() => setReopening(false)}>
              Cancel
            </Button>
          </span>
        </>
      )}
      {!reopening && problem && <Text className={styles.wrap}>{problem}</Text>}
    </div>
  );
}
