import { createExcelCommands } from '../commands/commandList';
import { followSelection } from '../commands/selection';
import { sharedWorkflow } from '../commands/workflowCommands';
import type { ImprovementPlanCommands, WorkflowCommands } from '../commands/api';
import { paneBackendLoaded } from '../commands/paneStart';

/**
 * What the pane calls Excel through: the command list (with the core it runs) and the status
 * workflow — the runtime's one workflow guard, which the ribbon's commands (src/commands/commands.ts)
 * listen to in this same page: one change handler and one snapshot per register, not two. Its own
 * chunk (src/taskpane/lazyBackend.ts loads it): the pane's tabs render before this code has arrived.
 */
export function createBackend(): { commands: ImprovementPlanCommands; workflow: WorkflowCommands } {
  // The ribbon's guard in this page listens to the same workflow from now on.
  paneBackendLoaded();
  return {
    commands: createExcelCommands(),
    workflow: { ...sharedWorkflow(), onSelectionChanged: followSelection },
  };
}
