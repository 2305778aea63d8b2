/**
 * The ribbon's commands in the pane's own page (with the shared runtime they run in taskpane.html:
 * manifest.xml, FunctionFile = Taskpane.Url), against the host double with the register's mapping
 * saved. The page has one workflow guard: the ribbon's commands read nothing before the pane's
 * backend is in, then listen to the pane's watcher (a local gate move opens the pane) without
 * starting a second one.
 */
import './setup';
import { createExcelCommands } from '../../src/commands/commandList';
import { installHostDouble, workbookFromGrid, type HostDouble } from '../host-double';
import { makeAction, makeClosedNc, makeGrid, serial } from '../core/builders';

/** Status is column J of the builder's register. */
const STATUS = 'J';

let double: HostDouble | undefined;
afterEach(() => {
  double?.uninstall();
  double = undefined;
  document.getElementById('root')?.remove();
});

/** Lets pending promises, dynamic imports and zero-delay timers run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

it('reads nothing before the pane’s backend is in, then listens to the pane’s one watcher', async () => {
  const grid = makeGrid([
    makeAction({ id: 'NC-1', status: 'Implemented', completionDate: serial('2026-10-01') }),
    makeAction({ id: 'NC-2' }),
    makeClosedNc({ id: 'NC-3' }),
  ]);
  double = installHostDouble(
    workbookFromGrid({ Register: { values: grid.values, numberFormats: grid.numberFormats } }),
  );
  // The mapping saved, as "Save mapping" does.
  const commands = createExcelCommands();
  const detected = await commands.detectRegister();
  if (!detected.ok) throw new Error(detected.error.message);
  const saved = await commands.saveConfig({ ...detected.value.config, sheetName: detected.value.sheetName });
  expect(saved.ok).toBe(true);
  const syncs = double.stats.syncs;

  // taskpane.html: the pane renders into #root; the ribbon's commands register on Office.onReady.
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  await import('../../src/commands/commands');
  await settle();
  expect(double.stats.syncs).toBe(syncs);
  expect(double.handlerCount).toBe(0);

  // The pane's backend arrives; the pane starts the watcher (after its first view).
  const { createBackend } = await import('../../src/taskpane/backend');
  const backend = createBackend();
  await settle();
  const started = await backend.workflow.startWatching();
  expect(started).toMatchObject({ ok: true, value: { sheetName: 'Register' } });
  await settle();
  expect(double.handlerCount).toBe(1);
  expect(double.office.addinCalls).not.toContain('showAsTaskpane');

  // A local change that needs the prompt: the ribbon's listener on the same guard opens the pane.
  await double.edit('Register', `${STATUS}2`, 'Closed', { source: 'Local' });
  await double.flushEvents();
  await settle();
  expect(double.office.addinCalls).toContain('showAsTaskpane');
  expect(double.handlerCount).toBe(1);
});
