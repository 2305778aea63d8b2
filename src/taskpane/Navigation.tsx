import { lazy, memo, Suspense } from 'react';
import { Overflow, OverflowItem, Tab, TabList } from '@fluentui/react-components';
import { viewLabel, type PaneView } from './views';
import { useAppStyles } from './App.styles';
import { useT } from './i18n';

/** The "More" menu: its own chunk (Fluent's menu, positioning and portal), mounted after the first view. */
const MoreViews = lazy(() => import('./MoreViews').then((m) => ({ default: m.MoreViews })));

export interface NavigationProps {
  views: readonly PaneView[];
  selected: string;
  onSelect: (id: string) => void;
  /** The id prefix of tabs and panels (`<prefix>-tab-<view>`). */
  idPrefix: string;
  visited: ReadonlySet<string>;
  /**
   * Whether the "More" menu is mounted (after the first view): until then the tabs that do not fit
   * are hidden without it, so the first view needs neither its code nor its count's number format.
   */
  more?: boolean;
}

/**
 * Memoised: the pane re-renders on every change of its state (a status change listed, a check
 * done), and the tab row's props change only when a tab is chosen or the views are.
 *
 * The views as one row of tabs that never wraps nor scrolls: tabs that do not fit the pane's
 * width (320 px, or longer labels in another language) move into a "More" menu, the selected tab
 * always stays visible. Fluent's Overflow measures the row as the pane is resized.
 */
export const Navigation = memo(function Navigation({
  views,
  selected,
  onSelect,
  idPrefix,
  visited,
  more = true,
}: NavigationProps) {
  const styles = useAppStyles();
  const t = useT();
  return (
    // Keyed by language: the row measures its tabs again when their labels change length.
    <Overflow key={t.locale} minimumVisible={1} padding={8}>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(String(data.value))}
        aria-label={t.t('app.views')}
      >
        {/* Later views go into the menu first; the selected one never does. */}
        {views.map((view, i) => (
          <OverflowItem
            key={view.id}
            id={view.id}
            priority={view.id === selected ? views.length + 1 : views.length - i}
          >
            <Tab
              value={view.id}
              id={`${idPrefix}-tab-${view.id}`}
              aria-controls={visited.has(view.id) ? `${idPrefix}-panel-${view.id}` : undefined}
            >
              {viewLabel(t, view)}
            </Tab>
          </OverflowItem>
        ))}
        {more && (
          <Suspense fallback={null}>
            <MoreViews views={views} onSelect={onSelect} />
          </Suspense>
        )}
      </TabList>
    </Overflow>
  );
});
