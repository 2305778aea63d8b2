/**
 * mergeFindings drops repeats of the same code, row, field and column whether the findings come
 * sorted by row (as validateRegister gives them: a set per row) or not (one set for all).
 */
import type { Finding } from '../../src/core';
import { mergeFindings } from '../../src/cli/findingGroups';
import { collectAfterPhase } from '../../src/cli/collect';

function f(code: string, row: number | null, field = '', column = ''): Finding {
  return {
    code,
    severity: 'warning',
    row,
    column,
    field: field as Finding['field'],
    id: '',
    message: `${code} ${row}`,
  };
}

describe('mergeFindings: repeats dropped', () => {
  const sorted = [
    f('column-missing', null),
    f('column-missing', null),
    f('missing-owner', 4, 'owner', 'C'),
    f('missing-owner', 4, 'owner', 'C'),
    f('missing-owner', 4, 'owner', 'D'),
    f('missing-owner', 5, 'owner', 'C'),
    f('overdue', 5, 'targetDate', 'F'),
  ];

  it('in findings sorted by row', () => {
    expect(mergeFindings(sorted).map((x) => `${x.code}/${x.row}/${x.column}`)).toEqual([
      'column-missing/null/',
      'missing-owner/4/C',
      'missing-owner/4/D',
      'missing-owner/5/C',
      'overdue/5/F',
    ]);
  });

  it('in findings of several lists, not sorted: a repeat far from the first is dropped too', () => {
    const unsorted = [...sorted, f('missing-owner', 4, 'owner', 'C'), f('column-missing', null)];
    expect(mergeFindings(unsorted)).toHaveLength(5);
  });
});

describe('collectAfterPhase', () => {
  it('does nothing for a small run and collects for a large one without failing', () => {
    expect(() => collectAfterPhase(10)).not.toThrow();
    expect(() => collectAfterPhase(1_000_000)).not.toThrow();
  });
});
