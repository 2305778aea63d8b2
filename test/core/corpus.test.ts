import fs from 'node:fs';
import path from 'node:path';
import { chooseRegisterSheet, findRegisterSheet, parseRegister, validateRegister } from '../../src/core';
import { readWorkbook } from '../../src/cli/io/readWorkbook';
import { AS_OF } from './builders';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const describeIfCorpus = fs.existsSync(CORPUS) ? describe : describe.skip;

async function sheetsOf(file: string) {
  const read = await readWorkbook(path.join(CORPUS, file));
  if (!read.ok) throw new Error(read.error.message);
  return read.value.sheets;
}

describeIfCorpus('the engine on real registers (../shared/corpus)', () => {
  it('finds and maps the ICT Institute NC register without overrides', async () => {
    const sheets = await sheetsOf('nc-register-template-cc-by.xlsx');
    const choice = chooseRegisterSheet(sheets);
    expect(choice).toMatchObject({ name: 'Non-conformity register', headerRow: 5 });
    const parsed = parseRegister(sheets[choice!.index].grid, {}, choice!.name);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const headers = Object.fromEntries(
      Object.entries(parsed.value.mapping.columns).map(([f, c]) => [f, c!.header]),
    );
    expect(headers).toMatchObject({
      raisedDate: 'Date',
      description: 'Descritption of nonconformity',
      source: 'Source',
      owner: 'Responsible for corrective action',
      rootCause: 'Root cause of nonconformity',
      correction: 'Action to control and correct nonconformity',
      correctiveAction: expect.stringMatching(/^Action to eliminate cause of nonconformity/),
      targetDate: 'Planned completion date',
      status: 'Current status',
      completionDate: 'Completion date',
      effectivenessResult: 'Result of Verification',
      evidence: 'Link to report and evidence',
    });
    expect(parsed.value.defaultType?.type).toBe('nc');
    expect(parsed.value.actions[0].source).toBe('internal-audit');
  });

  it('chooses the findings register among nine sheets, with its header on row 3', async () => {
    const sheets = await sheetsOf('findings-remediation-workbook.xlsx');
    expect(chooseRegisterSheet(sheets)).toMatchObject({ name: 'Findings Register', headerRow: 3 });
  });

  it('names the merged-header risk register as a risk register, and still finds its header on row 2 when asked', async () => {
    const sheets = await sheetsOf('risk-register-merged-header.xlsx');
    const search = findRegisterSheet(sheets);
    expect(search.choice).toBeUndefined();
    expect(search.notRegisters[0]).toMatchObject({ looksLike: 'a risk register' });
    const parsed = parseRegister(sheets[0].grid);
    expect(parsed.ok && parsed.value.mapping.headerRow).toBe(2);
    expect(parsed.ok && parsed.value.mapping.columns.status?.header).toBe('Status');
  });

  it('reports the CAPA tracker closed minor NCs whose root cause is "Not yet analyzed"', async () => {
    const [sheet] = await sheetsOf('capa-tracker-closed.csv');
    const parsed = parseRegister(sheet.grid);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = validateRegister(parsed.value, { asOf: AS_OF });
    const ids = report.findings.filter((f) => f.code === 'nc-closed-without-root-cause').map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(parsed.value.actions.find((a) => a.id === id)?.type).toBe('minor-nc');
  });
});
