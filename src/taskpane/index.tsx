import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createExcelCommands } from '../commands/commandList';
import { followSelection } from '../commands/selection';
import { createWorkflowCommands } from '../commands/workflowCommands';
import { isExcel } from '../commands/host';
import { App } from './App';
import { startPaneLanguage } from './i18n';
import { renderLanding } from './components/common/renderLanding';
import { startWatchingAfterFirstView } from './startup';

const BOOT_FAILED =
  'Improvement Plan could not start. Close this pane and open Improvement Plan again from Excel.';

/** Renders the pane once Office.js is ready (never `Office.initialize`). */
async function boot(): Promise<void> {
  const info = await Office.onReady();
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  // Outside Excel: what the add-in is and how to install it, and nothing that calls Excel.
  if (!isExcel(info)) return renderLanding(container);
  // Office's display language (or the user's choice): a small chunk, loaded while "Loading…" shows.
  const translator = await startPaneLanguage();
  const { commands, workflow } = startWatchingAfterFirstView(
    createExcelCommands(),
    Object.assign(createWorkflowCommands(), { onSelectionChanged: followSelection }),
  );
  createRoot(container).render(
    <StrictMode>
      <App commands={commands} workflow={workflow} translator={translator} />
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  console.error('Improvement Plan: the task pane failed to start', error);
  const container = document.getElementById('root');
  // Plain text on purpose: nothing here is parsed as HTML.
  if (container) container.textContent = BOOT_FAILED;
});
