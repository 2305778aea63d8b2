/**
 * The stored-mapping fast path (issue 22): after "Save mapping" the pane's next read of the main
 * register stores its header detection as a cache beside the user's mapping; later reads use it
 * instead of detecting the header, the columns still shown as detected (only the user's own "set
 * by you"), and a changed header row makes the read detect again.
 */
import './setup';
import path from 'path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { columnLetter, type HeaderMapping } from '../../src/core';
import { createExcelCommands } from '../../src/commands/commandList';
import { DETECTION_CACHE_KEY, type DetectionCache } from '../../src/commands/detectionCache';
import { workbookFromXlsx } from '../host-double/xlsx';
import { install } from '../excel/harness';
import { description } from './renderPane';

const SAMPLE = path.resolve(__dirname, '../../examples/sample-register.xlsx');

/** Each mapped field's column and whether the editor marks it "set by you". */
function marks(mapping: HeaderMapping): Record<string, string> {
  return Object.fromEntries(
    Object.values(mapping.columns).map((c) => [
      c!.field,
      `${c!.letter} ${c!.confidence === 'override' ? 'set by you' : c!.confidence}`,
    ]),
  );
}

async function setCell(sheet: string, address: string, value: string) {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

describe('the detection cache of the stored mapping', () => {
  it('is stored after Save mapping, read instead of the detection, and dropped when a header changes', async () => {
    const double = install(await workbookFromXlsx(SAMPLE));
    const commands = createExcelCommands();
    const first = await commands.detectRegister();
    if (!first.ok) throw new Error(first.error.message);
    const detected = first.value;
    // A plain open stores nothing.
    expect(double.workbook.settings[DETECTION_CACHE_KEY]).toBeUndefined();
    const owner = detected.mapping.columns.owner!;
    expect(owner.confidence).not.toBe('override');

    // The user sets the owner column and saves; the pane then reads the register again.
    const saved = await commands.saveConfig({
      ...detected.config,
      sheetName: detected.sheetName,
      fields: { owner: owner.letter },
    });
    expect(saved.ok).toBe(true);
    const afterSave = await commands.detectRegister();
    if (!afterSave.ok) throw new Error(afterSave.error.message);
    const cache = double.workbook.settings[DETECTION_CACHE_KEY] as DetectionCache;
    expect(cache?.version).toBe(1);
    // The user's mapping holds only what they set: the cache is apart from it.
    const config = double.workbook.settings['improvementPlan.config'] as Record<string, unknown>;
    expect(config.fields).toEqual({ owner: owner.letter });
    expect(config.headers).toBeUndefined();
    const expected: Record<string, string> = {
      ...marks(detected.mapping),
      owner: `${owner.letter} set by you`,
    };
    expect(marks(afterSave.value.mapping)).toEqual(expected);
    const findings = await commands.validate({ highlight: false });
    if (!findings.ok) throw new Error(findings.error.message);

    // The next read is from the cache (marked here so it shows), with the same marks and findings.
    const status = cache.mapping.columns.status!;
    const marked = {
      ...cache.mapping,
      columns: { ...cache.mapping.columns, status: { ...status, reason: 'from the cache' } },
    };
    Office.context.document.settings.set(DETECTION_CACHE_KEY, { ...cache, mapping: marked });
    const cached = await commands.detectRegister();
    if (!cached.ok) throw new Error(cached.error.message);
    expect(cached.value.mapping.columns.status?.reason).toBe('from the cache');
    expect(marks(cached.value.mapping)).toEqual(expected);
    expect(cached.value.config.fields).toEqual({ owner: owner.letter });
    const again = await commands.validate({ highlight: false });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.findings).toEqual(findings.value.findings);

    // The mapping editor over the cached read: one column "Set by you", the user's.
    const view = render(<App commands={commands} theme={webLightTheme} initialView="register" />);
    await userEvent.setup().click(await screen.findByRole('switch', { name: 'Show all columns' }));
    await screen.findByRole('combobox', { name: 'Owner' });
    const setByYou = screen
      .getAllByRole('combobox')
      .filter((box) => description(box).startsWith('Set by you'))
      .map((box) => box.getAttribute('aria-label') ?? box.id);
    expect(setByYou).toHaveLength(1);
    expect(description(screen.getByRole('combobox', { name: 'Owner' }))).toBe('Set by you');
    expect(description(screen.getByRole('combobox', { name: 'Status' }))).toMatch(
      /^Exact match Why this column\?/,
    );
    view.unmount();

    // A changed header row: the header is detected again, the cache not used.
    const title = cached.value.mapping.columns.title!;
    await setCell(detected.sheetName, `${title.letter}${detected.headerRow}`, 'Title of the finding');
    const changed = await commands.detectRegister();
    if (!changed.ok) throw new Error(changed.error.message);
    expect(changed.value.mapping.columns.status?.reason).not.toBe('from the cache');
    expect(changed.value.mapping.columns.owner?.confidence).toBe('override');
    expect(marks(changed.value.mapping).status).toBe(expected.status);

    // Another saved mapping does not use the cache of the previous one.
    await setCell(detected.sheetName, `${title.letter}${detected.headerRow}`, title.header);
    expect((await commands.saveConfig({ ...detected.config, sheetName: detected.sheetName })).ok).toBe(true);
    const other = await commands.detectRegister();
    if (!other.ok) throw new Error(other.error.message);
    expect(other.value.mapping.columns.status?.reason).not.toBe('from the cache');
    expect(marks(other.value.mapping)).toEqual(marks(detected.mapping));
    expect(columnLetter(owner.column)).toBe(owner.letter);
  });
});
