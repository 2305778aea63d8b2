/**
 * The command line on every real-world file of ../shared/corpus (present in CI; skipped cleanly
 * when absent): no stack traces, exit codes as specified, clear messages, inputs untouched.
 */
import fs from 'fs';
import path from 'path';
import type { Finding } from '../../src/core';
import { AS_OF, CORPUS, json, removeDir, runCli, sha256, STACK_TRACE, tempDir } from './cliHarness';

const files = fs.existsSync(CORPUS)
  ? fs.readdirSync(CORPUS).filter((f) => /\.(xlsx|xlsm|csv)$/i.test(f))
  : [];
const describeIfCorpus = files.length > 0 ? describe : describe.skip;
/** Files that cannot be used as a register: exit code 2 with a message. */
const UNUSABLE: Record<string, RegExp> = {
  'corrupt-not-a-zip.xlsx':
    /^corrupt-not-a-zip\.xlsx is not a valid Excel workbook \(it is not a zip package\).*Open it in Excel and save it again/,
  'soa-mangled-ids.xlsx':
    /^soa-mangled-ids\.xlsx: No sheet looks like an improvement register \(not-a-register\): "Sheet1" looks like a Statement of Applicability: .* To read "Sheet1" as a register anyway: --sheet "Sheet1" --header-row N --map field=Header\.\n?$/,
  'risk-register-merged-header.xlsx':
    /^risk-register-merged-header\.xlsx: No sheet looks like an improvement register \(not-a-register\): ".*" looks like a risk register: .*--sheet .*\n?$/,
};

interface ValidateJson {
  sheet: string;
  headerRow: number;
  mapping: Record<string, string>;
  findings: Finding[];
  counts: { error: number };
  notices: unknown[];
  error?: { code: string; message: string };
}

const at = (name: string) => path.join(CORPUS, name);
/** The --out name: a macro-enabled workbook's copy keeps its macros and must end in .xlsm. */
const copyName = (name: string) => `${name}.${name.endsWith('.xlsm') ? 'xlsm' : 'xlsx'}`;
const validateJson = async (name: string) =>
  json<ValidateJson>(await runCli(['validate', at(name), '--json', '--as-of', AS_OF]));

describeIfCorpus('the command line on the real-world corpus', () => {
  let out: string;
  const before = new Map<string, string>();
  beforeAll(async () => {
    out = await tempDir();
    for (const f of files) before.set(f, await sha256(at(f)));
  });
  afterAll(async () => {
    for (const f of files) expect(await sha256(at(f))).toBe(before.get(f));
    await removeDir(out);
  });

  it.each(files)(
    '%s: validate, review and review --out run cleanly with the specified exit codes',
    async (name) => {
      const runs = [
        await runCli(['validate', at(name), '--as-of', AS_OF]),
        await runCli(['validate', at(name), '--format', 'json', '--as-of', AS_OF]),
        await runCli(['review', at(name), '--json', '--as-of', AS_OF]),
        await runCli(['review', at(name), '--as-of', AS_OF, '--out', path.join(out, copyName(name))]),
      ];
      for (const run of runs) {
        expect(run.stderr).not.toMatch(STACK_TRACE);
        expect(run.stderr).not.toContain('Internal error');
      }
      const report = json<ValidateJson>(runs[1]);
      if (UNUSABLE[name]) {
        for (const run of runs) {
          expect(run.code).toBe(2);
          expect(run.stderr).toMatch(UNUSABLE[name]);
        }
        expect(report.error?.message).toMatch(UNUSABLE[name]);
        return;
      }
      expect(runs[0].code).toBe(report.counts.error > 0 ? 1 : 0);
      expect(runs[1].code).toBe(runs[0].code);
      expect(json(runs[2])).toHaveProperty('total');
      expect(runs[2].code).toBe(0);
      expect(runs[3].code).toBe(0);
      expect(fs.existsSync(path.join(out, copyName(name)))).toBe(true);
    },
    30_000,
  );

  it('maps the ICT Institute NC register without any override', async () => {
    const report = await validateJson('nc-register-template-cc-by.xlsx');
    expect(report).toMatchObject({ sheet: 'Non-conformity register', headerRow: 5 });
    expect(report.mapping).toMatchObject({
      owner: 'Responsible for corrective action',
      targetDate: 'Planned completion date',
      status: 'Current status',
      rootCause: 'Root cause of nonconformity',
      correctiveAction: 'Action to eliminate cause of nonconformity and prevent recurrence',
    });
  });

  it('reports the CAPA tracker\'s closed minor NCs whose root cause is "Not yet analyzed"', async () => {
    const report = await validateJson('capa-tracker-closed.csv');
    const hits = report.findings.filter((f) => f.code === 'nc-closed-without-root-cause');
    expect(hits.map((f) => f.id)).toEqual(['CAPA-002', 'CAPA-004']);
    expect(hits[0]).toMatchObject({ severity: 'error', field: 'rootCause', column: 'G' });
    expect(hits[0].message).toContain('Not yet analyzed');
  });

  it('passes reader notices on: on stderr as text, in JSON as notices', async () => {
    const ragged = await runCli(['validate', at('capa-tracker-open-ragged.csv'), '--as-of', AS_OF]);
    expect(ragged.stderr).toContain('different number of fields');
    const report = await validateJson('capa-tracker-open-ragged.csv');
    expect(report.notices).toEqual([expect.objectContaining({ code: 'ragged-rows' })]);
  });
});
