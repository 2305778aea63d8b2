/**
 * Edge cases the hostile corpus turned up, each pinned to the behaviour the user should get.
 *
 * Each `it.failing` is a bug in src/ reported to the lead and not yet fixed: it passes while the
 * bug is there. Once fixed, it fails as "passed unexpectedly" — then make it a plain `it`.
 */
import path from 'path';
import { safeText, MAX_CELL_TEXT } from '../../src/cli/writer/renderPlan';
import { AS_OF, json, runCli } from '../cli/cliHarness';
import { ensureHostileCorpus, HOSTILE_DIR } from './corpus';
import type { ReviewJson, ValidateJson } from './runCase';

beforeAll(() => ensureHostileCorpus(), 180_000);

const at = (name: string) => path.join(HOSTILE_DIR, name);
/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi embedding / isolate controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('an Excel table with a totals row', () => {
  it('reads the 10 actions of the table, not the totals row as an 11th action', async () => {
    const review = json<ReviewJson>(
      await runCli(['review', at('table-with-totals-row.xlsx'), '--json', '--as-of', AS_OF]),
    );
    expect(review.total).toBe(10);
    const report = json<ValidateJson>(
      await runCli(['validate', at('table-with-totals-row.xlsx'), '--json', '--as-of', AS_OF]),
    );
    expect(report.findings.filter((f) => f.id === 'Total')).toEqual([]);
  }, 60_000);
});

describe('a date cell whose serial is beyond 9999-12-31 (1e15 with a date format)', () => {
  it('is reported as an invalid date, not read as an empty cell', async () => {
    const report = json<ValidateJson>(
      await runCli(['validate', at('dates-every-kind.xlsx'), '--json', '--as-of', AS_OF]),
    );
    // Sheet row 21 holds 1e15 in both the raised and the target date (scripts/hostile/lib/xlsxContentCases.js).
    const row21 = report.findings.filter((f) => f.row === 21 && f.field !== 'targetReviewDate');
    expect(row21.map((f) => [f.code, f.field]).sort()).toEqual([
      ['invalid-date', 'raisedDate'],
      ['invalid-date', 'targetDate'],
    ]);
  }, 60_000);
});

describe('text output for a terminal', () => {
  it('shows control characters and bidi overrides from cells as visible escapes, never raw', async () => {
    const run = await runCli(['validate', at('terminal-escapes.csv'), '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    // ESC [8m would hide every finding printed after it; ESC ]0; retitles the window.
    const raw = (text: string) =>
      [...text.matchAll(TERMINAL_CONTROL)].map((m) => m[0].codePointAt(0)!.toString(16));
    expect({ stdout: raw(run.stdout), stderr: raw(run.stderr) }).toEqual({ stdout: [], stderr: [] });
    expect(run.stdout).toContain('NC-1');
  }, 60_000);
});

describe("text cut at Excel's cell limit", () => {
  it('never ends in half of a character outside the Basic Multilingual Plane', () => {
    for (const prefix of ['', 'a']) {
      const cut = safeText(prefix + '🔥'.repeat(20_000));
      // The tail only: a failure message with 32,767 characters helps nobody.
      expect({ length: cut.length <= MAX_CELL_TEXT, tail: cut.slice(-3) }).toEqual({
        length: true,
        tail: '🔥…',
      });
      expect(LONE_SURROGATE.test(cut)).toBe(false);
    }
  });
});
