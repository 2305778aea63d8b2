/**
 * Cost of the core on cells a hostile or unlucky file can hold (issue 16: "no file of any size or
 * shape makes the tool crash, hang…"). Measured on the core directly, as the command line and the
 * pane both call it.
 *
 * The two `test.failing` cases are core defects found by the issue-16 helper on 2026-12-07 and
 * reported to the lead (src/core is not the helper's to change). They pass while the defect is
 * there; when it is fixed they fail, and `.failing` must be taken off:
 * - a date cell of notes in brackets, "x (a) (a) …" to 32,767 characters, overflows the stack
 *   (dateBeforeNote → readTextDate recurses once per bracket, and each level runs its patterns
 *   over the whole text: quadratic before it overflows — 16,000 characters take 0.8 s). Through
 *   the command line one such cell ends the run with "Internal error: Maximum call stack size
 *   exceeded" (exit 2), however good the rest of the register is.
 * - the header search scores every distinct text of the rows it looks at (to row 60, and to row 200
 *   for the hint) against every alias, ~100 µs a text: 200 rows of 200 distinct words take ~4 s, and
 *   a 20 MB CSV of 200 rows × 16,384 words did not finish in 300 s.
 */
import { parseTextDate } from '../../src/core/dates';
import { detectHeader, laterHeaderRow } from '../../src/core/mapping/headers';

const ms = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

describe('text dates of long cells stay cheap', () => {
  test.each([
    ['32,767 characters of dated milestones on lines', '09 Jun 2026 (MFA mandate)\n'.repeat(1_260)],
    ['undated lines', 'phase one (MFA)\n'.repeat(2_040)],
    ['digits and slashes', '1/'.repeat(16_383)],
    ['a date after 32,000 spaces', ' '.repeat(32_000) + '2026-03-31'],
    ['dashes after a date', '2026-03-31' + ' -b'.repeat(10_900)],
    ['open brackets', '09 Jun 2026 ' + 'a('.repeat(16_370)],
  ])('%s: read in well under a second, both orders', (_name, text) => {
    for (const order of ['dmy', 'mdy'] as const) {
      const started = process.hrtime.bigint();
      parseTextDate(text, order);
      expect(ms(started)).toBeLessThan(500);
    }
  });

  test.failing(
    '32,767 characters of notes in brackets: read without overflowing the stack, in under a second',
    () => {
      const text = 'x' + ' (a)'.repeat(8_190);
      const started = process.hrtime.bigint();
      expect(parseTextDate(text, 'dmy').kind).toBe('invalid');
      expect(ms(started)).toBeLessThan(1_000);
    },
  );
});

describe('the header search stays bounded', () => {
  test('a million sparse rows below a header: the search looks at the first rows only', () => {
    const values: string[][] = [['Ref', 'Type', 'Description', 'Owner', 'Status', 'Due date']];
    for (let r = 1; r < 1_000_000; r++)
      values.push(r % 1000 === 0 ? ['NC-' + r, '', '', '', 'Open', ''] : []);
    const started = process.hrtime.bigint();
    expect(detectHeader({ values })?.headerRow).toBe(1);
    expect(laterHeaderRow({ values: values.slice(1) })).toBeUndefined();
    expect(ms(started)).toBeLessThan(2_000);
  });

  test.failing(
    '200 rows of 150 distinct words (30,000 cells): the header search and its hint in under a second',
    () => {
      const values: string[][] = [];
      for (let r = 0; r < 200; r++) {
        values.push(
          Array.from({ length: 150 }, (_, c) => 'w' + ((r * 7919 + c * 104729) % 1_000_003).toString(36)),
        );
      }
      const started = process.hrtime.bigint();
      expect(detectHeader({ values })).toBeUndefined();
      expect(laterHeaderRow({ values })).toBeUndefined();
      expect(ms(started)).toBeLessThan(1_000);
    },
    30_000,
  );
});
