import { Component, Suspense, lazy, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { ENGLISH, PaneLanguageContext } from '../../i18n';

/** The message itself: its own chunk (Fluent's MessageBar and icons), not part of the pane's start. */
const ErrorMessage = lazy(() => import('./ErrorMessage').then((m) => ({ default: m.ErrorMessage })));

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
      <Suspense fallback={null}>
        <ErrorMessage
          title={t.t('error.title', { area: areaOf(this.props.area) })}
          body={t.t('error.body')}
          retry={t.t('error.tryAgain')}
          onRetry={() => this.setState({ failed: false })}
        />
      </Suspense>
    );
  }
}
