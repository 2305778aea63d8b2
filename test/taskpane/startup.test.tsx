import './setup';
import { startWatchingAfterFirstView } from '../../src/taskpane/startup';
import { FakeCommands } from './fakeCommands';
import { FakeWorkflow } from './fakeWorkflow';

/** Lets pending promise callbacks run (fake timers do not touch microtasks). */
async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('pane start-up order', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('starts the status watcher once the first detection has settled and the page is idle', async () => {
    const fake = new FakeWorkflow();
    const { commands, workflow } = startWatchingAfterFirstView(new FakeCommands(), fake, 3_000);
    const watching = workflow.startWatching();
    await flush();
    expect(fake.callsOf('startWatching')).toHaveLength(0);

    await commands.detectRegister();
    await flush();
    expect(fake.callsOf('startWatching')).toHaveLength(0); // not before the idle moment
    jest.advanceTimersByTime(100);
    await flush();
    expect(fake.callsOf('startWatching')).toHaveLength(1);
    expect((await watching).ok).toBe(true);
    // Later starts (the minute timer, a changed register) are not held back.
    await workflow.startWatching();
    expect(fake.callsOf('startWatching')).toHaveLength(2);
  });

  it('starts it anyway after the time limit when no detection settles', async () => {
    const fake = new FakeWorkflow();
    const { workflow } = startWatchingAfterFirstView(new FakeCommands(), fake, 3_000);
    void workflow.startWatching();
    jest.advanceTimersByTime(2_999);
    await flush();
    expect(fake.callsOf('startWatching')).toHaveLength(0);
    jest.advanceTimersByTime(1);
    await flush();
    expect(fake.callsOf('startWatching')).toHaveLength(1);
  });

  it('leaves every other command as it was', async () => {
    const fake = new FakeWorkflow();
    const inner = new FakeCommands();
    const { commands, workflow } = startWatchingAfterFirstView(inner, fake);
    expect(workflow.onPendingMoves).toBeInstanceOf(Function);
    const unsubscribe = workflow.onPendingMoves(() => undefined);
    expect(fake.listenerCount).toBe(1);
    unsubscribe();
    await commands.validate({});
    expect(inner.callsOf('validate')).toHaveLength(1);
  });
});
