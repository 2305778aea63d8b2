import { parseCommandLine } from '../../src/cli/args';
import { dayFromIso } from '../../src/core';
import { promises as fs } from 'fs';
import path from 'path';
import { removeDir, runCli, SAMPLE_XLSX, STACK_TRACE, tempDir } from './cliHarness';

describe('argument errors', () => {
  it.each([
    [['validate'], 'validate needs a file.'],
    [['frobnicate', 'x.xlsx'], 'Unknown command "frobnicate"'],
    [['validate', 'x.xlsx', '--bogus'], 'Unknown option --bogus.'],
    [['mapping', 'a.xlsx', 'b.xlsx'], 'takes one file'],
    [['validate', 'a.xlsx', '--objectives'], '--objectives is an option of init'],
    [['validate', 'x.xlsx', '--as-of', '26/11/2026'], '--as-of must be a date written yyyy-mm-dd'],
    [['review', 'x.xlsx', '--from', '2026-12-01', '--to', '2026-01-01'], 'is after --to'],
    [['validate', 'x.xlsx', '--header-row', 'three'], '--header-row must be a row number'],
    [['validate', 'x.xlsx', '--format', 'xml'], '--format must be text, json, csv or markdown for validate'],
    [['review', 'x.xlsx', '--format', 'csv'], '--format must be text or json for review'],
    [['validate', 'x.xlsx', '--min-severity', 'fatal'], '--min-severity must be error, warning or info'],
    [['validate', 'x.xlsx', '--fail-on', 'errors'], '--fail-on must be error, warning, info or never'],
    [['validate', 'x.xlsx', '--effectiveness-map', 'OK=fine'], '"fine" is not a effectiveness'],
    [['validate', 'x.xlsx', '--map', 'owner'], '--map needs <field>=<header or column letter>'],
    [['validate', 'x.xlsx', '--map', 'boss=Owner'], '"boss" is not a field'],
    [['validate', 'x.xlsx', '--status-map', 'Waiting=paused'], '"paused" is not a status'],
    [['validate', 'x.xlsx', '--type-map', '=ofi'], '--type-map needs <your word>=<type>'],
    [['validate', 'x.xlsx', '--out', 'y.xlsx'], '--out is an option of review and mapping'],
    [['validate', 'x.xlsx', '--sheet'], 'Option --sheet needs a value.'],
  ])('%j exits 2 with a message and the usage', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toBe('');
  });

  it('a file that does not exist exits 2 and says so', async () => {
    const run = await runCli(['validate', 'no-such-register.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No file at no-such-register.xlsx');
  });

  it('an unsupported extension exits 2 with the way out', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'register.ods');
    await fs.writeFile(file, 'PK');
    const run = await runCli(['validate', file]);
    await removeDir(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Save it as an Excel Workbook \(\.xlsx\) or as CSV/);
  });

  it('a --map naming a header that does not exist exits 2 and lists the headers', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--map', 'owner=Accountable person']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--map owner=Accountable person: no such header or column in row 3');
    expect(run.stderr).toContain('"Action ID"');
  });

  it('--sheet naming a missing sheet exits 2 and lists the sheets', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--sheet', 'Register 2025']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'has no sheet named "Register 2025". Its sheets: "Improvement plan", "About".',
    );
  });

  it('--sheet naming a sheet without a register header exits 2 and names the other sheets', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--sheet', 'About', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"About" in sample-register.xlsx: No header row');
    expect(JSON.parse(run.stdout)).toEqual({
      file: SAMPLE_XLSX,
      error: {
        code: 'header-not-found',
        message: expect.stringContaining('Other sheets: "Improvement plan"'),
      },
    });
  });
});

describe('help and version', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('improvement-plan validate <file>');
    expect(run.stdout).toContain('Exit codes: 0 no findings at or above --fail-on; 1');
  });

  // Changed: no arguments used to print the usage and exit 0, which hid a broken script call.
  it('no arguments at all prints the usage on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).toContain('improvement-plan mapping <file>');
  });

  it('an unknown command prints the whole usage and exits 2', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command "frobnicate"');
    expect(run.stderr).toContain('Exit codes:');
  });

  it.each(['validate', 'review', 'mapping', 'init'])(
    '%s --help lists its options with examples',
    async (command) => {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: improvement-plan ${command} <file`);
      expect(run.stdout).toMatch(new RegExp(`Examples:\n  improvement-plan ${command} `));
    },
  );

  it('help for one command lists its options', async () => {
    const run = await runCli(['review', '--help']);
    expect(run.stdout).toContain('--out <file.xlsx>');
    expect((await runCli(['help', 'init'])).stdout).toContain('init <file.xlsx>');
  });

  it('--version prints the package version', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('parseCommandLine', () => {
  it('reads the mapping options into the register configuration', () => {
    const parsed = parseCommandLine([
      'review',
      'r.xlsx',
      '--sheet',
      'NCs',
      '--header-row',
      '5',
      '--map',
      'owner=Responsible for corrective action',
      '--map',
      'target-date=H',
      '--status-map',
      'Waiting for CAB=on hold',
      '--status-map',
      'Done=closed',
      '--type-map',
      'Finding=minor-nc',
      '--source-map',
      'ISO audit=external-audit',
      '--as-of',
      '2026-11-26',
      '--from',
      '2026-01-01',
      '--to',
      '2026-06-30',
      '--date-order',
      'mdy',
      '--json',
    ]);
    expect(parsed.kind).toBe('run');
    if (parsed.kind !== 'run') return;
    expect(parsed.options).toMatchObject({
      command: 'review',
      file: 'r.xlsx',
      sheet: 'NCs',
      format: 'json',
      asOf: dayFromIso('2026-11-26'),
      from: dayFromIso('2026-01-01'),
      to: dayFromIso('2026-06-30'),
      config: {
        headerRow: 5,
        dateOrder: 'mdy',
        fields: { owner: 'Responsible for corrective action', targetDate: 'H' },
        vocabulary: {
          status: { 'Waiting for CAB': 'on-hold', Done: 'closed' },
          type: { Finding: 'minor-nc' },
          source: { 'ISO audit': 'external-audit' },
        },
      },
    });
  });

  it('reads --effectiveness-map, --config, --min-severity and --fail-on', () => {
    const parsed = parseCommandLine([
      'validate',
      'r.xlsx',
      '--effectiveness-map',
      'Verified OK=effective',
      '--config',
      'plan.json',
      '--min-severity',
      'warning',
      '--fail-on',
      'never',
      '--format',
      'markdown',
    ]);
    expect(parsed.kind === 'run' && parsed.options).toMatchObject({
      configFile: 'plan.json',
      minSeverity: 'warning',
      failOn: 'never',
      format: 'markdown',
      config: { vocabulary: { effectiveness: { 'Verified OK': 'effective' } } },
    });
  });

  it('a header text may itself contain "="', () => {
    const parsed = parseCommandLine(['validate', 'r.csv', '--map', 'notes=Comments (a=b)']);
    expect(parsed.kind === 'run' && parsed.options.config.fields).toEqual({ notes: 'Comments (a=b)' });
  });
});
