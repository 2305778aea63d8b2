import './setup';
import { act, render } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { RECONCILE_EVERY_MS } from '../../src/taskpane/components/Workflow/useWorkflowMoves';
import { FakeCommands } from './fakeCommands';
import { FakeWorkflow, makeMove } from './fakeWorkflow';
import { renderPane, screen, paneReady } from './renderPane';

async function tick(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

describe('status workflow wiring', () => {
  afterEach(() => jest.useRealTimers());

  it('starts watching when the pane opens, reconciles every minute, and stops when it closes', async () => {
    jest.useFakeTimers();
    const workflow = new FakeWorkflow();
    const { unmount } = render(
      <App commands={new FakeCommands()} workflow={workflow} theme={webLightTheme} />,
    );
    await paneReady();
    expect(workflow.callsOf('startWatching').length).toBeGreaterThanOrEqual(1);
    expect(workflow.listenerCount).toBe(1);
    // Home's first check is followed by one comparison, as every check is.
    const first = workflow.callsOf('reconcileNow').length;
    expect(first).toBeLessThanOrEqual(1);

    await tick(RECONCILE_EVERY_MS);
    expect(workflow.callsOf('reconcileNow')).toHaveLength(first + 1);
    await tick(RECONCILE_EVERY_MS);
    expect(workflow.callsOf('reconcileNow')).toHaveLength(first + 2);

    unmount();
    jest.advanceTimersByTime(3 * RECONCILE_EVERY_MS);
    expect(workflow.callsOf('reconcileNow')).toHaveLength(first + 2);
    expect(workflow.listenerCount).toBe(0);
  });

  it('a workbook without a register shows nothing alarming, and the next tick tries again', async () => {
    jest.useFakeTimers();
    const workflow = new FakeWorkflow();
    workflow.noRegister = true;
    workflow.pending = [makeMove({ origin: 'reconciliation' })];
    render(<App commands={new FakeCommands()} workflow={workflow} theme={webLightTheme} />);
    await paneReady();
    const starts = workflow.callsOf('startWatching').length;
    const compared = workflow.callsOf('reconcileNow').length;
    expect(screen.queryByRole('region', { name: 'Status changes to complete' })).toBeNull();
    expect(screen.queryByText(/did not finish|No register/)).toBeNull();

    workflow.noRegister = false;
    await tick(RECONCILE_EVERY_MS);

    // Not watching yet: the tick starts watching instead of comparing.
    expect(workflow.callsOf('startWatching')).toHaveLength(starts + 1);
    expect(workflow.callsOf('reconcileNow').length).toBeLessThanOrEqual(compared + 1);
    expect(await screen.findByText('1 action changed status without the required fields')).toBeTruthy();
  });

  it('moves found when the pane starts are listed, never prompted', async () => {
    const workflow = new FakeWorkflow();
    workflow.pending = [makeMove({ origin: 'reconciliation' })];
    renderPane(new FakeCommands(), { workflow });

    expect(await screen.findByText('1 action changed status without the required fields')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('each validation run in the Findings view is followed by a reconciliation', async () => {
    const workflow = new FakeWorkflow();
    const { user } = renderPane(new FakeCommands(), { workflow, initialView: 'findings' });
    await screen.findByRole('heading', { name: /^Errors/ });
    expect(workflow.callsOf('reconcileNow')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Run validation again' }));
    await screen.findByRole('heading', { name: /^Errors/ });
    expect(workflow.callsOf('reconcileNow')).toHaveLength(2);
  });
});
