import { createContext, useContext } from 'react';
import type { ImprovementPlanCommands } from '../commands/api';

/** What every view may use: the command list and pane-wide navigation. */
export interface PaneContextValue {
  commands: ImprovementPlanCommands;
  /** Shows another view (e.g. a later Action view opened from a finding). */
  selectView: (id: string) => void;
  /** Goes up whenever the mapping or the register sheet changes, so views can mark results as stale. */
  registerRevision: number;
  /** Called by a view after it changed the stored mapping, the sheet, or created a register. */
  registerChanged: () => void;
}

export const PaneContext = createContext<PaneContextValue | undefined>(undefined);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane() must be used inside <App>');
  return value;
}
