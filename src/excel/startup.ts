/**
 * "Open with this workbook", stored in the document, off by default. Two things make it, as
 * Microsoft documents them:
 * - the document setting `Office.AutoShowTaskpaneWithDocument` = true: Office opens the pane
 *   whose manifest TaskpaneId is that same name (manifest.xml) when the workbook opens;
 * - `Office.addin.setStartupBehavior(load)`: the add-in's shared runtime starts with the
 *   document, so the status guard runs from the start (Office keeps this per document too).
 * Both need the shared runtime (SharedRuntime 1.1); without it the switch is not offered.
 */
export const AUTO_SHOW_SETTING = 'Office.AutoShowTaskpaneWithDocument';

function settings(): Office.Settings | undefined {
  return typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
}

/** Whether this Excel can open the add-in with a workbook (shared runtime). */
export function openWithWorkbookSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported('SharedRuntime', '1.1');
  } catch {
    // Outside Office there is no Office.context.requirements.
    return false;
  }
}

/** Whether this workbook opens Improvement Plan with it. */
export function opensWithWorkbook(): boolean {
  return settings()?.get(AUTO_SHOW_SETTING) === true;
}

function save(s: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    s.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
    );
  });
}

function unsupported(): Error {
  return Object.assign(new Error('Opening with the workbook needs SharedRuntime 1.1'), {
    code: 'ApiNotFound',
  });
}

/**
 * Turns "Open with this workbook" on or off. Should saving the document setting fail, the
 * startup behaviour is put back, so the two never disagree.
 */
export async function setOpensWithWorkbook(on: boolean): Promise<void> {
  const s = settings();
  if (!s || !openWithWorkbookSupported()) throw unsupported();
  const behaviour = (value: boolean) => (value ? Office.StartupBehavior.load : Office.StartupBehavior.none);
  const was = opensWithWorkbook();
  await Office.addin.setStartupBehavior(behaviour(on));
  if (on) s.set(AUTO_SHOW_SETTING, true);
  else s.remove(AUTO_SHOW_SETTING);
  try {
    await save(s);
  } catch (error) {
    if (was) s.set(AUTO_SHOW_SETTING, true);
    else s.remove(AUTO_SHOW_SETTING);
    await Office.addin.setStartupBehavior(behaviour(was)).catch(() => undefined);
    throw error;
  }
}

/**
 * Earlier versions started the runtime with every set-up workbook on their own. Now only the
 * switch does: a document left at `load` with the switch off is set back to `none`.
 */
export async function alignStartupBehavior(): Promise<void> {
  if (!openWithWorkbookSupported() || opensWithWorkbook()) return;
  if ((await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load)
    await Office.addin.setStartupBehavior(Office.StartupBehavior.none);
}
