/**
 * Where the add-in runs, as `Office.onReady` reports it. Opened outside Office (a browser tab on
 * the pane's address) Microsoft's office.js resolves onReady with `host: null` and leaves
 * `Office.context.requirements` undefined; in another Office application the host is Word,
 * PowerPoint… Nothing that needs Excel may run then.
 */
export interface ReadyInfo {
  host?: Office.HostType | string | null;
  platform?: Office.PlatformType | string | null;
}

/** Whether `Office.onReady` says this is Excel (desktop, web, Mac or iPad). */
export function isExcel(info: ReadyInfo | null | undefined): boolean {
  return String(info?.host ?? '') === 'Excel';
}
