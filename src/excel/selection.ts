/**
 * Follows the user's selection: one `workbook.onSelectionChanged` handler for the whole runtime,
 * fanned out to the pane's listeners. Registered once, on the first listener, and kept: removing
 * an Office.js handler needs the context that added it, and the handler costs nothing while no
 * listener is left (it only calls the listeners there are).
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let registered: Promise<void> | undefined;

function register(): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.onSelectionChanged.add(async () => {
      for (const listener of [...listeners]) listener();
    });
    await context.sync();
  });
}

/**
 * Calls `listener` after each change of the selection. Resolves with the function that stops
 * calling it; rejects when the host cannot raise the event (ExcelApi below 1.2).
 *
 * @example const stop = await onSelectionChanged(() => void reloadCard()); … stop();
 */
export async function onSelectionChanged(listener: Listener): Promise<() => void> {
  listeners.add(listener);
  registered ??= register().catch((error: unknown) => {
    registered = undefined;
    throw error;
  });
  try {
    await registered;
  } catch (error) {
    listeners.delete(listener);
    throw error;
  }
  return () => listeners.delete(listener);
}
