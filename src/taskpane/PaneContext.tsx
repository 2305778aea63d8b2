import { createContext, useContext } from 'react';
import type { ImprovementPlanCommands, ValidationResult, WorkflowCommands } from '../commands/api';
import type { WorkflowMoves } from './components/Workflow/useWorkflowMoves';

/** What every view may use: the command lists, the workflow's pending moves and pane-wide navigation. */
export interface PaneContextValue {
  commands: ImprovementPlanCommands;
  /** The status workflow (watching the status column, prompts, history). */
  workflow: WorkflowCommands;
  /** Pending moves and the prompt, shared by the prompt, the banner and the views. */
  moves: WorkflowMoves;
  /** Shows another view (e.g. a later Action view opened from a finding). */
  selectView: (id: string) => void;
  /** Goes up whenever the mapping or the register sheet changes, so views can mark results as stale. */
  registerRevision: number;
  /** Called by a view after it changed the stored mapping, the sheet, or created a register. */
  registerChanged: () => void;
  /** Goes up when the register's contents changed through the pane (a move saved, a status change listed). */
  dataRevision: number;
  /** Called by a view after it wrote to the register (a move from the Action card). */
  dataChanged: () => void;
  /** The last check of the register (Home or Findings), for views that show a row's findings. */
  lastCheck?: ValidationResult;
  /** Called by a view with the result of each check it ran. */
  checked: (result: ValidationResult) => void;
}

export const PaneContext = createContext<PaneContextValue | undefined>(undefined);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane() must be used inside <App>');
  return value;
}

/** Whether the view's tab is the one shown (views stay mounted, hidden, after their first use). */
export const ViewVisibleContext = createContext(true);

export function useViewVisible(): boolean {
  return useContext(ViewVisibleContext);
}
