import {
  alignStartupBehavior,
  openWithWorkbookSupported,
  opensWithWorkbook,
  setOpensWithWorkbook,
} from '../excel/startup';

/** The "Open with this workbook" switch as the pane shows it. */
export type OpenWithWorkbookState =
  /** Not in Office at all (a test page): nothing to show. */
  | { kind: 'outside' }
  /** This Excel has no shared runtime: the switch is explained, not offered. */
  | { kind: 'unavailable' }
  | { kind: 'available'; on: boolean };

export interface OpenWithWorkbookCommands {
  state(): OpenWithWorkbookState;
  /** Turns it on or off; resolves `false` when Office refused (the switch stays as it was). */
  set(on: boolean): Promise<boolean>;
}

export function openWithWorkbookState(): OpenWithWorkbookState {
  if (typeof Office === 'undefined' || !Office.context) return { kind: 'outside' };
  if (!openWithWorkbookSupported()) return { kind: 'unavailable' };
  return { kind: 'available', on: opensWithWorkbook() };
}

/** The commands behind the pane's switch, on the open workbook. */
export const excelOpenWithWorkbook: OpenWithWorkbookCommands = {
  state: openWithWorkbookState,
  async set(on) {
    try {
      await setOpensWithWorkbook(on);
      return true;
    } catch (error) {
      console.error('Improvement Plan: "Open with this workbook" could not be changed', error);
      return false;
    }
  },
};

/** Sets a document's startup behaviour back to what its switch says (see alignStartupBehavior). */
export { alignStartupBehavior };
