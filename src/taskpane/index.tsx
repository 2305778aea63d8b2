import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isExcel } from '../commands/host';
import { App } from './App';
import { startPaneLanguage } from './i18n';
import { startWatchingAfterFirstView } from './startup';
import { lazyBackend } from './lazyBackend';
import { firstViewShown } from './firstView';

const BOOT_FAILED =
  'Improvement Plan could not start. Close this pane and open Improvement Plan again from Excel.';

/** Renders the pane once Office.js is ready (never `Office.initialize`). */
async function boot(): Promise<void> {
  const info = await Office.onReady();
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  // Outside Excel: what the add-in is and how to install it, and nothing that calls Excel.
  if (!isExcel(info)) {
    const { renderLanding } = await import('./components/common/renderLanding');
    return renderLanding(container);
  }
  // The command list, the workflow and the core they run: their own chunk, requested once the first
  // view — the tabs and Home, from what is in memory — is on screen: the first check waits for it,
  // the first view does not.
  const backend = lazyBackend(() =>
    firstViewShown()
      .then(() => import(/* webpackChunkName: "backend" */ './backend'))
      .then((m) => m.createBackend()),
  );
  // Office's display language (or the user's choice): a small chunk, loaded while "Loading…" shows.
  const translator = await startPaneLanguage();
  const { commands, workflow } = startWatchingAfterFirstView(backend.commands, backend.workflow);
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
