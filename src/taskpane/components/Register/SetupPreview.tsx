import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { FIELD_LABELS } from '../../../core';
import type { SetupPreview as Preview } from '../../../commands/api';
import { useRegisterStyles } from './Register.styles';

const PURPOSE = { overdue: 'overdue actions', 'missing-required': 'missing owner or target date' } as const;

export interface SetupPreviewProps {
  preview: Preview;
  busy: boolean;
  onWrite: (addColumns: boolean) => void;
  onCancel: () => void;
}

/** Exactly what the set-up writes, cell range by cell range, before it writes anything. */
export function SetupPreview({ preview, busy, onWrite, onCancel }: SetupPreviewProps) {
  const styles = useRegisterStyles();
  const { validations, conditionalFormats, missingColumns } = preview;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={styles.confirm}>
        <MessageBarTitle>{`The set-up will write to “${preview.sheetName}”:`}</MessageBarTitle>
        <ul className={styles.cells}>
          {validations.map((v) => (
            <li key={`v:${v.range}`}>
              {`${v.range}: a dropdown of ${FIELD_LABELS[v.field]} words (${v.values.join(', ')})`}
            </li>
          ))}
          {conditionalFormats.map((c) => (
            <li key={`c:${c.range}:${c.purpose}`}>
              {`${c.range}: a highlight for ${PURPOSE[c.purpose]} (${FIELD_LABELS[c.field]})`}
            </li>
          ))}
          {missingColumns.map((c) => (
            <li
              key={`m:${c.address}`}
            >{`${c.address}: the header “${c.header}” (only with the columns added)`}</li>
          ))}
        </ul>
        <Text>
          No value you typed is changed; a dropdown warns but never rejects a word already in a cell.
        </Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={() => onWrite(false)}>
          Write these
        </Button>
        {missingColumns.length > 0 && (
          <Button disabled={busy} onClick={() => onWrite(true)}>
            {`Write these and add ${missingColumns.length} columns`}
          </Button>
        )}
        <Button disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
