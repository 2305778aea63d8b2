import { byRaisedThenRow } from '../../src/core/review/recurrence';

/** A small deterministic generator (no Math.random: the same cases on every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

type Item = { raised: number; action: { row: number } };

const reference = (items: Item[]) =>
  [...items].sort((a, b) => a.raised - b.raised || a.action.row - b.action.row);

describe('recurring NCs ordered by raised day, then row', () => {
  it('gives the order of the comparison sort, by counting days or by comparing', () => {
    const next = lcg(22);
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(next() * 200);
      const span = [1, 5, 400, 100_000_000][round % 4];
      let row = 1;
      const items: Item[] = [];
      for (let i = 0; i < n; i++) {
        row += 1 + Math.floor(next() * 3);
        const raised = 45_000 + Math.floor(next() * span) + (round % 7 === 6 && i === 3 ? 0.5 : 0);
        items.push({ raised, action: { row } });
      }
      // Rows out of order (or repeated) in some rounds: the comparison sort then decides.
      if (round % 5 === 4 && n > 2) [items[0], items[n - 1]] = [items[n - 1], items[0]];
      if (round % 11 === 10 && n > 2) items[1].action.row = items[0].action.row;
      const expected = reference(items);
      byRaisedThenRow(items);
      expect(items).toEqual(expected);
      for (let i = 0; i < n; i++) expect(items[i]).toBe(expected[i]);
    }
  });

  it('leaves an empty list and a single NC as they are', () => {
    const empty: Item[] = [];
    byRaisedThenRow(empty);
    expect(empty).toEqual([]);
    const one = [{ raised: 46_000, action: { row: 3 } }];
    byRaisedThenRow(one);
    expect(one).toEqual([{ raised: 46_000, action: { row: 3 } }]);
  });
});
