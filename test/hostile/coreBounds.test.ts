/**
 * Cost of the core on cells a hostile or unlucky file can hold (issue 16: "no file of any size or
 * shape makes the tool crash, hang…"). Measured on the core directly, as the command line and the
 * pane both call it.
 *
 * Two cases were core defects found by the issue-16 helper on 2026-12-07, mended the same day:
 * - a date cell of notes in brackets, "x (a) (a) …" to 32,767 characters, overflowed the stack
 *   (each note peeled off read the rest again: quadratic, then a stack overflow that ended the whole
 *   run with "Internal error"). A date with notes is now read only from a text of 300 characters
 *   or fewer (`NOTED_DATE_MAX` in src/core/dates.ts).
 * - the header search scored every distinct text of the rows it looks at against every alias
 *   (~100 µs a text: 200 rows of 150 distinct words took 2–4 s). A text none of whose words is an
 *   alias word, or one typo from one, is now passed over before it is scored (`mayScore` in
 *   src/core/mapping/headers.ts).
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

  test('32,767 characters of notes in brackets: read without overflowing the stack, in under a second', () => {
    const text = 'x' + ' (a)'.repeat(8_190);
    const started = process.hrtime.bigint();
    expect(parseTextDate(text, 'dmy').kind).toBe('invalid');
    expect(ms(started)).toBeLessThan(1_000);
  });
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

  test('200 rows of 150 distinct words (30,000 cells): the header search and its hint in under a second', () => {
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
  }, 30_000);
});
