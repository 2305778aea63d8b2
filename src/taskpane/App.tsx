import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FluentProvider, Spinner, useId, type Theme } from '@fluentui/react-components';
import type { ImprovementPlanCommands, ValidationResult, WorkflowCommands } from '../commands/api';
import { ErrorBoundary } from './components/common/ErrorBoundary';
import { NO_WORKFLOW } from './components/Workflow/noWorkflow';
import { useWorkflowMoves } from './components/Workflow/useWorkflowMoves';
import { PaneContext, ViewVisibleContext, type PaneContextValue } from './PaneContext';
import { Navigation } from './Navigation';
import { usePaneTheme } from './theme';
import { BANNERS, OVERLAYS, VIEWS, viewLabel, type PaneView } from './views';
import { useAppStyles } from './App.styles';
import { firstViewCommitted } from './firstView';
import type { PaneTranslator } from '../core/i18n';
import { PaneLanguageProvider, useT } from './i18n';

/** Below the view, mounted after the first view: their own chunks (Fluent's Select, Switch, Field). */
const LanguagePicker = lazy(() => import('./LanguagePicker').then((m) => ({ default: m.LanguagePicker })));
const OpenWithWorkbookSwitch = lazy(() =>
  import('./components/common/OpenWithWorkbookSwitch').then((m) => ({ default: m.OpenWithWorkbookSwitch })),
);

export interface AppProps {
  commands: ImprovementPlanCommands;
  /** The status workflow; without it (tests of other views) nothing is watched or prompted. */
  workflow?: WorkflowCommands;
  /** Overrides the theme chosen from forced colours and Office's theme. */
  theme?: Theme;
  /** Registries of views and overlays; default: the pane's own (see views.ts). */
  views?: readonly PaneView[];
  overlays?: readonly PaneView[];
  /** Shown above every view (the list of pending status changes). */
  banners?: readonly PaneView[];
  initialView?: string;
  /** The pane's language as loaded before the first render (startPaneLanguage); English when omitted. */
  translator?: PaneTranslator;
  /** Called once the first view has rendered (after its first commit): the pane's start-up goes on then. */
  onFirstView?: () => void;
}

/** The pane in the user's language (Office's, or the one chosen in the pane). */
export function App({ translator, ...props }: AppProps) {
  return (
    <PaneLanguageProvider initial={translator}>
      <Pane {...props} />
    </PaneLanguageProvider>
  );
}

/**
 * The pane: tabs over the views. A view mounts the first time its tab is chosen and then stays
 * mounted (hidden) so its results survive switching tabs.
 */
function Pane({
  commands,
  workflow = NO_WORKFLOW,
  theme,
  views = VIEWS,
  overlays = OVERLAYS,
  banners = BANNERS,
  initialView,
  onFirstView,
}: Omit<AppProps, 'translator'>) {
  const styles = useAppStyles();
  const t = useT();
  const autoTheme = usePaneTheme();
  const idPrefix = useId('pane');
  const [selected, setSelected] = useState(initialView ?? views[0]?.id ?? '');
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([selected]));
  const [registerRevision, setRegisterRevision] = useState(0);

  const selectView = useCallback((id: string) => {
    setSelected(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  }, []);
  const registerChanged = useCallback(() => setRegisterRevision((r) => r + 1), []);
  const afterFirstView = useAfterFirstView();
  const firstView = useRef(onFirstView);
  useEffect(() => {
    firstViewCommitted();
    firstView.current?.();
  }, []);
  const [dataRevision, setDataRevision] = useState(0);
  const dataChanged = useCallback(() => setDataRevision((r) => r + 1), []);
  const [lastCheck, checked] = useState<ValidationResult>();
  const moves = useWorkflowMoves(workflow, registerRevision);
  // A status change listed or resolved (the prompt saved, a move accepted) changes the register.
  const pendingKeys = moves.pending.map((m) => `${m.key}\u0000${m.toWord}`).join('\u0001');
  const lastPending = useRef(pendingKeys);
  useEffect(() => {
    if (lastPending.current === pendingKeys) return;
    lastPending.current = pendingKeys;
    dataChanged();
  }, [pendingKeys, dataChanged]);
  const pane = useMemo<PaneContextValue>(
    () => ({
      commands,
      workflow,
      moves,
      selectView,
      registerRevision,
      registerChanged,
      dataRevision,
      dataChanged,
      lastCheck,
      checked,
    }),
    [
      commands,
      workflow,
      moves,
      selectView,
      registerRevision,
      registerChanged,
      dataRevision,
      dataChanged,
      lastCheck,
    ],
  );

  return (
    <FluentProvider theme={theme ?? autoTheme} className={styles.root}>
      <ErrorBoundary area={t.t('app.area.pane')}>
        <PaneContext.Provider value={pane}>
          <main className={styles.main}>
            {/* The pane's name for screen readers; the tabs name each view visibly. */}
            <h1 className={styles.visuallyHidden}>{t.t('app.name')}</h1>
            <Navigation
              views={views}
              selected={selected}
              onSelect={selectView}
              idPrefix={idPrefix}
              visited={visited}
              more={afterFirstView}
            />
            {afterFirstView && <LazyParts parts={banners} />}
            {views
              .filter((view) => visited.has(view.id))
              .map((view) => (
                <div
                  key={view.id}
                  role="tabpanel"
                  id={`${idPrefix}-panel-${view.id}`}
                  aria-labelledby={`${idPrefix}-tab-${view.id}`}
                  hidden={view.id !== selected}
                  className={styles.panel}
                >
                  <ViewVisibleContext.Provider value={view.id === selected}>
                    <ErrorBoundary area={() => t.t('app.area.view', { view: viewLabel(t, view) })}>
                      <Suspense fallback={<ViewLoading view={view} />}>
                        <view.component />
                      </Suspense>
                    </ErrorBoundary>
                  </ViewVisibleContext.Provider>
                </div>
              ))}
            {afterFirstView && (
              <Suspense fallback={null}>
                <LanguagePicker />
                <OpenWithWorkbookSwitch />
              </Suspense>
            )}
          </main>
          {afterFirstView && <LazyParts parts={overlays} />}
        </PaneContext.Provider>
      </ErrorBoundary>
    </FluentProvider>
  );
}

/** Banners or overlays: each loads on its own, draws nothing while it loads and fails alone. */
function LazyParts({ parts }: { parts: readonly PaneView[] }) {
  const t = useT();
  return (
    <>
      {parts.map((part) => (
        <ErrorBoundary key={part.id} area={viewLabel(t, part)}>
          <Suspense fallback={null}>
            <part.component />
          </Suspense>
        </ErrorBoundary>
      ))}
    </>
  );
}

/** A view while its code loads: its placeholder, or a spinner naming it. */
function ViewLoading({ view }: { view: PaneView }) {
  const t = useT();
  if (view.placeholder) return <view.placeholder />;
  return <Spinner size="small" label={t.t('app.loading', { view: viewLabel(t, view) })} />;
}

/**
 * False until the browser is first idle after the pane mounted: what the first view does not
 * show (the pending-moves banner, the root-cause prompt, the language and start-up controls below
 * the view) is mounted then, so its code loads and renders off the first view's path — and the
 * prompt's code is in before a status change needs it. Where the browser has no idle callback
 * (jsdom), everything mounts at once.
 */
function useAfterFirstView(): boolean {
  const [idle, setIdle] = useState(() => typeof requestIdleCallback !== 'function');
  useEffect(() => {
    if (idle) return;
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }, [idle]);
  return idle;
}
