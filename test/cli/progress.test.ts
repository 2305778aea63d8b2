import { promises as fs } from 'fs';
import path from 'path';
import * as validateModule from '../../src/core/validate';
import { AS_OF, json, removeDir, runCli, SAMPLE_XLSX, STACK_TRACE, tempDir } from './cliHarness';

/** A register CSV over the progress threshold (1 MB). */
async function largeCsv(dir: string): Promise<string> {
  const lines = ['ID,Title,Description,Type,Status,Owner,Target date,Date raised'];
  const filler = 'Access reviews for the finance systems were not evidenced for the quarter. '.repeat(2);
  for (let i = 1; i <= 7_000; i++) {
    lines.push(
      `NC-${i},Finding ${i},"${filler}",Minor NC,${i % 3 ? 'Open' : 'Closed'},Ana Morales,2026-12-31,2026-01-15`,
    );
  }
  const file = path.join(dir, 'large.csv');
  await fs.writeFile(file, lines.join('\n'));
  return file;
}

describe('progress on long runs', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await tempDir();
    file = await largeCsv(dir);
  });
  afterAll(async () => removeDir(dir));

  it('shows progress on stderr when it is a terminal, and keeps stdout clean JSON', async () => {
    const run = await runCli(['validate', file, '--format', 'json', '--as-of', AS_OF], { isTTY: true });
    expect(json(run)).toMatchObject({ rows: 7_000 });
    expect(run.stderr).toContain('Reading large.csv');
    expect(run.stderr).toContain('Checking 7,000 actions');
    expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(run.stdout).not.toContain('\x1b');
  }, 30_000);

  it('shows no progress when stderr is not a terminal', async () => {
    const run = await runCli(['review', file, '--json', '--as-of', AS_OF], { isTTY: false });
    expect(json(run)).toMatchObject({ total: 7_000 });
    expect(run.stderr).toBe('');
  }, 30_000);

  it('shows no progress for a small file, even on a terminal', async () => {
    const run = await runCli(['validate', SAMPLE_XLSX, '--format', 'json', '--as-of', AS_OF], {
      isTTY: true,
    });
    expect(run.stderr).not.toContain('\r');
  });
});

describe('internal errors', () => {
  afterEach(() => jest.restoreAllMocks());

  it('print one line without a stack trace and exit 2', async () => {
    jest.spyOn(validateModule, 'validateRegister').mockImplementation(() => {
      throw new TypeError('boom');
    });
    const run = await runCli(['validate', SAMPLE_XLSX, '--as-of', AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Internal error: boom\. .*IMPROVEMENT_PLAN_DEBUG=1/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('show the stack with IMPROVEMENT_PLAN_DEBUG=1', async () => {
    jest.spyOn(validateModule, 'validateRegister').mockImplementation(() => {
      throw new TypeError('boom');
    });
    const run = await runCli(['validate', SAMPLE_XLSX], { env: { IMPROVEMENT_PLAN_DEBUG: '1' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(STACK_TRACE);
  });
});
