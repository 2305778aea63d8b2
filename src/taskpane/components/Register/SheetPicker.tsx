import { useEffect, useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { useOperation } from '../common/useOperation';
import { OperationStatus } from '../common/OperationStatus';
import { useRegisterStyles } from './Register.styles';
import { useT } from '../../i18n';

/** Every visible sheet, to name the register when it was not found. */
export function SheetPicker({ busy, onUse }: { busy: boolean; onUse: (name: string) => void }) {
  const styles = useRegisterStyles();
  const t = useT();
  const { commands } = usePane();
  const names = useOperation((_: void) =>
    commands.sheetNames
      ? commands.sheetNames()
      : Promise.resolve({ ok: true as const, value: [] as string[] }),
  );
  const [chosen, setChosen] = useState('');
  const { run } = names;
  useEffect(() => {
    void run();
  }, [run]);
  const sheets = names.value ?? [];
  if (sheets.length === 0)
    return (
      <OperationStatus label={t.t('register.listingSheets')} operation={names} onRetry={names.retry} quiet />
    );
  return (
    <div className={styles.inline}>
      <Field className={styles.grow} label={t.t('register.readThisSheet')}>
        <Select className={styles.select} value={chosen} onChange={(_, data) => setChosen(data.value)}>
          <option value="" disabled>
            {t.t('register.chooseSheet')}
          </option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={busy || !chosen} onClick={() => onUse(chosen)}>
        {t.t('register.useSheet')}
      </Button>
    </div>
  );
}
