import { toUserError } from '../excel/errors';
import { onSelectionChanged } from '../excel/selection';
import type { Outcome } from './api';

/**
 * The selection-changed event as a command: the pane's Action card subscribes through it, so it
 * follows the row the user selects without a Refresh button.
 */
export async function followSelection(listener: () => void): Promise<Outcome<() => void>> {
  try {
    return { ok: true, value: await onSelectionChanged(listener) };
  } catch (error) {
    return { ok: false, error: toUserError(error) };
  }
}
