import './setup';
import { FakeCommands } from './fakeCommands';
import { openTab, renderPane, screen, paneReady } from './renderPane';

describe('long operations and errors', () => {
  it('a failing command shows the user’s message, and Retry runs it again', async () => {
    const fake = new FakeCommands();
    fake.failNext('validate');
    const { user } = renderPane(fake);
    await openTab(user, 'Findings');

    expect(
      await screen.findByText(/Excel did not answer in time. Check your connection and try again./),
    ).toBeTruthy();
    expect(screen.getByText('Checking the register did not finish.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { name: /^Errors/ })).toBeTruthy();
    expect(fake.callsOf('validate')).toHaveLength(2);
    expect(screen.queryByText(/Excel did not answer in time/)).toBeNull();
  });

  it('an error that trying again cannot fix offers no Retry', async () => {
    const fake = new FakeCommands();
    fake.failNext('saveConfig', {
      code: 'edit-conflict',
      message: 'Someone else is editing the settings. Save again in a moment.',
      retry: false,
    });
    const { user } = renderPane(fake, { initialView: 'register' });
    await user.click(await screen.findByRole('button', { name: 'Save mapping' }));

    expect(await screen.findByText(/Someone else is editing the settings/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('a long command shows its progress, and Cancel aborts it', async () => {
    const fake = new FakeCommands();
    const hold = fake.holdNext('validate');
    const { user } = renderPane(fake, { initialView: 'findings' });

    const progress = await screen.findByRole('progressbar', { name: 'Checking the register' });
    expect(progress.getAttribute('aria-valuenow')).toBe('0.4');
    expect(screen.getByText('Reading rows 1–500')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const [call] = fake.callsOf('validate');
    expect(call.signal?.aborted).toBe(true);
    expect(await screen.findByText('Checking the register was cancelled.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    hold.release();
  });

  it('the first tab’s view starts alone; others load on first use and keep their results', async () => {
    const { user, fake } = renderPane();
    await paneReady();
    // Home checks the register (without highlighting), and nothing else has started.
    expect(fake.callsOf('validate')).toHaveLength(1);
    expect(fake.callsOf('detectRegister')).toHaveLength(0);
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);

    await openTab(user, 'Findings');
    await screen.findByRole('heading', { name: /^Errors/ });
    await openTab(user, 'Register');
    await openTab(user, 'Findings');

    expect(screen.getByRole('heading', { name: /^Errors/ })).toBeTruthy();
    expect(fake.callsOf('validate')).toHaveLength(2);
  });

  it('findings are marked out of date after the mapping is saved', async () => {
    const { user } = renderPane();
    await openTab(user, 'Findings');
    await screen.findByRole('heading', { name: /^Errors/ });
    await openTab(user, 'Register');
    await user.click(await screen.findByRole('button', { name: 'Save mapping' }));
    await screen.findByText(/Mapping saved/);

    await openTab(user, 'Findings');
    expect(screen.getByText(/The mapping or the register changed after this check/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run validation again' }));
    expect(screen.queryByText(/The mapping or the register changed after this check/)).toBeNull();
  }, 60_000);

  it('a view that fails shows a friendly message and the other views keep working', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('boom');
    };
    const Fine = () => <p>Still here</p>;
    const { user } = renderPane(new FakeCommands(), {
      views: [
        { id: 'broken', label: 'Broken', component: Broken },
        { id: 'fine', label: 'Fine', component: Fine },
      ],
      overlays: [{ id: 'prompt', label: 'the root-cause prompt', component: () => <p>Overlay mounted</p> }],
    });

    expect(await screen.findByText('Something went wrong in the Broken view.')).toBeTruthy();
    expect(screen.getByText(/Your workbook was not changed by this problem/)).toBeTruthy();
    expect(screen.getByText('Overlay mounted')).toBeTruthy();
    await openTab(user, 'Fine');
    expect(screen.getByText('Still here')).toBeTruthy();
    spy.mockRestore();
  });
});
