import { installHostDouble } from '../host-double';
import { setup } from './helpers';

function saveSettings(): Promise<Office.AsyncResult<void>> {
  return new Promise((resolve) => Office.context.document.settings.saveAsync((result) => resolve(result)));
}

describe('the Office namespace', () => {
  test('onReady resolves with the host and the configured platform', async () => {
    setup(undefined, { platform: 'OfficeOnline' });
    const info = await Office.onReady();
    expect(info).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(Office.HostType.Excel).toBe('Excel');
    expect(Office.PlatformType.OfficeOnline).toBe('OfficeOnline');
  });

  test('requirement sets follow the option (default ExcelApi 1.12 and SharedRuntime 1.1)', () => {
    setup();
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(Office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
    expect(Office.context.requirements.isSetSupported('DialogApi', '1.1')).toBe(false);
  });

  test('document settings are local until saveAsync, which persists them in the workbook', async () => {
    const double = setup();
    const settings = Office.context.document.settings;
    settings.set('mapping', { status: 'D', owner: 'F' });
    expect(settings.get('mapping')).toEqual({ status: 'D', owner: 'F' });
    expect(double.workbook.settings).toEqual({});
    const result = await saveSettings();
    expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
    expect(double.workbook.settings).toEqual({ mapping: { status: 'D', owner: 'F' } });
    double.uninstall();
    installHostDouble(double.workbook);
    expect(Office.context.document.settings.get('mapping')).toEqual({ status: 'D', owner: 'F' });
    expect(Office.context.document.settings.get('absent')).toBeNull();
  });

  test('a settings save can be made to fail', async () => {
    const double = setup();
    double.failNextSettingsSave();
    Office.context.document.settings.set('k', 1);
    const result = await saveSettings();
    expect(result.status).toBe(Office.AsyncResultStatus.Failed);
    expect(double.workbook.settings).toEqual({});
  });

  test('task pane visibility calls are recorded and reported to visibility handlers', async () => {
    const double = setup();
    const modes: string[] = [];
    await Office.addin.onVisibilityModeChanged((m) => {
      modes.push(m.visibilityMode);
    });
    await Office.addin.hide();
    await Office.addin.showAsTaskpane();
    expect(double.office.addinCalls).toEqual(['onVisibilityModeChanged', 'hide', 'showAsTaskpane']);
    expect(modes).toEqual(['Hidden', 'Taskpane']);
  });

  test('without the shared runtime, Office.addin calls fail', async () => {
    setup(undefined, { requirementSets: { SharedRuntime: '0' } });
    await expect(Office.addin.showAsTaskpane()).rejects.toThrow(/SharedRuntime/);
  });

  test('a ribbon command resolves when it calls event.completed(), and is reported when it never does', async () => {
    const double = setup();
    Office.actions.associate('validate', (event: Office.AddinCommands.Event) => {
      void Promise.resolve().then(() => event.completed());
    });
    Office.actions.associate('forgetful', () => undefined);
    await double.invokeCommand('validate');
    expect(double.office.completions).toEqual([{ id: 'validate', options: undefined }]);
    await expect(double.invokeCommand('forgetful', { timeoutMs: 20 })).rejects.toThrow(
      /did not call event.completed/,
    );
    await expect(double.invokeCommand('unknown')).rejects.toThrow(/no function associated/);
  });

  test('unmodelled Office members throw', () => {
    setup();
    expect(() => (Office.context as unknown as Record<string, unknown>).mailbox).toThrow(
      'not supported by the host double: Office.context.mailbox',
    );
    expect(
      () => (Office.context.document as unknown as Record<string, unknown>).getSelectedDataAsync,
    ).toThrow(/not supported by the host double/);
  });

  test('uninstall restores the globals', () => {
    const before = (globalThis as Record<string, unknown>).Excel;
    const double = installHostDouble();
    expect((globalThis as Record<string, unknown>).Excel).toBe(double.Excel);
    double.uninstall();
    expect((globalThis as Record<string, unknown>).Excel).toBe(before);
  });
});
