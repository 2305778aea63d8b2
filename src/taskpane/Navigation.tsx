import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  MenuButton,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { viewLabel, type PaneView } from './views';
import { useAppStyles } from './App.styles';
import { useT } from './i18n';

export interface NavigationProps {
  views: readonly PaneView[];
  selected: string;
  onSelect: (id: string) => void;
  /** The id prefix of tabs and panels (`<prefix>-tab-<view>`). */
  idPrefix: string;
  visited: ReadonlySet<string>;
}

/**
 * The views as one row of tabs that never wraps nor scrolls: tabs that do not fit the pane's
 * width (320 px, or longer labels in another language) move into a "More" menu, the selected tab
 * always stays visible. Fluent's Overflow measures the row as the pane is resized.
 */
export function Navigation({ views, selected, onSelect, idPrefix, visited }: NavigationProps) {
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
        <MoreViews views={views} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

function MoreItem({ view, onSelect }: { view: PaneView; onSelect: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(view.id);
  const t = useT();
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(view.id)}>{viewLabel(t, view)}</MenuItem>;
}

/** The "More" menu of the tabs that did not fit; absent while every tab fits. */
function MoreViews({ views, onSelect }: { views: readonly PaneView[]; onSelect: (id: string) => void }) {
  const styles = useAppStyles();
  const t = useT();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* A tab of the tab list (Fluent's overflow pattern), so the list holds only tabs. */}
        <MenuButton ref={ref} appearance="transparent" role="tab" className={styles.more}>
          {t.t('nav.more', { count: overflowCount })}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <MoreItem key={view.id} view={view} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
