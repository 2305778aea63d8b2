import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  'pane.language': 'Langue',
};
