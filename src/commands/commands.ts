import type { ImprovementPlanCommands } from './api';
import { publishRibbonResult } from './ribbonResults';
import { loadConfig } from '../excel/settings';
import { isExcel } from './host';
import { alignStartupBehavior } from './openWithWorkbook';
import { paneBackendOrLatest } from './paneStart';
import { warmIntlWhenIdle } from './warmIntl';

/**
 * Ribbon commands (ExecuteFunction). They call the same command list as the task pane and always
 * call `event.completed()` — in a `finally`, after the work is done — or Office shows the
 * command as still running.
 */
let commands: Promise<ImprovementPlanCommands> | undefined;

// Evaluated before the pane's own script (taskpane.html loads this chunk first): ICU's start-up
// cost falls in the page's first idle moment, not on the first check's path.
warmIntlWhenIdle();

/**
 * The command list is loaded on the first click, as its own chunk: commands.html (no pane) then
 * starts with only the registration below. In taskpane.html the pane has loaded it already.
 */
function list(): Promise<ImprovementPlanCommands> {
  return (commands ??= import('./commandList').then(
    (m) => m.createExcelCommands(),
    (error: unknown) => {
      commands = undefined; // a chunk that failed to load is fetched again on the next click
      throw error;
    },
  ));
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
    const outcome = await (await list()).validate({ highlight: true });
    publishRibbonResult({ command: 'validate', outcome });
    await showPane();
  } finally {
    event.completed();
  }
}

export async function reviewSummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await (await list()).reviewSummary({});
    publishRibbonResult({ command: 'review', outcome });
    // Success is visible: the new sheet is activated. Failures are explained in the pane.
    if (!outcome.ok) await showPane();
  } finally {
    event.completed();
  }
}

/**
 * True in the pane's own page (taskpane.html, whose `#root` the pane renders into). With the shared
 * runtime that is where these commands run (manifest.xml: FunctionFile = Taskpane.Url), and the
 * pane's start-up starts the runtime's one watcher itself, once its first view is shown.
 */
function paneInThisPage(): boolean {
  return typeof document !== 'undefined' && document.getElementById('root') !== null;
}

/**
 * With a shared runtime the workflow guard runs even while the pane is closed: once a register
 * has been set up (its mapping is stored in the workbook) and the runtime runs — from the start
 * when "Open with this workbook" is on, else once the pane or a command has been opened — a
 * status change that needs the prompt opens the pane on it. In the pane's page the guard is the
 * pane's own watcher (one per runtime): it listens here, and the pane starts it after its first
 * view (src/taskpane/startup.ts) — starting it here too would read the register twice, the first
 * time before the pane has shown anything.
 */
async function guardWithPaneClosed(): Promise<void> {
  if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return;
  // In the pane's page its first view comes first: the guard loads once the pane's backend is in.
  const pane = paneInThisPage();
  if (pane) await paneBackendOrLatest();
  if (!loadConfig()) return;
  try {
    await alignStartupBehavior();
  } catch {
    // Not allowed on this platform: the document keeps the startup behaviour it has.
  }
  // Loaded on demand: the one-click commands stay small, the guard arrives as its own chunk.
  const { sharedWorkflow } = await import('./workflowCommands');
  const workflow = sharedWorkflow();
  workflow.onPendingMoves((moves) => {
    if (moves.some((m) => m.origin === 'local' && m.kind === 'gate')) void showPane();
  });
  if (!pane) await workflow.startWatching();
}

Office.onReady((info) => {
  // Outside Excel (a browser tab, another Office application) there is no ribbon and no workbook:
  // register nothing, so nothing throws (office.js has no Office.context.requirements there).
  if (!isExcel(info)) return;
  Office.actions.associate('validateRegister', validateRegister);
  Office.actions.associate('reviewSummary', reviewSummary);
  void guardWithPaneClosed();
});
