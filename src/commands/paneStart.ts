/**
 * In the pane's page (the shared runtime's page) the ribbon's commands and the pane share the
 * runtime's one workflow guard. The pane says here when its backend — the command list, the
 * workflow and the core — is in; the ribbon's guard loads and listens from then on, so none of its
 * work runs before the pane's first view. At the latest after `PANE_LATEST_MS` it goes on anyway
 * (a pane that never loaded its backend must not leave the guard without its listener).
 */
export const PANE_LATEST_MS = 10_000;

let announce: () => void = () => undefined;
const loaded = new Promise<void>((resolve) => (announce = resolve));

/** Called by the pane once its backend chunk has loaded. */
export function paneBackendLoaded(): void {
  announce();
}

/** Resolves once the pane's backend has loaded, or after `latestMs`. */
export function paneBackendOrLatest(latestMs = PANE_LATEST_MS): Promise<void> {
  return Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, latestMs))]);
}
