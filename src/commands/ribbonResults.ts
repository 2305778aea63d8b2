import type { Outcome, ReviewResult, ValidationResult } from './api';

/**
 * Results of ribbon commands, for the task pane to show. In the shared runtime the ribbon and the
 * pane live in one page, so this in-memory channel is enough; nothing leaves the page.
 */
export type RibbonResult =
  | { command: 'validate'; outcome: Outcome<ValidationResult> }
  | { command: 'review'; outcome: Outcome<ReviewResult> };

type Listener = (result: RibbonResult) => void;
const listeners = new Set<Listener>();
let last: RibbonResult | undefined;

export function publishRibbonResult(result: RibbonResult): void {
  last = result;
  for (const l of listeners) l(result);
}

/** Subscribes to ribbon results; the last one (if any) is delivered at once. */
export function subscribeRibbonResults(listener: Listener): () => void {
  listeners.add(listener);
  if (last) listener(last);
  return () => listeners.delete(listener);
}
