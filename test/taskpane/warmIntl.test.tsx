/** ICU's start-up cost is paid in the page's first idle moment (issue 22, src/commands/warmIntl.ts). */
import './setup';
import { warmIntlWhenIdle } from '../../src/commands/warmIntl';

describe('warmIntlWhenIdle', () => {
  const original = (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
  afterEach(() => {
    (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = original;
    jest.restoreAllMocks();
  });

  it('formats one number when the page is first idle, not before', () => {
    const idle: (() => void)[] = [];
    (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = (cb: () => void) => idle.push(cb);
    const made = jest.spyOn(Intl, 'NumberFormat');
    warmIntlWhenIdle();
    expect(idle).toHaveLength(1);
    expect(made).not.toHaveBeenCalled();
    idle[0]();
    expect(made).toHaveBeenCalledTimes(1);
  });

  it('does nothing without an idle callback, and never throws', () => {
    (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
    const made = jest.spyOn(Intl, 'NumberFormat');
    expect(() => warmIntlWhenIdle()).not.toThrow();
    expect(made).not.toHaveBeenCalled();
    const idle: (() => void)[] = [];
    (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = (cb: () => void) => idle.push(cb);
    made.mockImplementation(() => {
      throw new Error('no Intl here');
    });
    warmIntlWhenIdle();
    expect(() => idle[0]()).not.toThrow();
  });
});
