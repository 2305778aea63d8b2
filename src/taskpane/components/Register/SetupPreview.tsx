import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { PaneKey } from '../../../core/i18n';
import { useT } from '../../i18n';
import { fieldName } from '../../words';
import type { SetupPreview as Preview } from '../../../commands/api';
import { useRegisterStyles } from './Register.styles';

export interface SetupPreviewProps {
  preview: Preview;
  busy: boolean;
  onWrite: (addColumns: boolean) => void;
  onCancel: () => void;
}

/** Exactly what the set-up writes, cell range by cell range, before it writes anything. */
export function SetupPreview({ preview, busy, onWrite, onCancel }: SetupPreviewProps) {
  const styles = useRegisterStyles();
  const t = useT();
  const { validations, conditionalFormats, missingColumns } = preview;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={styles.confirm}>
        <MessageBarTitle>{t.t('setup.title', { sheet: preview.sheetName })}</MessageBarTitle>
        <ul className={styles.cells}>
          {validations.map((v) => (
            <li key={`v:${v.range}`}>
              {t.t('setup.dropdown', {
                range: v.range,
                field: fieldName(t, v.field),
                values: v.values.join(', '),
              })}
            </li>
          ))}
          {conditionalFormats.map((c) => (
            <li key={`c:${c.range}:${c.purpose}`}>
              {t.t('setup.highlight', {
                range: c.range,
                purpose: t.t(`setup.purpose.${c.purpose}` as PaneKey),
                field: fieldName(t, c.field),
              })}
            </li>
          ))}
          {missingColumns.map((c) => (
            <li key={`m:${c.address}`}>{t.t('setup.header', { address: c.address, header: c.header })}</li>
          ))}
        </ul>
        <Text>{t.t('setup.noValueChanged')}</Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={() => onWrite(false)}>
          {t.t('setup.write')}
        </Button>
        {missingColumns.length > 0 && (
          <Button disabled={busy} onClick={() => onWrite(true)}>
            {t.t('setup.writeAndAdd', { count: missingColumns.length })}
          </Button>
        )}
        <Button disabled={busy} onClick={onCancel}>
          {t.t('common.cancel')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
