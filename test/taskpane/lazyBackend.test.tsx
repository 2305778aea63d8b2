/**
 * The pane's commands before their chunk has loaded (src/taskpane/lazyBackend.ts): every member of
 * the real command list and workflow is forwarded once the chunk is in.
 */
import { lazyBackend } from '../../src/taskpane/lazyBackend';
import { createExcelCommands } from '../../src/commands/commandList';
import { createWorkflowCommands } from '../../src/commands/workflowCommands';
import type { ImprovementPlanCommands, WorkflowCommands } from '../../src/commands/api';

test('every member of the command list and of the workflow is forwarded', () => {
  const lazy = lazyBackend(() => new Promise(() => undefined));
  const real = createExcelCommands();
  const workflow = createWorkflowCommands();
  const members = (o: object) =>
    Object.keys(o).filter((k) => typeof (o as Record<string, unknown>)[k] === 'function');
  expect(members(lazy.commands).sort()).toEqual(members(real).sort());
  expect(members(lazy.workflow).sort()).toEqual([...members(workflow), 'onSelectionChanged'].sort());
});

test('calls wait for the chunk, then reach the loaded commands; a listener added early is subscribed', async () => {
  let load: (b: { commands: ImprovementPlanCommands; workflow: WorkflowCommands }) => void = () => undefined;
  const lazy = lazyBackend(() => new Promise((resolve) => (load = resolve)));
  const calls: string[] = [];
  const listeners: (() => void)[] = [];
  const commands = {
    validate: (options: unknown) => {
      calls.push(`validate ${JSON.stringify(options)}`);
      return Promise.resolve({ ok: true, value: 'checked' });
    },
  } as unknown as ImprovementPlanCommands;
  const workflow = {
    onPendingMoves: (listener: () => void) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  } as unknown as WorkflowCommands;
  const outcome = lazy.commands.validate({ highlight: false });
  const unsubscribe = lazy.workflow.onPendingMoves(() => undefined);
  expect(calls).toEqual([]);
  load({ commands, workflow });
  await expect(outcome).resolves.toEqual({ ok: true, value: 'checked' });
  expect(calls).toEqual(['validate {"highlight":false}']);
  expect(listeners).toHaveLength(1);
  unsubscribe();
  expect(listeners).toHaveLength(0);
});
