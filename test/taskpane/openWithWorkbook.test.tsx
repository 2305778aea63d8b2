import './setup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OpenWithWorkbookSwitch } from '../../src/taskpane/components/common/OpenWithWorkbookSwitch';
import { AUTO_SHOW_SETTING } from '../../src/excel/startup';
import { createWorkbook, installHostDouble, type HostDouble } from '../host-double';

let double: HostDouble | undefined;
afterEach(() => {
  double?.uninstall();
  double = undefined;
});

describe('the pane’s "Open with this workbook" switch, on the host double', () => {
  it('is off by default; switching it on and off stores it in the workbook and sets the startup behaviour', async () => {
    double = installHostDouble(createWorkbook());
    const user = userEvent.setup();
    render(<OpenWithWorkbookSwitch />);
    const toggle = screen.getByRole<HTMLInputElement>('switch', { name: 'Open with this workbook' });
    expect(toggle.checked).toBe(false);
    expect(screen.getByText(/whenever this workbook is opened/)).toBeTruthy();

    await user.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(true));
    expect(double.workbook.settings[AUTO_SHOW_SETTING]).toBe(true);
    expect(double.office.startupBehavior).toBe('Load');

    await user.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(false));
    expect(double.workbook.settings[AUTO_SHOW_SETTING]).toBeUndefined();
    expect(double.office.startupBehavior).toBe('None');
  });

  it('says so and stays off when the workbook cannot be saved', async () => {
    double = installHostDouble(createWorkbook());
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const user = userEvent.setup();
      render(<OpenWithWorkbookSwitch />);
      double.failNextSettingsSave({ code: 'GeneralException' });
      await user.click(screen.getByRole('switch', { name: 'Open with this workbook' }));
      expect(await screen.findByText('The setting could not be saved. Try again.')).toBeTruthy();
      expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Open with this workbook' }).checked).toBe(
        false,
      );
      expect(double.office.startupBehavior).toBe('None');
    } finally {
      errors.mockRestore();
    }
  });

  it('is explained, not offered, in an Excel with only the manifest’s minimum sets', () => {
    double = installHostDouble(createWorkbook(), { minimumSets: true });
    render(<OpenWithWorkbookSwitch />);
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getByText(/cannot open add-ins with a workbook/)).toBeTruthy();
  });

  it('is not shown outside Office', () => {
    const { container } = render(<OpenWithWorkbookSwitch />);
    expect(container.innerHTML).toBe('');
  });
});
