import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

/**
 * What an error boundary shows in place of a part that failed to render: its own chunk (Fluent's
 * MessageBar and its icons), loaded only when something has failed.
 */
export function ErrorMessage({
  title,
  body,
  retry,
  onRetry,
}: {
  title: string;
  body: string;
  retry: string;
  onRetry: () => void;
}) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
