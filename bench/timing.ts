/**
 * Timing helpers: `process.hrtime.bigint`, warm-up runs, medians. Every figure the benchmark
 * reports is compared with a baseline measured in the same process (or the same run), never
 * with an absolute time.
 */

/** Milliseconds elapsed since `start` (from {@link now}). */
export function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function now(): bigint {
  return process.hrtime.bigint();
}

/** Median of the samples (mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Collects garbage when the process runs with --expose-gc (bench/run.js sees to it), so that a
 * timed step does not pay for the previous step's garbage.
 */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Times one synchronous call: its result, the wall milliseconds it took, and the process CPU
 * milliseconds (user + system, GC helper threads included) — less sensitive to other load.
 */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  settle();
  const cpu = process.cpuUsage();
  const start = now();
  const value = fn();
  const ms = since(start);
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Times one asynchronous call. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = now();
  const value = await fn();
  return { value, ms: since(start) };
}

/** Rounds for display and JSON (3 significant decimals at most). */
export function round(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export const MIB = 1024 * 1024;
export const KIB = 1024;
