import type { ImprovementPlanCommands } from './api';
import { createExcelCommands } from './commandList';
import { publishRibbonResult } from './ribbonResults';

/**
 * Ribbon commands (ExecuteFunction). They call the same command list as the task pane and always
 * call `event.completed()` — in a `finally`, after the work is done — or Office shows the
 * command as still running.
 */
let commands: ImprovementPlanCommands | undefined;
function list(): ImprovementPlanCommands {
  return (commands ??= createExcelCommands());
}

/** Opens the pane on the result where the platform allows it (shared runtime). */
async function showPane(): Promise<void> {
  try {
    if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1'))
      await Office.addin.showAsTaskpane();
  } catch {
    // Without a shared runtime the highlights / the new sheet are the visible result.
  }
}

export async function validateRegister(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await list().validate({ highlight: true });
    publishRibbonResult({ command: 'validate', outcome });
    await showPane();
  } finally {
    event.completed();
  }
}

export async function reviewSummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await list().reviewSummary({});
    publishRibbonResult({ command: 'review', outcome });
    // Success is visible: the new sheet is activated. Failures are explained in the pane.
    if (!outcome.ok) await showPane();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('validateRegister', validateRegister);
  Office.actions.associate('reviewSummary', reviewSummary);
});
