import { createExcelCommands } from '../commands/commandList';
import { followSelection } from '../commands/selection';
import { createWorkflowCommands } from '../commands/workflowCommands';
import type { ImprovementPlanCommands, WorkflowCommands } from '../commands/api';

/**
 * What the pane calls Excel through: the command list (with the core it runs) and the status
 * workflow. Its own chunk (src/taskpane/lazyBackend.ts loads it): the pane's tabs render before
 * this code has arrived.
 */
export function createBackend(): { commands: ImprovementPlanCommands; workflow: WorkflowCommands } {
  return {
    commands: createExcelCommands(),
    workflow: Object.assign(createWorkflowCommands(), { onSelectionChanged: followSelection }),
  };
}
