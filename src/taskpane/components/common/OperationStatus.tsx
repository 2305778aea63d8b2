import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import type { Progress, UserError } from '../../../commands/api';
import type { OperationStatusKind } from './useOperation';
import { useCommonStyles } from './common.styles';
import { useT } from '../../i18n';

export interface OperationStatusProps {
  /** What is running, for the progress label when the command reports none ("Checking the register"). */
  label: string;
  operation: { status: OperationStatusKind; progress?: Progress; error?: UserError };
  onCancel?: () => void;
  onRetry?: () => void;
  /** Hide the progress bar (for calls that take a blink, such as selecting a cell). */
  quiet?: boolean;
}

/**
 * Progress with a Cancel button while a command runs; the user-facing error (with Retry when
 * trying again may help) when it fails; a short note when the user cancelled.
 */
export function OperationStatus({ label, operation, onCancel, onRetry, quiet }: OperationStatusProps) {
  const styles = useCommonStyles();
  const t = useT();
  const { status, progress, error } = operation;
  if (status === 'running' && !quiet) {
    const text = progress?.label || t.t('status.running', { label });
    return (
      <div className={styles.progressRow}>
        <Field className={styles.progressField} validationMessage={text} validationState="none">
          <ProgressBar
            value={progress ? Math.min(Math.max(progress.fraction, 0), 1) : undefined}
            aria-label={label}
          />
        </Field>
        {onCancel && <Button onClick={onCancel}>{t.t('common.cancel')}</Button>}
      </div>
    );
  }
  if (status === 'error' && error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.wrap}>
          <MessageBarTitle>{t.t('status.failed', { label })}</MessageBarTitle> {error.message}
        </MessageBarBody>
        {error.retry && onRetry && (
          <MessageBarActions>
            <Button onClick={onRetry}>{t.t('common.retry')}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }
  if (status === 'cancelled') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.t('status.cancelled', { label })}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
