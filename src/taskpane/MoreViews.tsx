import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { viewLabel, type PaneView } from './views';
import { useT } from './i18n';
import { useMoreStyles } from './MoreViews.styles';

function MoreItem({ view, onSelect }: { view: PaneView; onSelect: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(view.id);
  const t = useT();
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(view.id)}>{viewLabel(t, view)}</MenuItem>;
}

/** The "More" menu of the tabs that did not fit; absent while every tab fits. */
export function MoreViews({
  views,
  onSelect,
}: {
  views: readonly PaneView[];
  onSelect: (id: string) => void;
}) {
  const styles = useMoreStyles();
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
