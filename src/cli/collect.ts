/**
 * A full garbage collection between the phases of a large run. V8 lets its heap grow well past
 * what is live before it collects (with Node's default 4 GB limit, a million-row review peaked at
 * 2 GB for ~1 GB live): once a phase's objects are let go — the register and its findings when
 * the figures are made — one collection brings the heap back to what the next phase needs (issue
 * 16: the 1.5 GB goal for a million rows).
 */
import v8 from 'v8';
import vm from 'vm';

/** Below this many rows a collection is not worth its time: the heap is small anyway. */
export const COLLECT_MIN_ROWS = 100_000;

let gc: (() => void) | null | undefined;

/**
 * Collects garbage now, when the run is large (`rows` at least {@link COLLECT_MIN_ROWS}).
 *
 * @example collectAfterPhase(register.actions.length)
 */
export function collectAfterPhase(rows: number): void {
  if (rows >= COLLECT_MIN_ROWS) collectNow();
}

/**
 * Collects garbage now, whatever the size (the caller knows a large object was just let go).
 * Uses V8's own `gc()`, exposed for this process only; where that is refused, does nothing.
 */
export function collectNow(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
