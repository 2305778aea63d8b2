/**
 * The Register view over a workbook with three registers (issue 21), through the real command
 * list against the host double: every register sheet is listed, the best one included; including
 * another stores it in the workbook and the next check covers both.
 */
import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { createExcelCommands } from '../../src/commands/commandList';
import { AUDIT, CAPA, INCIDENTS } from '../core/rollupFixture';
import { install, workbookOf } from '../excel/harness';
import { openTab } from './renderPane';

function threeRegisters() {
  return workbookOf({
    'Read me': [['How this workbook is kept']],
    [AUDIT.name]: AUDIT.rows,
    [CAPA.name]: CAPA.rows,
    [INCIDENTS.name]: INCIDENTS.rows,
  });
}

describe('Register view with several registers in the workbook', () => {
  it('lists every register sheet, includes one more, and shows another sheet’s own mapping', async () => {
    const double = install(threeRegisters());
    const commands = createExcelCommands();
    const user = userEvent.setup();
    render(<App commands={commands} theme={webLightTheme} initialView="register" />);
    const audit = await screen.findByRole('checkbox', { name: `${AUDIT.name} (header row 3)` });
    expect((audit as HTMLInputElement).checked).toBe(true);
    // The only included register cannot be left out.
    expect((audit as HTMLInputElement).disabled).toBe(true);
    const capa = screen.getByRole('checkbox', { name: new RegExp(`^${CAPA.name} `) });
    const incidents = screen.getByRole('checkbox', { name: new RegExp(`^${INCIDENTS.name} `) });
    expect((capa as HTMLInputElement).checked).toBe(false);
    expect((incidents as HTMLInputElement).checked).toBe(false);

    await user.click(capa);
    expect(
      await screen.findByText(`“${CAPA.name}” is included: 2 registers are read together.`),
    ).toBeTruthy();
    const stored = double.workbook.settings['improvementPlan.registers'] as {
      sheets: { sheetName: string; included: boolean }[];
    };
    expect(stored.sheets.filter((s) => s.included).map((s) => s.sheetName)).toEqual([AUDIT.name, CAPA.name]);
    await waitFor(() =>
      expect(
        (screen.getByRole('checkbox', { name: `${AUDIT.name} (header row 3)` }) as HTMLInputElement).disabled,
      ).toBe(false),
    );

    await user.click(screen.getByRole('button', { name: `Show the mapping of ${CAPA.name}` }));
    expect(await screen.findByText(new RegExp(`^We read “${CAPA.name}”, header row`))).toBeTruthy();

    const validated = await commands.validate({ highlight: false });
    expect(validated.ok && validated.value.sheets).toEqual([AUDIT.name, CAPA.name]);
  });

  it('shows each finding’s sheet when several are included, and a click selects it on that sheet', async () => {
    const double = install(threeRegisters());
    const commands = createExcelCommands();
    for (const s of [CAPA, INCIDENTS]) await commands.includeRegister!(s.name, true);
    const user = userEvent.setup();
    render(<App commands={commands} theme={webLightTheme} initialView="register" />);
    await screen.findByRole('checkbox', { name: `${AUDIT.name} (header row 3)` });
    const panel = await openTab(user, 'Findings');
    await user.click(await within(panel).findByRole('button', { name: /^Run validation/ }));
    expect(
      await within(panel).findByText(`${AUDIT.name}, ${CAPA.name}, ${INCIDENTS.name}`, { exact: false }),
    ).toBeTruthy();
    const onIncidents = await within(panel).findAllByRole('button', {
      name: new RegExp(`${INCIDENTS.name} · (Cell|Row) \\w+: select in the sheet`),
    });
    await user.click(onIncidents[0]);
    await waitFor(() => expect(double.selection?.sheet).toBe(INCIDENTS.name));
    const place = /· (?:Cell|Row) (\w+):/.exec(onIncidents[0].textContent ?? '')![1];
    expect(double.selection?.address.replace(/:.*$/, '')).toBe(place);
  });
});
