import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ENGLISH, PaneLanguageContext } from '../../i18n';

interface ErrorBoundaryProps {
  /**
   * Where the failure happened, in the user's words ("the Findings view"); a function is called
   * only when something failed (a message with an argument is not formatted on every render).
   */
  area: string | (() => string);
  children: ReactNode;
}

const areaOf = (area: ErrorBoundaryProps['area']) => (typeof area === 'function' ? area() : area);

/**
 * A render failure in one part of the pane shows a friendly message with "Try again" instead of
 * a blank pane; the other views keep working.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  static override contextType = PaneLanguageContext;
  declare context: ContextType<typeof PaneLanguageContext>;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the browser console for support; the user sees the message below.
    console.error(
      `Improvement Plan: ${areaOf(this.props.area)} failed to render`,
      error,
      info.componentStack,
    );
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const t = this.context?.t ?? ENGLISH;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.t('error.title', { area: areaOf(this.props.area) })}</MessageBarTitle>{' '}
          {t.t('error.body')}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ failed: false })}>{t.t('error.tryAgain')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
