import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PaneKey, PaneTranslator } from '../core/i18n';
import { HomePlaceholder } from './components/Home/HomePlaceholder';
import { firstViewShown } from './firstView';

/**
 * The pane's views, in tab order. A view is a component without props: it reads the commands
 * and navigation from `usePane()`. Each is loaded on first use (webpack splits it into its own
 * chunk), so the pane starts with only the first view's code.
 *
 * To add a view: add an entry here; App renders the tab and the panel. To add something that must
 * always be mounted, whatever the tab — the root-cause prompt dialog that opens when an NC is
 * closed — add it to OVERLAYS; something shown above every view, to BANNERS.
 */
export interface PaneView {
  id: string;
  /** English name (tests, logs); shown when the view has no `labelKey`. */
  label: string;
  /** The name in the pane's language (src/core/i18n/locales/<lang>/pane.ts). */
  labelKey?: PaneKey;
  component: LazyExoticComponent<ComponentType> | ComponentType;
  /**
   * What the view shows while its code loads, drawn from what is in memory (Home: its heading and
   * the stored register's name); a spinner when omitted.
   */
  placeholder?: ComponentType;
}

export const VIEWS: readonly PaneView[] = [
  {
    id: 'home',
    label: 'Home',
    labelKey: 'view.home',
    // The first view draws its placeholder from memory; its own chunks are requested once that is on
    // screen (firstView.ts), not during the first render.
    component: lazy(() =>
      firstViewShown()
        .then(() => import('./components/Home/Home'))
        .then((m) => ({ default: m.Home })),
    ),
    placeholder: HomePlaceholder,
  },
  {
    id: 'findings',
    label: 'Findings',
    labelKey: 'view.findings',
    component: lazy(() => import('./components/Findings/Findings').then((m) => ({ default: m.Findings }))),
  },
  {
    id: 'action',
    label: 'Action',
    labelKey: 'view.action',
    component: lazy(() => import('./components/Action/Action').then((m) => ({ default: m.Action }))),
  },
  {
    id: 'review',
    label: 'Review',
    labelKey: 'view.review',
    component: lazy(() => import('./components/Review/Review').then((m) => ({ default: m.Review }))),
  },
  {
    id: 'due-soon',
    label: 'Due soon',
    labelKey: 'view.dueSoon',
    component: lazy(() => import('./components/DueSoon/DueSoon').then((m) => ({ default: m.DueSoon }))),
  },
  {
    id: 'register',
    label: 'Register',
    labelKey: 'view.register',
    component: lazy(() => import('./components/Register/Register').then((m) => ({ default: m.Register }))),
  },
];

/** Always-mounted parts of the pane (dialogs and prompts), rendered after the active view. */
export const OVERLAYS: readonly PaneView[] = [
  {
    id: 'move-prompt',
    label: 'the root-cause prompt',
    labelKey: 'app.area.prompt',
    component: lazy(() =>
      import('./components/Workflow/MovePrompt').then((m) => ({
        default: m.MovePrompt,
      })),
    ),
  },
];

/** Always-mounted notices above the views (between the tabs and the active view). */
export const BANNERS: readonly PaneView[] = [
  {
    id: 'pending-moves',
    label: 'the list of status changes to complete',
    labelKey: 'app.area.pending',
    component: lazy(() =>
      import('./components/Workflow/PendingMoves').then((m) => ({
        default: m.PendingMoves,
      })),
    ),
  },
];

/** A view's name in the pane's language. */
export function viewLabel(t: PaneTranslator, view: Pick<PaneView, 'label' | 'labelKey'>): string {
  return view.labelKey ? t.t(view.labelKey) : view.label;
}
