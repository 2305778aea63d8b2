import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { DueItem } from '../../../core';
import { useT } from '../../i18n';
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
  const t = useT();
  const { item, busy } = props;
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const name = item.id || t.t('common.rowLower', { row: String(item.row) });
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
            aria-label={t.t('recheck.stillEffectiveLabel', { name })}
            onClick={() => void record({ result: 'effective' })}
          >
            {t.t('recheck.stillEffective')}
          </Button>
          <Button
            size="small"
            disabled={busy}
            aria-label={t.t('recheck.notEffectiveLabel', { name })}
            onClick={() => setReopening(true)}
          >
            {t.t('recheck.notEffective')}
          </Button>
        </span>
      ) : (
        <>
          <Field
            label={t.t('recheck.why', { name })}
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
              {t.t('recheck.reopen')}
            </Button>
            <Button size="small" disabled={busy} onClick={() => setReopening(false)}>
              {t.t('common.cancel')}
            </Button>
          </span>
        </>
      )}
      {!reopening && problem && <Text className={styles.wrap}>{problem}</Text>}
    </div>
  );
}
