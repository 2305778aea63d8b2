import Ajv2020 from 'ajv/dist/2020';
import fs from 'fs';
import path from 'path';
import { json, removeDir, ROOT, runCli, SAMPLE_XLSX, STACK_TRACE, tempDir } from './cliHarness';
import { ROWS, writeCsv, writeXlsx } from './dueRegister';
import { withAddinSettings } from './webExtension';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const schema = (name: string) =>
  ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')));
const dueSchema = schema('due');
const policySchema = schema('policy');

let dir: string;
let csv: string;
beforeAll(async () => {
  dir = await tempDir();
  csv = await writeCsv(dir);
});
afterAll(() => removeDir(dir));

describe('improvement-plan due', () => {
  it('lists the dates due within 14 days or passed, by owner, and exits 1 when one is to escalate', async () => {
    const run = await runCli(['due', csv, '--as-of', '2026-11-26']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '4 dates due within 14 days or passed, for 2 owners (as of 2026-11-26): 2 due soon, 1 overdue, 1 overdue by more than 30 days (escalate).',
    );
    const lines = run.stdout.split('\n');
    const dana = lines.indexOf('Dana Reyes <dana@example.org>');
    const ali = lines.indexOf('Ali Khan');
    expect(dana).toBeGreaterThan(0);
    expect(ali).toBeGreaterThan(dana);
    expect(lines[dana + 1]).toMatch(
      /^ {2}ESCALATE 2026-10-17 {2}40 days late +target date +NC-1 — Access reviews, quarterly; not done$/,
    );
    expect(lines[dana + 2]).toMatch(/^ {2}due +2026-12-01 {2}in 5 days +progress review +NC-1/);
    expect(lines[ali + 1]).toMatch(/^ {2}OVERDUE +2026-11-16 {2}10 days late +effectiveness check +NC-2/);
    expect(lines[ali + 2]).toMatch(/^ {2}due +2026-12-06 {2}in 10 days +target date +OFI-3/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('--lang de: the words in German, the dates and the JSON unchanged', async () => {
    const run = await runCli(['due', csv, '--as-of', '2026-11-26', '--lang', 'de']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '4 Termine in den nächsten 14 Tagen fällig oder verstrichen, für 2 Verantwortliche (Stand 26.11.2026): 2 bald fällig, 1 überfällig, 1 seit mehr als 30 Tagen überfällig (eskalieren).',
    );
    const lines = run.stdout.split('\n');
    const dana = lines.indexOf('Dana Reyes <dana@example.org>');
    expect(lines[dana + 1]).toMatch(
      /^ {2}ESKALIEREN 2026-10-17 {2}40 Tage zu spät +Zieltermin +NC-1 — Access reviews, quarterly; not done$/,
    );
    expect(lines[dana + 2]).toMatch(/^ {2}fällig +2026-12-01 {2}in 5 Tagen +Fortschrittsprüfung +NC-1/);
    const json = await runCli(['due', csv, '--as-of', '2026-11-26', '--lang', 'de', '--json']);
    const english = await runCli(['due', csv, '--as-of', '2026-11-26', '--json']);
    expect(json.stdout).toBe(english.stdout);
  });

  it('exits 0 when nothing is overdue beyond --escalate-after; --within widens the window', async () => {
    const run = await runCli(['due', csv, '--as-of', '2026-11-26', '--escalate-after', '45']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 due soon, 2 overdue, 0 overdue by more than 45 days');
    const wide = await runCli([
      'due',
      csv,
      '--as-of',
      '2026-11-26',
      '--within',
      '60',
      '--escalate-after',
      '45',
    ]);
    expect(wide.stdout).toContain('3 due soon');
    expect(wide.stdout).toContain('NC-5'); // its target, 2027-01-15, is 50 days ahead
  });

  it('--json matches schemas/due.schema.json', async () => {
    const run = await runCli(['due', csv, '--as-of', '2026-11-26', '--json']);
    expect(run.code).toBe(1);
    const out = json<{ counts: Record<string, number>; owners: { owner: string }[] }>(run);
    expect(dueSchema(out)).toBe(true);
    expect(out.counts).toEqual({ 'due-soon': 2, overdue: 1, escalate: 1 });
    expect(out.owners.map((o) => o.owner)).toEqual(['Dana Reyes <dana@example.org>', 'Ali Khan']);
  });

  it('reads the sample register', async () => {
    const run = await runCli(['due', SAMPLE_XLSX, '--as-of', '2026-11-26', '--json']);
    expect([0, 1]).toContain(run.code);
    const out = json<{ counts: Record<string, number> }>(run);
    expect(dueSchema(out)).toBe(true);
    expect(run.code).toBe(out.counts.escalate > 0 ? 1 : 0);
  });

  it.each([
    [['--within', 'soon'], '--within must be a whole number of days from 0 to 3650, not "soon".'],
    [
      ['--escalate-after', 'a month'],
      '--escalate-after must be a whole number of days from 0 to 3650, not "a month".',
    ],
    [['--alarm-days', '3'], '--alarm-days is an option of calendar, not of due.'],
    [
      ['--out', 'x.json'],
      '--out is an option of review and mapping (and of calendar and evidence); due only reports.',
    ],
  ])('bad arguments %j: one message, exit 2', async (args, message) => {
    const run = await runCli(['due', csv, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('a missing file: one message, exit 2, the JSON error shape', async () => {
    const run = await runCli(['due', path.join(dir, 'nope.xlsx'), '--json']);
    expect(run.code).toBe(2);
    expect(dueSchema(json(run))).toBe(true);
  });
});

describe('late effectiveness checks in review', () => {
  it('the text output names them, most days late first', async () => {
    const run = await runCli(['review', SAMPLE_XLSX, '--as-of', '2026-11-26']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  Effectiveness checks overdue (10.2 d): 6 — CIP-023 252 days late, CIP-076 186 days late,',
    );
    expect(run.stdout).toContain('and 1 more');
  });
});

describe('the target-date policy on the command line', () => {
  const beyond = async (args: string[]) => {
    const run = await runCli(['validate', csv, '--as-of', '2026-11-26', '--json', ...args]);
    const out = json<{ findings: { code: string; id: string; message: string }[] }>(run);
    return out.findings.filter((f) => f.code === 'target-beyond-policy');
  };

  it('the defaults: a critical action with a 75-day target is beyond the 30 days of its priority', async () => {
    const found = await beyond([]);
    expect(found.map((f) => f.id)).toEqual(['NC-5']);
    expect(found[0].message).toContain('allows 30 days for priority critical, so 2026-12-01 at the latest');
  });

  it('--policy replaces them, laid over the defaults', async () => {
    const file = path.join(dir, 'policy.json');
    const policy = { targetDays: { 'major-nc': 60 }, priorityDays: { critical: null } };
    expect(policySchema(policy)).toBe(true);
    fs.writeFileSync(file, JSON.stringify(policy));
    const found = await beyond(['--policy', file]);
    // NC-1: a major NC raised 2026-08-01 with its target on 2026-10-17 (77 days) is now beyond 60.
    expect(found.map((f) => f.id)).toEqual(['NC-1']);
  });

  it('the policy the add-in stored in the workbook is used without --policy', async () => {
    const plain = await writeXlsx(dir, ROWS, 'stored.xlsx');
    const stored = path.join(dir, 'stored-policy.xlsx');
    fs.writeFileSync(
      stored,
      await withAddinSettings(fs.readFileSync(plain), {
        'improvementPlan.policy': { targetDays: { 'major-nc': 60 } },
      }),
    );
    const run = await runCli(['validate', stored, '--as-of', '2026-11-26', '--json']);
    const ids = json<{ findings: { code: string; id: string }[] }>(run)
      .findings.filter((f) => f.code === 'target-beyond-policy')
      .map((f) => f.id);
    expect(ids).toEqual(['NC-1', 'NC-5']);
  });

  it.each([
    [
      '{ "targetDays": { "major-nc": 0 } }',
      '"targetDays.major-nc" must be a whole number of days from 1 to 3650',
    ],
    ['not json', 'is not valid JSON'],
  ])('a wrong --policy file stops the run: %s', async (text, message) => {
    const file = path.join(dir, 'bad-policy.json');
    fs.writeFileSync(file, text);
    const run = await runCli(['validate', csv, '--policy', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('review counts the findings of its data-quality block under the same policy', async () => {
    const file = path.join(dir, 'strict.json');
    fs.writeFileSync(file, JSON.stringify({ targetDays: { 'major-nc': 60, ofi: 30 } }));
    const count = async (args: string[]) => {
      const run = await runCli(['review', csv, '--as-of', '2026-11-26', '--json', ...args]);
      const q = json<{ quality: { warnings: { code: string; count: number }[] } }>(run).quality;
      return q.warnings.find((w) => w.code === 'target-beyond-policy')?.count ?? 0;
    };
    expect(await count([])).toBe(1);
    expect(await count(['--policy', file])).toBe(3); // NC-1 (77 > 60), OFI-3 (66 > 30), NC-5
  });

  it('a --policy that does not exist: one message, exit 2', async () => {
    const run = await runCli(['validate', csv, '--policy', path.join(dir, 'none.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('none.json: no such file.');
  });
});
