import { useState } from 'react';
import { Field, Switch, Text } from '@fluentui/react-components';
import {
  excelOpenWithWorkbook,
  type OpenWithWorkbookCommands,
  type OpenWithWorkbookState,
} from '../../../commands/openWithWorkbook';
import { useT } from '../../i18n';
import { useStyles } from './OpenWithWorkbookSwitch.styles';

/**
 * "Open with this workbook", below the language: off by default, stored in the workbook (so it
 * holds for everyone who opens it). Where this Excel has no shared runtime the switch is
 * explained instead of offered; outside Office it is not shown.
 */
export function OpenWithWorkbookSwitch({
  control = excelOpenWithWorkbook,
}: {
  control?: OpenWithWorkbookCommands;
}) {
  const t = useT();
  const styles = useStyles();
  const [state, setState] = useState<OpenWithWorkbookState>(() => control.state());
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (state.kind === 'outside') return null;
  if (state.kind === 'unavailable')
    return (
      <div className={styles.row}>
        <Text size={200}>{t.t('startup.unavailable')}</Text>
      </div>
    );
  const change = async (on: boolean) => {
    setBusy(true);
    setFailed(false);
    const ok = await control.set(on);
    setBusy(false);
    setFailed(!ok);
    setState(control.state());
  };
  return (
    <div className={styles.row}>
      <Field
        size="small"
        hint={t.t('startup.hint')}
        validationState={failed ? 'error' : 'none'}
        validationMessage={failed ? t.t('startup.failed') : undefined}
      >
        <Switch
          label={t.t('startup.openWithWorkbook')}
          checked={state.on}
          disabled={busy}
          onChange={(_, data) => void change(data.checked)}
        />
      </Field>
    </div>
  );
}
