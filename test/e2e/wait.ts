/** Polls `check` until it returns a value other than undefined / false (or throws on timeout). */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeout = 20_000, interval = 100, what = 'the condition' } = {},
): Promise<T> {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
